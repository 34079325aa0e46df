"""Builds ../policy-probe18.jsonl from items.py (see ../probe_sets.py build): refuses every document named by
policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and policy-probe2.jsonl ... policy-probe17.jsonl (source, file,
citedWrong, topicDoc or a [@key] in a claim), as earlier_sets(18) lists them. Councils may recur with other years'
reports (see README.md); no document an earlier set names is taken. Within each kind, odd-numbered items are
probe18-tune and even-numbered ones probe18-test; an agreeing twin takes its contradiction's split.
Run from the repo root: python3 bench/data/verdicts/probe18-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(18)
SPLIT = lambda kind, nth: "probe18-tune" if nth % 2 else "probe18-test"
build(items, "policy-probe18.jsonl", "p18", SPLIT, AGAINST)
