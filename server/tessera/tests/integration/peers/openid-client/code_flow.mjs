// The authorization code flow as a relying party built on openid-client does it: discovery,
// PKCE, state and nonce, the hosted sign-in and consent forms posted like a browser would,
// the callback validated (state, RFC 9207 iss, ID token), UserInfo, a refresh and the
// end-session URL. Prints what it saw as JSON; any validation failure throws.
//
// With CLIENT_ID `register`, the client registers itself first (RFC 7591) as a public client.
//
// usage: node code_flow.mjs ISSUER CLIENT_ID CLIENT_SECRET REDIRECT_URI EMAIL PASSWORD
import * as client from 'openid-client';

const [issuer, clientId, clientSecret, redirectUri, email, password] = process.argv.slice(2);

// The test server listens on plain http on loopback.
const insecure = { execute: [client.allowInsecureRequests] };
const config = clientId === 'register'
  ? await client.dynamicClientRegistration(
    new URL(issuer),
    {
      client_name: 'openid-client DCR',
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [redirectUri],
      grant_types: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_method: 'none',
    },
    client.None(),
    insecure,
  )
  // Registered with the default token_endpoint_auth_method, client_secret_basic.
  : await client.discovery(new URL(issuer), clientId, undefined, client.ClientSecretBasic(clientSecret), insecure);

const codeVerifier = client.randomPKCECodeVerifier();
const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
const state = client.randomState();
const nonce = client.randomNonce();
const authorizationUrl = client.buildAuthorizationUrl(config, {
  redirect_uri: redirectUri,
  scope: 'openid email profile offline_access',
  code_challenge: codeChallenge,
  code_challenge_method: 'S256',
  state,
  nonce,
});

// A minimal browser: a cookie jar and manual redirects, posting the forms it is shown.
const jar = new Map();
async function go(url, form) {
  const headers = { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
  const init = { redirect: 'manual', headers };
  if (form) {
    init.method = 'POST';
    init.body = new URLSearchParams(form);
  }
  const response = await fetch(url, init);
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, value] = pair.split('=');
    if (value === '' || /Max-Age=0/.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}
const hidden = (body, name) => body.match(new RegExp(`name="${name}" value="([^"]*)"`))[1];
const action = (body) => body.match(/action="([^"]*)"/)[1];

let page = await go(authorizationUrl.href);
while (page.status === 302 || page.status === 303) {
  if (page.location.startsWith(redirectUri)) break;
  page = await go(page.location);
  if (page.status === 200 && page.body.includes('type="password"')) {
    page = await go(action(page.body), {
      request: hidden(page.body, 'request'),
      csrf_token: hidden(page.body, 'csrf_token'),
      email,
      password,
    });
  }
  if (page.status === 200 && page.body.includes('name="decision"')) {
    page = await go(action(page.body), {
      request: hidden(page.body, 'request'),
      csrf_token: hidden(page.body, 'csrf_token'),
      decision: 'allow',
    });
  }
}
if (!page.location?.startsWith(redirectUri)) {
  throw new Error(`the flow did not return to the client: ${page.status} ${page.body}`);
}

const tokens = await client.authorizationCodeGrant(config, new URL(page.location), {
  pkceCodeVerifier: codeVerifier,
  expectedState: state,
  expectedNonce: nonce,
  idTokenExpected: true,
});
const claims = tokens.claims();
const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token);
const endSession = client.buildEndSessionUrl(config, {
  id_token_hint: tokens.id_token,
  post_logout_redirect_uri: redirectUri,
  state: 'bye',
});

console.log(JSON.stringify({
  client_id: config.clientMetadata().client_id,
  claims,
  userinfo,
  scope: tokens.scope,
  refreshed: { sub: refreshed.claims()?.sub, changed: refreshed.refresh_token !== tokens.refresh_token },
  end_session: endSession.href,
}));
