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


# 'PLACE, DATE (OUTLET):', 'PLACE, DATE -', 'SEOUL (Yonhap) -' at the start of a line
DATELINE = re.compile(
    r"^(?P<place>[^\W\d_a-z][^\W\d_]*\.?(?:[ -][^\W\d_a-z][^\W\d_]*\.?){0,3})"   # 'LINKÖPING'
    r"(?:, (?:[A-Z][a-z]+\.?|D\.?C\.?))?"
    r"(?:,? (?P<date>[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+(?: \d{4})?))?"
    r"(?: \((?P<outlet>[^)]{2,60})\)|\. /(?P<wire>[A-Za-z-]{2,20})/\.?)?\s*(?:(?P<sep>:|-{1,3}|—|–)"
    r"(?:\s|(?(outlet)(?=[A-Z])|(?!)))"   # ('PRAGUE (Reuters) -The Czech government')
    r"|(?<=\)) (?=[A-Z])|(?<=/\.) (?=[A-Z])|(?<=/) (?=[A-Z]))", re.M)   # ('MOSCOW, September 9. /TASS/. A')
# Words that open a headline in capitals the way a place opens a dateline ('INTERVIEW: ...')
KICKERS = {"INTERVIEW", "EXCLUSIVE", "ANALYSIS", "UPDATE", "FACTBOX", "BREAKING", "OPINION",
           "EXPLAINER", "WRAPUP", "INSIGHT", "COLUMN", "EDITORIAL", "FEATURE", "PREVIEW",
           "CORRECTED", "REFILE", "FOCUS", "LEAD", "URGENT", "WATCH", "LIVE", "COMMENT",
           "PRESS RELEASE", "NEWS RELEASE", "MEDIA RELEASE", "STATEMENT", "READOUT", "NOTICE",
           "PHOTOS", "VIDEO", "REPORT"}


def dateline(text: str, capitals) -> re.Match | None:
    """The first dateline of a text: one that names a date or an outlet, or whose place is in
    capitals ('WASHINGTON -') or is a capital city before a colon ('Riyadh: Under'), and is no
    headline's kicker ('INTERVIEW:'). The article reads its place, date and outlet from it; the
    mention cues read the country of its capital ('NEW DELHI: ... delivered to the Army')."""
    for m in DATELINE.finditer(text):
        if m.group("place").upper() in KICKERS:
            continue
        if not m.group("sep") and not (m.group("date") and (m.group("place").isupper() or m.group("outlet"))):
            continue   # 'NEW DELHI, Feb 10 (PTI) Lockheed ...' and 'New Delhi, July 25 (IANS) The ...' need
            #            no dash, 'India (the buyer) signed' is no dateline
        if m.group("date") or m.group("outlet") or m.group("place").isupper() \
                or m.group("sep") == ":" and m.group("place") in capitals:
            return m
    return None
