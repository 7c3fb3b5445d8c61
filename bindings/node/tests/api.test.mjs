// The binding as an application uses it: tokens signed by jose (an independent JOSE
// implementation), sync and async verification, the JWK Set cache with a fetch function,
// and DPoP proofs made by jose, including replay.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import * as jose from 'jose'

const require = createRequire(import.meta.url)
const tc = require('../index.js')

const ISSUER = 'https://id.tessera.example/t/acme'
const AUDIENCE = 'https://api.example.com'
const NOW = 1767225600

const keys = {}
for (const [alg, kid] of [['ES256', 'ec-1'], ['RS256', 'rsa-1'], ['EdDSA', 'ed-1']]) {
  const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true })
  keys[alg] = { privateKey, kid, jwk: { ...(await jose.exportJWK(publicKey)), kid, alg, use: 'sig' } }
}
const JWKS = { keys: Object.values(keys).map((k) => k.jwk) }

async function sign (alg, claims = {}, header = {}) {
  const payload = {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'user-1',
    client_id: 'app-1',
    scope: 'orders:read profile',
    iat: NOW - 10,
    exp: NOW + 300,
    jti: 't-1',
    ...claims
  }
  return new jose.SignJWT(payload)
    .setProtectedHeader({ alg, kid: keys[alg].kid, typ: 'at+jwt', ...header })
    .sign(keys[alg].privateKey)
}

const verifier = (extra = {}) =>
  new tc.JwtVerifier({
    algorithms: ['ES256', 'RS256', 'EdDSA'],
    issuer: ISSUER,
    audiences: [AUDIENCE],
    expectedType: tc.ACCESS_TOKEN_TYPE,
    ...extra
  })

for (const alg of ['ES256', 'RS256', 'EdDSA']) {
  test(`${alg} tokens signed by jose verify, sync and async`, async () => {
    const token = await sign(alg)
    const set = tc.JwkSet.from(JWKS)
    const sync = verifier().verify(token, set, NOW)
    assert.equal(sync.claims.sub, 'user-1')
    assert.deepEqual(sync.header, { alg, kid: keys[alg].kid, typ: 'at+jwt' })
    const viaOneKey = verifier().verify(token, tc.Jwk.from(keys[alg].jwk), NOW)
    assert.deepEqual(viaOneKey, sync)
    assert.deepEqual(await verifier().verifyAsync(token, set, NOW), sync)
  })
}

test('claim failures, sync and async, carry the same code', async () => {
  const set = tc.JwkSet.from(JWKS)
  const cases = [
    [await sign('ES256', { exp: NOW - 120 }), {}, 'token_expired'],
    [await sign('RS256', { aud: 'https://other.example' }), {}, 'invalid_audience'],
    [await sign('ES256'), { requiredScopes: ['orders:write'] }, 'insufficient_scope'],
    [await sign('ES256', {}, { typ: 'JWT' }), {}, 'invalid_token_type'],
    [(await sign('EdDSA')).slice(0, -6) + 'AAAAAA', {}, 'invalid_signature']
  ]
  for (const [token, extra, code] of cases) {
    assert.throws(() => verifier(extra).verify(token, set, NOW), { name: 'TesseraError', code })
    await assert.rejects(verifier(extra).verifyAsync(token, set, NOW), (e) => e instanceof tc.TesseraError && e.code === code)
  }
})

test('many async verifications run concurrently on the thread pool', async () => {
  const set = tc.JwkSet.from(JWKS)
  const v = verifier()
  const tokens = await Promise.all(Array.from({ length: 32 }, (_, i) => sign(i % 2 ? 'RS256' : 'ES256', { jti: `t-${i}` })))
  const results = await Promise.all(tokens.map((t) => v.verifyAsync(t, set, NOW)))
  assert.deepEqual(results.map((r) => r.claims.jti), tokens.map((_, i) => `t-${i}`))
})

test('the cache fetches once, refetches an unknown kid once per cooldown', async () => {
  let calls = 0
  const fetchJwks = async () => { calls++; return JSON.stringify(JWKS) }
  const cache = new tc.JwksCache({ ttlSecs: 600, refetchCooldownSecs: 30 })
  const v = verifier()
  for (let i = 0; i < 3; i++) {
    assert.equal((await v.verifyWithCache(await sign('ES256'), cache, fetchJwks, NOW)).claims.sub, 'user-1')
  }
  assert.equal(calls, 1)
  const rotated = await sign('ES256', {}, { kid: 'rotated' })
  for (let i = 0; i < 2; i++) {
    await assert.rejects(v.verifyWithCache(rotated, cache, fetchJwks, NOW + 40), { code: 'key_not_found' })
  }
  assert.equal(calls, 2)
  assert.equal(cache.current().length, 3)
})

