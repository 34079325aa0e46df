"""Builds ../policy-probe17.jsonl from items.py (see ../probe_sets.py build): refuses every document named by the sets
written before probe 17 (probe_sets.earlier_sets(17): policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and
policy-probe2.jsonl ... policy-probe16.jsonl; source, file, citedWrong, topicDoc or a [@key] in a claim). Councils may
recur with other years' reports (see README.md); no document an earlier set names is taken. Within each kind the items
alternate probe17-tune, probe17-test, probe17-tune, ... in the order written; an agreeing twin takes its contradiction's split.
Run from anywhere: python3 bench/data/verdicts/probe17-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(17)
SPLIT = lambda kind, nth: "probe17-tune" if nth % 2 else "probe17-test"
build(items, "policy-probe17.jsonl", "p17", SPLIT, AGAINST)
