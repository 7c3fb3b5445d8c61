// Every shared vector, one test each: the same accept/reject and error code as the core.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { OPERATIONS, loadFiles } from './vectors.mjs'

const require = createRequire(import.meta.url)
const { TesseraError } = require('../index.js')

const files = loadFiles()

test('vector files are consistent', () => {
  let total = 0
  for (const [name, doc] of files) {
    assert.equal(doc.schema, 'tessera-vectors/1', name)
    assert.ok(OPERATIONS[doc.operation], `${name}: unknown operation ${doc.operation}`)
    assert.equal(doc.numberOfTests, doc.vectors.length, name)
    doc.vectors.forEach((v, i) => assert.equal(v.tcId, i + 1, name))
    total += doc.vectors.length
  }
  assert.ok(total > 200)
})

for (const [name, doc] of files) {
  const run = OPERATIONS[doc.operation]
  for (const vector of doc.vectors) {
    test(`${name}#${vector.tcId} ${vector.comment}`, () => {
      if (vector.expected === 'valid') {
        const output = run(vector.input)
        for (const [key, value] of Object.entries(vector.output ?? {})) {
          assert.deepEqual(output[key], value, `output ${key}`)
        }
      } else {
        assert.throws(
          () => run(vector.input),
          (error) => {
            assert.ok(error instanceof TesseraError, `not a TesseraError: ${error}`)
            assert.equal(error.code, vector.expected.error, error.message)
            return true
          }
        )
      }
    })
  }
}
