// The peer for the conformance suite: node-oidc-provider as an OpenID Provider with the
// features the suite's plans cover, configured as its documentation describes and otherwise
// left at its defaults, so the report shows how a widely used provider reads the same specs.
//
//   node server.js PORT
//
// Issuer http://127.0.0.1:PORT. Clients (secrets are throwaway, this listens on 127.0.0.1
// only):
//   conformance        confidential, client_secret_basic; authorization_code, refresh_token,
//                      client_credentials; redirect http://127.0.0.1:9/conformance/callback
//   conformance-other  confidential, client_credentials only
// Users: the development interaction pages (`devInteractions`) accept any login and
// password; the account's `sub` is the login and its `email` is the login too.
// Resource indicators: https://api.conformance.example gets ES256 RFC 9068 JWT access
// tokens with scope `conformance:read`. Dynamic registration (RFC 7591) with management
// (RFC 7592), introspection, revocation and userinfo are enabled.
//
// oidc-provider 9 warns "Unsupported runtime" on Node 20; it runs fine there.
import Provider, { errors } from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`usage: node server.js PORT (got ${process.argv[2] ?? process.env.PORT})`);
  process.exit(2);
}

const RESOURCE = 'https://api.conformance.example';
const REDIRECT_URI = 'http://127.0.0.1:9/conformance/callback';

const configuration = {
  clients: [
    {
      client_id: 'conformance',
      client_secret: 'conformance-secret-for-local-tests-only',
      grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
      response_types: ['code'],
      redirect_uris: [REDIRECT_URI],
      token_endpoint_auth_method: 'client_secret_basic',
    },
    {
      client_id: 'conformance-other',
      client_secret: 'conformance-other-secret-for-local-tests-only',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ],
  scopes: ['openid', 'offline_access', 'profile', 'email', 'conformance:read'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id, email_verified: false, name: id };
      },
    };
  },
  features: {
    devInteractions: { enabled: true },
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
    userinfo: { enabled: true },
    registration: { enabled: true },
    registrationManagement: { enabled: true, rotateRegistrationAccessToken: false },
    resourceIndicators: {
      enabled: true,
      defaultResource: (_ctx, _client, oneOf) => oneOf,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resourceIndicator) => {
        if (resourceIndicator !== RESOURCE) {
          throw new errors.InvalidTarget();
        }
        return {
          scope: 'conformance:read',
          audience: RESOURCE,
          accessTokenTTL: 3600,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES256' } },
        };
      },
    },
  },
};

const { generateKeyPairSync } = await import('node:crypto');
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
configuration.jwks = {
  keys: [
    { ...rsa.export({ format: 'jwk' }), kid: 'conformance-rs256', alg: 'RS256', use: 'sig' },
    { ...ec.export({ format: 'jwk' }), kid: 'conformance-es256', alg: 'ES256', use: 'sig' },
  ],
};

const provider = new Provider(`http://127.0.0.1:${port}`, configuration);

const server = provider.listen(port, '127.0.0.1', () => {
  console.error(`oidc-provider is ready on http://127.0.0.1:${port}`);
});

function stop() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
