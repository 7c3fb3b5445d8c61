// Types of @tessera/core (index.js). Hand-written; tests/types.test.ts type-checks them and
// tests/errors.test.mjs checks that ErrorCode lists exactly the core's error kinds.

/** The asymmetric JWS algorithms the core implements. */
export type Algorithm = 'ES256' | 'ES384' | 'RS256' | 'PS256' | 'EdDSA'

/** Every stable error code of the core (Rust `ErrorKind::ALL`), in the core's order. */
export type ErrorCode =
  | 'token_too_large'
  | 'malformed_token'
  | 'invalid_base64'
  | 'invalid_header'
  | 'invalid_payload'
  | 'alg_none'
  | 'alg_confusion'
  | 'unsupported_algorithm'
  | 'algorithm_not_allowed'
  | 'unsupported_critical_header'
  | 'invalid_key'
  | 'unsupported_key'
  | 'private_key_in_jwk'
  | 'key_type_mismatch'
  | 'key_alg_mismatch'
  | 'key_use_mismatch'
  | 'rsa_key_too_small'
  | 'invalid_signature_format'
  | 'invalid_signature'
  | 'invalid_jwks'
  | 'key_not_found'
  | 'ambiguous_key'
  | 'jwks_fetch_failed'
  | 'invalid_token_type'
  | 'missing_claim'
  | 'invalid_claim'
  | 'invalid_issuer'
  | 'invalid_audience'
  | 'token_expired'
  | 'token_not_yet_valid'
  | 'issued_in_future'
  | 'insufficient_scope'
  | 'insufficient_permissions'
  | 'dpop_invalid_type'
  | 'dpop_missing_jwk'
  | 'dpop_htm_mismatch'
  | 'dpop_htu_mismatch'
  | 'dpop_iat_out_of_window'
  | 'dpop_replayed'
  | 'dpop_ath_mismatch'
  | 'dpop_nonce_mismatch'
  | 'dpop_jkt_mismatch'
  | 'invalid_url'
  | 'invalid_configuration'

export const ERROR_CODES: readonly ErrorCode[]
export const ALGORITHMS: readonly Algorithm[]
/** The `typ` of RFC 9068 access tokens. */
export const ACCESS_TOKEN_TYPE: 'at+jwt'

/**
 * Every failure of the core. `code` is the stable error kind; match on it, not on the
 * message. Argument mistakes (a number where a string belongs...) are plain `TypeError`s
 * or napi errors, never a `TesseraError`.
 */
export class TesseraError extends Error {
  readonly name: 'TesseraError'
  readonly code: ErrorCode
  /** True when the token or proof is at fault (answer 401/403); false for the caller's
   * own configuration or infrastructure (`invalid_configuration`, `invalid_jwks`,
   * `jwks_fetch_failed`). */
  readonly isClientError: boolean
  constructor(code: ErrorCode, message: string)
}

/** A JSON object: a protected header, claims, or a JWK. */
export type JsonObject = { [member: string]: unknown }

/** A validated public JWK. */
export class Jwk {
  private constructor()
  /** Parses one public JWK, given as JSON text or as an object. */
  static from(jwk: string | JsonObject): Jwk
  readonly kid: string | null
  readonly kty: 'EC' | 'RSA' | 'OKP'
  readonly alg: string | null
  readonly curve: string | null
  readonly rsaBits: number | null
  /** RFC 7638 SHA-256 thumbprint, base64url. */
  readonly thumbprint: string
  toJSON(): JsonObject
}

export interface SkippedKey {
  /** Position in the document's `keys` array. */
  index: number
  kid: string | null
  code: ErrorCode
  message: string
}

/** A JWK Set: its usable keys, and those it skipped. */
export class JwkSet {
  private constructor()
  /** Parses a JWK Set document, given as JSON text or as an object. */
  static from(jwks: string | JsonObject): JwkSet
  /** The number of usable keys. */
  readonly length: number
  keys(): Jwk[]
  skipped(): SkippedKey[]
  /** The key the core picks for a header's `kid` and `alg`. */
  select(kid: string | null | undefined, alg: Algorithm | string): Jwk
}

export interface JwksCacheOptions {
  /** How long fetched keys are fresh, in seconds. Default 600. */
  ttlSecs?: number
  /** Least time between fetches for an unknown `kid` or after a failure. Default 30. */
  refetchCooldownSecs?: number
  /** How long past the TTL stale keys serve while fetching fails. Default 86400. */
  maxStaleSecs?: number
}

/** What a JWK Set fetch produced: the document text, or why it failed. */
export type FetchOutcome = { body: string; error?: undefined } | { body?: undefined; error: string }

/** A cache for one issuer's JWK Set. It does no I/O: `JwtVerifier.verifyWithCache` calls
 * your fetch function when `plan` says so. */
