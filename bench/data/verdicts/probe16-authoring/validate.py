"""Checks ../policy-probe16.jsonl on its own, not through build.py (see ../probe_sets.py validate): ids p16-<code>-NN,
splits alternating probe16-tune / probe16-test within each kind in the order written (a twin takes its contradiction's),
every passage in its file, no document of earlier_sets(16) (policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl,
policy-probe2.jsonl ... policy-probe15.jsonl). Also checks this set's shape: 48 items (counts and cited/uncited per
kind), the cited/uncited order of list-figures, unsupported and each contradiction kind, one agreeing twin per
contradiction with its citation status, split and source, no claim that copies its passage, half of the
paraphrase-cited claims with a figure and half without (the first six and the last six), no item on
uk-childrens-care-misc documents and at least 15 distinct documents."""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from probe_sets import check_shape, earlier_sets, validate

AGAINST = earlier_sets(16)
SPLIT = lambda kind, nth: "probe16-tune" if nth % 2 else "probe16-test"
bad = validate("policy-probe16.jsonl", "p16", SPLIT, AGAINST)

# kind: (items, cited, uncited)
SHAPE = {"paraphrase-uncited": (10, 0, 10), "paraphrase-cited": (12, 12, 0), "place-in-title": (4, 4, 0),
         "list-figures": (4, 2, 2), "unsupported": (6, 3, 3), "wrong-source": (4, 4, 0),
         "contradiction-direction": (2, 1, 1), "contradiction-figure": (2, 1, 1), "agreeing-twin": (4, 2, 2)}
PATTERNS = {"list-figures": [True, False, False, True], "unsupported": [True, False, False, True, True, False],
            "contradiction-direction": [True, False], "contradiction-figure": [False, True]}
rows = [json.loads(l) for l in open(os.path.join(HERE, "..", "policy-probe16.jsonl"), encoding="utf-8")]
more = check_shape(rows, SHAPE, PATTERNS, {"probe16-tune", "probe16-test"}, items=48, min_documents=15, max_misc=0)

# paraphrase-cited: the first six carry a figure (digits, number words, fractions), the last six none
FIGURE = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|third|quarter|fifth|dozen|hundred)s?\b", re.I)
pc = [r for r in rows if r["kind"] == "paraphrase-cited"]
has = [bool(FIGURE.search(re.sub(r" \[@[^\]]+\]\.$", "", r["claim"]))) for r in pc]
if has != [True] * 6 + [False] * 6: more.append(f"paraphrase-cited figures {has}, want six with a figure then six without")
print("probe-16 checks: problems", len(more)); [print(" ", m) for m in more]
print("total problems", len(bad) + len(more))
sys.exit(1 if bad or more else 0)
