"""Snapshot what extraction makes of a fixed set of articles, to prove a speed-up changes nothing.

    python benchmarks/extract_snapshot.py OUT            # write OUT/<group>__<article>.nq
    python benchmarks/extract_snapshot.py --time-only    # only the CPU time per article
    diff -r BEFORE OUT                                   # must be empty
    python benchmarks/extract_snapshot.py --freeze DIR   # copy the inputs, then:
    python benchmarks/extract_snapshot.py --inputs DIR OUT

The inputs are folders other people write to; ``--freeze`` copies them (with their
``.meta.json`` sidecars) so that a before/after comparison reads the same articles.

Each article goes through ``pipeline.article_quads(read_article(path))``, exactly as
``pipeline.ingest`` does before it writes to the store; its quads are written as sorted
N-Quads (graphkb mints every IRI from names and offsets, and no blank nodes, so sorting
is a canonical form). The CPU time of the extraction alone (not of writing the snapshot)
is printed per group of articles; the first article is extracted once beforehand, so that
loading spaCy and the gazetteer is not counted.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = Path("/tmp/graphkb-bench/corpus/part-0000")
SYNTHETIC_COUNT = 300
GROUPS = ("seeds", "dev", "review", "review2", "own", "synthetic")


def inputs(frozen: Path | None = None) -> dict[str, list[Path]]:
    """The fixed inputs, by group: real articles first, then the synthetic ones."""
    if frozen is not None:
        groups = {d.name: sorted(d.glob("*.txt")) for d in sorted(frozen.iterdir()) if d.is_dir()}
        return {name: groups[name] for name in GROUPS if groups.get(name)}
    groups = {
        "seeds": sorted(p for p in (ROOT / "seeds").rglob("*") if p.is_file()),
        "dev": sorted(Path("/work/shared/dev-articles").glob("*.txt")),
        "review": sorted(Path("/tmp/review").glob("*.txt")),
        "review2": sorted(Path("/tmp/review2").glob("*.txt")),
        "own": sorted(Path("/tmp/own").glob("*.txt")),
        "synthetic": sorted(SYNTHETIC.glob("*.txt"))[:SYNTHETIC_COUNT],
    }
    return {name: paths for name, paths in groups.items() if paths}


def freeze(folder: Path) -> None:
    """Copy the inputs, and their metadata sidecars, into ``folder/<group>/``."""
    for name, paths in inputs().items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        for path in paths:
            for source in (path, path.with_suffix(".meta.json")):
                if source.exists():
                    shutil.copyfile(source, folder / name / source.name)


def nquads(quads) -> str:
    return "".join(sorted(f"{q} .\n" for q in quads))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--time-only", action="store_true")
    parser.add_argument("--freeze", type=Path, help="copy the inputs into this folder, and stop")
    parser.add_argument("--inputs", type=Path, help="read the inputs a --freeze copied")
    parser.add_argument("--repeat", type=int, default=1, help="extract each group this many times")
    args = parser.parse_args()
    if args.freeze:
        freeze(args.freeze)
        return
    if args.out is None and not args.time_only:
        parser.error("give OUT, or --time-only")
    from graphkb import pipeline
    from graphkb.articles import read_article

    groups = inputs(args.inputs)
    pipeline.article_quads(read_article(groups["synthetic" if "synthetic" in groups else
                                              next(iter(groups))][0]))   # warm up
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    real_n, real_s = 0, 0.0
    for name, paths in groups.items():
        articles = [read_article(p) for p in paths]
        seconds = []
        for _ in range(args.repeat):
            started = time.process_time()
            results = [pipeline.article_quads(a) for a in articles]
            seconds.append(time.process_time() - started)
        best = min(seconds)
        print(f"{name:10s} {len(articles):4d} articles {best / len(articles) * 1000:7.2f} CPU ms/article",
              file=sys.stderr)
        if name != "synthetic":
            real_n, real_s = real_n + len(articles), real_s + best
        if args.out:
            for path, quads in zip(paths, results):
                (args.out / f"{name}__{path.stem}.nq").write_text(nquads(quads), encoding="utf-8")
    if real_n:
        print(f"{'real':10s} {real_n:4d} articles {real_s / real_n * 1000:7.2f} CPU ms/article",
              file=sys.stderr)


if __name__ == "__main__":
    main()
