"""Ingest and query benchmarks for graphkb (issue 2, section 9 "Speed").

    python benchmarks/run.py all --work /tmp/graphkb-bench        # everything, ~10 min
    python benchmarks/run.py ingest --work DIR --sizes 1000,5000,10000
    python benchmarks/run.py queries --work DIR                    # needs the ingest store
    python benchmarks/run.py profile --work DIR --count 300        # where ingest time goes
    python benchmarks/run.py report --work DIR                     # rewrite docs/benchmarks.md

Every ingest run happens in a fresh subprocess pinned to one CPU, so that its peak
memory (``ru_maxrss``) is its own and its speed is that of one core. The query
benchmark runs each ``queries/*.rq`` on the pyoxigraph store and, in the same
process, on rdflib's in-memory ``Dataset`` (union default graph) holding the same
quads, loaded from an N-Quads export of the store.

Results go to ``WORK/ingest.json`` and ``WORK/queries.json``; ``report`` (run at
the end of ``ingest``, ``queries`` and ``all``) renders them into the section of
``docs/benchmarks.md`` between the ``ingest-queries`` markers, leaving the rest of
the file alone.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (benchmarks/corpus.py, beside this file)

DOC = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- ingest-queries:begin -->", "<!-- ingest-queries:end -->"
MIN_TRIPLES = 1_000_000
TARGET_RATE, TARGET_MS, TARGET_SPEEDUP = 200, 50, 20
RSS_EVERY = 250          # articles between two memory samples


# ---------------------------------------------------------------- corpus
def ensure_corpus(work: Path, count: int, seed: int, shard: int) -> Path:
    """Generate the corpus once; later runs reuse it (it is deterministic)."""
    folder = work / "corpus"
    stamp = folder / "corpus.json"
    wanted = {"count": count, "seed": seed, "shard": shard}
    if stamp.exists():
        have = json.loads(stamp.read_text())
        if have["seed"] == seed and have["shard"] == shard and have["count"] >= count:
            return folder
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    n, size = corpus.write_corpus(folder, count, seed, shard)
    stamp.write_text(json.dumps({**wanted, "bytes": size}))
    log(f"corpus: {n} articles, {size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
    return folder


def shards(folder: Path, count: int, shard: int, start: int = 0) -> list[Path]:
    if count % shard or start % shard:
        raise SystemExit(f"sizes must be multiples of the shard size ({shard})")
    return [folder / f"part-{i:04d}" for i in range(start // shard, (start + count) // shard)]


def text_bytes(folders: list[Path]) -> int:
    return sum(p.stat().st_size for f in folders for p in f.glob("*.txt"))


# ---------------------------------------------------------------- ingest
def ingest_child(store_path: str, inputs: list[str], cpu: int) -> dict:
    """Runs in a fresh process: ingest ``inputs`` through the library API."""
    os.sched_setaffinity(0, {cpu})   # before pyoxigraph starts its threads
    from graphkb import pipeline
    from graphkb.store import OxigraphStore

    samples = []
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = usage.ru_utime + usage.ru_stime     # imports are not ingest
    started = time.perf_counter()

    def on_article(_id, n=[0]):
        n[0] += 1
        if n[0] % RSS_EVERY == 0:
            samples.append([n[0], round(time.perf_counter() - started, 2), _status_kb("VmRSS")])

    store = OxigraphStore(store_path)
    before = len(store)
    report = pipeline.ingest(store, inputs, on_article=on_article)
    store.flush()
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_seconds": usage.ru_utime + usage.ru_stime - cpu_before, "articles": len(report.ingested), "failed": len(report.failed), "quads": report.quads,
            "seconds": seconds, "store_quads_before": before, "store_quads": len(store),
            "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "vm_hwm_kb": _status_kb("VmHWM"), "rss_samples": samples, "cpus": sorted(os.sched_getaffinity(0))}


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def run_child(args: list[str], timeout: float) -> dict:
    """Run ``run.py args`` in a fresh interpreter; it prints one JSON object last."""
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                         timeout=timeout, cwd=ROOT)
    if out.returncode:
        raise SystemExit(f"child {args[0]} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def ingest_size(folder: Path, store: Path, folders: list[Path], cpu: int, timeout: float) -> dict:
    result = run_child(["_ingest-one", str(store), *map(str, folders), "--cpu", str(cpu)], timeout)
    result["bytes"] = text_bytes(folders)
    result.update(_rates(result))
    return result


def _rates(r: dict) -> dict:
    s = r["seconds"]
    return {"articles_per_s": r["articles"] / s, "mb_per_s": r["bytes"] / 1e6 / s,
            "quads_per_s": r["quads"] / s, "articles_per_cpu_s": r["articles"] / r["cpu_seconds"]}


def time_cli(store: Path, folder: Path, cpu: int, timeout: float) -> dict:
    """The same job through the ``graphkb`` command, once, on one shard."""
    exe = Path(sys.executable).with_name("graphkb")
    cmd = ["taskset", "-c", str(cpu), str(exe), "--store", str(store), "ingest", "--quiet", str(folder)]
    result = run_child(["_timed", *cmd], timeout)
    result.update(articles=len(list(folder.glob("*.txt"))), bytes=text_bytes([folder]),
                  command=" ".join(["graphkb", "--store", "STORE", "ingest", "--quiet", folder.name]))
    result["articles_per_s"] = result["articles"] / result["seconds"]
    result["mb_per_s"] = result["bytes"] / 1e6 / result["seconds"]
    return result


def timed_child(cmd: list[str]) -> dict:
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr[-2000:]}")
    return {"seconds": seconds, "peak_rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}


def cmd_ingest(args) -> dict:
    sizes = sorted(int(s) for s in args.sizes.split(","))
    folder = ensure_corpus(args.work, max(sizes), args.seed, args.shard)
    runs = []
    for size in sizes:
        store = args.work / f"store-{size}"
        shutil.rmtree(store, ignore_errors=True)
        log(f"ingest: {size} articles ...")
        r = ingest_size(folder, store, shards(folder, size, args.shard), args.cpu, args.timeout)
        log(f"  {r['articles_per_s']:.0f} articles/s, {r['mb_per_s']:.2f} MB/s, "
            f"{r['quads']} quads, peak RSS {r['peak_rss_kb'] / 1024:.0f} MB")
        runs.append({"size": size, **r})
    # The query benchmark uses the smallest store that is big enough: rdflib must hold it
    # all in memory, and the run should stay bounded.
    big_enough = [r["size"] for r in runs if r["store_quads"] >= args.min_quads]
    query_store = args.work / f"store-{big_enough[0] if big_enough else sizes[-1]}"
    extra = [] if big_enough else grow_store(args, query_store, sizes[-1])
    cli_store = args.work / "store-cli"
    shutil.rmtree(cli_store, ignore_errors=True)
    log("ingest: the CLI on one shard ...")
    cli = time_cli(cli_store, shards(folder, args.shard, args.shard)[0], args.cpu, args.timeout)
    shutil.rmtree(cli_store, ignore_errors=True)
    result = {"machine": machine(), "seed": args.seed, "shard": args.shard, "cpu": args.cpu,
              "runs": runs, "grow": extra, "cli": cli, "query_store": str(query_store),
              "command": _command_line()}
    save(args.work / "ingest.json", result)
    return result


def grow_store(args, store: Path, have: int) -> list[dict]:
    """Ingest more articles into the largest store until it holds a million quads."""
    grown = []
    quads = _store_len(store)
    while quads < args.min_quads and have < args.max_articles:
        per_article = max(quads / have, 1)
        step = int((args.min_quads - quads) / per_article * 1.05) + 1
        step = min(-(-step // args.shard) * args.shard, args.max_articles - have)
        folder = ensure_corpus(args.work, have + step, args.seed, args.shard)
        log(f"ingest: store holds {quads} quads < {args.min_quads}: adding {step} articles ...")
        r = ingest_size(folder, store, shards(folder, step, args.shard, start=have), args.cpu, args.timeout)
        grown.append({"from": have, "size": step, **r})
        have += step
        quads = r["store_quads"]
    return grown


def _store_len(store: Path) -> int:
    import pyoxigraph as ox
    return len(ox.Store.read_only(str(store)))


# ---------------------------------------------------------------- queries
def cmd_queries(args) -> dict:
    import pyoxigraph as ox
    import rdflib
    from graphkb.namespaces import PREFIXES
    from graphkb.store import OxigraphStore

    ingest = load(args.work / "ingest.json")
    store_path = Path(args.store or ingest["query_store"])
    store = OxigraphStore(store_path, read_only=True)
    files = sorted(Path(args.queries).glob("*.rq"))
    if not files:
        raise SystemExit(f"no {args.queries}/*.rq to run")
    dump = args.work / "store.nq"
    started = time.perf_counter()
    with open(dump, "wb") as fh:
        store.dump(fh, ox.RdfFormat.N_QUADS)
    log(f"queries: exported {len(store)} quads to N-Quads in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(dump), format="nquads")
    rdflib_load = time.perf_counter() - started
    log(f"queries: rdflib loaded {len(ds)} triples in {rdflib_load:.1f} s")
    dump.unlink()
    rows = [time_query(f, store_path, ds, PREFIXES, args) for f in files]
    result = {"machine": machine(), "store": str(store_path), "quads": len(store),
              "triples": distinct_triples(store), "graphs": len(store.graphs()),
              "label_matches": _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }"),
              "label_triples": _count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?l "
                                             "WHERE { GRAPH ?g { ?s rdfs:label ?l } } }", union=False),
              "rdflib_triples": len(ds), "rdflib_load_s": rdflib_load, "runs": args.runs,
              "rdflib_cap_s": args.cap, "ox_cap_s": args.ox_cap, "queries": rows,
              "command": _command_line()}
    save(args.work / "queries.json", result)
    return result


def _count(store, sparql: str, union: bool = True) -> int:
    return int(next(iter(store.query(sparql, union=union)))["n"].value)


def distinct_triples(store) -> int:
    result = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                         "WHERE { GRAPH ?g { ?s ?p ?o } } }", union=False)
    return int(next(iter(result))["n"].value)


def time_query(path: Path, store_path: Path, ds, prefixes: dict, args) -> dict:
    text = path.read_text(encoding="utf-8")
    ox = _time_oxigraph(path, store_path, args)
    rd_rows, rd_times, capped = _time_rdflib(text, ds, prefixes, args)
    row = {"query": path.name, "rows": ox["rows"], "ox_capped": ox["capped"],
           "ox_median_ms": ox["median_ms"], "ox_p95_ms": ox["p95_ms"], "rdflib_rows": rd_rows,
           "rdflib_median_ms": _ms(statistics.median(rd_times)) if rd_times else None,
           "rdflib_p95_ms": _ms(_p95(rd_times)) if rd_times else None,
           "rdflib_runs": len(rd_times), "rdflib_capped": capped}
    row["speedup"] = _speedup(row, args)
    log(f"  {path.name}: oxigraph " + (f"> {args.ox_cap:.0f} s" if ox["capped"] else
                                       f"{row['ox_median_ms']:.1f} ms ({row['rows']} rows)")
        + ", rdflib " + (f"> {args.cap:.0f} s" if capped else
                         f"{row['rdflib_median_ms'] or 0:.1f} ms ({rd_rows} rows)"))
    return row


def _speedup(row: dict, args) -> float | None:
    """rdflib time / Oxigraph time; a capped side counts as its cap (a bound, not a figure)."""
    rd = args.cap * 1000 if row["rdflib_capped"] else row["rdflib_median_ms"]
    ox = args.ox_cap * 1000 if row["ox_capped"] else row["ox_median_ms"]
    if rd is None or (row["ox_capped"] and row["rdflib_capped"]):
        return None
    return rd / max(ox, 1e-3)


def _time_oxigraph(path: Path, store_path: Path, args) -> dict:
    """Time one query on Oxigraph in a child process, which is killed after the cap:
    a query evaluated inside Rust cannot be interrupted from Python."""
    try:
        return run_child(["_ox-query", str(store_path), str(path), "--runs", str(args.runs)], args.ox_cap)
    except subprocess.TimeoutExpired:
        return {"rows": None, "median_ms": None, "p95_ms": None, "capped": True}


def ox_query_child(store_path: str, query_file: str, runs: int) -> dict:
    from graphkb.store import OxigraphStore

    store = OxigraphStore(store_path, read_only=True)
    text = Path(query_file).read_text(encoding="utf-8")
    rows, times = None, []
    for _ in range(runs + 1):          # the first run warms caches and is not counted
        started = time.perf_counter()
        rows = _consume_ox(store.query(text))
        times.append(time.perf_counter() - started)
    times = times[1:]
    return {"rows": rows, "median_ms": _ms(statistics.median(times)), "p95_ms": _ms(_p95(times)),
            "capped": False}


def _time_rdflib(text: str, ds, prefixes: dict, args):
    """Time rdflib; a run longer than the cap is stopped and reported as "> cap"."""
    times, rows = [], None
    budget = args.rdflib_budget
    while len(times) < args.runs:
        try:
            with _alarm(args.cap):
                started = time.perf_counter()
                rows = _consume_rdflib(ds.query(text, initNs=prefixes))
                times.append(time.perf_counter() - started)
        except _Timeout:
            return None, [], True
        except Exception as e:   # rdflib may not support what Oxigraph does
            log(f"    rdflib failed: {type(e).__name__}: {str(e)[:200]}")
            return f"error: {type(e).__name__}", [], False
        if sum(times) > budget:   # enough evidence for a slow query; keep the run bounded
            break
    return rows, times, False


class _Timeout(Exception):
    pass


class _alarm:
    """Raise _Timeout in the main thread after ``seconds`` (rdflib is pure Python)."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        def fire(signum, frame):
            raise _Timeout()
        self.old = signal.signal(signal.SIGALRM, fire)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc):
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.old)
        return False


