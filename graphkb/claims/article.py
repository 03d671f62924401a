"""The article itself: its title, publisher, dateline place and date.

A headline is the first line when it does not read as a sentence (after a press release's
'FOR IMMEDIATE RELEASE' line, which may give the date). A dateline is
'PLACE, DATE (OUTLET):' or 'PLACE, DATE -' at the start of the first paragraph, or
a line that holds only a date. A sidecar's ``publisher`` is used when the text
names none.
"""
from __future__ import annotations

import re

from . import Findings, Lit
from .dates import DATE_RE, parse_date
from .. import gazetteer
from ..spans import dateline, hard_wrapped

# 'By Matthew Knott', 'By John Revill and Tim Hepher': who wrote it, not what it is called
BYLINE = re.compile(r"By\s+[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&|,))*\s*$")
# '• Kyodo', '(AFP)': a wire's credit line, no title
CREDIT = re.compile(r"[•·*(]?\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s*\)?\s*$")
# A paragraph that opens with the date alone before a dash: 'June 19, 2024 - The German Navy will ...'
DATE_OPENS_PARAGRAPH = re.compile(r"^(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})"
                                  r"\s*(?:-{1,3}|—|–)\s+(?=[A-Z])", re.M)
DATE_LINE = re.compile(r"^\s*(?P<date>.{4,30}?)\s*$", re.M)


class ArticleNode:
    """The article as a node of the graph."""
    kind = cls = "Article"

    def __init__(self, iri: str, article_id: str):
        self.iri = iri
        self.article_id = article_id


def apply(f: Findings) -> None:
    article = f.doc.article
    node = ArticleNode(article.iri, article.id)
    f.article_node = node
    f.publisher = None
    text = f.text
    release = RELEASE_LINE.match(text) or STAMP_LINE.match(text) or POSTED_LINE.match(text)
    first = FIRST_LINE.match(text, release.end() if release else 0)
    span = None
    if first:
        line = first.group(1).strip()
        start = first.start(1)
        span = (start, start + len(line))
        bare = line.rstrip("\"”’'")
        if not bare.endswith((".", ":", "!", "?")) and len(line) < 250 and \
                not dateline(line + " ", gazetteer.capital_index()) and not BYLINE.match(line) \
                and not CREDIT.match(line) and not _runs_on(text, first.end(1)):
            f.add(node, "dct:title", Lit(line), span, "Asserted")
    _dateline(f, node, text[:1500])
    if f.publisher is None and article.meta.get("publisher"):
        f.publisher = f.new_entity("Organization", article.meta["publisher"])
        f.add(node, "dct:publisher", f.publisher, span or (0, 1), "Asserted")


def _runs_on(text: str, end: int) -> bool:
    """A first line that a text wrapped at a width runs on into the next: no headline."""
    return hard_wrapped(text) and text.startswith("\n", end) and text[end + 1:end + 2].strip() != ""


# 'Posted On: 20 DEC 2024 5:42PM by PIB Delhi', 'Published: March 3, 2025'
# (and a press release's first line: 'FOR IMMEDIATE RELEASE | Thursday, April 11, 2024 | ...')
POSTED = re.compile(r"^\s*(?:Posted [Oo]n|Published(?: [Oo]n)?|Updated|Dated?|Released|"
                    r"(?:FOR IMMEDIATE RELEASE|For Immediate Release)\s*[|:–-]?)\s*:?\s*"
                    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?", re.M)
FIRST_LINE = re.compile(r"\s*([^\n]+)")
# A first line that only says when the page was posted ('Published 11 July 2023')
POSTED_LINE = re.compile(r"\s*(?:Posted [Oo]n|Published(?: [Oo]n)?|Updated(?: [Oo]n)?)\s*:?[ \t]+[^\n]{0,40}?\b\d{4}\b"
                         r"[^\n]{0,20}\n")
# A press release's first line, which holds no title ('FOR IMMEDIATE RELEASE | ...')
RELEASE_LINE = re.compile(r"\s*(?:FOR IMMEDIATE RELEASE|For Immediate Release)\b[^\n]*\n")
# A first line that is only when the page was posted ('2021-05-10 at 16h09', '3 March 2025, 10:30')
STAMP_LINE = re.compile(r"\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"
                        r"(?:\s*(?:at|,|-|–)?\s*\d{1,2}[:h.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?[ \t]*\n")


def _dateline(f: Findings, node, head: str) -> None:
    m = dateline(head, gazetteer.capital_index())
    if m and m.start() < 600:
        span = (m.start(), m.end())
        place = _place(f, m.group("place"), m.start("place"))
        if place is not None:
            f.add(node, "gk:datelinePlace", place, span, "Asserted")
        if m.group("date"):
            f.add(node, "gk:datelineDate", parse_date(m.group("date")), span, "Asserted")
        if m.group("outlet") or m.group("wire"):
            which = "outlet" if m.group("outlet") else "wire"
            f.publisher = _outlet(f, m.group(which), m.start(which))
            f.add(node, "dct:publisher", f.publisher, span, "Asserted")
        if m.group("date"):
            return
    for line in POSTED.finditer(head):
        date = DATE_RE.match(head, line.end())
        if date and (date.group("y1") or date.group("y2") or date.group("y3")):
            f.add(node, "gk:datelineDate", parse_date(date.group(0)), (date.start(), date.end()),
                  "Asserted")
            return
    opening = DATE_OPENS_PARAGRAPH.search(head)
    date = DATE_RE.fullmatch(opening.group("date")) if opening else None
    if date and (date.group("y1") or date.group("y2") or date.group("y3")):   # ('June 19, 2024 - The Navy ...')
        f.add(node, "gk:datelineDate", parse_date(opening.group("date")), (opening.start("date"), opening.end("date")),
              "Asserted")
        return
    for line in DATE_LINE.finditer(head):
        date = DATE_RE.fullmatch(line.group("date"))
        if date:
            f.add(node, "gk:datelineDate", parse_date(line.group("date")),
                  (line.start("date"), line.end("date")), "Asserted")
            return


def _place(f: Findings, name: str, start: int):
    for mention in f.mentions_in(start, start + len(name)):
        entity = f.entity(mention)
        if entity is not None and entity.kind in ("City", "Country", "Region", "Place"):
            return entity
    if name.isupper():
        name = name.title()
    named = next((e for e in f.resolved.entities if e.kind == "City" and e.label.lower() == name.lower()), None)
    if named is not None:   # ('ABU DHABI, Feb 17 (Reuters)': the city the text names again, whatever
        return named        #  else the capitals were read as there)
    known = gazetteer.by_name().get(name)
    if known is not None and known.kind == "City":
        return f.new_entity("City", known.label, key=known.key)
    return f.new_entity("City", name, key=f"place:{name.lower()}")


def _outlet(f: Findings, name: str, start: int):
    for mention in f.mentions_in(start, start + len(name)):
        entity = f.entity(mention)
        if entity is not None and entity.kind in ("MediaOutlet", "Organization", "Company"):
            entity.kind = "MediaOutlet" if entity.kind != "Company" else entity.kind
            return entity
    return f.new_entity("MediaOutlet", name)