test('a failing fetch is jwks_fetch_failed; stale keys keep serving', async () => {
  const failing = async () => { throw new Error('issuer down') }
  await assert.rejects(verifier().verifyWithCache(await sign('ES256'), new tc.JwksCache(), failing, NOW), (e) => {
    assert.equal(e.code, 'jwks_fetch_failed')
    assert.equal(e.isClientError, false)
    assert.match(e.message, /issuer down/)
    return true
  })
  const warm = new tc.JwksCache({ ttlSecs: 60, maxStaleSecs: 3600 })
  warm.insert(tc.JwkSet.from(JWKS), NOW - 100)
  assert.ok((await verifier().verifyWithCache(await sign('ES256'), warm, failing, NOW)).claims)
  await assert.rejects(verifier().verifyWithCache(await sign('ES256'), new tc.JwksCache(), () => ({}), NOW), { code: 'invalid_jwks' })
})

test('a token the verifier refuses by its header never triggers a fetch', async () => {
  let calls = 0
  const only = new tc.JwtVerifier({ algorithms: ['RS256'] })
  await assert.rejects(
    only.verifyWithCache(await sign('ES256'), new tc.JwksCache(), () => { calls++; return JWKS }, NOW),
    { code: 'algorithm_not_allowed' }
  )
  assert.equal(calls, 0)
})

test('the cache step by step', () => {
  const cache = new tc.JwksCache()
  assert.equal(cache.plan('ec-1', NOW), null)
  const set = cache.completeFetch({ body: JSON.stringify(JWKS) }, NOW)
  assert.equal(set.length, 3)
  assert.equal(cache.plan('ec-1', NOW + 1).select('ec-1', 'ES256').kid, 'ec-1')
  assert.deepEqual(set.keys().map((k) => k.kid), ['ec-1', 'rsa-1', 'ed-1'])
  const mixed = tc.JwkSet.from({ keys: [JWKS.keys[0], { kty: 'oct', k: 'c2VjcmV0' }] })
  assert.equal(mixed.length, 1)
  assert.equal(mixed.skipped()[0].code, 'unsupported_key')
})

test('DPoP proofs made by jose: verified, bound, and refused on replay', async () => {
  const { privateKey, publicKey } = await jose.generateKeyPair('ES256', { extractable: true })
  const jwk = await jose.exportJWK(publicKey)
  const jkt = await jose.calculateJwkThumbprint(jwk)
  const accessToken = await sign('ES256', { cnf: { jkt } })
  const tokenClaims = verifier().verify(accessToken, tc.JwkSet.from(JWKS), NOW).claims
  const proof = await new jose.SignJWT({
    htm: 'GET',
    htu: 'https://api.example.com/orders',
    jti: 'p-1',
    iat: NOW,
    ath: tc.accessTokenHash(accessToken)
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk })
    .sign(privateKey)
  const dpop = new tc.DpopVerifier()
  const request = { method: 'GET', url: 'https://api.example.com/orders?page=2', accessToken }
  const verified = dpop.verifyForToken(proof, request, tokenClaims, NOW)
  assert.equal(verified.thumbprint, jkt)
  assert.equal(verified.jti, 'p-1')
  assert.deepEqual(verified.jwk, jwk)
  assert.throws(() => dpop.verifyForToken(proof, request, tokenClaims, NOW), { code: 'dpop_replayed' })
  assert.throws(() => new tc.DpopVerifier().verify(proof, { ...request, method: 'POST' }, NOW), { code: 'dpop_htm_mismatch' })
  assert.throws(() => tc.checkJktBinding(tokenClaims, 'another'), { code: 'dpop_jkt_mismatch' })
  tc.checkJktBinding(tokenClaims, jkt)
})

test('helpers', () => {
  // RFC 9449 §7.1
  assert.equal(tc.accessTokenHash('Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU'), 'fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo')
  assert.equal(tc.normalizeHtu('HTTPS://Server.Example.com:443/token?x=1'), 'https://server.example.com/token')
  const now = tc.unixNow()
  assert.ok(Math.abs(now - Date.now() / 1000) < 5)
})
