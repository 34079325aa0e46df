"""What the probe sets' build.py and validate.py share (probe-authoring/, probe2-authoring/, probe3-authoring/): the corpus's files, the
documents and councils of earlier sets, building a set from its items.py, and checking a written set on its own. Each
set's scripts say only what is its own: its file, id prefix, splits and which earlier sets it must avoid.
Standard library only; run from anywhere (paths are relative to this file)."""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../../shared/data/policy-corpus"))
SUBS = ("ofsted-ilacs", "uk-childrens-care-misc")
FILES = {f[:-4]: f"{sub}/docs/{f}" for sub in SUBS for f in os.listdir(f"{ROOT}/{sub}/docs")}
CODE = {"paraphrase-uncited": "pu", "paraphrase-cited": "pc", "list-figures": "lf", "contradiction-direction": "cd",
        "contradiction-figure": "cf", "agreeing-twin": "tw", "unsupported": "un",
        "place-in-title": "pt", "wrong-source": "ws"}  # the last two only in sets whose items.py has PT or WS (probe 3)
norm = lambda s: re.sub(r"\s+", " ", s)
council = lambda d: d.split("_")[1] if re.match(r"\d+_", d) else None


def earlier_sets(n):
    """The files of the sets written before probe `n` (the dev set, the held-out set, probe 1 ... probe n-1): the
    documents a new probe must refuse."""
    return ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl") + tuple(f"policy-probe{k}.jsonl" for k in range(2, n))


def docs_of(r):
    """Every document an item names: its source, wrong citation, topic document, file and [@keys]."""
    e = r["expect"]
    return {v for v in (e.get("source"), e.get("citedWrong"), r.get("topicDoc"), e.get("file") and os.path.basename(e["file"])[:-4]) if v} \
        | set(re.findall(r"\[@([^\]]+)\]", r["claim"]))


def documents_of(names):
    """The documents the named earlier sets use."""
    old = set()
    for name in names:
        for line in open(os.path.join(HERE, name), encoding="utf-8"):
            old |= docs_of(json.loads(line))
    return old


def council_taken(old, extra_councils):
    """Whether a document is an Ofsted report of a council (any year) that the earlier sets use, or one of `extra_councils`."""
    councils = {council(d) for d in old if council(d)} | set(extra_councils)
    numbers = {d.split("_")[0] for d in old if council(d)}
    return lambda d: bool(council(d)) and (council(d) in councils or d.split("_")[0] in numbers)


