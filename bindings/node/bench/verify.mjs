// Verifications per second of one ES256, one RS256 and one EdDSA access token, single thread:
// @tessera/core (sync and async) beside fast-jwt and jose (the incumbent, listed last), in the
// same process.
// Each verification is the whole call a resource server makes: signature with the key the
// JWK Set selects by kid, then iss, aud, exp/nbf/iat and typ. Rounds alternate between the
// implementations; the median round is reported. Run by `cargo xtask bench bindings`,
// which parses the `RESULT` lines.
//
//   node bench/verify.mjs [seconds-per-round] [rounds]

import { createRequire } from 'node:module'
import * as jose from 'jose'
import { createVerifier } from 'fast-jwt'

const require = createRequire(import.meta.url)
const tc = require('../index.js')

const SECONDS = Number(process.argv[2] ?? 1)
const ROUNDS = Number(process.argv[3] ?? 5)
const ISSUER = 'https://id.tessera.example/t/acme'
const AUDIENCE = 'https://api.example.com'

async function fixture (alg) {
  const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true, modulusLength: 2048 })
  const kid = `${alg}-1`
  const jwks = { keys: [{ ...(await jose.exportJWK(publicKey)), kid, alg, use: 'sig' }] }
  const now = Math.floor(Date.now() / 1000)
  const token = await new jose.SignJWT({
    iss: ISSUER, aud: AUDIENCE, sub: 'user-123', client_id: 'app-1', scope: 'openid orders:read',
    iat: now, exp: now + 3600, jti: 'b0b1b2b3b4b5'
  }).setProtectedHeader({ alg, kid, typ: 'at+jwt' }).sign(privateKey)
  return { alg, jwks, token, pem: await jose.exportSPKI(publicKey) }
}

function subjects ({ alg, jwks, token, pem }) {
  const set = tc.JwkSet.from(jwks)
  const verifier = new tc.JwtVerifier({ algorithms: [alg], issuer: ISSUER, audiences: [AUDIENCE], expectedType: 'at+jwt' })
  // fast-jwt takes one key, not a JWK Set to select from by kid, so it does less work. Its
  // verification cache stays off: a cached answer is not a verification.
  const fastVerify = createVerifier({
    key: pem, algorithms: [alg], allowedIss: ISSUER, allowedAud: AUDIENCE, checkTyp: 'at+jwt', cache: false
  })
  const joseKeys = jose.createLocalJWKSet(jwks)
  const joseOptions = { algorithms: [alg], issuer: ISSUER, audience: AUDIENCE, typ: 'at+jwt' }
  return [
    ['@tessera/core verify (sync)', async (n) => { for (let i = 0; i < n; i++) verifier.verify(token, set) }],
    ['@tessera/core verifyAsync', async (n) => { for (let i = 0; i < n; i++) await verifier.verifyAsync(token, set) }],
    [`fast-jwt ${require('fast-jwt/package.json').version} verifier`, async (n) => { for (let i = 0; i < n; i++) fastVerify(token) }],
    [`jose ${require('jose/package.json').version} jwtVerify`, async (n) => { for (let i = 0; i < n; i++) await jose.jwtVerify(token, joseKeys, joseOptions) }]
  ]
}

/** Ops/s of `run` over about SECONDS, in batches so the clock is read rarely. */
async function measure (run) {
  let batch = 64
  let done = 0
  const start = process.hrtime.bigint()
  const limit = BigInt(Math.round(SECONDS * 1e9))
  let elapsed = 0n
  while (elapsed < limit) {
    await run(batch)
    done += batch
    elapsed = process.hrtime.bigint() - start
    if (elapsed < limit / 20n) batch *= 2
  }
  return done / (Number(elapsed) / 1e9)
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2 }

for (const alg of ['ES256', 'RS256', 'EdDSA']) {
  const fx = await fixture(alg)
  // For the Rust baseline that xtask times on the same token (bindings/core/examples/verify-rate.rs).
  console.log(`FIXTURE\t${alg}\t${fx.token}\t${JSON.stringify(fx.jwks)}\t${ISSUER}\t${AUDIENCE}`)
  const list = subjects(fx)
  // Sanity: every subject accepts the token before it is timed.
  for (const [, run] of list) await run(1)
  for (const [, run] of list) await measure(run) // warm-up
  const rates = list.map(() => [])
  for (let r = 0; r < ROUNDS; r++) {
    for (const [i, [, run]] of list.entries()) rates[i].push(await measure(run))
  }
  for (const [i, [name]] of list.entries()) {
    console.log(`RESULT\tnode\t${alg}\t${name}\t${median(rates[i]).toFixed(0)}`)
  }
}
