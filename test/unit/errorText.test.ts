/** errorMessage / errorDetail: whatever is thrown becomes text, a parser's code frame cut to its first line on request. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorDetail, errorMessage } from '../../server/src/engine/text/errorText.js';

const withStack = new Error('bad input\n  1 | ---\n    | ^');
const CASES: Array<[string, unknown, string, string, string]> = [
  ['an Error', new Error('cannot read file'), 'cannot read file', 'cannot read file', 'Error: cannot read file'],
  ['a multi-line Error', withStack, 'bad input\n  1 | ---\n    | ^', 'bad input', 'Error: bad input'],
  ['a string', 'plain text', 'plain text', 'plain text', 'plain text'],
  ['a number', 42, '42', '42', '42'],
  ['undefined', undefined, 'undefined', 'undefined', 'undefined'],
];

for (const [name, thrown, message, firstLine, detailStart] of CASES) {
  test(`error text: ${name}`, () => {
    assert.equal(errorMessage(thrown), message);
    assert.equal(errorMessage(thrown, { firstLine: true }), firstLine);
    assert.ok(errorDetail(thrown).startsWith(detailStart), errorDetail(thrown));
  });
}
