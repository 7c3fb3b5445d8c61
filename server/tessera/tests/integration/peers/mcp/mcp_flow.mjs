// An MCP server protected by a Tessera tenant, and an MCP client (the official TypeScript
// SDK) that finds its way in as the MCP authorization spec describes: a 401 pointing at the
// RFC 9728 metadata, the authorization server's metadata, dynamic registration, the code
// flow with PKCE and `resource` (the hosted sign-in form posted headlessly), then a tool
// call with the token. A token for another audience is refused. Prints JSON.
//
// usage: node mcp_flow.mjs PORT METADATA_URL EMAIL PASSWORD FOREIGN_TOKEN
import http from 'node:http';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { z } from 'zod';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';

const [port, metadataUrl, email, password, foreignToken] = process.argv.slice(2);
const resource = `http://127.0.0.1:${port}/mcp`;
const metadata = await (await fetch(metadataUrl)).json();
const issuer = metadata.authorization_servers[0];
const jwks = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));

// --- The resource server -------------------------------------------------------------
async function authorized(req) {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return null;
  try {
    const { payload } = await jwtVerify(header.slice(7), jwks, {
      issuer,
      audience: resource,
      typ: 'at+jwt',
    });
    return (payload.scope ?? '').split(' ').includes('tools:echo') ? payload : null;
  } catch {
    return null;
  }
}

const server = http.createServer(async (req, res) => {
  const claims = await authorized(req);
  if (!claims) {
    res.writeHead(401, {
      'www-authenticate': `Bearer resource_metadata="${metadataUrl}", scope="tools:echo"`,
      'content-type': 'application/json',
    });
    res.end(JSON.stringify({ error: 'invalid_token' }));
    return;
  }
  const mcp = new McpServer({ name: 'echo', version: '1.0.0' });
  mcp.registerTool(
    'echo',
    { description: 'Echoes its input', inputSchema: { text: z.string() } },
    async ({ text }) => ({ content: [{ type: 'text', text: `${claims.sub}: ${text}` }] }),
  );
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on('close', () => transport.close());
  await mcp.connect(transport);
  await transport.handleRequest(req, res);
});
await new Promise((resolve) => server.listen(Number(port), '127.0.0.1', resolve));

// --- A headless browser for the hosted pages ---------------------------------------------
const jar = new Map();
async function go(url, form) {
  const init = { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } };
  if (form) {
    init.method = 'POST';
    init.body = new URLSearchParams(form);
  }
  const response = await fetch(url, init);
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, value] = pair.split('=');
    if (value === '') jar.delete(name);
    else jar.set(name, value);
  }
  return { status: response.status, location: response.headers.get('location'), body: await response.text() };
}
const hidden = (body, name) => body.match(new RegExp(`name="${name}" value="([^"]*)"`))[1];
const action = (body) => body.match(/action="([^"]*)"/)[1];
const redirectUrl = 'http://127.0.0.1:1/callback';

async function signIn(authorizationUrl) {
  let page = await go(authorizationUrl.href);
  while (page.location && !page.location.startsWith(redirectUrl)) {
    page = await go(page.location);
    for (let i = 0; i < 2 && page.status === 200; i += 1) {
      const fields = { request: hidden(page.body, 'request'), csrf_token: hidden(page.body, 'csrf_token') };
      if (page.body.includes('type="password"')) Object.assign(fields, { email, password });
      else if (page.body.includes('name="decision"')) fields.decision = 'allow';
      page = await go(action(page.body), fields);
    }
  }
  if (!page.location) throw new Error(`sign-in did not return to the client: ${page.status} ${page.body}`);
  return new URL(page.location).searchParams.get('code');
}

// --- The MCP client ------------------------------------------------------------------------
let clientInformation;
let tokens;
let verifier;
let code;
const seen = { registered: null, authorization_url: null };
const provider = {
  get redirectUrl() { return redirectUrl; },
  get clientMetadata() {
    return {
      client_name: 'MCP interop test',
      redirect_uris: [redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  },
  clientInformation: () => clientInformation,
  saveClientInformation: (info) => { clientInformation = info; seen.registered = info.client_id; },
  tokens: () => tokens,
  saveTokens: (t) => { tokens = t; },
  redirectToAuthorization: async (url) => { seen.authorization_url = url.href; code = await signIn(url); },
  saveCodeVerifier: (v) => { verifier = v; },
  codeVerifier: () => verifier,
};

const url = new URL(resource);
const client = new Client({ name: 'interop', version: '1.0.0' });
// The first attempt meets the 401, discovers, registers and signs in; the code is then
// exchanged on the transport that saw the challenge, as the SDK's examples do.
const first = new StreamableHTTPClientTransport(url, { authProvider: provider });
try {
  await client.connect(first);
  throw new Error('connected without authorization');
} catch (e) {
  if (!(e instanceof UnauthorizedError)) throw e;
}
await first.finishAuth(code);
await client.connect(new StreamableHTTPClientTransport(url, { authProvider: provider }));
const result = await client.callTool({ name: 'echo', arguments: { text: 'hello' } });
await client.close();

const foreign = await fetch(resource, {
  method: 'POST',
  headers: { authorization: `Bearer ${foreignToken}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
  body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
});
server.close();
server.closeAllConnections();

console.log(JSON.stringify({
  registered: seen.registered,
  authorization_url: seen.authorization_url,
  access_token: tokens.access_token,
  text: result.content[0].text,
  foreign_status: foreign.status,
}));
