"""Checks ../policy-probe2.jsonl independently of build.py: every line parses, ids unique and well formed (p2-<kind>-NN),
every split is "probe2", cited flag
matches the claim's [@key], every passage (>= 30 chars) verbatim in its file (passageNormalised set exactly when only
the whitespace-collapsed text matches), altPassages present, expect fields per kind, twins point at contradictions,
no document of policy-dev.jsonl, policy-heldout.jsonl or policy-probe.jsonl used, and no council of theirs (any year). Prints counts per kind and split and distinct documents."""
import json, os, re, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../../../../../shared/data/policy-corpus"))
norm = lambda s: re.sub(r"\s+", " ", s)
CODE = {"paraphrase-uncited": "pu", "paraphrase-cited": "pc", "list-figures": "lf", "contradiction-direction": "cd",
        "contradiction-figure": "cf", "agreeing-twin": "tw", "unsupported": "un"}
def docs_of(r):
    e = r["expect"]
    return {v for v in (e.get("source"), e.get("citedWrong"), r.get("topicDoc"), e.get("file") and os.path.basename(e["file"])[:-4]) if v} \
        | set(re.findall(r"\[@([^\]]+)\]", r["claim"]))
old = set()
for name in ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl"):
    old |= set().union(*(docs_of(json.loads(l)) for l in open(os.path.join(HERE, "..", name), encoding="utf-8")))
rows = [json.loads(l) for l in open(os.path.join(HERE, "../policy-probe2.jsonl"), encoding="utf-8")]
bad, ids, used, byid = [], set(), set(), {}
for r in rows:
    e = r["expect"]; used |= docs_of(r); byid[r["id"]] = r
    if r["id"] in ids: bad.append(f"duplicate {r['id']}")
    ids.add(r["id"])
    if r["kind"] not in CODE or not re.fullmatch(rf"p2-{CODE[r['kind']]}-\d\d", r["id"]): bad.append(f"id/kind {r['id']}")
    if r["cited"] != bool(re.search(r"\[@", r["claim"])): bad.append(f"cited flag {r['id']}")
    if r["cited"] and not re.search(r" \[@[^\]]+\]\.$", r["claim"]): bad.append(f"citation not at end {r['id']}")
    if r["kind"] == "agreeing-twin":
        t = byid.get(r.get("twinOf"))
        if not t or not t["kind"].startswith("contradiction-"): bad.append(f"twinOf {r['id']}")
        elif t["split"] != r["split"] or t["cited"] != r["cited"] or t["expect"]["passage"] != e["passage"]: bad.append(f"twin mismatch {r['id']}")
        if not e.get("noContradiction") or ("finding" in e) != r["cited"] or ("verdict" in e) == r["cited"]: bad.append(f"twin expect {r['id']}")
    if r["split"] != "probe2": bad.append(f"split {r['id']} {r['split']}")
    k = r["kind"]
    if k == "unsupported":
        if not e.get("noSupports") or e.get("finding") != ("citation-does-not-support" if r["cited"] else "unsupported-claim") or not r.get("topicDoc"): bad.append(f"unsupported expect {r['id']}")
    elif k.startswith("contradiction-"):
        if e.get("finding") != "contradicted-by-source" or not e.get("detail"): bad.append(f"contradiction expect {r['id']}")
    elif k != "agreeing-twin":
        if r["cited"] and e.get("finding", 0) is not None: bad.append(f"cited expect {r['id']}")
        if not r["cited"] and e.get("verdict") != "supports": bad.append(f"uncited expect {r['id']}")
        if k == "paraphrase-cited" and not r["cited"] or k == "paraphrase-uncited" and r["cited"]: bad.append(f"cited status {r['id']}")
    if k != "unsupported":
        if not e.get("passage"): bad.append(f"no passage {r['id']}"); continue
        if e["file"] != next((f"{s}/docs/{e['source']}.txt" for s in ("ofsted-ilacs", "uk-childrens-care-misc") if os.path.exists(f"{ROOT}/{s}/docs/{e['source']}.txt")), None): bad.append(f"file {r['id']}")
        if r["cited"] and k != "agreeing-twin" and f"[@{e['source']}]" not in r["claim"] and not k.startswith("contradiction"): bad.append(f"cites wrong doc {r['id']}")
        if r["cited"] and f"[@{e['source']}]" not in r["claim"]: bad.append(f"citation is not the passage's document {r['id']}")
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
council = lambda d: d.split("_")[1] if re.match(r"\d+_", d) else None
old_c = {council(d) for d in old if council(d)} | {"bedford", "west-northamptonshire", "oxfordshire", "nottinghamshire"}
old_n = {d.split("_")[0] for d in old if council(d)}
for d in used:
    if council(d) in old_c or (council(d) and d.split("_")[0] in old_n): bad.append(f"council of an existing set used: {d}")
for d in used:
    if not any(os.path.exists(f"{ROOT}/{s}/docs/{d}.txt") for s in ("ofsted-ilacs", "uk-childrens-care-misc")): bad.append(f"unknown key {d}")
print(len(rows), "items", dict(collections.Counter(r["kind"] for r in rows)))
print("per kind and split", dict(sorted(collections.Counter(f"{r['kind']}/{r['split']}" for r in rows).items())))
print("splits", dict(collections.Counter(r["split"] for r in rows)), "cited", sum(r["cited"] for r in rows), "uncited", sum(not r["cited"] for r in rows))
print("distinct documents", len(used), "of which uk-childrens-care-misc", sum(os.path.exists(f"{ROOT}/uk-childrens-care-misc/docs/{d}.txt") for d in used))
print("problems", len(bad)); [print(" ", b) for b in bad]
