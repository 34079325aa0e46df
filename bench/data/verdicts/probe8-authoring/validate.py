"""Checks ../policy-probe8.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe8, for
every item; no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ...
policy-probe7.jsonl. Also checks this set's shape: 44 items (counts and cited/uncited per kind), contradictions of each
kind cited, uncited, uncited, cited in the order written, one agreeing twin per contradiction with its citation status,
at most 6 items on uk-childrens-care-misc documents, and at least 14 distinct documents."""
import collections, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import FILES, docs_of, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl", "policy-probe5.jsonl", "policy-probe6.jsonl", "policy-probe7.jsonl")
SPLIT = lambda kind, nth: "probe8"
bad = validate("policy-probe8.jsonl", "p8", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (6, 0, 6), "paraphrase-cited": (6, 6, 0), "list-figures": (4, 2, 2),
         "place-in-title": (4, 4, 0), "unsupported": (4, 2, 2), "wrong-source": (4, 4, 0),
         "contradiction-direction": (4, 2, 2), "contradiction-figure": (4, 2, 2), "agreeing-twin": (8, 4, 4)}
more = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe8.jsonl"), encoding="utf-8")]
kinds = collections.Counter(r["kind"] for r in rows)
cited = collections.Counter((r["kind"], r["cited"]) for r in rows)
for k, (n, c, u) in SHAPE.items():
    if kinds[k] != n or cited[(k, True)] != c or cited[(k, False)] != u:
        more.append(f"{k}: want {n} items ({c} cited, {u} uncited), got {kinds[k]} ({cited[(k, True)]}/{cited[(k, False)]})")
if set(kinds) - set(SHAPE): more.append(f"unexpected kinds {set(kinds) - set(SHAPE)}")
if {r["split"] for r in rows} != {"probe8"}: more.append(f"splits {sorted({r['split'] for r in rows})}, want only probe8")
PATTERN = [True, False, False, True]
for k in ("contradiction-direction", "contradiction-figure", "list-figures", "unsupported"):
    got = [r["cited"] for r in rows if r["kind"] == k]
    if got != PATTERN: more.append(f"{k}: cited pattern {got}, want {PATTERN}")
twins = collections.Counter(r.get("twinOf") for r in rows if r["kind"] == "agreeing-twin")
for r in rows:
    if r["kind"].startswith("contradiction-") and twins[r["id"]] != 1: more.append(f"{r['id']} has {twins[r['id']]} twins")
misc = [r["id"] for r in rows if any(FILES.get(d, "").startswith("uk-") for d in docs_of(r))]
if len(misc) > 6: more.append(f"{len(misc)} items use uk-childrens-care-misc documents, want at most 6")
used = set().union(*(docs_of(r) for r in rows))
if len(used) < 14: more.append(f"{len(used)} distinct documents, want at least 14")
if len(rows) != 44: more.append(f"{len(rows)} items, want 44")
print("items on uk-childrens-care-misc documents", len(misc), misc)
print("documents", sorted(used))
print("probe-8 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
