"""Builds ../policy-probe2.jsonl from items.py: resolves each document prefix to one corpus file, checks every passage
occurs verbatim (or after collapsing whitespace), refuses documents (and, for Ofsted reports, councils of any year) of
policy-dev.jsonl, policy-heldout.jsonl and policy-probe.jsonl, assigns ids; every item has split "probe2".
Run from the repo root: python3 bench/data/verdicts/probe2-authoring/build.py"""
import json, os, re, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(__file__))
from items import PU, PC, LF, CON
UN = []

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../../../shared/data/policy-corpus"))
OUT = os.path.join(HERE, "../policy-probe2.jsonl")
FILES = {f[:-4]: f"{sub}/docs/{f}" for sub in ("ofsted-ilacs", "uk-childrens-care-misc") for f in os.listdir(f"{ROOT}/{sub}/docs")}
norm = lambda s: re.sub(r"\s+", " ", s)

old_docs = set()
for name in ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl"):
    for line in open(os.path.join(HERE, "..", name), encoding="utf-8"):
        r = json.loads(line); e = r["expect"]
        for v in (e.get("source"), e.get("citedWrong"), r.get("topicDoc"), e.get("file") and os.path.basename(e["file"])[:-4]):
            if v: old_docs.add(v)
        old_docs |= set(re.findall(r"\[@([^\]]+)\]", r["claim"]))

COUNCIL = lambda d: d.split("_")[1] if re.match(r"\d+_", d) else None
old_councils = {COUNCIL(d) for d in old_docs if COUNCIL(d)} | {"bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire"}
old_nums = {d.split("_")[0] for d in old_docs if COUNCIL(d)}

def stem(prefix):
    hits = [s for s in FILES if s.startswith(prefix)]
    if len(hits) != 1: sys.exit(f"prefix {prefix!r} matches {hits}")
    if hits[0] in old_docs: sys.exit(f"{hits[0]} is used by an existing set")
    if COUNCIL(hits[0]) in old_councils or hits[0].split("_")[0] in old_nums: sys.exit(f"{hits[0]}: council used by an existing set")
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
def add(code, kind, cited, claim, expect, note, split="probe2", **extra):
    n[code] = n.get(code, 0) + 1
    r = {"id": f"p2-{code}-{n[code]:02d}", "split": split, "kind": kind, "cited": cited}
    if "topicDoc" in extra: r["topicDoc"] = extra.pop("topicDoc")
    if "twinOf" in extra: r["twinOf"] = extra.pop("twinOf")
    r.update(claim=claim, expect=expect, note=note); rows.append(r); return r

for d, claim, p, note, alts in PU:
    s = stem(d); add("pu", "paraphrase-uncited", False, claim, {"verdict": "supports", **ev(s, p, alts)}, note)
for d, claim, p, note, alts in PC:
    s = stem(d); add("pc", "paraphrase-cited", True, claim.format(s=s), {"finding": None, **ev(s, p, alts)}, note)
for d, cited, claim, p, note, alts in LF:
    s = stem(d); head = {"finding": None} if cited else {"verdict": "supports"}
    add("lf", "list-figures", cited, claim.format(s=s), {**head, **ev(s, p, alts)}, note)
twins = []
for code, d, cited, claim, p, detail, note, twin in CON:
    s = stem(d); kind = {"cd": "contradiction-direction", "cf": "contradiction-figure"}[code]
    e = ev(s, p)
    c = add(code, kind, cited, claim.format(s=s), {"finding": "contradicted-by-source", **{k: e[k] for k in ("source", "passage", "file")},
            "detail": detail, **({"passageNormalised": True} if e.get("passageNormalised") else {})}, note)
    twins.append((c, cited, twin.format(s=s), e))
for c, cited, twin, e in twins:
    head = {"finding": None} if cited else {"verdict": "supports"}
    add("tw", "agreeing-twin", cited, twin, {**head, "noContradiction": True, **e}, f"agrees with the passage contradicted by {c['id']}",
        split=c["split"], twinOf=c["id"])
for d, cited, claim, note in UN:
    s = stem(d); f = "citation-does-not-support" if cited else "unsupported-claim"
    add("un", "unsupported", cited, claim.format(s=s), {"noSupports": True, "finding": f}, note, topicDoc=s)
for r in rows:
    c = re.findall(r"\[@([^\]]+)\]", r["claim"])
    if r["cited"] != bool(c) or any(k not in FILES for k in c): sys.exit(f"citation mismatch {r['id']}")
    if r["cited"] and not re.search(r" \[@[^\]]+\]\.$", r["claim"]): sys.exit(f"citation not at the end {r['id']}")
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "items;", {k: v for k, v in sorted(n.items())})
