// openid-client as a service: authenticates with private_key_jwt (RFC 7523), gets a token by
// client_credentials, introspects it (RFC 7662), revokes it (RFC 7009) and introspects again.
// Prints what it saw as JSON.
//
// usage: node private_key_jwt.mjs ISSUER CLIENT_ID PKCS8_BASE64 KID
import { webcrypto } from 'node:crypto';
import * as client from 'openid-client';

const [issuer, clientId, pkcs8, kid] = process.argv.slice(2);
const key = await webcrypto.subtle.importKey(
  'pkcs8',
  Buffer.from(pkcs8, 'base64'),
  { name: 'ECDSA', namedCurve: 'P-256' },
  false,
  ['sign'],
);
const config = await client.discovery(
  new URL(issuer),
  clientId,
  undefined,
  client.PrivateKeyJwt({ key, kid }),
  { execute: [client.allowInsecureRequests] },
);
const tokens = await client.clientCredentialsGrant(config, { scope: 'read' });
const before = await client.tokenIntrospection(config, tokens.access_token);
await client.tokenRevocation(config, tokens.access_token);
const after = await client.tokenIntrospection(config, tokens.access_token);
console.log(JSON.stringify({ scope: tokens.scope, before, after }));