def build(items, out, prefix, split_of, against, refuse_councils=False, extra_councils=(), allow_documents=False):
    """Writes set `out` from `items` (PU, PC, LF, CON and optionally UN, PT, WS): resolves each document prefix, checks each
    passage verbatim (or after collapsing whitespace), refuses the documents (and with `refuse_councils`, councils) of
    the sets `against`, numbers ids `<prefix>-<code>-NN`. `split_of(kind, nth)` gives the split of a kind's nth item;
    a twin takes its contradiction's. With `allow_documents` (probe 19 on), the documents of the sets `against` may be
    used, but an item whose passage or altPassages overlap theirs in the same document (passage_overlap: same
    paragraph, a shared sentence, or 30+ characters in common) is refused."""
    old_docs = set() if allow_documents else documents_of(against)
    taken = council_taken(old_docs, extra_councils)

    def stem(p):
        hits = [s for s in FILES if s.startswith(p)]
        if len(hits) != 1: sys.exit(f"prefix {p!r} matches {hits}")
        if hits[0] in old_docs: sys.exit(f"{hits[0]} is used by an existing set")
        if refuse_councils and taken(hits[0]): sys.exit(f"{hits[0]}: council used by an existing set")
        return hits[0]

    def ev(s, passage, alts=()):
        text = open(f"{ROOT}/{FILES[s]}", encoding="utf-8").read()
        e = {"source": s, "passage": passage, "file": FILES[s]}
        normalised = False
        for p in (passage, *alts):
            if len(p) < 30: sys.exit(f"passage too short: {p!r}")
            if p in text: continue
            if norm(p) in norm(text): normalised = normalised or p == passage; continue
            sys.exit(f"not in {s}: {p!r}")
        if alts: e["altPassages"] = list(alts)
        if normalised: e["passageNormalised"] = True
        return e

    rows, n, kind_n = [], {}, {}
    def add(code, kind, cited, claim, expect, note, split=None, **extra):
        n[code] = n.get(code, 0) + 1
        if split is None:
            kind_n[kind] = kind_n.get(kind, 0) + 1
            split = split_of(kind, kind_n[kind])
        r = {"id": f"{prefix}-{code}-{n[code]:02d}", "split": split, "kind": kind, "cited": cited}
        if "topicDoc" in extra: r["topicDoc"] = extra.pop("topicDoc")
        if "twinOf" in extra: r["twinOf"] = extra.pop("twinOf")
        r.update(claim=claim, expect=expect, note=note); rows.append(r); return r

    for d, claim, p, note, alts in items.PU:
        s = stem(d); add("pu", "paraphrase-uncited", False, claim, {"verdict": "supports", **ev(s, p, alts)}, note)
    for d, claim, p, note, alts in items.PC:
        s = stem(d); add("pc", "paraphrase-cited", True, claim.format(s=s), {"finding": None, **ev(s, p, alts)}, note)
    for d, cited, claim, p, note, alts in items.LF:
        s = stem(d); head = {"finding": None} if cited else {"verdict": "supports"}
        add("lf", "list-figures", cited, claim.format(s=s), {**head, **ev(s, p, alts)}, note)
    for d, claim, p, note, alts in getattr(items, "PT", []):
        s = stem(d); add("pt", "place-in-title", True, claim.format(s=s), {"finding": None, **ev(s, p, alts)}, note)
    twins = []
    for code, d, cited, claim, p, detail, note, twin in items.CON:
        s = stem(d); kind = {"cd": "contradiction-direction", "cf": "contradiction-figure"}[code]
        e = ev(s, p)
        c = add(code, kind, cited, claim.format(s=s), {"finding": "contradicted-by-source", **{k: e[k] for k in ("source", "passage", "file")},
                "detail": detail, **({"passageNormalised": True} if e.get("passageNormalised") else {})}, note)
        twins.append((c, cited, twin.format(s=s), e))
    for c, cited, twin, e in twins:
        head = {"finding": None} if cited else {"verdict": "supports"}
        add("tw", "agreeing-twin", cited, twin, {**head, "noContradiction": True, **e}, f"agrees with the passage contradicted by {c['id']}",
            split=c["split"], twinOf=c["id"])
    for d, cited, claim, note in getattr(items, "UN", []):
        s = stem(d); f = "citation-does-not-support" if cited else "unsupported-claim"
        add("un", "unsupported", cited, claim.format(s=s), {"noSupports": True, "finding": f}, note, topicDoc=s)
    for a, b, claim, p, note, alts in getattr(items, "WS", []):
        s, w = stem(a), stem(b)
        if s == w: sys.exit(f"wrong-source cites its own source {s}")
        add("ws", "wrong-source", True, claim.format(s=w), {"finding": "citation-does-not-support", **ev(s, p, alts), "citedWrong": w}, note)
    if allow_documents:
        old_passages = passages_of(against)
        for r in rows:
            e = r["expect"]
            if not e.get("passage"): continue
            why = passage_overlap(e["source"], [e["passage"], *e.get("altPassages", [])], old_passages.get(e["source"]))
            if why: sys.exit(f"{r['id']} ({e['source']}): " + "; ".join(why))
    for r in rows:
        c = re.findall(r"\[@([^\]]+)\]", r["claim"])
        if r["cited"] != bool(c) or any(k not in FILES for k in c): sys.exit(f"citation mismatch {r['id']}")
        if r["cited"] and not re.search(r" \[@[^\]]+\]\.$", r["claim"]): sys.exit(f"citation not at the end {r['id']}")
    with open(os.path.join(HERE, out), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "items;", {k: v for k, v in sorted(n.items())})