def _consume_ox(result) -> int:
    import pyoxigraph as ox
    if isinstance(result, ox.QueryBoolean):
        return int(bool(result))
    return sum(1 for _ in result)


def _consume_rdflib(result) -> int:
    if result.type == "ASK":
        return int(bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return len(result.graph)
    return sum(1 for _ in result)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, -(-95 * len(ordered) // 100) - 1))]


def _ms(seconds: float) -> float:
    return seconds * 1000


# ---------------------------------------------------------------- profile
def cmd_profile(args) -> None:
    """cProfile the ingest of ``--count`` articles, one core, into a scratch store."""
    import cProfile
    import pstats

    folder = ensure_corpus(args.work, max(args.count, args.shard), args.seed, args.shard)
    os.sched_setaffinity(0, {args.cpu})
    from graphkb import pipeline
    from graphkb.store import OxigraphStore

    paths = sorted(shards(folder, args.shard, args.shard)[0].glob("*.txt"))[:args.count]
    store_path = args.work / "store-profile"
    shutil.rmtree(store_path, ignore_errors=True)
    store = OxigraphStore(store_path)
    # CPU time, not wall time: the machine may be shared, and waiting is not cost.
    profiler = cProfile.Profile(time.process_time)
    started = time.process_time()
    profiler.runcall(pipeline.ingest, store, paths)
    seconds = time.process_time() - started
    print(f"{len(paths)} articles in {seconds:.1f} CPU s under the profiler "
          f"({len(paths) / seconds:.0f} articles/s; the profiler slows Python code down)")
    profiler.dump_stats(args.work / "ingest.pstats")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    shutil.rmtree(store_path, ignore_errors=True)


# ---------------------------------------------------------------- report
def machine() -> dict:
    import pyoxigraph
    import rdflib
    try:
        import spacy
        spacy_version = spacy.__version__
    except ImportError:
        spacy_version = None
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT).stdout.strip()
    return {"nproc": os.cpu_count(), "cpu": cpu, "mem_gb": round(mem / 1024 / 1024, 1),
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__, "spacy": spacy_version,
            "commit": commit, "loadavg": [round(x, 2) for x in os.getloadavg()],
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def render(ingest: dict | None, queries: dict | None) -> str:
    out = [BEGIN, "## ingest and queries", ""]
    out += ["Written by `benchmarks/run.py` (see `benchmarks/README.md`); do not edit by hand.", ""]
    if ingest:
        out += _render_ingest(ingest)
    if queries:
        out += _render_queries(queries)
    out.append(END)
    return "\n".join(out) + "\n"


def _render_machine(m: dict) -> list[str]:
    return [f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['mem_gb']} GB RAM, {m['os']}; "
            f"Python {m['python']}, pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}, "
            f"spaCy {m['spacy']}; graphkb at commit `{m['commit']}`; run {m['date']}, "
            f"load average {m['loadavg'][0]} at the start (the machine is shared).", ""]


def _render_ingest(r: dict) -> list[str]:
    out = ["### Ingest", "", "```", r["command"], "```", ""]
    out += _render_machine(r["machine"])
    out += [f"Synthetic corpus (`benchmarks/corpus.py`, seed {r['seed']}); each size is ingested into "
            f"a fresh store by `graphkb.pipeline.ingest(OxigraphStore(path), folders)` in a fresh "
            f"process pinned to CPU {r['cpu']} (one core). Time includes reading, extraction, "
            f"writing and the final flush. Seconds are wall-clock; CPU s is the process's user + system "
            f"time (all its threads, on that one core), the fairer figure when the machine is shared. "
            f"Peak RSS is the process's `ru_maxrss`.", "",
            "| articles | text MB | seconds | articles/s | MB/s | quads | quads/s | CPU s | articles/CPU s | peak RSS MB |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for x in r["runs"] + r.get("grow", []):
        label = f"{x['size']:,}" + (f" (added to {x['from']:,})" if "from" in x else "")
        out.append(f"| {label} | {x['bytes'] / 1e6:.1f} | {x['seconds']:.1f} | {x['articles_per_s']:.0f} "
                   f"| {x['mb_per_s']:.2f} | {x['quads']:,} | {x['quads_per_s']:,.0f} "
                   f"| {x['cpu_seconds']:.1f} | {x['articles_per_cpu_s']:.0f} | {x['peak_rss_kb'] / 1024:.0f} |")
    c = r["cli"]
    largest = r["runs"][-1]
    ok = min(largest["articles_per_s"], largest["articles_per_cpu_s"]) >= TARGET_RATE
    out += ["", f"The CLI, once: `{c['command']}` ({c['articles']:,} articles, {c['bytes'] / 1e6:.1f} MB, "
            f"pinned with `taskset`): {c['seconds']:.1f} s, {c['articles_per_s']:.0f} articles/s, "
            f"{c['mb_per_s']:.2f} MB/s, peak RSS {c['peak_rss_kb'] / 1024:.0f} MB.", "",
            f"Target >= {TARGET_RATE} articles/s on one core: **{'met' if ok else 'not met'}** "
            f"({largest['articles_per_s']:.0f} articles/s wall-clock, "
            f"{largest['articles_per_cpu_s']:.0f} per CPU second, at {largest['size']:,} articles).", ""]
    out += _render_memory(largest)
    return out


def _render_memory(run: dict) -> list[str]:
    samples = run.get("rss_samples") or []
    if not samples:
        return []
    step = max(1, len(samples) // 10)
    picked = samples[step - 1::step]
    cells = ", ".join(f"{n:,}: {kb / 1024:.0f}" for n, _, kb in picked)
    return [f"Resident memory (MB) during the {run['size']:,}-article run, by articles ingested: "
            f"{cells}.", ""]


def _render_queries(r: dict) -> list[str]:
    out = ["### Queries", "", "```", r["command"], "```", ""]
    out += _render_machine(r["machine"])
    out += [f"Store: {r['quads']:,} quads in {r['graphs']:,} named graphs ({r['triples']:,} distinct "
            f"triples). Each `queries/*.rq` runs on pyoxigraph (`OxigraphStore.query`, union default "
            f"graph: one warm-up, then {r['runs']} timed runs including reading every result) and, in "
            f"the same process, on rdflib {r['machine']['rdflib']}'s in-memory "
            f"`Dataset(default_union=True)` holding the same quads ({r['rdflib_triples']:,} triples in its "
            f"union graph; loaded from an N-Quads export in {r['rdflib_load_s']:.0f} s; up to {r['runs']} runs, a run stopped after "
            f"{r['rdflib_cap_s']:.0f} s). Oxigraph runs in a child process, killed when all its runs of "
            f"one query take over {r['ox_cap_s']:.0f} s.", "",
            "| query | rows | oxigraph median ms | p95 ms | rdflib median ms | p95 ms | speed-up |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for q in r["queries"]:
        out.append(_query_row(q, r["rdflib_cap_s"], r["ox_cap_s"]))
    slow = [q["query"] for q in r["queries"] if q["ox_capped"] or q["ox_p95_ms"] >= TARGET_MS]
    weak = [q["query"] for q in r["queries"] if q["speedup"] is None or q["speedup"] < TARGET_SPEEDUP]
    out += ["", f"Target: every query under {TARGET_MS} ms (p95): **"
            + ("met" if not slow else "not met: " + ", ".join(slow)) + "**.",
            f"Target: at least {TARGET_SPEEDUP}x faster than rdflib (median): **"
            + ("met" if not weak else "not met: " + ", ".join(weak)) + "**."]
    if r.get("label_matches", 0) > r.get("label_triples", 0):
        out.append(f"In the union default graph, `?s rdfs:label ?l` matches {r['label_matches']:,} times "
                   f"for {r['label_triples']:,} distinct triples: pyoxigraph {r['machine']['pyoxigraph']} "
                   f"yields a triple once per named graph holding it (oxigraph issue #1919), and "
                   f"entities' labels are repeated in every article graph that mentions them.")
    mismatched = [q["query"] for q in r["queries"]
                  if None not in (q["rows"], q["rdflib_rows"]) and q["rdflib_rows"] != q["rows"]]
    if mismatched:
        out.append(f"Row counts differ between the engines for: {', '.join(mismatched)}.")
    return out + [""]


def _query_row(q: dict, cap: float, ox_cap: float) -> str:
    if q["rdflib_capped"]:
        rd = f"> {cap * 1000:,.0f}", "", f"> {_factor(q['speedup'])}" if q["speedup"] else "?"
    elif q["rdflib_median_ms"] is None:
        rd = str(q["rdflib_rows"]), "", ""
    else:
        rd = f"{q['rdflib_median_ms']:,.1f}", f"{q['rdflib_p95_ms']:,.1f}", _factor(q["speedup"])
    if q.get("ox_capped"):
        ox = "?", f"> {ox_cap * 1000:,.0f}", ""
        if q["speedup"] is not None:
            rd = rd[0], rd[1], f"< {_factor(q['speedup'])}"
    else:
        ox = f"{q['rows']:,}", f"{q['ox_median_ms']:.2f}", f"{q['ox_p95_ms']:.2f}"
    return f"| `{q['query']}` | {ox[0]} | {ox[1]} | {ox[2]} | {rd[0]} | {rd[1]} | {rd[2]} |"


def _factor(x: float) -> str:
    return f"{x:,.0f}x" if x >= 10 else f"{x:.1f}x" if x >= 1 else f"{x:.2g}x"


def write_report(work: Path, doc: Path = DOC) -> None:
    """Replace our section of docs/benchmarks.md (or add it); leave the rest alone."""
    section = render(load(work / "ingest.json"), load(work / "queries.json"))
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n\n"
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + section.rstrip("\n") + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")
    log(f"report: wrote the ingest-queries section of {doc}")


# ---------------------------------------------------------------- plumbing
def _command_line() -> str:
    return " ".join(["python", "benchmarks/run.py", *sys.argv[1:]])


def save(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, indent=1))


def load(path: Path) -> dict | None:
    return json.loads(path.read_text()) if path.exists() else None


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description="graphkb ingest and query benchmarks")
    sub = p.add_subparsers(dest="command", required=True)

    def common(s):
        s.add_argument("--work", type=Path, default=Path("/tmp/graphkb-bench"),
                       help="scratch folder for the corpus, stores and results")
        s.add_argument("--seed", type=int, default=7)
        s.add_argument("--shard", type=int, default=1000, help="articles per corpus folder")
        s.add_argument("--cpu", type=int, default=0, help="the one CPU the ingest runs on")
        s.add_argument("--no-report", action="store_true", help="do not touch docs/benchmarks.md")
        return s

    for name in ("ingest", "all"):
        s = common(sub.add_parser(name))
        s.add_argument("--sizes", default="1000,3000,10000")
        s.add_argument("--min-quads", type=int, default=MIN_TRIPLES,
                       help="grow the largest store until it holds this many quads")
        s.add_argument("--max-articles", type=int, default=40000)
        s.add_argument("--timeout", type=float, default=900, help="seconds per ingest run")
    for name in ("queries", "all"):
        s = sub.choices.get(name) or common(sub.add_parser(name))
        s.add_argument("--store", default=None,
                       help="store to query [the smallest ingest store with --min-quads quads]")
        s.add_argument("--queries", default=str(ROOT / "queries"), help="folder of .rq files")
        s.add_argument("--runs", type=int, default=5)
        s.add_argument("--cap", type=float, default=20, help="seconds before an rdflib run is stopped")
        s.add_argument("--ox-cap", type=float, default=20,
                       help="seconds before the Oxigraph runs of one query are stopped")
        s.add_argument("--rdflib-budget", type=float, default=20,
                       help="stop repeating an rdflib query once its runs took this long")
    s = common(sub.add_parser("profile"))
    s.add_argument("--count", type=int, default=300)
    s.add_argument("--top", type=int, default=30)
    common(sub.add_parser("report"))
    s = sub.add_parser("_ingest-one")
    s.add_argument("store")
    s.add_argument("inputs", nargs="+")
    s.add_argument("--cpu", type=int, default=0)
    s = sub.add_parser("_ox-query")
    s.add_argument("store")
    s.add_argument("query")
    s.add_argument("--runs", type=int, default=10)
    s = sub.add_parser("_timed")
    s.add_argument("cmd", nargs=argparse.REMAINDER)
    return p


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    if args.command == "_ingest-one":
        print(json.dumps(ingest_child(args.store, args.inputs, args.cpu)))
        return
    if args.command == "_ox-query":
        print(json.dumps(ox_query_child(args.store, args.query, args.runs)))
        return
    if args.command == "_timed":
        print(json.dumps(timed_child(args.cmd)))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    if args.command == "profile":
        return cmd_profile(args)
    if args.command in ("ingest", "all"):
        cmd_ingest(args)
    if args.command in ("queries", "all"):
        cmd_queries(args)
    if not args.no_report:
        write_report(args.work)


if __name__ == "__main__":
    main()
