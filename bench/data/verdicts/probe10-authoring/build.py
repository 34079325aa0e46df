"""Builds ../policy-probe10.jsonl from items.py (see ../probe_sets.py build): refuses every document named by
policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and policy-probe2.jsonl ... policy-probe9.jsonl (source, file,
citedWrong, topicDoc or a [@key] in a claim). Councils may recur with other years' reports, as in probes 5, 7 and 8 (see
README.md); no document an earlier set names is taken. Splits were fixed before writing: within each kind the items
alternate probe10-tune, probe10-test, probe10-tune, ... in the order written; an agreeing twin takes its contradiction's
split (probe_sets.build passes it explicitly), so a pair is never split.
Run from the repo root: python3 bench/data/verdicts/probe10-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(10)
SPLIT = lambda kind, nth: "probe10-tune" if nth % 2 else "probe10-test"
build(items, "policy-probe10.jsonl", "p10", SPLIT, AGAINST)
