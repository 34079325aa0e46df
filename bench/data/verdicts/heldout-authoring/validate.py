"""Checks ../policy-heldout.jsonl independently of build.py: every line parses, ids unique, split heldout or heldout-tune, every passage
verbatim in its file (passageNormalised set exactly when only the whitespace-collapsed text matches), no document of
policy-dev.jsonl used, twins point at contradictions. Prints counts per kind and distinct documents."""
import json, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../../../shared/data/policy-corpus"))
norm = lambda s: re.sub(r"\s+", " ", s)
def docs_of(r):
    e = r["expect"]
    return {v for v in (e.get("source"), e.get("citedWrong"), r.get("topicDoc"), e.get("file") and os.path.basename(e["file"])[:-4]) if v} \
        | set(re.findall(r"\[@([^\]]+)\]", r["claim"]))
dev = set().union(*(docs_of(json.loads(l)) for l in open(os.path.join(HERE, "../policy-dev.jsonl"))))
rows = [json.loads(l) for l in open(os.path.join(HERE, "../policy-heldout.jsonl"), encoding="utf-8")]
bad, ids, used = [], set(), set()
for r in rows:
    e = r["expect"]; used |= docs_of(r)
    if r["id"] in ids: bad.append(f"duplicate {r['id']}")
    ids.add(r["id"])
    if r["split"] not in ("heldout", "heldout-tune"): bad.append(f"split {r['id']}")
    if r["cited"] != bool(re.search(r"\[@", r["claim"])): bad.append(f"cited flag {r['id']}")
    if e.get("passage"):
        t = open(f"{ROOT}/{e['file']}", encoding="utf-8").read()
        if e["passage"] in t: pass
        elif norm(e["passage"]) in norm(t):
            if not e.get("passageNormalised"): bad.append(f"needs passageNormalised {r['id']}")
        else: bad.append(f"passage not found {r['id']}")
        if e.get("passageNormalised") and e["passage"] in t: bad.append(f"passageNormalised not needed {r['id']}")
        for a in e.get("altPassages", []):
            if norm(a) not in norm(t): bad.append(f"altPassage not found {r['id']}: {a}")
    if r["kind"] == "agreeing-twin" and r["twinOf"] not in ids: bad.append(f"twinOf {r['id']}")
overlap = used & dev
for d in overlap: bad.append(f"dev-set document used: {d}")
for d in used:
    if not any(os.path.exists(f"{ROOT}/{s}/docs/{d}.txt") for s in ("ofsted-ilacs", "uk-childrens-care-misc")): bad.append(f"unknown key {d}")
print(len(rows), "items", dict(collections.Counter(r["kind"] for r in rows)))
print("cited", sum(r["cited"] for r in rows), "uncited", sum(not r["cited"] for r in rows))
print("distinct documents", len(used), "of which other-documents folder", sum(os.path.exists(f"{ROOT}/uk-childrens-care-misc/docs/{d}.txt") for d in used))
print("problems", len(bad)); [print(" ", b) for b in bad]
