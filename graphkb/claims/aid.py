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
from .dates import COUNT_RE, MONEY_RE, parse_count, parse_money
from .deals import _KIND_NOUNS, counted, line_items, quantity_before

AID_WORDS = ("aid", "assistance", "Aid", "Assistance", "package of")
# '$1.85 billion in military aid to Ukraine', 'a new $400 million security assistance package for
# Ukraine', 'the package given to Kyiv by Washington'
AID = re.compile(r"\b(?:(?i:military|security|defen[cs]e|weapons|lethal)\s+(?i:aid|assistance)|"
                 # ('announced a hefty new package of weapons and equipment worth $1 billion to support
                 # Ukrainian forces'): a package by what it holds
                 r"package\s+of\s+(?:weapons|arms|military\s+equipment|equipment|ammunition)(?:\s+and\s+[a-z]+)?)"
                 r"(?:\s+package)?"
                 r"(?:\s+\([A-Z]{2,6}\))?"   # ('Official Security Assistance (OSA) extended by X to Y')
                 r"(?:\s+(?:worth|valued\s+at)\s+[^.;]{2,30}?)?\s+"
                 r"(?:(?:given|sent|provided|pledged|extended)\s+(?P<by>by\s+(?:the\s+)?[^.;]{2,60}?\s+)?)?"
                 r"(?:to|for|to\s+support)\s+(?:the\s+)?(?=[A-Z]|(?P<again>country|nation)\b)")
GIVEN_BY = re.compile(r"\s+by\s+(?:the\s+)?(?=[A-Z])")
# 'The package will include X, Y and Z', 'The package includes ...', 'It includes ...'
PACKAGE_ITEMS = re.compile(r"^(?:The|This|That)\s+(?:[\w$.-]+\s+){0,4}?(?:package|aid)\s+(?:will\s+)?(?:also\s+)?"
                           r"(?:include|includes|included|contains|consists\s+of)\b")


# Between a sum and the package it is said of: 'the 110 million Australian dollars ($73.5m) package'
SUM_THEN_PACKAGE = re.compile(r"\s+(?:\([^()]{1,30}\)\s+)?(?:[\w-]+\s+)?package\b")
# What a package counts of a kind of materiel ('70 military vehicles', '28 medium trucks'), and the
# ammunition it adds ('an additional supply of 105mm artillery ammunition')
COUNTED_KIND = re.compile(rf"(?<![\w.,$€£])(?P<count>{COUNT_RE})\s+(?:additional\s+|more\s+|new\s+)?"
                          rf"(?P<item>(?:[a-z-]+\s+){{0,2}}?{_KIND_NOUNS})\b"
                          r"|\bsupply\s+of\s+(?P<ammo>(?:[\w-]+\s+){0,2}?ammunition)\b")


# Where a package's list opens, and a kind of materiel it lists with no count ('composed of 50
# combat vehicles, anti-tank missiles and the Archer artillery system')
LIST_OPENS = re.compile(r"\b(?:composed\s+of|consisting\s+of|comprising|includ(?:e|es|ed|ing))\s+")
LISTED_KIND = re.compile(rf"(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bof\s)|(?<=\binclude\s)|(?<=\bincludes\s)|"
                         rf"(?<=\bincluding\s))(?P<item>(?:[a-z][\w-]*\s+){{0,2}}?{_KIND_NOUNS})\b(?=\s*(?:,|and\b|\.|$))")


def apply(f: Findings) -> None:
    package = None
    counts: dict = {}
    for s in f.doc.sentences:
        m = AID.search(s.text) if any(w in s.text for w in AID_WORDS) else None
        found = _package(f, s, m) if m is not None else None
        if found is not None:
            package = found
            _items(f, s, package, counts)
        elif package is not None and (PACKAGE_ITEMS.match(s.text) or _donor_sends(f, s, package)):
            _items(f, s, package, counts)
        elif package is not None and not f.objects(package, "gk:amount") and "package" in s.text:
            told = next((x for x in MONEY_RE.finditer(s.text) if SUM_THEN_PACKAGE.match(s.text, x.end())), None)
            worth = PACKAGE_WORTH.match(s.text)
            if told is None and worth:   # ('The package is worth 4.3 billion Swedish crowns ($419 million)')
                told = MONEY_RE.match(s.text, worth.end())
            if told is not None:   # ('announced the 110 million Australian dollars ($73.5m) package')
                add_sum(f, package, parse_money(told.group(0)), s)
        if package is not None and EARLIER_PACKAGE.match(s.text):
            package = None   # ('Ahead of the package presented on Thursday, Sweden had announced ...')
    line_items(f, counts)


# 'The package is worth 4.3 billion Swedish crowns': its sum, said after it
PACKAGE_WORTH = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?package\s+(?:is|was|will\s+be)\s+"
                           r"(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+)?")
# 'Sweden will send about 50 of its Type 90 infantry fighting vehicles': the donor, after the
# package, saying what it gives (to nobody else named)
DONOR_SENDS = re.compile(r"(?P<who>[^,;]{1,40}?)\s+(?:will\s+|would\s+|is\s+to\s+|has\s+|had\s+)?(?:also\s+)?"
                         r"(?:send|give|provide|donate|supply|deliver)s?\b(?![^.;]*\bto\s+(?:the\s+)?[A-Z])")
# 'Ahead of the package presented on Thursday, Sweden had announced ...': an earlier one
EARLIER_PACKAGE = re.compile(r"(?:Ahead\s+of|Before|Prior\s+to)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?package\b")


def _donor_sends(f: Findings, s, package) -> bool:
    m = DONOR_SENDS.match(s.text)
    return m is not None and agent(f, s.start, s.start + m.end("who")) in f.objects(package, "gk:seller")


