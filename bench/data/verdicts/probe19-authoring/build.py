"""Builds ../policy-probe19.jsonl from items.py (see ../probe_sets.py build). Unlike probes 1-18, documents of the earlier
sets (../probe_sets.py earlier_sets(19): policy-dev, policy-heldout, policy-probe, policy-probe2 ... policy-probe18) may be
used (allow_documents=True), but an item is refused when its passage or altPassages overlap a passage of those sets in the
same document (passage_overlap: the same blank-line-separated paragraph, a shared sentence of 30+ characters, or 30+
characters of text in common). Every item has the one split probe19 (reported only, never studied).
Run from the repo root: python3 bench/data/verdicts/probe19-authoring/build.py"""
import os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.dirname(HERE)]
import items
from probe_sets import build, earlier_sets

AGAINST = earlier_sets(19)
SPLIT = lambda kind, nth: "probe19"
build(items, "policy-probe19.jsonl", "p19", SPLIT, AGAINST, allow_documents=True)
