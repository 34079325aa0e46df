"""Checks ../policy-probe12.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe12, for
every item; no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ...
policy-probe11.jsonl. Also checks this set's shape: 48 items (12 contradiction-direction and 12 contradiction-figure, each
6 cited and 6 uncited, and 24 agreeing twins, 12 cited and 12 uncited), contradictions of each kind cited, uncited,
uncited, cited, ... in the order written, one agreeing twin per contradiction with its citation status and passage, no
uk-childrens-care-misc document, and at least 20 distinct documents."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(12)
SPLIT = lambda kind, nth: "probe12"
bad = validate("policy-probe12.jsonl", "p12", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"contradiction-direction": (12, 6, 6), "contradiction-figure": (12, 6, 6), "agreeing-twin": (24, 12, 12)}
PATTERNS = {k: [True, False, False, True] * 3 for k in ("contradiction-direction", "contradiction-figure")}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe12.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe12"}, items=48, min_documents=20, max_misc=0)
byid = {r["id"]: r for r in rows}
# This set's own: each contradiction expects contradicted-by-source with a detail; each twin the expect of its citation
# status, the contradiction's file, and a claim of its own.
for r in rows:
    if r["kind"].startswith("contradiction-"):
        if r["expect"].get("finding") != "contradicted-by-source" or not r["expect"].get("detail"): more.append(f"{r['id']} expect")
    elif r["kind"] == "agreeing-twin":
        c, e = byid.get(r.get("twinOf")), r["expect"]
        if not c or c["expect"]["file"] != e["file"]: more.append(f"{r['id']} does not match its contradiction")
        want = {"finding": None} if r["cited"] else {"verdict": "supports"}
        if any(e.get(k, 0) != v for k, v in want.items()) or not e.get("noContradiction"): more.append(f"{r['id']} expect")
        if r["claim"] == (c or {}).get("claim"): more.append(f"{r['id']} repeats its contradiction's claim")
print("probe-12 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
