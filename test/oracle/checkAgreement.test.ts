/**
 * `sourced check` agrees with the draft reader on every oracle draft: the
 * engine's DraftChecker, over a tiny in-memory corpus that holds some of the
 * drafts' keys, must either resolve each citation the reader found or report
 * it as `unknown-source` where the citation is (its key, or the footnote mark
 * that stands for a footnote's citations), and report no unknown source the
 * reader did not find (link citations, Sourced's own, are left out). Citations the reader marks `unchecked` (suppressed,
 * quoted, in a heading, in no sentence) must not be reported.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus } from '../../server/src/engine/corpus/corpus.js';
import { DraftChecker } from '../../server/src/engine/check/checkDraft.js';
import { parseDraft } from '../../server/src/engine/draft/parseDraft.js';
import type { Citation } from '../../server/src/engine/draft/draftTypes.js';
import { MemoryWorkspace } from '../helpers/memoryWorkspace.js';
import { loadDrafts } from './citationOracle.js';

/** Keys the corpus holds; every other key in the drafts is unknown. */
const KNOWN = ['smith2020', 'ofsted2023', 'nao2023', 'cma2022', 'dfe2022', 'a1', 'nao:2023', 'a:b.c#d$e%f&g-h+i?j<k>l~m/n'];

let checker: DraftChecker;
let known: Set<string>;
before(async () => {
  const files = Object.fromEntries(
    KNOWN.map((key, i) => [
      `/corpus/source-${i}.md`,
      `---\nid: "${key}"\ntitle: Source ${i}\n---\nCosts in children's social care rose sharply over the decade.\n`,
    ]),
  );
  const corpus = new Corpus(new MemoryWorkspace(files), { roots: ['/corpus'] });
  await corpus.refresh();
  known = new Set(corpus.documents().map((d) => d.sourceId));
  checker = new DraftChecker(corpus);
});

test('the tiny corpus holds exactly the known keys', () => {
  assert.deepEqual([...known].sort(), [...KNOWN].sort());
});

const place = (c: { keyStart: number; keyEnd: number }) => `${c.keyStart}-${c.keyEnd}`;

for (const draft of loadDrafts()) {
  test(`check agrees with the reader: ${draft.file} / ${draft.name}`, () => {
    const model = parseDraft(draft.text);
    // Link citations (`[text](file)`) are Sourced's own, not Pandoc's: left out here.
    const links = new Set(model.citations.filter((c) => c.form === 'link').map((c) => place(c)));
    const reported = checker.check(draft.text).filter((d) => d.code === 'unknown-source' && !links.has(`${d.start}-${d.end}`));
    const keyed = (cs: readonly Citation[]) => cs.filter((c) => c.key !== undefined);
    const checked = keyed(model.sentences.flatMap((s) => s.citations));
    const read = JSON.stringify(keyed(model.citations).map((c) => [c.key, c.keyStart, c.unchecked ?? 'checked']));
    const context = `draft:\n${draft.text}\nreader: ${read}\nreported: ${JSON.stringify(reported.map((d) => [d.start, d.end, d.message]))}`;
    // Every citation the reader found is checked by some sentence, or says why not.
    for (const c of keyed(model.citations)) {
      if (c.unchecked) continue;
      const inSentence = checked.some(
        (s) => s.key === c.key && (place(s) === place(c) || (c.form === 'footnote' && draft.text.startsWith('[^', s.keyStart))),
      );
      assert.ok(inSentence, `@${c.key} at ${c.keyStart} reaches no sentence\n${context}`);
    }
    // Each checked citation is resolved or reported where it is; nothing else is reported.
    const expected = new Map<string, Set<string>>();
    for (const c of checked) if (!known.has(c.key!)) expected.set(place(c), (expected.get(place(c)) ?? new Set()).add(c.key!));
    assert.deepEqual(new Set(reported.map((d) => `${d.start}-${d.end}`)), new Set(expected.keys()), context);
    for (const d of reported) {
      const keys = expected.get(`${d.start}-${d.end}`) ?? new Set();
      assert.ok(
        [...keys].some((k) => d.message.includes(`@${k} `)),
        `the report at ${d.start} names none of ${[...keys].join(', ')}\n${context}`,
      );
    }
    // A citation read but deliberately not checked is not reported either.
    for (const c of keyed(model.citations).filter((x) => x.unchecked)) {
      const clash = checked.some((s) => place(s) === place(c));
      if (!clash)
        assert.ok(!reported.some((d) => d.start === c.keyStart && d.end === c.keyEnd), `unchecked @${c.key} reported\n${context}`);
    }
  });
}
