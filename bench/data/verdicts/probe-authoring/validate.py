"""Checks ../policy-probe.jsonl on its own, not through build.py (see ../probe_sets.py validate): splits alternate
probe-tune, probe-test within each kind in file order; no document of policy-dev.jsonl or policy-heldout.jsonl."""
import os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from probe_sets import validate

SPLIT = lambda kind, nth: "probe-tune" if nth % 2 == 1 else "probe-test"
validate("policy-probe.jsonl", "pp", SPLIT, ("policy-dev.jsonl", "policy-heldout.jsonl"))
