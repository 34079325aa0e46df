/**
 * Check-worthiness (server/src/engine/claims): the model file loads and is
 * small; the featurizer is deterministic and handles contractions and
 * numbers; the sensitivity moves the threshold the right way; and the
 * combined detector (`classifyClaim`, model + briefing rules) tells claims
 * from non-claims on policy-briefing sentences from children's social care.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';
import {
  featurize,
  tokenize,
  handFeatureNames,
  normalizeText,
  DEFAULT_FEATURE_OPTIONS,
  NUM,
  YEAR,
} from '../../server/src/engine/claims/claimFeatures.js';
import { wordShapes } from '../../server/src/engine/claims/wordShapes.js';
import {
  checkworthiness,
  checkworthinessModelInfo,
  checkworthinessThreshold,
  isCheckworthy,
} from '../../server/src/engine/claims/checkworthiness.js';
import { classifyClaim } from '../../server/src/engine/claims/claimRules.js';

const MODEL_FILE = join(repoRoot, 'server', 'src', 'engine', 'claims', 'checkworthinessModel.json');

// ---------------------------------------------------------------------------
// The model file

test('the model file loads, is under 1.5 MB and is well formed', () => {
  const bytes = statSync(MODEL_FILE).size;
  assert.ok(bytes < 1.5 * 1024 * 1024, `model is ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  const raw = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as { names: string[]; weights: number[]; threshold: number; bias: number };
  assert.equal(raw.names.length, raw.weights.length);
  assert.ok(raw.names.length > 1000, `only ${raw.names.length} features`);
  assert.equal(new Set(raw.names).size, raw.names.length, 'feature names are unique');
  assert.ok(raw.weights.every((w) => Number.isFinite(w) && w !== 0));
  const info = checkworthinessModelInfo();
  assert.equal(info.featureCount, raw.names.length);
  assert.ok(info.threshold > 0 && info.threshold < 1, `threshold ${info.threshold}`);
  assert.ok(info.metrics.devTest.f1 >= 0.75, `recorded dev-test F1 ${info.metrics.devTest.f1}`);
});

test('checkworthiness is a probability', () => {
  for (const s of ['', '?', 'The council spent £4m.', 'a '.repeat(500), 'Ünïcödé ✓ 😀 text']) {
    const p = checkworthiness(s);
    assert.ok(p >= 0 && p <= 1 && Number.isFinite(p), `${JSON.stringify(s.slice(0, 20))} → ${p}`);
  }
});

// ---------------------------------------------------------------------------
// The featurizer

test('the featurizer is deterministic (same features, same order, same values)', () => {
  const sentence = 'Spending on children’s homes rose by 12% to £1.2bn in 2022, the CMA found.';
  const a = [...featurize(sentence)];
  const b = [...featurize(`${sentence}`)];
  assert.deepEqual(a, b);
  assert.deepEqual([...featurize(sentence, DEFAULT_FEATURE_OPTIONS)], a);
  assert.deepEqual(handFeatureNames(sentence), handFeatureNames(sentence));
  // Each block is unit-normalised, so the squared values sum to the number of non-empty blocks.
  const sumSq = a.reduce((s, [, v]) => s + v * v, 0);
  assert.ok(Math.abs(sumSq - 3) < 1e-9, `sum of squares ${sumSq}`);
});

const TOKENS: Array<{ sentence: string; words: string[] }> = [
  { sentence: "We don't know.", words: ['we', 'do', 'not', 'know'] },
  { sentence: 'They can’t and won’t.', words: ['they', 'can', 'not', 'and', 'will', 'not'] },
  { sentence: "It's 45% higher.", words: ['it', "'s", NUM, '%', 'higher'] },
  { sentence: 'In 2021 we spent $1,200.', words: ['in', YEAR, 'we', 'spent', '$', NUM] },
];

for (const { sentence, words } of TOKENS) {
  test(`tokenize: ${sentence}`, () => {
    assert.deepEqual(tokenize(sentence).words, words);
  });
}

test('numbers keep their shape as a feature', () => {
  const f = featurize('We paid $750 and 12% more in 2020.');
  assert.ok(f.has('s:$ddd'), [...f.keys()].filter((k) => k.startsWith('s:')).join(','));
  assert.ok(f.has('s:dd%'));
  assert.ok(f.has('s:dddd'));
  assert.ok(f.has('h:percent') && f.has('h:money') && f.has('h:year'));
});

// Word shapes keep grammar, figures and names, and drop the subject: two
// sentences on different topics with the same structure get the same shapes.
const SHAPES: Array<{ sentence: string; shapes: string }> = [
  {
    sentence: 'Spending rose by 12% to £1.2bn in 2022, the CMA found.',
    shapes: '<ing> <past> by <pct> to <money> <w> in <year> the <CAPS> <past>',
  },
  { sentence: "I don't think Westshire Council has ever paid.", shapes: 'i do not think <Cap> <Cap> has ever <past>' },
  { sentence: 'Referrals increased sharply.', shapes: '<s> <ed> <ly>' },
];

for (const { sentence, shapes } of SHAPES) {
  test(`wordShapes: ${sentence}`, () => {
    assert.equal(wordShapes(normalizeText(sentence)).join(' '), shapes);
  });
}

test('shape features: same structure, different subjects, same shape n-grams', () => {
  const options = { ...DEFAULT_FEATURE_OPTIONS, shapeNgrams: 3 };
  const shapeNames = (s: string) => [...featurize(s, options).keys()].filter((k) => k.startsWith('p:')).sort();
  const a = shapeNames('Unemployment fell by 3% in 2019.');
  assert.ok(a.length > 0);
  assert.deepEqual(shapeNames('Adoptions fell by 40% in 2021.'), a);
  assert.notDeepEqual(shapeNames('Will adoptions fall?'), a);
  // Off unless asked for: models trained without shapes score the same features as before.
  assert.ok(![...featurize('Adoptions fell by 40% in 2021.').keys()].some((k) => k.startsWith('p:')));
});

// ---------------------------------------------------------------------------
// Sensitivity

test('sensitivity moves the threshold: looser above 0, stricter below, clamped to [-1, 1]', () => {
  const t = [-2, -1, -0.5, 0, 0.5, 1, 2].map((s) => checkworthinessThreshold(s));
  for (let i = 1; i < t.length; i++) assert.ok(t[i] <= t[i - 1], `threshold not decreasing: ${t.join(', ')}`);
  assert.equal(t[0], t[1]);
  assert.equal(t[5], t[6]);
  assert.ok(t[1] > t[3] && t[3] > t[5]);
  assert.equal(checkworthinessThreshold(Number.NaN), checkworthinessThreshold(0));
});

test('isCheckworthy follows the sensitivity for a borderline sentence', () => {
  const sentence = 'Unaccompanied asylum-seeking children are placed out of area.';
  const p = checkworthiness(sentence);
  assert.ok(p > checkworthinessThreshold(1) && p < checkworthinessThreshold(-1), `p=${p}`);
  assert.equal(isCheckworthy(sentence, 1), true);
  assert.equal(isCheckworthy(sentence, -1), false);
});

// ---------------------------------------------------------------------------
// The model alone, on sentences it should get right without any rule

const MODEL_CASES: Array<{ sentence: string; expected: boolean }> = [
  { sentence: 'The number of children in care rose by 7% between 2020 and 2023.', expected: true },
  { sentence: 'Spending on residential care has doubled since 2015.', expected: true },
  { sentence: 'The largest providers made profits of over £300 million last year.', expected: true },
  { sentence: 'Thank you to everyone who contributed.', expected: false },
  { sentence: 'What does this mean for families?', expected: false },
  { sentence: 'I think we can do better.', expected: false },
];

for (const { sentence, expected } of MODEL_CASES) {
  test(`model alone: ${expected ? 'claim' : 'not a claim'}: ${sentence}`, () => {
    assert.equal(isCheckworthy(sentence), expected, `p=${checkworthiness(sentence).toFixed(3)}`);
  });
}

// ---------------------------------------------------------------------------
// Model + rules on policy-briefing sentences

const BRIEFING_CASES: Array<{ sentence: string; expected: boolean; reason?: string }> = [
  // Claims
  { sentence: 'The number of children in care rose by 7% between 2020 and 2023.', expected: true, reason: 'states a figure' },
  { sentence: 'Ofsted judged the service inadequate in 2022.', expected: true },
  { sentence: 'Research shows that stable placements improve outcomes.', expected: true, reason: 'cites a finding' },
  { sentence: 'Spending on residential care has doubled since 2015.', expected: true },
  { sentence: 'The council spent £12.4m on agency social workers in 2022/23.', expected: true, reason: 'states a figure' },
  { sentence: 'Around one in three care leavers is not in education, employment or training.', expected: true },
  { sentence: "Private providers run 84% of children's homes in England.", expected: true, reason: 'states a figure' },
  { sentence: 'Kinship carers receive less support than foster carers.', expected: true, reason: 'makes a comparison' },
  {
    sentence: 'The Competition and Markets Authority found that the largest providers were making high profits.',
    expected: true,
    reason: 'cites a finding',
  },
  { sentence: 'Demand for placements has increased.', expected: true, reason: 'describes a trend' },
  { sentence: 'Children who move placement often do worse at school.', expected: true },
  { sentence: 'Over 80,000 children were looked after by local authorities in England in March 2023.', expected: true },
  { sentence: 'According to the DfE, the average weekly cost of a residential placement is over £5,000.', expected: true },
  { sentence: "Referrals to children's social care fell during the first lockdown.", expected: true },
  { sentence: 'Placement instability is associated with poorer mental health.', expected: true, reason: 'states a cause' },
  { sentence: 'Ofsted inspects every registered children’s home at least once a year.', expected: true },
  // Not claims
  { sentence: 'Members are asked to note the report.', expected: false, reason: 'procedural' },
  { sentence: 'Members are invited to approve the revised sufficiency strategy.', expected: false, reason: 'procedural' },
  { sentence: 'We recommend that the council invests in early help.', expected: false, reason: 'recommendation' },
  { sentence: 'It is proposed that the service is brought back in house.', expected: false },
  { sentence: 'The council should invest more in foster care.', expected: false, reason: 'recommendation' },
  { sentence: 'We will publish a sufficiency strategy in 2025.', expected: false },
  { sentence: 'What does this mean for families?', expected: false, reason: 'question' },
  { sentence: 'How can we keep more children close to home?', expected: false, reason: 'question' },
  { sentence: 'Thank you to everyone who contributed.', expected: false, reason: 'thanks' },
  { sentence: 'We would like to thank the young people who shared their experiences with us.', expected: false, reason: 'thanks' },
  { sentence: 'Next steps are set out in section 4.', expected: false, reason: 'sign-posting' },
  { sentence: 'This paper sets out the options for the service.', expected: false, reason: 'sign-posting' },
  { sentence: 'See annex B for the full data tables.', expected: false, reason: 'sign-posting' },
  { sentence: 'Section 3 describes the consultation.', expected: false },
  { sentence: 'I think we can do better.', expected: false, reason: 'opinion' },
  { sentence: 'In my view, the market is broken.', expected: false, reason: 'opinion' },
  { sentence: 'Background', expected: false },
];

for (const { sentence, expected, reason } of BRIEFING_CASES) {
  test(`classifyClaim: ${expected ? 'claim' : 'not a claim'}: ${sentence}`, () => {
    const c = classifyClaim(sentence);
    assert.equal(c.checkworthy, expected, `score ${c.score.toFixed(3)}, reason "${c.reason}"`);
    assert.ok(c.score >= 0 && c.score <= 1);
    assert.ok(c.reason.length > 0 && c.reason.length <= 30, `reason "${c.reason}"`);
    if (reason) assert.equal(c.reason, reason);
  });
}

test('decisive rules hold at every sensitivity; the score agrees with the decision', () => {
  for (const s of [-1, -0.5, 0, 0.5, 1]) {
    assert.equal(classifyClaim('What does this mean for families?', s).checkworthy, false, `question at ${s}`);
    assert.equal(classifyClaim('Members are asked to note the report.', s).checkworthy, false, `procedural at ${s}`);
    assert.equal(classifyClaim('The number of children in care rose by 7% between 2020 and 2023.', s).checkworthy, true, `figure at ${s}`);
    for (const { sentence } of BRIEFING_CASES) {
      const c = classifyClaim(sentence, s);
      assert.equal(c.checkworthy, c.score >= checkworthinessThreshold(s), sentence);
    }
  }
});

test('a sentence without a rule follows the model and the sensitivity', () => {
  const sentence = 'Unaccompanied asylum-seeking children are placed out of area.';
  assert.equal(classifyClaim(sentence, 1).checkworthy, true);
  assert.equal(classifyClaim(sentence, -1).checkworthy, false);
});
