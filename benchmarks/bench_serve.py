"""Throughput and latency of `graphkb serve` beside `oxigraph serve`, on the same data.

For each graph (the seed graph, and a synthetic graph of ``--triples`` triples in
graphkb's model), three servers run on loopback ports at once: ``graphkb serve`` as
it starts by default (it keeps recent answers until the store changes), ``graphkb
serve --cache-size 0`` (every request runs its query, as a first request always
does) and ``oxigraph serve`` on its own copy of the same store. ``--clients``
concurrent clients keep POSTing the same competency query
(``application/sparql-query``, JSON results) to one server at a time. Each server is
measured ``--rounds`` times, taking turns (A B C, C B A, ...) so that a burst of
load from other jobs on the machine falls on all of them; the table gives
the median over the rounds of requests/s, p50 and p99 latency, and the range of p99.
``--write-docs`` puts the table into the "## serve" section of docs/benchmarks.md.

The load generator (``--generator``) is ``wrk`` when it is on PATH (C, epoll; ``-t 2``
threads, ``--latency``; each run lasts ``--duration`` seconds; a Lua script written
to a temporary file sets the method, body and headers), otherwise an httpx asyncio
client in Python (each run sends ``--requests`` requests, at most ``--seconds``). It
runs on the same machine as the servers and takes CPU from them; wrk takes much
less than httpx, which on 2 CPUs added tens of milliseconds to both servers' p99.
Install wrk with ``apt-get install wrk`` (Debian/Ubuntu) or ``brew install wrk``.

    python benchmarks/bench_serve.py                      # seed graph + 1M triples
    python benchmarks/bench_serve.py --triples 100000 --duration 5 --rounds 1   # quicker
    python benchmarks/bench_serve.py --generator httpx    # without wrk

The seed graph is built with ``graphkb ingest seeds``; when that fails the row says
so. The synthetic graph is deterministic (``--seed``): deals between countries of
weapon systems, one named graph per article, as ``docs/model.md`` describes.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import re
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
GK = "https://w3id.org/graphkb/ontology#"
ID = "https://w3id.org/graphkb/id/"
GRAPH = "https://w3id.org/graphkb/graph/"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PREFIXES = (f"PREFIX gk: <{GK}>\nPREFIX gkid: <{ID}>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
# Who bought a system, from whom, how many? (competency question 2 for one system; its
# cost does not grow with the graph, so the same query fits the seed and the 1M graph:
# "S-400" is in the seed graph, "System 42" in the synthetic one)
DEFAULT_QUERY = PREFIXES + """SELECT ?deal ?buyerLabel ?sellerLabel ?quantity WHERE {
  VALUES ?itemLabel { "S-400" "System 42" }
  ?item rdfs:label ?itemLabel .
  ?deal a gk:Deal ; gk:item ?item ; gk:buyer ?buyer .
  ?buyer rdfs:label ?buyerLabel .
  OPTIONAL { ?deal gk:seller ?seller . ?seller rdfs:label ?sellerLabel }
  OPTIONAL { ?deal gk:quantity ?quantity }
} ORDER BY ?deal"""
COUNTRIES = ["india", "russia", "france", "egypt", "brazil", "japan", "poland", "turkey",
             "israel", "china", "germany", "italy", "spain", "greece", "qatar", "chile"]


def synthetic_quads(triples: int, seed: int):
    """About ``triples`` quads of deals, systems and countries, 20 deals per article graph."""
    rnd = random.Random(seed)
    node = ox.NamedNode
    for c in COUNTRIES:
        yield ox.Quad(node(f"{ID}country/{c}"), RDF_TYPE, node(GK + "Country"), node(GRAPH + "countries"))
        yield ox.Quad(node(f"{ID}country/{c}"), RDFS_LABEL, ox.Literal(c.title()), node(GRAPH + "countries"))
    systems = max(100, triples // 200)
    for s in range(systems):
        g = node(GRAPH + "systems")
        yield ox.Quad(node(f"{ID}system/s{s}"), RDF_TYPE, node(GK + "WeaponSystem"), g)
        yield ox.Quad(node(f"{ID}system/s{s}"), RDFS_LABEL, ox.Literal(f"System {s}"), g)
    made, article = 2 * len(COUNTRIES) + 2 * systems, 0
    while made < triples:
        g = node(f"{GRAPH}a{article}")
        for n in range(20):
            deal = node(f"{ID}deal/a{article}/{n}")
            buyer, seller = rnd.sample(COUNTRIES, 2)
            for p, o in [(RDF_TYPE, node(GK + "Deal")), (node(GK + "buyer"), node(f"{ID}country/{buyer}")),
                         (node(GK + "seller"), node(f"{ID}country/{seller}")),
                         (node(GK + "item"), node(f"{ID}system/s{rnd.randrange(systems)}")),
                         (node(GK + "quantity"), ox.Literal(str(rnd.randint(1, 200)),
                                                           datatype=node("http://www.w3.org/2001/XMLSchema#integer")))]:
                yield ox.Quad(deal, p, o, g)
            made += 5
        article += 1


def build_stores(kind: str, base: Path, triples: int, seed: int) -> tuple[Path, Path, int, str]:
    """Two copies of one store (graphkb's and oxigraph's); its size; a note."""
    store = base / f"{kind}-graphkb"
    note = ""
    if kind == "seed":
        result = subprocess.run([sys.executable, "-m", "graphkb", "--store", str(store), "ingest", "-q",
                                 str(REPO / "seeds")], capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError("graphkb ingest seeds failed: " + result.stderr.strip().splitlines()[-1])
    else:
        s = ox.Store(str(store))
        s.bulk_extend(synthetic_quads(triples, seed))
        s.flush()
        del s
        note = f"synthetic, seed {seed}"
    size = len(ox.Store.read_only(str(store)))
    copy = base / f"{kind}-oxigraph"
    shutil.copytree(store, copy)
    return store, copy, size, note


NO_CACHE = "graphkb serve --cache-size 0"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command: list[str], url: str) -> subprocess.Popen:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{command[0]} did not start")


async def load(url: str, query: str, clients: int, requests: int, seconds: float) -> dict:
    """``clients`` concurrent clients; latency of every request; requests/s overall."""
    latencies: list[float] = []
    errors = 0
    remaining = requests
    deadline = time.perf_counter() + seconds
    headers = {"Accept": "application/sparql-results+json", "Content-Type": "application/sparql-query"}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal remaining, errors
        while remaining > 0 and time.perf_counter() < deadline:
            remaining -= 1
            t = time.perf_counter()
            response = await http.post(url, content=query.encode(), headers=headers)
            latencies.append(time.perf_counter() - t)
            errors += response.status_code != 200
            if response.status_code != 200 and errors == 1:
                print(f"  error {response.status_code}: {response.text[:200]}", flush=True)

    async with httpx.AsyncClient(limits=limits, timeout=60) as http:
        await asyncio.gather(*(http.post(url, content=query.encode(), headers=headers)
                               for _ in range(clients)))   # warm up every connection and worker
        start_time = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - start_time
    latencies.sort()
    if not latencies:
        raise RuntimeError(f"no request finished within {seconds:g} s")
    return {"n": len(latencies), "errors": errors, "rps": len(latencies) / elapsed,
            "p50": statistics.median(latencies) * 1000,
            "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000}


WRK_UNITS_MS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}


def wrk_version() -> str:
    result = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    first = (result.stdout or result.stderr).strip().splitlines()
    return first[0].split(" Copyright")[0].strip() if first else "wrk"


def wrk_script(query: str) -> str:
    """A wrk Lua script that POSTs ``query`` as application/sparql-query, as ``load`` does."""
    # every byte but letters, digits and spaces as a decimal escape: no quoting to get wrong
    body = "".join(chr(b) if chr(b).isascii() and (chr(b).isalnum() or b == 32) else f"\\{b:03d}"
                   for b in query.encode("utf-8"))
    return ('wrk.method = "POST"\n'
            f'wrk.body = "{body}"\n'
            'wrk.headers["Content-Type"] = "application/sparql-query"\n'
            'wrk.headers["Accept"] = "application/sparql-results+json"\n')


def parse_wrk(out: str) -> dict:
    """Requests/s, p50/p99 (ms) and errors from the output of ``wrk --latency``."""
    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s|m|h)\s*$", out, re.M)
        if not m:
            raise RuntimeError(f"wrk printed no {label} latency:\n{out}")
        return float(m.group(1)) * WRK_UNITS_MS[m.group(2)]

    n = re.search(r"^\s*(\d+) requests in ", out, re.M)
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", out, re.M)
    if not n or not rps:
        raise RuntimeError(f"cannot read wrk's output:\n{out}")
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    socket_errors = sum(int(x) for x in sockets.groups()) if sockets else 0
    non_2xx = int(non_2xx.group(1)) if non_2xx else 0
    return {"n": int(n.group(1)), "errors": non_2xx + socket_errors, "non_2xx": non_2xx,
            "socket_errors": socket_errors, "rps": float(rps.group(1)), "p50": ms("50%"), "p99": ms("99%")}


def wrk_load(url: str, script: Path, clients: int, seconds: float, timeout: float) -> dict:
    """``clients`` connections kept busy by wrk for ``seconds``; its requests/s and latency."""
    command = ["wrk", "-c", str(clients), "-t", str(min(2, clients)), "--latency",
               "-d", f"{max(1, round(seconds))}s", "--timeout", f"{max(1, round(timeout))}s",
               "-s", str(script), url]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed ({result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    return parse_wrk(result.stdout)


def show_error(url: str, query: str) -> None:
    """wrk only counts failed requests: send one with httpx to show what the server says."""
    try:
        response = httpx.post(url, content=query.encode(), timeout=60, headers={
            "Accept": "application/sparql-results+json", "Content-Type": "application/sparql-query"})
        print(f"  a request now answers {response.status_code}: {response.text[:200]}", flush=True)
    except httpx.HTTPError as e:
        print(f"  a request now fails: {e}", flush=True)


def measure(args, url: str, query: str, script: Path | None, seconds: float | None = None) -> dict:
    if args.generator == "wrk":
        result = wrk_load(url, script, args.clients, seconds or args.duration, args.timeout + 5)
        if result["errors"]:
            print(f"  {result['non_2xx']} non-2xx responses, {result['socket_errors']} socket errors", flush=True)
            show_error(url, query)
        return result
    requests = args.requests if seconds is None else 4 * args.clients
    return asyncio.run(load(url, query, args.clients, requests, seconds or args.seconds))


def bench_graph(kind: str, args, base: Path) -> list[dict]:
    graphkb_store, oxigraph_store, size, note = build_stores(kind, base, args.triples, args.seed)
    port_g, port_n, port_o = free_port(), free_port(), free_port()

    def graphkb_cmd(port: int, *extra: str) -> list[str]:
        cmd = [sys.executable, "-m", "graphkb", "--store", str(graphkb_store), "serve",
               "--port", str(port), "--timeout", f"{args.timeout:g}", *extra]
        return cmd + (["--workers", str(args.workers)] if args.workers else [])

    # Both graphkb servers read the same store (read-only views); the second keeps no
    # answers, so that each request runs its query, as a first request always does.
    servers = {
        "graphkb serve": (graphkb_cmd(port_g), f"http://127.0.0.1:{port_g}/sparql"),
        NO_CACHE: (graphkb_cmd(port_n, "--cache-size", "0"), f"http://127.0.0.1:{port_n}/sparql"),
        "oxigraph serve": ([shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph"), "serve", "--location", str(oxigraph_store),
                            "--bind", f"127.0.0.1:{port_o}", "--union-default-graph"],
                           f"http://127.0.0.1:{port_o}/query"),
    }
    processes = {name: start(cmd, url) for name, (cmd, url) in servers.items()}
    rows = []
    queries = [("buyers of a system", args.query)]
    if kind == "seed" and args.cq:
        queries.append((args.cq.stem, args.cq.read_text(encoding="utf-8")))
    try:
        for number, (query_name, query) in enumerate(queries):
            script = base / f"{kind}-{number}.lua"
            script.write_text(wrk_script(query), encoding="utf-8")
            for name, (_, url) in servers.items():   # warm up connections, workers and caches
                measure(args, url, query, script, seconds=min(2.0, args.duration))
            runs: dict[str, list[dict]] = {name: [] for name in servers}
            for round_ in range(args.rounds):
                for name in (list(servers) if round_ % 2 == 0 else list(servers)[::-1]):
                    result = measure(args, servers[name][1], query, script)
                    runs[name].append(result)
                    print(f"{kind:10} {size:>9} {query_name:18} {name:15} round {round_ + 1}: "
                          f"{result['rps']:8.0f} req/s  p50 {result['p50']:6.1f} ms  p99 {result['p99']:6.1f} ms  "
                          f"({result['n']} requests, {result['errors']} errors, "
                          f"load average {os.getloadavg()[0]:.1f})", flush=True)
            for name, results in runs.items():
                row = {"graph": kind, "quads": size, "server": name, "note": note, "query": query_name,
                       "n": sum(r["n"] for r in results), "errors": sum(r["errors"] for r in results),
                       "rps": statistics.median(r["rps"] for r in results),
                       "p50": statistics.median(r["p50"] for r in results),
                       "p99": statistics.median(r["p99"] for r in results),
                       "p99_min": min(r["p99"] for r in results), "p99_max": max(r["p99"] for r in results)}
                rows.append(row)
                print(f"{kind:10} {size:>9} {query_name:18} {name:15} median:  {row['rps']:8.0f} req/s  "
                      f"p50 {row['p50']:6.1f} ms  p99 {row['p99']:6.1f} ms  (p99 {row['p99_min']:.1f}-"
                      f"{row['p99_max']:.1f} ms over {len(results)} runs)", flush=True)
    finally:
        for process in processes.values():
            process.terminate()
            process.wait(30)
    return rows


def commit() -> str:
    result = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "--no-optional-locks", "-C", str(REPO), "status", "--porcelain",
                            "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
    return (result.stdout.strip() or "unknown") + (" with uncommitted changes" if dirty else "")


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", load average {:.1f} at the start".format(os.getloadavg()[0]) if hasattr(os, "getloadavg") else ""
    return (f"{os.cpu_count()} CPUs ({cpu}){load}, Python {platform.python_version()}, "
            f"pyoxigraph {ox.__version__}, graphkb at commit {commit()}, "
            f"run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")


def generator_text(args) -> str:
    if args.generator == "wrk":
        return (f"{args.clients} concurrent connections driven by {args.wrk} ({min(2, args.clients)} threads, "
                f"loopback), {args.duration:g} s per run")
    return (f"{args.clients} concurrent clients driven by httpx (Python asyncio, loopback), "
            f"{args.requests} requests per run (at most {args.seconds:g} s)")


def table(rows: list[dict], args, started: str) -> str:
    lines = [f"Machine: {started}; load average {os.getloadavg()[0]:.1f} at the end. "
             f"Load generator: {generator_text(args)}, on the same machine. The servers run at once "
             f"on copies of the same store (the two graphkb servers on one copy); each is measured {args.rounds} times, taking turns with the "
             "others, after a warm-up; the figures are medians over those runs.",
             "", "| graph | quads | query | server | requests/s | p50 ms | p99 ms | p99 range ms | errors | graphkb / oxigraph |",
             "|---|---:|---|---|---:|---:|---:|---:|---:|---:|"]
    ratios: dict[str, list[float]] = {}
    for row in rows:
        ratio = ""
        if row["server"] != "oxigraph serve":
            other = next(r for r in rows if r["graph"] == row["graph"] and r["query"] == row["query"]
                         and r["server"] == "oxigraph serve")
            ratios.setdefault(row["server"], []).append(row["rps"] / other["rps"])
            ratio = f"{ratios[row['server']][-1]:.2f}"
        lines.append(f"| {row['graph']}{' (' + row['note'] + ')' if row['note'] else ''} | {row['quads']:,} | "
                     f"{row['query']} | {row['server']} | {row['rps']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} | "
                     f"{row['p99_min']:.0f}-{row['p99_max']:.0f} | {row['errors']} | {ratio} |")
    lines.append("")
    for server, values in ratios.items():
        slow = [f"{r['graph']}/{r['query']} ({r['p99']:.0f} ms)" for r in rows
                if r["server"] == server and r["p99"] >= 100]
        lines += [f"`{server}`: at least half of oxigraph's throughput: "
                  + ("**met**" if min(values) >= 0.5 else "**not met**") + f" (lowest ratio {min(values):.2f}); "
                  "p99 under 100 ms: " + ("**met**" if not slow else "**not met**: " + ", ".join(slow))
                  + " (median p99 of its runs)."]
    return "\n".join(lines)


def write_docs(text: str) -> None:
    """Replace (or add) the "## serve" section of docs/benchmarks.md, leaving the others alone."""
    path = REPO / "docs" / "benchmarks.md"
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    section = f"## serve\n\n{text}\n"
    pattern = re.compile(r"^## serve\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _m: section + "\n", old) if pattern.search(old) else old.rstrip() + "\n\n" + section
    path.write_text(new.rstrip() + "\n", encoding="utf-8")


def main() -> None:
    started = machine()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graphs", default="seed,synthetic", help="seed, synthetic, or both")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--generator", choices=["auto", "wrk", "httpx"], default="auto",
                        help="load generator (auto: wrk when it is on PATH, else httpx)")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of each wrk run")
    parser.add_argument("--requests", type=int, default=3000, help="requests of each httpx run")
    parser.add_argument("--seconds", type=float, default=60.0, help="at most this long per httpx run")
    parser.add_argument("--rounds", type=int, default=3, help="runs per server and query, taking turns")
    parser.add_argument("--timeout", type=float, default=30.0, help="graphkb serve --timeout")
    parser.add_argument("--workers", type=int, default=None, help="graphkb serve --workers")
    parser.add_argument("--query-file", type=Path, default=None,
                        help="query to send (must declare its prefixes; default: a deal query)")
    parser.add_argument("--cq", type=Path, default=REPO / "queries" / "cq02-deals.rq",
                        help="a competency query also measured on the seed graph")
    parser.add_argument("--write-docs", action="store_true", help="write the table into docs/benchmarks.md")
    args = parser.parse_args()
    args.query = args.query_file.read_text(encoding="utf-8") if args.query_file else DEFAULT_QUERY
    args.cq = args.cq if args.cq and args.cq.is_file() else None
    if args.generator == "auto":
        args.generator = "wrk" if shutil.which("wrk") else "httpx"
    elif args.generator == "wrk" and not shutil.which("wrk"):
        parser.error("wrk is not on PATH (apt-get install wrk), use --generator httpx")
    args.wrk = wrk_version() if args.generator == "wrk" else None
    args.rounds = max(1, args.rounds)
    print(f"load generator: {generator_text(args)}", flush=True)
    rows, notes = [], []
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        for kind in args.graphs.split(","):
            try:
                rows += bench_graph(kind, args, Path(tmp))
            except RuntimeError as e:
                notes.append(f"- {kind}: not measured: {e}")
                print(notes[-1], flush=True)
    text = table(rows, args, started) + ("\n\n" + "\n".join(notes) if notes else "")
    text += ("\n\nHow graphkb serve answers: uvicorn (httptools, uvloop, no access log) checks each query, "
             "then hands it to the first free one of a pool of worker processes, first come first served; each "
             "worker holds a read-only view of the store, runs the query and returns the serialized result; a "
             "worker that overruns the timeout is killed and replaced (graphkb/web/workers.py); the "
             "`--cache-size 0` rows measure that path, which the first request of any query takes. "
             "The machine these figures come from is shared with other jobs (see the load average): between "
             "runs the figures of both servers vary by up to 2x, so compare the two servers within one run "
             "and rerun on an idle machine before deciding anything on them. With 16 clients always waiting "
             "for an answer, a server's latency is about 16 / its requests per second (Little's law): p99 "
             "under 100 ms needs well over 160 requests/s from what the other jobs leave of the 2 CPUs. "
             "Where the time goes on that path (measured apart from this table, from /proc CPU and scheduler counters "
             "during wrk runs): on the seed graph a query takes pyoxigraph 0.1-0.2 ms, and graphkb serve "
             "spends 0.35-0.5 ms of CPU per request in its one event-loop process (HTTP, Starlette, the "
             "safety check of the query text, the pipe to a worker) and 0.3 ms in the worker; that event "
             "loop is then busy or waiting for a CPU nearly all the time, so it bounds the throughput, and "
             "when the scheduler leaves it waiting behind other jobs every request waits with it, which is "
             "graphkb serve's tail. Oxigraph answers the same request in about 0.2 ms of CPU in all, hence "
             "the ratio on the seed graph. On the 1M graph the query itself (about 2 ms in either server) "
             "dominates, and graphkb serve's overhead matters far less. With the httpx generator (before wrk was used) both "
             "servers were held near 500 requests/s by the Python client and showed p99 of 150-350 ms.")
    text += ("\n\n'buyers of a system' is:\n\n```sparql\n" + args.query.strip() + "\n```\n\n"
             "Command: `" + shlex.join(["python", "benchmarks/bench_serve.py", *sys.argv[1:]]) + "`")
    print(text)
    if args.write_docs:
        write_docs(text)


if __name__ == "__main__":
    main()
