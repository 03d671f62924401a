"""Answers kept for the next identical request, until the store changes.

The query workers see the store as it was when they were opened, and they are
reopened after every write the server makes (``WorkerPool.generation`` counts them).
Until then a query asked again gets the same answer, so the service keeps recent
answers, least recently used first out, within a bound on their total size. An
analyst re-running a query in the editor, a notebook re-executing its cells or a
dashboard polling the endpoint then costs the server no worker at all.

Queries whose answer may change from one run to the next (NOW, RAND, UUID,
STRUUID, BNODE) are never kept.

>>> cache = AnswerCache(max_bytes=100)
>>> cache.put(("q", 0), "answer", size=4)
>>> cache.get(("q", 0))
'answer'
>>> cache.put(("r", 0), "too big", size=20)   # over the bound: not kept
>>> cache.get(("r", 0)) is None
True
"""
from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any

VOLATILE = frozenset({"NOW", "RAND", "UUID", "STRUUID", "BNODE"})
_VOLATILE_WORD = re.compile(r"\b(?:" + "|".join(sorted(VOLATILE)) + r")\b")


class AnswerCache:
    """A least-recently-used map bounded by the total size of what it holds."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max(0, max_bytes)
        self.bytes = 0
        self.generation = 0   # of the store the answers held were read from
        self._entries: OrderedDict[Hashable, tuple[Any, int]] = OrderedDict()

    def at(self, generation: int) -> AnswerCache:
        """The cache for answers read from this generation of the store: what it held from
        an earlier one is dropped."""
        if generation != self.generation:
            self.clear()
            self.generation = generation
        return self

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Hashable) -> Any | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry[0]

    def put(self, key: Hashable, value: Any, size: int) -> None:
        """Keep ``value``; an answer larger than an eighth of the bound is not kept,
        so that one big export cannot push out every small answer."""
        if size > self.max_bytes // 8:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.bytes -= old[1]
        self._entries[key] = (value, size)
        self.bytes += size
        while self.bytes > self.max_bytes:
            _, (_, dropped) = self._entries.popitem(last=False)
            self.bytes -= dropped

    def clear(self) -> None:
        self._entries.clear()
        self.bytes = 0


def is_volatile(query: str) -> bool:
    """Whether a query may call a function whose value changes from one run to the next.

    Read from the text as a whole, so a name inside a string or an IRI counts too: such
    a query is only not kept, which costs nothing but a run, while a full reading of
    the query would cost every request a few hundred microseconds.
    """
    upper = query.upper()
    # Substrings first (STRUUID holds UUID): most queries have none of them, and four
    # substring tests cost a tenth of the search for whole words that settles the rest.
    return any(w in upper for w in ("BNODE", "NOW", "RAND", "UUID")) and \
        _VOLATILE_WORD.search(upper) is not None
