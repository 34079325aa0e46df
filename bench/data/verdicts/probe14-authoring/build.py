"""Builds ../policy-probe14.jsonl from items.py (see ../probe_sets.py build): refuses every document named by
policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and policy-probe2.jsonl ... policy-probe13.jsonl (source, file,
citedWrong, topicDoc or a [@key] in a claim; ../probe_sets.py earlier_sets(14)). Councils may recur with other years'
reports, as in probes 5, 7 and 8 (see README.md); no document an earlier set names is taken. Within each kind the items
alternate probe14-tune, probe14-test, probe14-tune, ... in the order written; an agreeing twin takes its contradiction's split.
Run from the repo root: python3 bench/data/verdicts/probe14-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(14)  # policy-dev, policy-heldout, policy-probe, policy-probe2 ... policy-probe13
SPLIT = lambda kind, nth: "probe14-tune" if nth % 2 == 1 else "probe14-test"
build(items, "policy-probe14.jsonl", "p14", SPLIT, AGAINST)
