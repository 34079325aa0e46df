"""Checks ../policy-probe19.jsonl on its own, not through build.py (see ../probe_sets.py validate): one split, probe19, for
every item; documents of the earlier sets (earlier_sets(19)) may be used, but no passage or altPassage may overlap an
earlier set's passage in the same document (same blank-line-separated paragraph, a shared sentence of 30+ characters, or
30+ characters in common; validate(..., allow_documents=True)). Also checks this set's shape: 46 items (counts and
cited/uncited per kind), the cited/uncited order of list-figures, unsupported and each contradiction kind, one agreeing
twin per contradiction with its citation status, no claim copying its passage, at most 6 items on uk-childrens-care-misc
documents, at least 25 distinct documents, and that no two items of this set (a twin apart) rest on the same paragraph."""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate, _where

AGAINST = earlier_sets(19)
SPLIT = lambda kind, nth: "probe19"
bad = validate("policy-probe19.jsonl", "p19", SPLIT, AGAINST, allow_documents=True)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (8, 0, 8), "paraphrase-cited": (12, 12, 0), "list-figures": (4, 2, 2),
         "place-in-title": (4, 4, 0), "unsupported": (4, 2, 2), "wrong-source": (2, 2, 0),
         "contradiction-direction": (3, 2, 1), "contradiction-figure": (3, 1, 2), "agreeing-twin": (6, 3, 3)}
PATTERNS = {"list-figures": [True, False, False, True], "unsupported": [True, False, False, True],
            "contradiction-direction": [True, False, True], "contradiction-figure": [False, True, False]}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe19.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe19"}, items=46, min_documents=25, max_misc=6)
seen = {}
for r in rows:
    e = r["expect"]
    if r["kind"] == "agreeing-twin" or not e.get("passage"): continue
    for p in (e["passage"], *e.get("altPassages", [])):
        for k in _where(e["source"], p)[0]:
            if seen.setdefault((e["source"], k), r["id"]) != r["id"]:
                more.append(f"{r['id']} rests on the same paragraph as {seen[(e['source'], k)]}")
print("probe-19 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
