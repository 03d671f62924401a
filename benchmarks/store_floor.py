"""How fast can the store take an article's quads, with no extraction at all?

    python benchmarks/store_floor.py --work /tmp/graphkb-bench [--count 1000]

Extracts ``--count`` articles of the synthetic corpus (``WORK/corpus``, made by
``run.py``) once, then writes the same quads into fresh stores three ways, timing only
the write, in CPU time of this process (all its threads): pyoxigraph's bulk loader
alone (``Store.bulk_extend``), graphkb's write path (``OxigraphStore.replace_graphs``:
the bulk loader behind the undo journal, in batches like ``pipeline.ingest``), and one
transaction (``Store.extend``). The first is the floor of any ingest on this store:
no extractor can make ingest faster than it. Prints a small table; writes no docs.
Run it pinned to one core (``taskset -c 0``) to match the ingest benchmark.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from graphkb.articles import article_paths, read_article
from graphkb.pipeline import BATCH_SIZE, article_quads
from graphkb.store import OxigraphStore


def extracted(corpus: Path, count: int) -> tuple[list[tuple[str, list[ox.Quad]]], float]:
    graphs, cpu = [], time.process_time()
    for path in article_paths([corpus]):
        if len(graphs) >= count:
            break
        article = read_article(path)
        graphs.append((article.graph, article_quads(article)))
    return graphs, time.process_time() - cpu


def timed(write, folder: Path) -> float:
    shutil.rmtree(folder, ignore_errors=True)
    cpu = time.process_time()
    write(folder)
    return time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True, help="run.py's work folder (holds corpus/)")
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    graphs, extract_cpu = extracted(args.work / "corpus", args.count)
    quads = [q for _, batch in graphs for q in batch]
    n = len(graphs)

    def bulk(folder: Path) -> None:
        store = ox.Store(str(folder))
        store.bulk_extend(quads)
        store.flush()

    def graphkb_path(folder: Path) -> None:
        store = OxigraphStore(folder)
        for i in range(0, n, BATCH_SIZE):
            store.replace_graphs(dict(graphs[i:i + BATCH_SIZE]))
        store.flush()

    def transaction(folder: Path) -> None:
        store = ox.Store(str(folder))
        store.extend(quads)
        store.flush()

    print(f"{n} articles, {len(quads):,} quads ({len(quads) / n:.0f} an article)")
    print(f"{'step':42} {'CPU ms/article':>15} {'articles/CPU s':>15}")
    print(f"{'extraction (article_quads)':42} {extract_cpu / n * 1000:15.2f} {n / extract_cpu:15.0f}")
    with tempfile.TemporaryDirectory(prefix="store-floor-") as tmp:
        for name, write in (("pyoxigraph bulk_extend alone", bulk),
                            ("graphkb replace_graphs (journal + bulk)", graphkb_path),
                            ("pyoxigraph extend (one transaction)", transaction)):
            cpu = timed(write, Path(tmp) / "store")
            print(f"{name:42} {cpu / n * 1000:15.2f} {n / cpu:15.0f}")


if __name__ == "__main__":
    main()
