/**
 * normalizeWhitespace returns a span unchanged when its rules would not change it (alreadyNormal), without running
 * them. The shortcut must agree with the rules on every string: here against the three replacements themselves, on
 * random strings drawn from the characters the rules treat specially (every JavaScript white space, U+200B, NUL,
 * hyphens before line ends) and ordinary letters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeWhitespace } from '../../server/src/engine/text/normalize.js';

/** The rules as normalize.ts states them, with no shortcut. */
function byTheRules(span: string): string {
  return span
    .replace(/\u0000/g, '')
    .replace(/(\p{L})-[ \t]*(?:\r\n|\r|\n|\f)[\s]*(?=\p{Ll})/gu, '$1-')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim();
}

const SPECIAL = [' ', '  ', '\t', '\n', '\r\n', '\r', '\f', '\v', '\u0000', '-', '-\n', '\u00a0', '\u1680', '\u2000', '\u2009', '\u200a'];
const MORE_SPECIAL = ['\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u001f', '\u180e', '\u200c'];
const piece = fc.oneof(
  fc.constantFrom(...SPECIAL, ...MORE_SPECIAL),
  fc.constantFrom('a', 'B', 'é', 'z', '1', '.', 'Ä', '€', '\ud83d\ude00'),
  fc.string({ maxLength: 3 }),
);

test('normalizeWhitespace equals its rules on every string, with or without the shortcut taken', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const span = pieces.join('');
      assert.equal(normalizeWhitespace(span), byTheRules(span), JSON.stringify(span));
    }),
    { numRuns: 3000, seed: 20261207 },
  );
});

test('every white space character the rules know is seen by the shortcut', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const span = `a${String.fromCharCode(c)}b`;
    assert.equal(normalizeWhitespace(span), byTheRules(span), `U+${c.toString(16).padStart(4, '0')}`);
  }
});