export class JwksCache {
  constructor(options?: JwksCacheOptions)
  /** Seeds or replaces the keys, as if fetched at `now`. */
  insert(keys: JwkSet, now?: number): void
  /** The keys for a token with this `kid`, or `null` if you must fetch, then call
   * `completeFetch`. Throws `jwks_fetch_failed` while cooling down after a failure. */
  plan(kid: string | null | undefined, now?: number): JwkSet | null
  /** Records a fetch made at `now`; returns the keys to use (new, or stale within
   * `maxStaleSecs` when the fetch failed). */
  completeFetch(outcome: FetchOutcome, now?: number): JwkSet
  /** The keys held now, fresh or not. */
  current(): JwkSet | null
}

export interface VerifyOptions {
  /** The algorithm allow-list; must not be empty. */
  algorithms: Algorithm[]
  /** `iss` must equal this exactly. */
  issuer?: string
  /** `aud` must contain one of these. Resource servers should always set it. */
  audiences?: string[]
  /** Clock-skew allowance for exp/nbf/iat, at most 300 s. Default 60. */
  leewaySecs?: number
  /** Required header `typ`; `'at+jwt'` for RFC 9068 access tokens. */
  expectedType?: string
  /** Refuse tokens without `exp`. Default true. */
  requireExp?: boolean
  requiredClaims?: string[]
  requiredScopes?: string[]
  requiredPermissions?: string[]
  /** `crit` extensions you process yourself. */
  criticalHeaders?: string[]
  /** Default 16384. */
  maxTokenBytes?: number
}

export interface VerifiedJwt {
  header: JsonObject & { alg: Algorithm; kid?: string; typ?: string }
  claims: JsonObject
}

/** Verifies JWTs against fixed options. Create once, share freely. */
export class JwtVerifier {
  constructor(options: VerifyOptions)
  /** Verifies on the calling thread. `now` is Unix seconds, default the clock. */
  verify(token: string, keys: Jwk | JwkSet, now?: number): VerifiedJwt
  /** Verifies on the libuv thread pool. */
  verifyAsync(token: string, keys: Jwk | JwkSet, now?: number): Promise<VerifiedJwt>
  /** Verifies with keys from `cache`, calling `fetchJwks` (which returns or resolves to
   * the JWK Set document, as text or object) when the cache has no usable keys for the
   * token's `kid`. A throwing or rejecting fetch counts as a failed fetch. */
  verifyWithCache(
    token: string,
    cache: JwksCache,
    fetchJwks: () => string | JsonObject | Promise<string | JsonObject>,
    now?: number
  ): Promise<VerifiedJwt>
}

export interface JwsOptions {
  algorithms: Algorithm[]
  criticalHeaders?: string[]
  maxTokenBytes?: number
}

export interface VerifiedJws {
  header: JsonObject & { alg: Algorithm }
  payload: Buffer
}

/** Verifies a compact JWS (signature only, no claim checks). */
export function verifyJws(token: string, keys: Jwk | JwkSet, options: JwsOptions): VerifiedJws
/** The protected header, decoded but NOT verified. */
export function decodeHeader(token: string): JsonObject & { alg: Algorithm }

export interface DpopOptions {
  /** Default: every supported algorithm. */
  algorithms?: Algorithm[]
  /** How old a proof's `iat` may be. Default 60, at most 3600. */
  maxAgeSecs?: number
  /** How far in the future `iat` may be. Default 5. */
  leewaySecs?: number
  /** Capacity of the in-memory `jti` replay cache. Default 65536. */
  replayCacheCapacity?: number
  maxProofBytes?: number
}

/** The HTTP request a proof must match. */
export interface DpopRequest {
  method: string
  /** The request URI as the server sees it; the query is ignored. */
  url: string
  /** The access token sent with the proof; its hash must be the proof's `ath`. */
  accessToken?: string
  /** The DPoP nonce the server issued, if it uses nonces. */
  nonce?: string
}

export interface DpopProof {
  header: JsonObject
  /** The proof's public key. */
  jwk: JsonObject
  claims: JsonObject
  jti: string
  htm: string
  htu: string
  iat: number
  /** RFC 7638 thumbprint of the proof's key: the `cnf.jkt` of bound tokens. */
  thumbprint: string
}

/** Verifies DPoP proofs (RFC 9449) and remembers their `jti`s. One per resource server. */
export class DpopVerifier {
  constructor(options?: DpopOptions)
  verify(proof: string, request: DpopRequest, now?: number): DpopProof
  /** For a DPoP-bound access token: also checks `ath` and the token's `cnf.jkt`. */
  verifyForToken(
    proof: string,
    request: DpopRequest & { accessToken: string },
    tokenClaims: JsonObject,
    now?: number
  ): DpopProof
}

/** `ath`: base64url(SHA-256(access token)). */
export function accessTokenHash(accessToken: string): string
/** The normalised form `htu` comparison uses. */
export function normalizeHtu(url: string): string
/** Throws `dpop_jkt_mismatch` unless the claims' `cnf.jkt` equals `thumbprint`. */
export function checkJktBinding(tokenClaims: JsonObject, thumbprint: string): void
/** The current time in Unix seconds, as the core reads it. */
export function unixNow(): number
