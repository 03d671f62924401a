"""The pipeline: article text -> mentions and entities -> claims -> quads -> store.

Each step lives in its own module; this one only chains them and writes the
result. Articles are streamed: only one batch of graphs is held at a time, and
the store writes each batch so that every article is in it whole or not at all
(see ``OxigraphStore.replace_graphs``); re-ingesting an article replaces its graph.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import claims as claim_rules
from . import entities, mapping, mentions
from .articles import Article, article_paths, read_article
from .errors import ArticleError
from .store import GraphStore

BATCH_SIZE = 256
FLUSH_EVERY = 1000
OPTIMIZE_AFTER = 500


def article_quads(article: Article) -> list[ox.Quad]:
    """Everything graphkb extracts from one article, as quads in its named graph."""
    doc = mentions.analyse(article)
    resolved = entities.resolve(doc)
    found = claim_rules.extract(doc, resolved)
    return mapping.to_quads(article, resolved, found)


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    quads: int = 0


def ingest(store: GraphStore, inputs: Iterable[str | Path], *,
           on_error: Callable[[ArticleError], None] | None = None,
           on_article: Callable[[str], None] | None = None,
           batch_size: int = BATCH_SIZE) -> IngestReport:
    """Ingest article files and folders into ``store``.

    A bad article is reported through ``on_error`` and skipped; it never reaches
    the store. After a run of at least OPTIMIZE_AFTER articles the store is compacted:
    the bulk loader leaves many small index files, and reading across them made the
    competency queries up to twice as slow; compacting costs about a millisecond an
    article, too much to pay after every small run.
    """
    report = IngestReport()
    batch: dict[str, list[ox.Quad]] = {}
    for path in article_paths(inputs):
        try:
            article = read_article(path)
        except ArticleError as e:
            report.failed.append(str(path))
            if on_error:
                on_error(e)
            continue
        quads = article_quads(article)
        batch[article.graph] = quads
        report.ingested.append(article.id)
        report.quads += len(quads)
        if on_article:
            on_article(article.id)
        if len(batch) >= batch_size:
            _write(store, batch, len(report.ingested))
            batch = {}
    if batch:
        store.replace_graphs(batch)
    optimize = getattr(store, "optimize", None)
    if optimize and len(report.ingested) >= OPTIMIZE_AFTER:
        optimize()
    return report


def _write(store: GraphStore, batch: dict[str, list[ox.Quad]], done: int) -> None:
    """Write one batch, and flush every FLUSH_EVERY articles: the embedded store's
    write buffers otherwise grow with the corpus, and so would peak memory."""
    store.replace_graphs(batch)
    flush = getattr(store, "flush", None)
    if flush and done // FLUSH_EVERY != (done - len(batch)) // FLUSH_EVERY:
        flush()
