// Type-checked by `tsc -p tests/tsconfig.json` (never run): index.d.ts describes the API
// as applications use it, and rejects misuse (each @ts-expect-error must be an error).

import {
  DpopVerifier,
  ERROR_CODES,
  type ErrorCode,
  JwkSet,
  JwksCache,
  JwtVerifier,
  TesseraError,
  type VerifiedJwt,
  accessTokenHash,
  verifyJws,
} from '@tessera/core'

const verifier = new JwtVerifier({
  algorithms: ['ES256', 'RS256'],
  issuer: 'https://id.example.com/t/acme',
  audiences: ['https://api.example.com'],
  expectedType: 'at+jwt',
  requiredScopes: ['orders:read'],
})
const cache = new JwksCache({ ttlSecs: 600 })

export async function authenticate(token: string): Promise<string> {
  try {
    const verified: VerifiedJwt = await verifier.verifyWithCache(token, cache, async () => {
      const response = await fetch('https://id.example.com/t/acme/.well-known/jwks.json')
      return response.text()
    })
    const sub = verified.claims.sub
    return typeof sub === 'string' ? sub : ''
  } catch (error) {
    if (error instanceof TesseraError) {
      const code: ErrorCode = error.code
      if (code === 'token_expired' || error.isClientError) return 'unauthorized'
    }
    throw error
  }
}

export function dpop(proof: string, token: string, claims: VerifiedJwt['claims']): string {
  const verifierDpop = new DpopVerifier({ maxAgeSecs: 60 })
  const result = verifierDpop.verifyForToken(
    proof,
    { method: 'GET', url: 'https://api.example.com/x', accessToken: token },
    claims,
  )
  return result.thumbprint + accessTokenHash(token)
}

export function jws(token: string, set: JwkSet): Buffer {
  return verifyJws(token, set, { algorithms: ['EdDSA'] }).payload
}

export const codes: readonly ErrorCode[] = ERROR_CODES

// @ts-expect-error algorithms is required
new JwtVerifier({ issuer: 'x' })
// @ts-expect-error not an algorithm the core implements
new JwtVerifier({ algorithms: ['HS256'] })
// @ts-expect-error not an error code
export const wrong: ErrorCode = 'expired'
// @ts-expect-error a key must be parsed first (Jwk.from / JwkSet.from)
verifier.verify('t', { kty: 'EC' })
// @ts-expect-error verifyForToken needs the access token for ath
new DpopVerifier().verifyForToken('p', { method: 'GET', url: 'u' }, {})
