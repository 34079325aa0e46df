"""Checks ../policy-probe7.jsonl on its own, not through build.py (see ../probe_sets.py validate): splits alternate
probe7-tune, probe7-test within each kind (twins take their contradiction's); no document of policy-dev.jsonl,
policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ... policy-probe6.jsonl. Also checks this set's shape:
56 items (counts, cited/uncited and splits per kind), contradictions of each kind cited, uncited, uncited, cited, ...
in the order written (so each split has both), one agreeing twin per contradiction with its citation status, at most
6 items on uk-childrens-care-misc documents, and at least 16 distinct documents."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import FILES, docs_of, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl", "policy-probe5.jsonl", "policy-probe6.jsonl")
SPLIT = lambda kind, nth: "probe7-tune" if nth % 2 == 1 else "probe7-test"
bad = validate("policy-probe7.jsonl", "p7", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (8, 0, 8), "paraphrase-cited": (8, 8, 0), "list-figures": (4, 2, 2),
         "place-in-title": (4, 4, 0), "unsupported": (4, 2, 2), "wrong-source": (4, 4, 0),
         "contradiction-direction": (6, 3, 3), "contradiction-figure": (6, 3, 3), "agreeing-twin": (12, 6, 6)}
more = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe7.jsonl"), encoding="utf-8")]
kinds = collections.Counter(r["kind"] for r in rows)
cited = collections.Counter((r["kind"], r["cited"]) for r in rows)
splits = collections.Counter((r["kind"], r["split"]) for r in rows)
for k, (n, c, u) in SHAPE.items():
    if kinds[k] != n or cited[(k, True)] != c or cited[(k, False)] != u:
        more.append(f"{k}: want {n} items ({c} cited, {u} uncited), got {kinds[k]} ({cited[(k, True)]}/{cited[(k, False)]})")
    if splits[(k, "probe7-tune")] != n // 2 or splits[(k, "probe7-test")] != n // 2: more.append(f"{k}: splits not {n // 2}/{n // 2}")
if set(kinds) - set(SHAPE): more.append(f"unexpected kinds {set(kinds) - set(SHAPE)}")
PATTERN = [True, False, False, True, True, False]
for k in ("contradiction-direction", "contradiction-figure"):
    got = [r["cited"] for r in rows if r["kind"] == k]
    if got != PATTERN: more.append(f"{k}: cited pattern {got}, want {PATTERN}")
    for sp in ("probe7-tune", "probe7-test"):
        if {r["cited"] for r in rows if r["kind"] == k and r["split"] == sp} != {True, False}: more.append(f"{k}/{sp}: not both cited and uncited")
twins = collections.Counter(r.get("twinOf") for r in rows if r["kind"] == "agreeing-twin")
for r in rows:
    if r["kind"].startswith("contradiction-") and twins[r["id"]] != 1: more.append(f"{r['id']} has {twins[r['id']]} twins")
misc = [r["id"] for r in rows if any(FILES.get(d, "").startswith("uk-") for d in docs_of(r))]
if len(misc) > 6: more.append(f"{len(misc)} items use uk-childrens-care-misc documents, want at most 6")
used = set().union(*(docs_of(r) for r in rows))
if len(used) < 16: more.append(f"{len(used)} distinct documents, want at least 16")
if len(rows) != 56: more.append(f"{len(rows)} items, want 56")
print("items on uk-childrens-care-misc documents", len(misc), misc)
print("probe-7 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
