"""Signatories of deals and agreements the article does not name.

'Defence Secretary X on Monday signed a deal with the US Secretary of Defense Y': X and Y
signed the agreement that sentence reports (a deal or a cooperation). Named agreements get
their signatories in ``talks``; this reads the sentences that report an unnamed one.
"""
from __future__ import annotations

import re

from . import Findings
from .quotes import SPEECH
from .talks import SIGN, signers_before

SIGNED_KINDS = ("Deal", "Cooperation")
# 'signed a deal with the US Secretary of Defense Y', '... with his Indian counterpart, Y': the
# other signer, named after 'with' before the clause ends
WITH = re.compile(r"\bwith\s+(?P<who>(?:[^.;]|(?<=\b[A-Z])\.){0,90}?)"   # ('Lloyd J. Austin III')
                  r"(?=(?<!\b[A-Z])\.|;|,\s+(?:which|who|that|ratifying|under|to)\b|"
                  r"\s+(?:to|for|on|in|at|that|which|ratifying|under|worth)\b|$)")

# ... not when the verb is passive ('the contract was signed'), nor when the people before it
# only speak of it ('X told reporters that the contract, signed with Qatar in 2023, ...')
NOT_THE_SIGNING = re.compile(rf"\b(?:was|were|been|being|is|are|be)\s+\w+$|"
                             rf"\b(?:that|{SPEECH})\b", re.I)


# '... held a meeting with Y, a month after Indonesia sealed a deal': a clause of its own, whose
# subject signed, not the people of the sentence
OTHER_SUBJECT = re.compile(r"\b(?:after|before|since|following|when)\s+(?:the\s+)?[A-Z][\w’'.-]*")


def _other_subject(f: Findings, s, verb: int) -> bool:
    people = f.mentions_in(s.start, s.start + verb, "Person")
    return bool(people) and OTHER_SUBJECT.search(f.text, people[-1].end, s.start + verb) is not None


# 'The agreement, signed by X, Chairperson of A, and Y, ... at B, aims to ...': the signers of
# the agreement the sentence before reported
SIGNED_BY = re.compile(r"^(?:The|This)\s+(?:[\w-]+\s+)?(?:agreement|deal|contract|memorandum|MoU|accord|pact|treaty)"
                       r",?\s+(?:which\s+was\s+|was\s+|were\s+)?signed\s+by\s+(?P<who>[^;]+?)(?=,?\s+(?:aims|will|is|was|"
                       # (not those it was signed before: '..., in the presence of German Chancellor X')
                       r"calls|covers|includes|provides|seeks|in\s+the\s+presence\s+of|before|witnessed)\b|[.;]|$)")


# 'According to the deal, inked by Defense Minister X and U.S. Ambassador Y, Prague will ...'
DEAL_SIGNED_BY = re.compile(r"\b(?:the|this)\s+(?:agreement|deal|contract|accord|pact),\s+(?:signed|inked)\s+by\s+"
                            r"(?P<who>[^;]+?),\s+(?=[A-Z])")


def apply(f: Findings) -> None:
    reported = _events_by_sentence(f)
    for s in f.doc.sentences:
        events = reported.get(s.index, [])
        by = SIGNED_BY.match(s.text) if "signed by" in s.text else None
        by = by or (DEAL_SIGNED_BY.search(s.text) if " by " in s.text else None)
        earlier = events or reported.get(s.index - 1, []) or (_told_before(reported, s.index) or _only_one(reported)
                                                               if by else [])
        if by and len(earlier) == 1:
            for x in f.mentions_in(s.start + by.start("who"), s.start + by.end("who"), "Person"):
                if f.entity(x) is not None:
                    f.add(earlier[0], "gk:signatory", f.entity(x), s)
            continue
        if not events and THE_AGREEMENT_SIGNED.search(s.text):   # 'X and Y, the French minister of
            events = _told_before(reported, s.index)                  #  armed forces, signed the agreement'
        sign = SIGN.search(s.text) if len(events) == 1 else None
        if sign is None or NOT_THE_SIGNING.search(s.text[:sign.end()]) \
                or INTO_LAW.match(s.text, sign.end()) or _other_subject(f, s, sign.start()) \
                or f.mentions_in(s.start, s.end, "Agreement"):
            continue   # (a named agreement has its signatories read in talks)
        signers = signers_before(f, s, sign)
        after = WITH.search(s.text, sign.end())
        if after and signers:
            people = f.mentions_in(s.start + after.start("who"), s.start + after.end("who"), "Person")
            if len(people) == 1 and f.entity(people[0]) is not None:
                signers.append(f.entity(people[0]))
        for person in dict.fromkeys(signers):
            f.add(events[0], "gk:signatory", person, s)


# 'Biden signed the foreign security aid package Bill into law, the Defense Department announced a
# package ...': a law signed, not the deal
INTO_LAW = re.compile(r"[^.;]{0,80}?\binto\s+law\b")


# 'X and Y signed the agreement': the agreement reported a few sentences before
THE_AGREEMENT_SIGNED = re.compile(r"\b(?:signed|inked)\s+the\s+(?:agreement|deal|contract|accord|pact)\b")


def _told_before(reported: dict[int, list], index: int) -> list:
    """The deal or cooperation the nearest of the six sentences before reports, if only one."""
    for before in range(index - 1, max(-1, index - 7), -1):
        if reported.get(before):
            return reported[before] if len(reported[before]) == 1 else []
    return []


def _only_one(reported: dict[int, list]) -> list:
    """The one deal or cooperation the whole article reports, if it reports only one ('The pact
    was signed by X and Y', told before the sentence the pact is read from)."""
    events = {id(e): e for found in reported.values() for e in found}
    return list(events.values()) if len(events) == 1 else []


def _events_by_sentence(f: Findings) -> dict[int, list]:
    """The deals and cooperations each sentence gives a claim about."""
    out: dict[int, list] = {}
    for c in f.claims:
        if getattr(c.subject, "kind", None) in SIGNED_KINDS and c.subject.__class__.__name__ == "Event":
            index = f.doc.sentence_at(c.start).index
            if c.subject not in out.setdefault(index, []):
                out[index].append(c.subject)
    return out