def validate(path, prefix, split_of, against, refuse_councils=False, extra_councils=(), allow_documents=False):
    """Checks a written set on its own, not through build: every line parses, ids unique and `<prefix>-<code>-NN`,
    splits as `split_of(kind, nth)` says (twins take their contradiction's), cited flag and citation at the end,
    expect fields per kind, every passage (>= 30 chars) verbatim in its file (passageNormalised exactly when only the
    whitespace-collapsed text matches), altPassages present, twins point at contradictions, no document (and with
    `refuse_councils`, no council) of the sets `against` (with `allow_documents`, their documents may be used but no
    passage may overlap theirs: passage_overlap). Prints counts and the problems."""
    old = set() if allow_documents else documents_of(against)
    taken = council_taken(old, extra_councils)
    rows = [json.loads(l) for l in open(os.path.join(HERE, path), encoding="utf-8")]
    bad, ids, used, byid, nth = [], set(), set(), {}, collections.Counter()
    for r in rows:
        e = r["expect"]; used |= docs_of(r); byid[r["id"]] = r
        if r["id"] in ids: bad.append(f"duplicate {r['id']}")
        ids.add(r["id"])
        if r["kind"] not in CODE or not re.fullmatch(rf"{prefix}-{CODE[r['kind']]}-\d\d", r["id"]): bad.append(f"id/kind {r['id']}")
        if r["cited"] != bool(re.search(r"\[@", r["claim"])): bad.append(f"cited flag {r['id']}")
        if r["cited"] and not re.search(r" \[@[^\]]+\]\.$", r["claim"]): bad.append(f"citation not at end {r['id']}")
        if r["kind"] == "agreeing-twin":
            t = byid.get(r.get("twinOf"))
            if not t or not t["kind"].startswith("contradiction-"): bad.append(f"twinOf {r['id']}")
            elif t["split"] != r["split"] or t["cited"] != r["cited"] or t["expect"]["passage"] != e["passage"]: bad.append(f"twin mismatch {r['id']}")
            if not e.get("noContradiction") or ("finding" in e) != r["cited"] or ("verdict" in e) == r["cited"]: bad.append(f"twin expect {r['id']}")
        else:
            nth[r["kind"]] += 1
            want = split_of(r["kind"], nth[r["kind"]])
            if r["split"] != want: bad.append(f"split {r['id']} {r['split']} want {want}")
        k = r["kind"]
        if k == "unsupported":
            if not e.get("noSupports") or e.get("finding") != ("citation-does-not-support" if r["cited"] else "unsupported-claim") or not r.get("topicDoc"): bad.append(f"unsupported expect {r['id']}")
        elif k.startswith("contradiction-"):
            if e.get("finding") != "contradicted-by-source" or not e.get("detail"): bad.append(f"contradiction expect {r['id']}")
        elif k == "wrong-source":
            w = e.get("citedWrong")
            if e.get("finding") != "citation-does-not-support" or not r["cited"] or w not in FILES or w == e.get("source") \
                    or re.findall(r"\[@([^\]]+)\]", r["claim"]) != [w]: bad.append(f"wrong-source expect {r['id']}")
        elif k != "agreeing-twin":
            if r["cited"] and e.get("finding", 0) is not None: bad.append(f"cited expect {r['id']}")
            if not r["cited"] and e.get("verdict") != "supports": bad.append(f"uncited expect {r['id']}")
            if k == "paraphrase-cited" and not r["cited"] or k == "paraphrase-uncited" and r["cited"]: bad.append(f"cited status {r['id']}")
            if k == "place-in-title" and not r["cited"]: bad.append(f"cited status {r['id']}")
        if k != "unsupported":
            if not e.get("passage"): bad.append(f"no passage {r['id']}"); continue
            if e["file"] != FILES.get(e["source"]): bad.append(f"file {r['id']}")
            if r["cited"] and k != "wrong-source" and f"[@{e['source']}]" not in r["claim"]: bad.append(f"citation is not the passage's document {r['id']}")
            t = open(f"{ROOT}/{e['file']}", encoding="utf-8").read()
            for p in [e["passage"], *e.get("altPassages", [])]:
                if len(p) < 30: bad.append(f"short passage {r['id']}: {p}")
            if e["passage"] in t:
                if e.get("passageNormalised"): bad.append(f"passageNormalised not needed {r['id']}")
            elif norm(e["passage"]) in norm(t):
                if not e.get("passageNormalised"): bad.append(f"needs passageNormalised {r['id']}")
            else: bad.append(f"passage not found {r['id']}")
            for a in e.get("altPassages", []):
                if norm(a) not in norm(t): bad.append(f"altPassage not found {r['id']}: {a}")
    for d in used & old: bad.append(f"document of an existing set used: {d}")
    if allow_documents:
        old_passages = passages_of(against)
        for r in rows:
            e = r["expect"]
            if e.get("passage") and e.get("source") in FILES:
                for w in passage_overlap(e["source"], [e["passage"], *e.get("altPassages", [])], old_passages.get(e["source"])):
                    bad.append(f"{r['id']}: {w}")
    if refuse_councils:
        for d in used:
            if taken(d): bad.append(f"council of an existing set used: {d}")
    for d in used:
        if d not in FILES: bad.append(f"unknown key {d}")
    print(len(rows), "items", dict(collections.Counter(r["kind"] for r in rows)))
    print("per kind and split", dict(sorted(collections.Counter(f"{r['kind']}/{r['split']}" for r in rows).items())))
    print("splits", dict(collections.Counter(r["split"] for r in rows)), "cited", sum(r["cited"] for r in rows), "uncited", sum(not r["cited"] for r in rows))
    print("distinct documents", len(used), "of which uk-childrens-care-misc", sum(FILES.get(d, "").startswith("uk-") for d in used))
    print("problems", len(bad)); [print(" ", b) for b in bad]
    return bad


