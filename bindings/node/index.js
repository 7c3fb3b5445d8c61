'use strict'
// @tessera/core: the JavaScript face of Tessera's Rust verification core.
//
// This file loads the native addon and does three things only: it turns the addon's errors
// into `TesseraError` (whose `code` is the core's stable error kind), it gives `now` its
// default (the core's clock), and it wires the JWK Set cache's two steps (`plan`, then
// `completeFetch`) around a fetch the caller supplies. Every accept or reject decision is
// the core's. Types: index.d.ts.

const path = require('node:path')

const ADDON = `tessera_core.${process.platform}-${process.arch}.node`

function loadAddon () {
  try {
    return require(path.join(__dirname, ADDON))
  } catch (error) {
    throw new Error(
      `@tessera/core: cannot load the native addon ${ADDON} (${error.message}). ` +
        'Prebuilt addons exist for linux-x64; elsewhere build it with ' +
        '`cargo xtask bindings-test` or `cargo build -p tessera-core-node` and copy the library here.',
      { cause: error }
    )
  }
}

const native = loadAddon()

const KINDS = native.errorKinds()
const CLIENT_ERROR = new Map(KINDS.map((k) => [k.code, k.clientError]))

/** Every error of the core: `code` is the stable error kind, e.g. `"token_expired"`. */
class TesseraError extends Error {
  constructor (code, message) {
    super(message)
    this.name = 'TesseraError'
    this.code = code
    /** False for the caller's own configuration or infrastructure problems. */
    this.isClientError = CLIENT_ERROR.get(code) ?? true
  }
}

/** Rethrows an addon error as a TesseraError when it carries a core code. */
function rethrow (error) {
  if (error && typeof error.code === 'string' && CLIENT_ERROR.has(error.code)) {
    throw new TesseraError(error.code, error.message)
  }
  throw error
}

const NATIVE = Symbol('tessera.native')

function documentText (document) {
  return typeof document === 'string' ? document : JSON.stringify(document)
}

class Jwk {
  constructor (inner) {
    this[NATIVE] = inner
  }

  /** Parses one public JWK, given as JSON text or as an object. */
  static from (jwk) {
    try {
      return new Jwk(native.Jwk.fromJson(documentText(jwk)))
    } catch (e) {
      rethrow(e)
    }
  }

  get kid () { return this[NATIVE].kid ?? null }
  get kty () { return this[NATIVE].kty }
  get alg () { return this[NATIVE].alg ?? null }
  get curve () { return this[NATIVE].curve ?? null }
  get rsaBits () { return this[NATIVE].rsaBits ?? null }
  get thumbprint () { return this[NATIVE].thumbprint }
  toJSON () { return JSON.parse(this[NATIVE].toJson()) }
}

class JwkSet {
  constructor (inner) {
    this[NATIVE] = inner
  }

  /** Parses a JWK Set document, given as JSON text or as an object. */
  static from (jwks) {
    try {
      return new JwkSet(native.JwkSet.fromJson(documentText(jwks)))
    } catch (e) {
      rethrow(e)
    }
  }

  get length () { return this[NATIVE].length }
  keys () { return this[NATIVE].keys().map((k) => new Jwk(k)) }
  skipped () { return this[NATIVE].skipped().map((s) => ({ ...s, kid: s.kid ?? null })) }

  select (kid, alg) {
    try {
      return new Jwk(this[NATIVE].select(kid ?? undefined, alg))
    } catch (e) {
      rethrow(e)
    }
  }
}

class JwksCache {
  constructor (options) {
    try {
      this[NATIVE] = new native.JwksCache(options)
    } catch (e) {
      rethrow(e)
    }
  }

  insert (keys, now) {
    this[NATIVE].insert(keys[NATIVE], now)
  }

  plan (kid, now) {
    try {
      const keys = this[NATIVE].plan(kid ?? undefined, now)
      return keys ? new JwkSet(keys) : null
    } catch (e) {
      rethrow(e)
    }
  }