def _items(f: Findings, s, package, counts: dict) -> None:
    """The systems a package sentence names, and the kinds of materiel it counts, each with
    its count."""
    named = [w for w in f.mentions_in(s.start, s.end, "Weapon") if f.entity(w) is not None]
    for w in named:
        f.add(package, "gk:item", f.entity(w), s)
        count = quantity_before(f.text[max(s.start, w.start - 40):w.start])
        if count is not None:
            counted(f, counts, package, f.entity(w), count, s)
    spans = []
    for m in COUNTED_KIND.finditer(s.text):
        if any(w.start < s.start + m.end() and s.start + m.start() < w.end for w in named):
            continue   # ('28 M113 armoured vehicles': the M113s)
        spans.append(m.span())
        item = f.new_entity("MilitaryEquipment", m.group("item") or m.group("ammo"))
        f.add(package, "gk:item", item, s)
        if m.group("count"):
            counted(f, counts, package, item, parse_count(m.group("count")), s)
    listed = LIST_OPENS.search(s.text)   # ('composed of 50 combat vehicles, anti-tank missiles and ...')
    for m in LISTED_KIND.finditer(s.text, listed.end()) if listed else ():
        if not any(a < m.end() and m.start() < b for a, b in spans) \
                and not any(w.start < s.start + m.end() and s.start + m.start() < w.end for w in named):
            f.add(package, "gk:item", f.new_entity("MilitaryEquipment", m.group("item")), s)


def _package(f: Findings, s, m: re.Match):
    """The package the sentence speaks of: its recipient after 'to', its donor after 'by' or as
    the subject (a country, or the country an official who announces it represents)."""
    recipient = agent(f, s.start + m.end(), s.end) if not m.group("again") else _named_before(f, s, m.start())
    by = GIVEN_BY.match(f.text, s.start + m.end() + len(_first_name(f, s.start + m.end(), s.end)))
    donor = agent(f, by.end(), s.end) if by else agent(f, s.start + m.start("by"), s.start + m.end("by")) \
        if m.group("by") else _donor_before(f, s, m.start())
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
        _drop_deal_told_as_aid(f, s, money)
    _take_deal_told_here(f, s, package, donor, recipient)
    f.add(package, "gk:seller", donor, s)
    f.add(package, "gk:buyer", recipient, s)
    add_sum(f, package, money, s)
    return package


def _drop_deal_told_as_aid(f: Findings, s, money) -> None:
    """The sale the deal rules read in this sentence, of the package's sum and with no seller, is
    the package misread ('the notes for the 1.6 billion yen Official Security Assistance extended
    by the Japanese government to ...' is no purchase by Japan): its claims are taken back."""
    if money is None:
        return
    for deal in [d for d in getattr(f, "deals", []) if Lit(money[0], "decimal") in f.objects(d, "gk:amount")
                 and not f.objects(d, "gk:seller")]:
        told = [c for c in f.claims if c.subject is deal]
        if all(s.start <= c.start < s.end for c in told):
            for predicate in {c.predicate for c in told}:
                f.retract(deal, predicate)
            f.deals.remove(deal)


def _take_deal_told_here(f: Findings, s, package, donor, recipient) -> None:
    """The transfer the deal rules read in the package's own sentence, from the donor to the
    recipient ('decided to send the tenth military aid package to Ukraine, composed of 50 combat
    vehicles, anti-tank missiles and the Archer'), is the package: what they read of it is its."""
    for deal in [d for d in getattr(f, "deals", []) if recipient in f.objects(d, "gk:buyer")
                 and set(f.objects(d, "gk:seller")) <= {donor}]:
        if any(s.start <= c.start < s.end for c in f.claims if c.subject is deal):
            f.merge(deal, package)
            f.deals.remove(deal)


def _named_before(f: Findings, s, offset: int):
    """'70 military vehicles for war-torn Ukraine as part of its latest military assistance package
    for the country': the country the sentence named last before, after its first (the donor)."""
    found = [x for x in f.mentions_in(s.start, s.start + offset, "Country") if f.country(x) is not None]
    return f.country(found[-1]) if len(found) >= 2 else None


def _first_name(f: Findings, start: int, end: int) -> str:
    """The text of the first party named at an offset ('Kyiv' in 'Kyiv by Washington')."""
    found = [x for x in f.mentions_in(start, end, "Party") if x.start == start]
    return f.text[start:found[0].end] if found else ""


GIVES = re.compile(r"\b(?:announced|announces|approved|approves|pledged|pledges|sent|sends|provided|provides|"
                   r"gave|gives|unveiled|unveils|promised|promises|delivered|committed|authori[sz]ed|"
                   r"allocated|(?:will|to)\s+(?:send|provide|give|donate))\b")   # ('decided to send the tenth package')


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
    found = [x for x in f.mentions_in(clause, s.start + offset, "Country", "City", "Demonym", "GovernmentAgency")
             if f.country(x) is not None or x.kind in ("Country", "GovernmentAgency")]   # ('The Swedish government',
    #                                                          'the Defense Department announced a package of ...')
    return (f.country(found[0]) or f.entity(found[0])) if found and not people else None


def _money_near(text: str, m: re.Match):
    """The sum the package is worth, said just before it ('$1.85 billion in military aid', 'the
    $1.85 billion security assistance package') or in it ('worth $400 million')."""
    before = [x for x in MONEY_RE.finditer(text, max(0, m.start() - 70), m.end())
              if re.fullmatch(r"[^;]{0,40}", text[x.end():m.start()])]
    if len(before) >= 2 and re.fullmatch(r"\s*\(", text[before[-2].end():before[-1].start()]):
        before.pop()   # ('300 million Yuan (Rs. 4.5 billion) in military aid': the sum, not its conversion)
    return parse_money(before[-1].group(0)) if before else None
