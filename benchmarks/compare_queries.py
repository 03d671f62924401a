"""Time two versions of the competency queries on one store, and check they answer the same.

    python benchmarks/compare_queries.py OLD_DIR NEW_DIR --store STORE [--runs 7] [--only cq16,cq15]

For each ``cqNN-*.rq`` in NEW_DIR with a namesake in OLD_DIR, both forms run in the same
process, taking turns (old, new, old, new ...) after one warm-up each, so that load from
other jobs on the machine falls on both alike; every result row is read. The table gives
the row count and the median wall-clock and CPU milliseconds of each form (CPU time, of this
process only, is less disturbed by other jobs on a shared machine), and whether the answers are the
same: the same variables, the same multiset of rows, and, when the query has ORDER BY,
the same sequence of ORDER BY keys (rows that tie on every key may come in either order).
The store is opened read-only, through ``graphkb.store.OxigraphStore`` (union default graph).
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from graphkb.store import OxigraphStore


def run(store: OxigraphStore, text: str):
    """(variables, rows as tuples of N-Triples terms or None, wall seconds, CPU seconds)."""
    started, cpu = time.perf_counter(), time.process_time()
    result = store.query(text)
    variables = [v.value for v in result.variables]
    rows = [tuple(None if t is None else str(t) for t in solution) for solution in result]
    return variables, rows, time.perf_counter() - started, time.process_time() - cpu


def order_keys(text: str) -> list[str]:
    """The variables of a final ``ORDER BY ?a ?b`` (plain variables only)."""
    match = re.search(r"ORDER\s+BY\s+((?:\?\w+\s*)+)\s*(?:LIMIT|OFFSET|$)", text.strip(), re.I)
    return re.findall(r"\?(\w+)", match.group(1)) if match else []


def same_answers(text: str, old, new) -> str:
    (ov, orows), (nv, nrows) = old, new
    if ov != nv:
        return f"variables differ: {ov} / {nv}"
    if Counter(orows) != Counter(nrows):
        return f"rows differ ({len(orows)} / {len(nrows)}; " \
               f"{len(set(orows) - set(nrows))} old-only, {len(set(nrows) - set(orows))} new-only)"
    keys = [ov.index(k) for k in order_keys(text) if k in ov]
    if keys and [tuple(r[i] for i in keys) for r in orows] != [tuple(r[i] for i in keys) for r in nrows]:
        return "same rows, ORDER BY sequence differs"
    return "identical" + (" (order checked)" if keys else "")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--store", required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="", help="comma-separated query prefixes, e.g. cq15,cq16")
    args = parser.parse_args(argv)
    store = OxigraphStore(args.store, read_only=True)
    wanted = [p for p in args.only.split(",") if p]
    print(f"{'query':32} {'rows':>8} {'old ms':>9} {'new ms':>9} {'x':>6} {'old cpu':>9} {'new cpu':>9}  answers")
    ok = True
    for new_file in sorted(args.new.glob("cq*.rq")):
        if wanted and not any(new_file.name.startswith(p) for p in wanted):
            continue
        old_file = args.old / new_file.name
        if not old_file.exists():
            continue
        old_text, new_text = old_file.read_text(encoding="utf-8"), new_file.read_text(encoding="utf-8")
        old_v, old_rows, *_ = run(store, old_text)          # warm-up, and the answers compared
        new_v, new_rows, *_ = run(store, new_text)
        old_t, new_t, old_c, new_c = [], [], [], []
        for _ in range(args.runs):
            for times, cpus, text in ((old_t, old_c, old_text), (new_t, new_c, new_text)):
                _, _, wall, cpu = run(store, text)
                times.append(wall)
                cpus.append(cpu)
        verdict = same_answers(old_text, (old_v, old_rows), (new_v, new_rows))
        ok &= verdict.startswith("identical")
        o, n = statistics.median(old_t) * 1000, statistics.median(new_t) * 1000
        oc, nc = statistics.median(old_c) * 1000, statistics.median(new_c) * 1000
        print(f"{new_file.name:32} {len(new_rows):>8} {o:>9.1f} {n:>9.1f} {o / n:>6.1f} {oc:>9.1f} "
              f"{nc:>9.1f}  {verdict}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
