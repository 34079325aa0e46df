"""Builds ../policy-probe16.jsonl from items.py (see ../probe_sets.py build): refuses every document named by the sets
written before this one, earlier_sets(16) (policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and
policy-probe2.jsonl ... policy-probe15.jsonl: source, file, citedWrong, topicDoc or a [@key] in a claim). Councils may
recur with other years' reports (see README.md); no document an earlier set names is taken. Two splits: within each
kind, items alternate probe16-tune, probe16-test, probe16-tune, ... in the order written; an agreeing twin takes the
split of its contradiction.
Run from anywhere: python3 bench/data/verdicts/probe16-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(16)
SPLIT = lambda kind, nth: "probe16-tune" if nth % 2 else "probe16-test"
build(items, "policy-probe16.jsonl", "p16", SPLIT, AGAINST)