def check_shape(rows, shape, patterns, splits, items, min_documents, max_misc):
    """What a written set's own shape lacks, as messages: `shape` kind -> (items, cited, uncited); `patterns` kind -> the
    cited statuses in the order written; `splits` the set of splits it must use; one agreeing twin per contradiction,
    with its contradiction's citation status, split and source; no claim that copies its passage; at most `max_misc`
    items on uk-childrens-care-misc documents, at least `min_documents` documents, `items` items in all."""
    more = []
    byid = {r["id"]: r for r in rows}
    kinds = collections.Counter(r["kind"] for r in rows)
    cited = collections.Counter((r["kind"], r["cited"]) for r in rows)
    for k, (n, c, u) in shape.items():
        if kinds[k] != n or cited[(k, True)] != c or cited[(k, False)] != u:
            more.append(f"{k}: want {n} items ({c} cited, {u} uncited), got {kinds[k]} ({cited[(k, True)]}/{cited[(k, False)]})")
    if set(kinds) - set(shape): more.append(f"unexpected kinds {set(kinds) - set(shape)}")
    if {r["split"] for r in rows} != set(splits): more.append(f"splits {sorted({r['split'] for r in rows})}, want {sorted(splits)}")
    for k, want in patterns.items():
        got = [r["cited"] for r in rows if r["kind"] == k]
        if got != want: more.append(f"{k}: cited pattern {got}, want {want}")
    twins = collections.Counter(r.get("twinOf") for r in rows if r["kind"] == "agreeing-twin")
    for r in rows:
        if r["kind"].startswith("contradiction-") and twins[r["id"]] != 1: more.append(f"{r['id']} has {twins[r['id']]} twins")
        if r["kind"] == "agreeing-twin":
            t = byid.get(r.get("twinOf"))
            if not t or t["cited"] != r["cited"] or t["split"] != r["split"] or t["expect"]["source"] != r["expect"]["source"]:
                more.append(f"{r['id']}: twin differs from its contradiction in citation, split or source")
        passage = r["expect"].get("passage")
        if passage and passage in r["claim"]: more.append(f"{r['id']}: claim copies its passage")
    misc = [r["id"] for r in rows if any(FILES.get(d, "").startswith("uk-") for d in docs_of(r))]
    if len(misc) > max_misc: more.append(f"{len(misc)} items use uk-childrens-care-misc documents, want at most {max_misc}")
    used = set().union(*(docs_of(r) for r in rows))
    if len(used) < min_documents: more.append(f"{len(used)} distinct documents, want at least {min_documents}")
    if len(rows) != items: more.append(f"{len(rows)} items, want {items}")
    print("items on uk-childrens-care-misc documents", len(misc), misc)
    print("documents", sorted(used))
    return more


