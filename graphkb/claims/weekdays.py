"""When an event happened, when the text gives only the day of the week.

News writes 'Denmark on Tuesday confirmed the deal', 'the two countries signed the pact on
Thursday', 'paramilitaries on Sunday struck Port Sudan'. The weekday is kept as the text gives
it (gk:dayOfWeek 'Tuesday'), on the deal, agreement, sanction, talks or operation its sentence
states. When the article's dateline gives a full date, a deal that has no signing date of its
own is dated to that weekday on or before the dateline's day (news reports past events by the
weekday of the week just gone); 'will sign on Tuesday', a plan, is not dated.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import Event, Findings, Lit
from .common import dateline_date

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = re.compile(r"\b(?:on|last|this|early|late|since)\s+(?:(?:on|last)\s+)?"
                     rf"(?P<day>{'|'.join(DAY_NAMES)})\b(?!\s*,?\s+(?:\d|[A-Z][a-z]+\s+\d))"
                     rf"|\b(?P<day2>{'|'.join(DAY_NAMES)})(?:’s|'s)\s")
# the day someone spoke of it, not the day it happened: 'the ministry said on Tuesday'
SAID_ON = re.compile(r"\b(?:said|says|told|stated|reported|announced|confirmed)\s+(?:[\w-]+\s+){0,4}$")
DATED = ("gk:signedDate", "gk:dayOfWeek")
# One weekday, one event: the measure a sentence announces before the deal it is about ('The
# Treasury on Thursday sanctioned three firms for supplying drones to Russia')
EVENT_KINDS = ("Sanction", "Cooperation", "Negotiation", "Deal")


def apply(f: Findings) -> None:
    first_said: dict[int, tuple] = {}
    for c in f.claims:
        if _kind(c.subject) is not None and id(c.subject) not in first_said:
            first_said[id(c.subject)] = (c.subject, c.start, c.end, c.modality)
    dated_sentences = set()
    for subject, start, end, modality in sorted(first_said.values(), key=lambda x: _priority(f, x)):
        sentence = f.doc.sentence_at(start).start
        if any(f.objects(subject, p) for p in DATED) or sentence in dated_sentences:
            continue
        day = _weekday(f.text, start, end, subject)
        if day is None:
            continue
        f.add(subject, "gk:dayOfWeek", Lit(day), (start, end), modality)
        dated_sentences.add(sentence)
        if _kind(subject) == "Deal" and modality == "Asserted":
            on = _dated_by_dateline(f, day)
            if on is not None:
                f.add(subject, "gk:signedDate", Lit(on.isoformat(), "date"), (start, end), modality)


# The words that say what happened on the day, near it ('on Tuesday signed', 'signed ... on
# Tuesday'): a weekday by another verb ('on Thursday sanctioned firms for supplying drones')
# is not the supply's
KIND_WORDS = {
    "Deal": r"sign\w*|inked|order\w*|bought|buy\w*|purchas\w*|acqui\w*|award\w*|sold|sell\w*|"
            r"contract\w*|deal|agreement|cleared|approv\w*|confirm\w*|deliver\w*|receiv\w*|handed",
    "Sanction": r"sanction\w*|designat\w*|impos\w*|blacklist\w*|target\w*|list\w*",
    "Cooperation": r"sign\w*|inked|agree\w*|pact|accord|memorandum|MoU|treaty",
    "Negotiation": r"talks|negotiat\w*|met|meet\w*|discuss\w*|held",
    "MilitaryOperation": r"strik\w*|struck|attack\w*|launch\w*|fired|hit|bomb\w*|raid\w*|"
                         r"operation|intercept\w*|shell\w*|conduct\w*|carried|\w*captured|retook|seized|"
                         r"liberated|test-fired|tested|test-launched",
}
KIND_NEAR = {kind: re.compile(rf"\b(?:{words})\b", re.I) for kind, words in KIND_WORDS.items()}


def _kind(subject) -> str | None:
    """The kind of event a weekday may date: an event of EVENT_KINDS or an operation."""
    kind = getattr(subject, "kind", None)
    return kind if kind in KIND_WORDS and (isinstance(subject, Event) or kind == "MilitaryOperation") \
        else None


def _priority(f: Findings, said: tuple) -> tuple:
    kind = _kind(said[0])
    return (f.doc.sentence_at(said[1]).start,
            EVENT_KINDS.index(kind) if kind in EVENT_KINDS else len(EVENT_KINDS))


def _weekday(text: str, start: int, end: int, subject) -> str | None:
    kind = _kind(subject)
    for m in WEEKDAY.finditer(text, start, end):
        before = KIND_NEAR[kind].search(text, max(start, m.start() - 80), m.start())
        after = KIND_NEAR[kind].match(text, m.end() + 1, min(end, m.end() + 30)) or \
            KIND_NEAR[kind].search(text, m.end(), min(end, m.end() + 25))
        if not (before or after):
            continue
        said = SAID_ON.search(text, max(start, m.start() - 40), m.start())
        if said and kind != "Sanction":
            continue   # (a sanction is what was announced: its day is the announcement's)
        return m.group("day") or m.group("day2")
    return None


def _dated_by_dateline(f: Findings, day: str) -> date | None:
    """The weekday on or before the article's own date, when its dateline gives a full one."""
    dateline = dateline_date(f)
    if dateline is None:
        return None
    published = date.fromisoformat(str(dateline.value))
    back = (published.weekday() - DAY_NAMES.index(day)) % 7
    return published - timedelta(days=back)
