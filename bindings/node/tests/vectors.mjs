// Runs the shared vectors of spec/test-vectors/ through the public JavaScript API, one
// operation at a time, mirroring the Rust reference harness
// (bindings/core/tests/integration/vectors.rs).

import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const tc = require('../index.js')

export const VECTOR_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../spec/test-vectors')

export function loadFiles () {
  const names = readdirSync(VECTOR_DIR).filter((n) => n.endsWith('.json')).sort()
  if (names.length < 5) throw new Error(`vector files missing in ${VECTOR_DIR}`)
  return names.map((name) => [name, JSON.parse(readFileSync(join(VECTOR_DIR, name), 'utf8'))])
}

const verifyJws = (i) => {
  const key = tc.Jwk.from(i.jwk)
  const verified = tc.verifyJws(i.token, key, {
    algorithms: i.algorithms ?? [],
    criticalHeaders: i.critical_headers
  })
  return { payload: verified.payload.toString('utf8') }
}

const verifyJwsWithJwks = (i) => {
  const keys = tc.JwkSet.from(i.jwks)
  tc.verifyJws(i.token, keys, { algorithms: i.algorithms ?? [] })
  const header = tc.decodeHeader(i.token)
  const selected = keys.select(header.kid, header.alg)
  return { kid: selected.kid, keys: keys.length, skipped: keys.skipped().length }
}

const parseJwk = (i) => {
  const jwk = tc.Jwk.from(i.jwk)
  return { thumbprint: jwk.thumbprint, kty: jwk.kty, rsa_bits: jwk.rsaBits }
}

const verifyJwt = (i) => {
  const o = i.options
  const verifier = new tc.JwtVerifier({
    algorithms: o.algorithms ?? [],
    issuer: o.issuer,
    audiences: o.audiences,
    leewaySecs: o.leeway_secs,
    expectedType: o.expected_type,
    requireExp: o.require_exp,
    requiredClaims: o.required_claims,
    requiredScopes: o.required_scopes,
    requiredPermissions: o.required_permissions
  })
  const verified = verifier.verify(i.token, tc.Jwk.from(i.jwk), i.now)
  return { sub: verified.claims.sub ?? null }
}

const verifyDpop = (i) => {
  const o = i.options ?? {}
  const verifier = new tc.DpopVerifier({
    algorithms: o.algorithms,
    maxAgeSecs: o.max_age_secs,
    leewaySecs: o.leeway_secs
  })
  for (const prior of i.prior_proofs ?? []) {
    // Prior proofs fill the replay cache; they must verify.
    verifier.verify(prior, { method: i.method, url: i.url }, i.now)
  }
  const request = { method: i.method, url: i.url, accessToken: i.access_token, nonce: i.nonce }
  const proof = i.token_claims
    ? verifier.verifyForToken(i.proof, request, i.token_claims, i.now)
    : verifier.verify(i.proof, request, i.now)
  return { jkt: proof.thumbprint }
}

export const OPERATIONS = {
  verify_jws: verifyJws,
  verify_jws_with_jwks: verifyJwsWithJwks,
  parse_jwk: parseJwk,
  verify_jwt: verifyJwt,
  verify_dpop_proof: verifyDpop
}
