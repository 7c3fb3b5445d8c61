// The error catalogue: index.d.ts's ErrorCode union is exactly the core's kinds, and
// errors are TesseraError with the right code; argument mistakes are not.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const tc = require('../index.js')

test('ErrorCode in index.d.ts equals the core catalogue, in order', () => {
  const dts = readFileSync(new URL('../index.d.ts', import.meta.url), 'utf8')
  const block = dts.slice(dts.indexOf('export type ErrorCode ='), dts.indexOf('export const ERROR_CODES'))
  const typed = [...block.matchAll(/\| '([a-z0-9_]+)'/g)].map((m) => m[1])
  assert.equal(tc.ERROR_CODES.length, 44)
  assert.deepEqual(typed, [...tc.ERROR_CODES])
  assert.equal(new Set(tc.ERROR_CODES).size, tc.ERROR_CODES.length)
})

test('ALGORITHMS in index.d.ts equals the core list', () => {
  const dts = readFileSync(new URL('../index.d.ts', import.meta.url), 'utf8')
  const line = dts.split('\n').find((l) => l.startsWith('export type Algorithm ='))
  assert.deepEqual([...line.matchAll(/'(\w+)'/g)].map((m) => m[1]), [...tc.ALGORITHMS])
})

test('core failures are TesseraError with code and isClientError', () => {
  assert.throws(() => new tc.JwtVerifier({ algorithms: ['ES256'], leewaySecs: 301 }), (e) => {
    assert.ok(e instanceof tc.TesseraError)
    assert.ok(e instanceof Error)
    assert.equal(e.name, 'TesseraError')
    assert.equal(e.code, 'invalid_configuration')
    assert.equal(e.isClientError, false)
    assert.match(e.message, /300/)
    return true
  })
  assert.throws(() => new tc.JwtVerifier({ algorithms: ['HS256'] }), { code: 'alg_confusion' })
  assert.throws(() => new tc.JwtVerifier({ algorithms: ['none'] }), { code: 'alg_none' })
  assert.throws(() => tc.decodeHeader('a.b'), (e) => e instanceof tc.TesseraError && e.code === 'malformed_token' && e.isClientError)
  assert.throws(() => tc.normalizeHtu('not a url'), { code: 'invalid_url' })
  assert.throws(() => new tc.DpopVerifier({ maxAgeSecs: 0 }), { code: 'invalid_configuration' })
  assert.throws(() => new tc.JwksCache({ ttlSecs: 0 }), { code: 'invalid_configuration' })
})

test('argument mistakes are not TesseraError', () => {
  assert.throws(() => new tc.JwtVerifier({ algorithms: 'ES256' }), (e) => !(e instanceof tc.TesseraError))
  assert.throws(() => new tc.JwtVerifier({ algorithms: ['ES256'] }).verify('a.b.c', { kty: 'EC' }), TypeError)
})
