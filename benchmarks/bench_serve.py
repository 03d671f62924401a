"""Throughput and latency of `graphkb serve` beside `oxigraph serve`, on the same data.

For each graph (the seed graph, and a synthetic graph of ``--triples`` triples in
graphkb's model), both servers run on loopback ports at once, each on its own copy
of the same store, and ``--clients`` concurrent clients send the same competency
query for ``--requests`` requests (or ``--seconds``, whichever ends first). Prints
requests/s and p50/p99 latency; ``--write-docs`` puts the table into the "## serve"
section of docs/benchmarks.md.

    python benchmarks/bench_serve.py                      # seed graph + 1M triples
    python benchmarks/bench_serve.py --triples 100000 --requests 500   # quicker

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


def bench_graph(kind: str, args, base: Path) -> list[dict]:
    graphkb_store, oxigraph_store, size, note = build_stores(kind, base, args.triples, args.seed)
    port_g, port_o = free_port(), free_port()
    graphkb_cmd = [sys.executable, "-m", "graphkb", "--store", str(graphkb_store), "serve",
                   "--port", str(port_g), "--timeout", "30"]
    if args.workers:
        graphkb_cmd += ["--workers", str(args.workers)]
    servers = {
        "graphkb serve": (graphkb_cmd, f"http://127.0.0.1:{port_g}/sparql"),
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
        for query_name, query in queries:
            for name, (_, url) in servers.items():
                result = asyncio.run(load(url, query, args.clients, args.requests, args.seconds))
                rows.append({"graph": kind, "quads": size, "server": name, "note": note,
                             "query": query_name, **result})
                print(f"{kind:10} {size:>9} {query_name:18} {name:15} {result['rps']:8.0f} req/s  "
                      f"p50 {result['p50']:6.1f} ms  p99 {result['p99']:6.1f} ms  "
                      f"({result['n']} requests, {result['errors']} errors)", flush=True)
    finally:
        for process in processes.values():
            process.terminate()
            process.wait(30)
    return rows


def commit() -> str:
    result = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return result.stdout.strip() or "unknown"


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


def table(rows: list[dict], args, started: str) -> str:
    lines = [f"Machine: {started}. {args.clients} concurrent clients (httpx, loopback), "
             f"{args.requests} requests per server (at most {args.seconds:g} s), "
             "both servers running at once on copies of the same store, the load generator on the same machine.",
             "", "| graph | quads | query | server | requests/s | p50 ms | p99 ms | errors | graphkb / oxigraph |",
             "|---|---:|---|---|---:|---:|---:|---:|---:|"]
    for row in rows:
        ratio = ""
        if row["server"] == "graphkb serve":
            other = next(r for r in rows if r["graph"] == row["graph"] and r["query"] == row["query"]
                         and r["server"] != row["server"])
            ratio = f"{row['rps'] / other['rps']:.2f}"
        lines.append(f"| {row['graph']}{' (' + row['note'] + ')' if row['note'] else ''} | {row['quads']:,} | "
                     f"{row['query']} | {row['server']} | {row['rps']:.0f} | {row['p50']:.1f} | {row['p99']:.1f} | "
                     f"{row['errors']} | {ratio} |")
    graphkb = [r for r in rows if r["server"] == "graphkb serve"]
    ratios = [float(line.rsplit("|", 2)[-2]) for line in lines[4:] if line.rsplit("|", 2)[-2].strip()]
    slow = [f"{r['graph']}/{r['query']} ({r['p99']:.0f} ms)" for r in graphkb if r["p99"] >= 100]
    if rows:
        lines += ["", "Target: at least half of oxigraph's throughput: "
                  + ("**met**" if min(ratios) >= 0.5 else "**not met**") + f" (lowest ratio {min(ratios):.2f}).",
                  "Target: p99 under 100 ms: " + ("**met**." if not slow else "**not met**: " + ", ".join(slow) + ".")]
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
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=None, help="graphkb serve --workers")
    parser.add_argument("--query-file", type=Path, default=None,
                        help="query to send (must declare its prefixes; default: a deal query)")
    parser.add_argument("--cq", type=Path, default=REPO / "queries" / "cq02-deals.rq",
                        help="a competency query also measured on the seed graph")
    parser.add_argument("--write-docs", action="store_true", help="write the table into docs/benchmarks.md")
    args = parser.parse_args()
    args.query = args.query_file.read_text(encoding="utf-8") if args.query_file else DEFAULT_QUERY
    args.cq = args.cq if args.cq and args.cq.is_file() else None
    rows, notes = [], []
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        for kind in args.graphs.split(","):
            try:
                rows += bench_graph(kind, args, Path(tmp))
            except RuntimeError as e:
                notes.append(f"- {kind}: not measured: {e}")
                print(notes[-1], flush=True)
    text = table(rows, args, started) + ("\n\n" + "\n".join(notes) if notes else "")
    text += ("\n\nHow graphkb serve answers: uvicorn (httptools, uvloop) checks each query, then a pool of "
             "worker processes, each holding a read-only view of the store, runs it and returns the serialized "
             "result; a worker that overruns the timeout is killed and replaced (graphkb/web/workers.py). "
             "The machine these figures come from is shared with other jobs (see the load average): between "
             "runs the figures of both servers vary by up to 2x, so compare the two servers within one run "
             "and rerun on an idle machine before deciding anything on them.")
    text += "\n\n'buyers of a system' is:\n\n```sparql\n" + args.query.strip() + "\n```\n\nCommand: `python benchmarks/bench_serve.py" + \
            (" --write-docs" if args.write_docs else "") + "`"
    print(text)
    if args.write_docs:
        write_docs(text)


if __name__ == "__main__":
    main()
