"""Military aid: packages one country gives another.

'the $1.85 billion security assistance package given to Kyiv by Washington', 'Secretary of
State Blinken announced $1.85 billion in military aid to Ukraine', then 'The package will
include a Patriot air-defense system, HIMARS ammunition, ...': an aid package (`gk:AidPackage`,
a kind of deal) whose seller is the donor and whose buyer is the recipient, with its value and
the systems the text lists for it.
"""
from __future__ import annotations

import re

from . import Findings, Lit
from .common import add_sum, agent
from .dates import MONEY_RE, parse_money

AID_WORDS = ("aid", "assistance")
# '$1.85 billion in military aid to Ukraine', 'a new $400 million security assistance package for
# Ukraine', 'the package given to Kyiv by Washington'
AID = re.compile(r"\b(?:military|security|defen[cs]e|weapons|lethal)\s+(?:aid|assistance)(?:\s+package)?"
                 r"(?:\s+(?:worth|valued\s+at)\s+[^.;]{2,30}?)?\s+(?:given\s+|sent\s+|provided\s+|pledged\s+)?"
                 r"(?:to|for)\s+(?:the\s+)?(?=[A-Z])")
GIVEN_BY = re.compile(r"\s+by\s+(?:the\s+)?(?=[A-Z])")
# 'The package will include X, Y and Z', 'The package includes ...', 'It includes ...'
PACKAGE_ITEMS = re.compile(r"^(?:The|This|That)\s+(?:[\w$.-]+\s+){0,4}?(?:package|aid)\s+(?:will\s+)?(?:also\s+)?"
                           r"(?:include|includes|included|contains|consists\s+of)\b")


def apply(f: Findings) -> None:
    package = None
    for s in f.doc.sentences:
        m = AID.search(s.text) if any(w in s.text for w in AID_WORDS) else None
        if m is not None:
            package = _package(f, s, m) or package
        elif package is not None and PACKAGE_ITEMS.match(s.text):
            for w in f.mentions_in(s.start, s.end, "Weapon"):
                if f.entity(w) is not None:
                    f.add(package, "gk:item", f.entity(w), s)


def _package(f: Findings, s, m: re.Match):
    """The package the sentence speaks of: its recipient after 'to', its donor after 'by' or as
    the subject (a country, or the country an official who announces it represents)."""
    recipient = agent(f, s.start + m.end(), s.end)
    by = GIVEN_BY.match(f.text, s.start + m.end() + len(_first_name(f, s.start + m.end(), s.end)))
    donor = agent(f, by.end(), s.end) if by else _donor_before(f, s, m.start())
    if recipient is None or donor is None or recipient is donor:
        return None
    money = _money_near(s.text, m)
    package = next((p for p in reversed(f.events) if p.subclass == "AidPackage"
                    and donor in f.objects(p, "gk:seller")
                    and (recipient in f.objects(p, "gk:buyer") or money is None)   # ('another package of
                    and (money is None or not f.objects(p, "gk:amount")            #  U.S. military aid for the
                         or Lit(money[0], "decimal") in f.objects(p, "gk:amount"))), None)   # Ukrainian army')
    if package is None:
        package = f.event("Deal")
        package.subclass = "AidPackage"
    f.add(package, "gk:seller", donor, s)
    f.add(package, "gk:buyer", recipient, s)
    add_sum(f, package, money, s)
    return package


def _first_name(f: Findings, start: int, end: int) -> str:
    """The text of the first party named at an offset ('Kyiv' in 'Kyiv by Washington')."""
    found = [x for x in f.mentions_in(start, end, "Party") if x.start == start]
    return f.text[start:found[0].end] if found else ""


GIVES = re.compile(r"\b(?:announced|announces|approved|approves|pledged|pledges|sent|sends|provided|provides|"
                   r"gave|gives|unveiled|unveils|promised|promises|delivered|committed|authori[sz]ed|"
                   r"allocated|will\s+(?:send|provide|give))\b")


def _donor_before(f: Findings, s, offset: int):
    """Who gives: the country that opens the clause, or the one its official represents, when a
    verb of giving follows it ('announced $2 billion in military aid to Taiwan'; not 'discussed
    military aid to Ukraine')."""
    clause = max(f.text.rfind(",", s.start, s.start + offset) + 1, s.start)
    if not GIVES.search(f.text, clause, s.start + offset):
        return None
    people = f.mentions_in(clause, s.start + offset, "Person")
    for p in people:
        countries = f.objects(f.entity(p), "gk:represents") if f.entity(p) is not None else []
        if len(countries) == 1:
            return countries[0]
    found = [x for x in f.mentions_in(clause, s.start + offset, "Country", "City") if f.country(x) is not None
             or x.kind == "Country"]
    return (f.country(found[0]) or f.entity(found[0])) if found and not people else None


def _money_near(text: str, m: re.Match):
    """The sum the package is worth, said just before it ('$1.85 billion in military aid', 'the
    $1.85 billion security assistance package') or in it ('worth $400 million')."""
    before = [x for x in MONEY_RE.finditer(text, max(0, m.start() - 70), m.end())
              if re.fullmatch(r"[^;]{0,40}", text[x.end():m.start()])]
    if len(before) >= 2 and re.fullmatch(r"\s*\(", text[before[-2].end():before[-1].start()]):
        before.pop()   # ('300 million Yuan (Rs. 4.5 billion) in military aid': the sum, not its conversion)
    return parse_money(before[-1].group(0)) if before else None