def passages_of(names):
    """Per document (file stem), the passages and altPassages that the named earlier sets quote from it (in the order
    met, without repeats): what a set built with `allow_documents` must not reuse (probe 19 on)."""
    out = {}
    for name in names:
        for line in open(os.path.join(HERE, name), encoding="utf-8"):
            e = json.loads(line)["expect"]
            if not e.get("passage") or not e.get("source"): continue
            got = out.setdefault(e["source"], [])
            for p in (e["passage"], *e.get("altPassages", [])):
                if p not in got: got.append(p)
    return out


_para_cache = {}
def _paragraphs(stem):
    """A document's blank-line-separated paragraphs, whitespace collapsed, and their joined text with each paragraph's
    (start, end) in it."""
    if stem not in _para_cache:
        text = open(f"{ROOT}/{FILES[stem]}", encoding="utf-8").read()
        paras = [q for q in (norm(p).strip() for p in re.split(r"\n[ \t\r\f\v]*\n", text)) if q]
        spans, at = [], 0
        for q in paras: spans.append((at, at + len(q))); at += len(q) + 1
        _para_cache[stem] = (paras, " ".join(paras), spans)
    return _para_cache[stem]


def _sentences(q):
    return [s for s in re.split(r"(?<=[.!?;:])\s+", q) if s]


def _where(stem, passage):
    """The paragraphs (indices) a passage's occurrences touch, and the sentences (text, 30+ characters) of those
    paragraphs that the occurrences touch."""
    paras, joined, spans = _paragraphs(stem)
    p = norm(passage).strip()
    hit, sents, i = set(), set(), joined.find(p)
    while p and i >= 0:
        j = i + len(p)
        for k, (a, b) in enumerate(spans):
            if a < j and i < b:
                hit.add(k); at = a
                for s in _sentences(paras[k]):
                    s0 = paras[k].find(s, at - a) + a; at = s0 + len(s)
                    if s0 < j and i < at and len(s) >= 30: sents.add(s)
        i = joined.find(p, i + 1)
    return hit, sents


def passage_overlap(stem, passages, old):
    """Why `passages` (of document `stem`) overlap the earlier sets' passages `old` (passages_of(...)[stem]), as a list
    of messages (empty when they do not): the same blank-line-separated paragraph, a shared sentence of 30+ characters
    (wherever in the document it recurs), or 30+ characters of text in common."""
    why = []
    if not old: return why
    old_paras, old_sents = set(), set()
    for o in old:
        h, s = _where(stem, o); old_paras |= h; old_sents |= s
    for p in passages:
        h, s = _where(stem, p)
        if h & old_paras: why.append(f"same paragraph as an earlier set's passage: {p!r}")
        if s & old_sents: why.append(f"shares a sentence with an earlier set's passage: {p!r}")
        q = norm(p).strip()
        if any(q[k:k + 30] in norm(o) for o in old for k in range(0, max(len(q) - 29, 0))):
            why.append(f"shares 30+ characters with an earlier set's passage: {p!r}")
    return why
