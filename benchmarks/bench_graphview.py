"""How long the graph view takes to settle in headless Chromium, against pyvis's defaults.

For generated graphs of 300, 1,000 and 3,000 nodes (about 1.5 links per node, entity
classes mixed like the news graph), both pages are built from the same nodes and edges:

* graphkb: ``graphpage.render_html`` (Barnes-Hut, straight edges, no improved layout,
  300/150/100 stabilisation iterations up to 300/1,000/more nodes, physics off once
  stabilised);
* pyvis defaults: ``pyvis.network.Network`` with the same nodes and edges and nothing
  tuned (dynamic smooth edges, 1,000 stabilisation iterations), written in_line. Its
  Bootstrap CDN links are refused by the harness (counted, not fetched).

Each page is opened from a file; an init script wraps ``vis.Network`` to timestamp
``stabilizationIterationsDone`` and ``stabilized`` (``performance.now()``, i.e. from
navigation start, so parsing and data loading are included).

Run:  /work/venv/bin/python benchmarks/bench_graphview.py [--sizes 300 1000 3000] [--timeout 400]
Results go to stdout as a Markdown table (copied into docs/benchmarks.md).
"""
from __future__ import annotations

import argparse
import os
import platform
import random
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright
from pyvis.network import Network

from graphkb import graphpage as gp
from graphkb import graphview as gv
from graphkb.namespaces import ID

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
CLASSES = ["Country", "Company", "Person", "AirDefenceSystem", "FighterAircraft", "Deal",
           "Negotiation", "Statement", "GovernmentAgency", "City"]
PROPS = ["buyer", "seller", "item", "party", "manufacturer", "country", "speaker", "about"]

HOOK = """(() => {
  const holder = {};
  let Real;
  function Wrapped(container, data, options) {
    const net = new Real(container, data, options);
    window.__bench = {created: performance.now()};
    net.on("stabilizationIterationsDone", () => { window.__bench.iterationsDone = performance.now(); });
    net.on("stabilized", (p) => {
      if (!window.__bench.stabilized) {
        window.__bench.stabilized = performance.now();
        window.__bench.iterations = p.iterations;
      }
    });
    return net;
  }
  Object.defineProperty(holder, "Network", {configurable: true, enumerable: true,
    get() { return Wrapped; }, set(v) { Real = v; }});
  window.vis = holder;
})();"""


def generated_graph(n: int, seed: int = 4) -> gv.KnowledgeGraph:
    """A scale-free graph of ``n`` labelled nodes with about 1.5 links per node."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(n, 1, seed=seed)
    while shape.number_of_edges() < int(1.5 * n):
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            shape.add_edge(a, b)
    nodes = {}
    for i in shape.nodes:
        cls = CLASSES[rng.randrange(len(CLASSES))]
        iri = f"{ID}bench/{i}"
        nodes[iri] = gv.Node(iri, {gv.GK + cls}, [f"{cls} {i}"])
    iris = list(nodes)
    edges = [(iris[a], gv.GK + PROPS[rng.randrange(len(PROPS))], iris[b]) for a, b in shape.edges]
    for s, p, o in edges:
        nodes[s].facts.append((p, gv.Term("uri", o)))
    return gv._link(nodes)


def graphkb_page(kb: gv.KnowledgeGraph) -> str:
    view = gv.View(kb, list(kb.nodes), len(kb.nodes), len(kb.nodes))
    return gp.render_html(view)


def pyvis_default_page(kb: gv.KnowledgeGraph) -> str:
    net = Network(directed=True, cdn_resources="in_line")
    for iri, node in kb.nodes.items():
        net.add_node(iri, label=node.labels[0], title=node.labels[0])
    for s, o, p in kb.graph.edges(keys=True):
        net.add_edge(s, o, title=gv.vocabulary().label(p))
    return net.generate_html(name="pyvis.html")


def measure(browser, path: Path, timeout_s: float) -> dict:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    refused = []
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
               else (refused.append(route.request.url), route.abort()))
    page.add_init_script(HOOK)
    page.goto(path.as_uri(), wait_until="commit")
    deadline = time.monotonic() + timeout_s
    result = {}
    while time.monotonic() < deadline:
        result = page.evaluate("window.__bench || {}")
        if result.get("stabilized") or (result.get("iterationsDone") and "graphkb" in path.name):
            break
        time.sleep(0.25)
    page.close()
    result["refused"] = len(refused)
    return result


def seconds(ms, timeout: float) -> str:
    return f"{ms / 1000:.1f} s" if ms else f"> {timeout:.0f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 1000, 3000])
    parser.add_argument("--timeout", type=float, default=400, help="seconds to wait per page")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for n in args.sizes:
            kb = generated_graph(n)
            ours, theirs = Path(tmp, f"graphkb-{n}.html"), Path(tmp, f"pyvis-{n}.html")
            ours.write_text(graphkb_page(kb), encoding="utf-8")
            theirs.write_text(pyvis_default_page(kb), encoding="utf-8")
            a, b = measure(browser, ours, args.timeout), measure(browser, theirs, args.timeout)
            rows.append((n, kb.graph.number_of_edges(), a, b))
            print(f"{n} nodes: graphkb {a}  pyvis {b}", flush=True)
        browser.close()
    load = os.getloadavg()[0]
    print(f"\nChromium headless on {platform.machine()} ({os.cpu_count()} CPUs), Python "
          f"{platform.python_version()}; times from navigation start; load average {load:.1f} at the end.\n")
    print("| nodes | edges | graphkb: iterations done (physics stops) | pyvis defaults: iterations done "
          "| pyvis defaults: stabilized | pyvis CDN requests refused |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n, e, a, b in rows:
        t = args.timeout
        print(f"| {n:,} | {e:,} | {seconds(a.get('iterationsDone'), t)} "
              f"| {seconds(b.get('iterationsDone'), t)} | {seconds(b.get('stabilized'), t)} | {b['refused']} |")


if __name__ == "__main__":
    main()
