"""Checks ../policy-probe9.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe9, for
every item; no document of policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl or policy-probe2.jsonl ...
policy-probe8.jsonl. Also checks this set's shape: 32 items, all cited (14 paraphrase-cited, 6 place-in-title,
4 list-figures, 4 wrong-source, 4 unsupported), at most 4 items on uk-childrens-care-misc documents, at least
14 distinct documents, and claims of 8 to 35 words (citation not counted)."""
import collections, json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import FILES, docs_of, validate

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl", "policy-probe5.jsonl", "policy-probe6.jsonl", "policy-probe7.jsonl", "policy-probe8.jsonl")
SPLIT = lambda kind, nth: "probe9"
bad = validate("policy-probe9.jsonl", "p9", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-cited": (14, 14, 0), "place-in-title": (6, 6, 0), "list-figures": (4, 4, 0),
         "wrong-source": (4, 4, 0), "unsupported": (4, 4, 0)}
more = []
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe9.jsonl"), encoding="utf-8")]
kinds = collections.Counter(r["kind"] for r in rows)
cited = collections.Counter((r["kind"], r["cited"]) for r in rows)
for k, (n, c, u) in SHAPE.items():
    if kinds[k] != n or cited[(k, True)] != c or cited[(k, False)] != u:
        more.append(f"{k}: want {n} items ({c} cited, {u} uncited), got {kinds[k]} ({cited[(k, True)]}/{cited[(k, False)]})")
if set(kinds) - set(SHAPE): more.append(f"unexpected kinds {set(kinds) - set(SHAPE)}")
if {r["split"] for r in rows} != {"probe9"}: more.append(f"splits {sorted({r['split'] for r in rows})}, want only probe9")
for r in rows:
    words = len(re.sub(r" \[@[^\]]+\]", "", r["claim"]).split())
    if not 8 <= words <= 35: more.append(f"{r['id']}: {words} words, want 8 to 35")
misc = [r["id"] for r in rows if any(FILES.get(d, "").startswith("uk-") for d in docs_of(r))]
if len(misc) > 4: more.append(f"{len(misc)} items use uk-childrens-care-misc documents, want at most 4")
used = set().union(*(docs_of(r) for r in rows))
if len(used) < 14: more.append(f"{len(used)} distinct documents, want at least 14")
if len(rows) != 32: more.append(f"{len(rows)} items, want 32")
print("items on uk-childrens-care-misc documents", len(misc), misc)
print("documents", sorted(used))
print("probe-9 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
