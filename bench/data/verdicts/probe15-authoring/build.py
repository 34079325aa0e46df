"""Builds ../policy-probe15.jsonl from items.py (see ../probe_sets.py build): refuses every document named by the sets
written before probe 15 (earlier_sets(15): policy-dev.jsonl, policy-heldout.jsonl, policy-probe.jsonl and
policy-probe2.jsonl ... policy-probe14.jsonl; source, file, citedWrong, topicDoc or a [@key] in a claim). Councils may
recur with other years' reports (see README.md); no document an earlier set names is taken. Every item has the one
split probe15 (reported only, never studied). Every claim makes two statements.
Run from the repo root: python3 bench/data/verdicts/probe15-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(15)  # dev, heldout, probe, probe2 ... probe14 (earlier_sets(16) would name this set's own file)
SPLIT = lambda kind, nth: "probe15"
build(items, "policy-probe15.jsonl", "p15", SPLIT, AGAINST)
