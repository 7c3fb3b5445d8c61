// The peer for `cargo xtask bench`: node-oidc-provider with the smallest configuration that
// serves a token endpoint, so start-up and idle memory are measured on equal terms with Tessera.
//
//   node server.js PORT             (or PORT=... node server.js)
//   node server.js PORT --es256     (what `cargo xtask bench tokens` runs)
//
// With `--es256` the provider is configured like Tessera for the throughput benchmark: a P-256
// signing key generated at start replaces the development RSA keys, and a token request with
// `resource=https://api.bench.test` (RFC 8707) gets an ES256-signed RFC 9068 JWT (`typ: at+jwt`)
// with `scope=read:bench`, as Tessera's client_credentials grant issues. A request without
// `resource` gets an opaque token: oidc-provider refuses to introspect JWT access tokens
// (`unsupported_token_type`), so the introspection benchmark introspects an opaque one.
// Without the flag nothing of this is configured, and start-up is as it was.
//
// Storage is oidc-provider's built-in in-memory adapter (no `adapter` option), signing keys are
// its built-in development keys (no `jwks` option), and there is one confidential client for the
// client_credentials grant. Listens on 127.0.0.1 only. oidc-provider 9 warns "Unsupported
// runtime" on Node 20; it runs fine there.
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`usage: node server.js PORT (got ${process.argv[2] ?? process.env.PORT})`);
  process.exit(2);
}

const es256 = process.argv.slice(3).includes('--es256');
const RESOURCE = 'https://api.bench.test';
const SCOPE = 'read:bench';

const configuration = {
  clients: [
    {
      client_id: 'bench',
      client_secret: 'bench-secret-not-used-outside-this-benchmark',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ],
  features: {
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    devInteractions: { enabled: false },
  },
};

if (es256) {
  const { generateKeyPairSync } = await import('node:crypto');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  configuration.jwks = {
    keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'bench-es256', alg: 'ES256', use: 'sig' }],
  };
  configuration.clientDefaults = { id_token_signed_response_alg: 'ES256' };
  configuration.scopes = [SCOPE];
  configuration.features.resourceIndicators = {
    enabled: true,
    // No `resource` → no resource server → an opaque token (for introspection).
    defaultResource: (_ctx, _client, oneOf) => oneOf,
    useGrantedResource: () => true,
    getResourceServerInfo: (_ctx, resourceIndicator) => {
      if (resourceIndicator !== RESOURCE) {
        throw new Provider.errors.InvalidTarget();
      }
      return {
        scope: SCOPE,
        audience: RESOURCE,
        accessTokenTTL: 3600,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'ES256' } },
      };
    },
  };
}

const provider = new Provider(`http://127.0.0.1:${port}`, configuration);

const server = provider.listen(port, '127.0.0.1', () => {
  console.error(`oidc-provider is ready on http://127.0.0.1:${port}`);
});

function stop() {
  server.close(() => process.exit(0));
  // Keep-alive sockets could hold close() open; the benchmark waits for the exit.
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
