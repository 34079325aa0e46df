"""Builds ../policy-probe7.jsonl from items.py (see ../probe_sets.py build): refuses every document named by
policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and policy-probe2.jsonl ... policy-probe6.jsonl (source, file,
citedWrong, topicDoc or a [@key] in a claim). Councils may recur with other years' reports, as in probe 5 (see
README.md); no document an earlier set names is taken. Within each kind, items alternate probe7-tune, probe7-test, ...
in the order written, and each agreeing twin takes its contradiction's split.
Run from the repo root: python3 bench/data/verdicts/probe7-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build

AGAINST = ("policy-dev.jsonl", "policy-heldout.jsonl", "policy-probe.jsonl", "policy-probe2.jsonl", "policy-probe3.jsonl",
           "policy-probe4.jsonl", "policy-probe5.jsonl", "policy-probe6.jsonl")
SPLIT = lambda kind, nth: "probe7-tune" if nth % 2 == 1 else "probe7-test"
build(items, "policy-probe7.jsonl", "p7", SPLIT, AGAINST)
