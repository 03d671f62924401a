"""Spans of an article's text: mentions, sentences, quotes, and the lines written in title
case (headlines), where capital letters say nothing about names.

Every span keeps its character offsets into the article text, because evidence
points into the text by offsets.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    key: str | None = None          # gazetteer key, or a normalised designation
    label: str | None = None        # the name to use when it differs from the text
    attrs: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.label or self.text


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    start: int      # offsets of the quoted words, without the quote marks
    end: int
    text: str


LINE = re.compile(r"[^\n]+")
LONG_WORD = re.compile(r"[A-Za-z][\w-]{3,}")
# A line that opens an item of a list ('- Korean Ungum Corporation (North Korean entity)', '2) ...')
BULLET = re.compile(r"^(?:[-•*–]|\d+[.)])\s+")


SENTENCE_END = set('.!?:;"”’')


@functools.lru_cache(maxsize=4)
def hard_wrapped(text: str) -> bool:
    """Whether the text's lines are wrapped at a width, as wire archives keep them: most
    lines run on into the next without ending a sentence."""
    lines = [line.rstrip() for line in text.split("\n")]
    runs = [(a, b) for a, b in zip(lines, lines[1:]) if a and b]
    if len(runs) < 6:
        return False
    open_ended = sum(1 for a, _ in runs if a[-1] not in SENTENCE_END and 40 <= len(a) <= 100)
    return open_ended >= 0.6 * len(runs)


@functools.lru_cache(maxsize=4)
def headline_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Lines in title case ('Russia in Talks for More S-400 Systems'), where capitals
    say nothing about names; not the items of a list, whose capitals are names. Cached: six finders and rules of one article ask for them."""
    out = []
    for line in LINE.finditer(text):
        words = LONG_WORD.findall(line.group(0))
        if len(words) >= 2 and not line.group(0).rstrip().endswith((".", "”", '"')) and \
                not BULLET.match(line.group(0)) and \
                sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            out.append((line.start(), line.end()))
    return tuple(out)


def in_lines(offset: int, lines: Sequence[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in lines)
