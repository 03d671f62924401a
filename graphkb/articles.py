"""Articles: the text files graphkb reads, checked and decoded once.

The text is kept exactly as it is in the file (no newline translation, no
stripping), because every piece of evidence points into it by character offsets.
An optional sidecar ``NAME.meta.json`` beside ``NAME.txt`` may give ``url``,
``publisher`` and ``published`` when the text itself does not say them.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ArticleError
from .namespaces import article_iri, graph_iri

ARTICLE_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str
    meta: dict = field(default_factory=dict)

    @property
    def iri(self) -> str:
        return article_iri(self.id)

    @property
    def graph(self) -> str:
        return graph_iri(self.id)


def read_article(path: str | Path) -> Article:
    """Read one article file.

    :raises ArticleError: when the file is missing, unreadable, binary, empty or not UTF-8.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory") from None
    except OSError as e:
        raise ArticleError(f"{path}: cannot read: {e.strerror or e}") from None
    if b"\x00" in data:
        raise ArticleError(f"{path}: binary file (contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ArticleError(f"{path}: not UTF-8 (invalid byte at offset {e.start})") from None
    if not text.strip():
        raise ArticleError(f"{path}: empty article")
    return Article(id=path.stem, path=str(path), text=text, meta=_read_meta(path))


def _read_meta(path: Path) -> dict:
    sidecar = path.with_suffix(".meta.json")
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ArticleError(f"{sidecar}: unreadable metadata: {e}") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{sidecar}: metadata must be a JSON object")
    return meta


def article_paths(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders into article files, folders sorted, recursively.

    A named file is always yielded (so that a bad one is reported); inside a
    folder only ``*.txt`` files count.
    """
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            yield from sorted(p for p in item.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
        else:
            yield item
