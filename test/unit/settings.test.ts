/**
 * Settings shaping (server/src/lsp/settings.ts): what the client sends for
 * the `sourced` section becomes SourcedSettings; every bad value falls back
 * to its default with one warning naming the setting; nulls (unset) and
 * missing values are silent; check options follow the protocol's
 * sensitivity scale.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOptionsFrom, normalizeSettings } from '../../server/src/lsp/settings.js';
import { DEFAULT_SETTINGS, SENSITIVITY_VALUE } from '../../server/src/protocol.js';

const CASES: Array<{ name: string; raw: unknown; expect: (s: typeof DEFAULT_SETTINGS) => unknown; value: unknown; warns: RegExp[] }> = [
  { name: 'nothing sent', raw: undefined, expect: (s) => s, value: DEFAULT_SETTINGS, warns: [] },
  {
    name: 'unset values are null',
    raw: { corpus: { folders: null }, claims: null, diagnostics: { maxPerFile: null } },
    expect: (s) => s,
    value: DEFAULT_SETTINGS,
    warns: [],
  },
  {
    name: 'every value given',
    raw: {
      corpus: { folders: ['sources', ' /abs/x '] },
      claims: { sensitivity: 'high' },
      quotes: { insertStyle: 'blockquote' },
      diagnostics: { severity: { misquote: 'warning', 'unsupported-claim': 'off' }, maxPerFile: 5 },
    },
    expect: (s) => s,
    value: {
      corpus: { folders: ['sources', '/abs/x'], maxFileMB: 64 },
      claims: { sensitivity: 'high' },
      quotes: { insertStyle: 'blockquote' },
      diagnostics: { severity: { misquote: 'warning', 'unsupported-claim': 'off' }, maxPerFile: 5 },
    },
    warns: [],
  },
  {
    name: 'flat dotted keys',
    raw: { 'corpus.folders': ['a'], 'quotes.insertStyle': 'blockquote' },
    expect: (s) => [s.corpus.folders, s.quotes.insertStyle],
    value: [['a'], 'blockquote'],
    warns: [],
  },
  {
    name: 'folders not a list',
    raw: { corpus: { folders: 'corpus' } },
    expect: (s) => s.corpus.folders,
    value: ['corpus'],
    warns: [/sourced\.corpus\.folders/],
  },
  {
    name: 'an empty folder list',
    raw: { corpus: { folders: [] } },
    expect: (s) => s.corpus.folders,
    value: ['corpus'],
    warns: [/sourced\.corpus\.folders/],
  },
  {
    name: 'a folder that is not a string',
    raw: { corpus: { folders: ['a', 3] } },
    expect: (s) => s.corpus.folders,
    value: ['corpus'],
    warns: [/sourced\.corpus\.folders/],
  },
  {
    name: 'an unknown sensitivity',
    raw: { claims: { sensitivity: 'extreme' } },
    expect: (s) => s.claims.sensitivity,
    value: 'medium',
    warns: [/sensitivity.*"extreme"/],
  },
  {
    name: 'an unknown insert style',
    raw: { quotes: { insertStyle: 'footnote' } },
    expect: (s) => s.quotes.insertStyle,
    value: 'inline',
    warns: [/insertStyle/],
  },
  {
    name: 'severity not an object',
    raw: { diagnostics: { severity: 'off' } },
    expect: (s) => s.diagnostics.severity,
    value: {},
    warns: [/diagnostics\.severity/],
  },
  {
    name: 'an unknown code and a bad severity',
    raw: { diagnostics: { severity: { 'no-such-code': 'off', misquote: 'fatal', 'quote-not-found': 'hint' } } },
    expect: (s) => s.diagnostics.severity,
    value: { 'quote-not-found': 'hint' },
    warns: [/no-such-code/, /misquote.*"fatal"/],
  },
  {
    name: 'a negative cap',
    raw: { diagnostics: { maxPerFile: -1 } },
    expect: (s) => s.diagnostics.maxPerFile,
    value: 200,
    warns: [/maxPerFile/],
  },
  {
    name: 'a fractional cap',
    raw: { diagnostics: { maxPerFile: 2.5 } },
    expect: (s) => s.diagnostics.maxPerFile,
    value: 200,
    warns: [/maxPerFile/],
  },
  {
    name: 'a cap given as a string',
    raw: { diagnostics: { maxPerFile: '10' } },
    expect: (s) => s.diagnostics.maxPerFile,
    value: 200,
    warns: [/maxPerFile/],
  },
  { name: 'a zero cap is allowed', raw: { diagnostics: { maxPerFile: 0 } }, expect: (s) => s.diagnostics.maxPerFile, value: 0, warns: [] },
  { name: 'a larger source size limit', raw: { corpus: { maxFileMB: 300 } }, expect: (s) => s.corpus.maxFileMB, value: 300, warns: [] },
  {
    name: 'a size limit that is not a positive number',
    raw: { corpus: { maxFileMB: '300' } },
    expect: (s) => s.corpus.maxFileMB,
    value: 64,
    warns: [/maxFileMB/],
  },
  { name: 'the section is not an object', raw: 'yes', expect: (s) => s, value: DEFAULT_SETTINGS, warns: [/should be an object/] },
];

for (const c of CASES) {
  test(`settings: ${c.name}`, () => {
    const warnings: string[] = [];
    const settings = normalizeSettings(c.raw, (m) => warnings.push(m));
    assert.deepEqual(c.expect(settings), c.value);
    assert.equal(warnings.length, c.warns.length, warnings.join('\n'));
    c.warns.forEach((re, i) => assert.match(warnings[i], re));
  });
}

test('settings: defaults are copied, never shared', () => {
  const a = normalizeSettings(undefined, () => {});
  a.diagnostics.severity.misquote = 'off';
  a.corpus.folders.push('x');
  assert.deepEqual(
    normalizeSettings(undefined, () => {}),
    DEFAULT_SETTINGS,
  );
});

for (const level of ['low', 'medium', 'high'] as const) {
  test(`check options: ${level} sensitivity`, () => {
    const options = checkOptionsFrom({
      ...DEFAULT_SETTINGS,
      claims: { sensitivity: level },
      diagnostics: { severity: { misquote: 'off' }, maxPerFile: 7 },
    });
    assert.equal(options.sensitivity, SENSITIVITY_VALUE[level]);
    assert.deepEqual(options.severities, { misquote: 'off' });
    assert.equal(options.maxDiagnostics, 7);
  });
}