  completeFetch (outcome, now) {
    try {
      return new JwkSet(this[NATIVE].completeFetch(outcome, now))
    } catch (e) {
      rethrow(e)
    }
  }

  current () {
    const keys = this[NATIVE].current()
    return keys ? new JwkSet(keys) : null
  }
}

function verifiedFrom (outcome) {
  if (outcome.errorCode !== undefined && outcome.errorCode !== null) {
    throw new TesseraError(outcome.errorCode, outcome.errorMessage)
  }
  return JSON.parse(outcome.verifiedJson)
}

function keysFor (keys) {
  if (keys instanceof JwkSet || keys instanceof Jwk) return keys[NATIVE]
  throw new TypeError('keys must be a Jwk or a JwkSet')
}

class JwtVerifier {
  constructor (options) {
    try {
      this[NATIVE] = new native.JwtVerifier(options)
    } catch (e) {
      rethrow(e)
    }
  }

  verify (token, keys, now) {
    try {
      // The addon answers JSON text: one JSON.parse builds the header and claims objects
      // faster than N-API calls setting their properties one at a time.
      return JSON.parse(keys instanceof JwkSet
        ? this[NATIVE].verifyWithJwksJson(token, keys[NATIVE], now)
        : this[NATIVE].verifyJson(token, keysFor(keys), now))
    } catch (e) {
      rethrow(e)
    }
  }

  async verifyAsync (token, keys, now) {
    const task = keys instanceof JwkSet
      ? this[NATIVE].verifyWithJwksAsync(token, keys[NATIVE], now)
      : this[NATIVE].verifyAsync(token, keysFor(keys), now)
    return verifiedFrom(await task)
  }

  async verifyWithCache (token, cache, fetchJwks, now) {
    const at = now ?? native.unixNow()
    let kid
    try {
      kid = this[NATIVE].headerKid(token)
    } catch (e) {
      rethrow(e)
    }
    let keys = cache.plan(kid, at)
    if (keys === null) {
      let outcome
      try {
        outcome = { body: documentText(await fetchJwks()) }
      } catch (e) {
        outcome = { error: `fetchJwks failed: ${e instanceof Error ? e.message : String(e)}` }
      }
      keys = cache.completeFetch(outcome, at)
    }
    return this.verifyAsync(token, keys, at)
  }
}

class DpopVerifier {
  constructor (options) {
    try {
      this[NATIVE] = new native.DpopVerifier(options)
    } catch (e) {
      rethrow(e)
    }
  }

  verify (proof, request, now) {
    try {
      return this[NATIVE].verify(proof, request, now)
    } catch (e) {
      rethrow(e)
    }
  }

  verifyForToken (proof, request, tokenClaims, now) {
    try {
      return this[NATIVE].verifyForToken(proof, request, tokenClaims, now)
    } catch (e) {
      rethrow(e)
    }
  }
}

function verifyJws (token, key, options) {
  try {
    return key instanceof JwkSet
      ? native.verifyJwsWithJwks(token, key[NATIVE], options)
      : native.verifyJws(token, keysFor(key), options)
  } catch (e) {
    rethrow(e)
  }
}

function decodeHeader (token) {
  try {
    return native.decodeHeader(token)
  } catch (e) {
    rethrow(e)
  }
}

function normalizeHtu (url) {
  try {
    return native.normalizeHtu(url)
  } catch (e) {
    rethrow(e)
  }
}

function checkJktBinding (tokenClaims, thumbprint) {
  try {
    native.checkJktBinding(tokenClaims, thumbprint)
  } catch (e) {
    rethrow(e)
  }
}

module.exports = {
  ACCESS_TOKEN_TYPE: 'at+jwt',
  ALGORITHMS: Object.freeze(native.algorithms()),
  ERROR_CODES: Object.freeze(KINDS.map((k) => k.code)),
  DpopVerifier,
  Jwk,
  JwkSet,
  JwksCache,
  JwtVerifier,
  TesseraError,
  accessTokenHash: native.accessTokenHash,
  checkJktBinding,
  decodeHeader,
  normalizeHtu,
  unixNow: native.unixNow,
  verifyJws
}
