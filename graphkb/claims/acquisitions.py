"""Acquisitions: a company, or a stake in one, bought by another company or a state.

'Kongsberg Gruppen has agreed to buy a 49.9 percent stake in Patria for 272 million euros',
'The Finnish state has agreed to sell 49.9 percent of shares in its defence equipment firm
Patria to Norwegian defence company Kongsberg Gruppen', 'its €1.2 billion acquisition of Spanish
producer Expal Systems': a deal of its own class (`gk:Acquisition`, a kind of deal) whose buyer
is the acquirer, whose seller is whoever sells (when the text says), with the company bought
(gk:acquired), the share bought in per cent (gk:stake) and the price. The deal rules, which know
nothing of companies as goods, may have read the sentence's buyer and price already: that deal
becomes the acquisition.
"""
from __future__ import annotations

import re
from decimal import Decimal

from . import Findings, Lit
from .common import add_sum, agent, mentions_any
from .dates import MONEY_RE, parse_money

ACQUISITION_WORDS = ("acqui", "buy", "bought", "purchas", "stake", "take over", "took over", "takeover",
                     "sell", "sold", "shareholding", "holding in")
# What is bought, up to the company's name: 'a 49.9 percent stake in', '49.9 percent of shares in
# its defence equipment firm', 'Spanish producer', 'a majority stake in'
_STAKE = (r"(?:(?:an?\s+|the\s+)?(?:(?P<stake>\d+(?:\.\d+)?)\s*(?:per\s*cent|percent|%)|majority|minority|"
          r"controlling|remaining)\s+(?:stake\s+|share\s+|holding\s+)?(?:of\s+(?:the\s+)?shares\s+)?(?:in|of)\s+|"
          r"(?:an?\s+|the\s+)?(?:stake|shares?|holding)\s+in\s+)?")
# ... and what the text says the company is, before its name: 'its defence equipment firm',
# 'Spanish producer', 'Norwegian defence company'
# (not a preposition: 'bought from Korea Aerospace Industries' buys from the firm, not the firm)
DESCRIBED = re.compile(r"(?:(?:its|their|the|a|an)\s+|[A-Z][a-z]+(?:’s|'s)\s+)?(?:[A-Z][a-z]+\s+)?"   # ('Italy’s IDV')
                       r"(?:(?!(?:from|to|by|with|for|in|on|at|of|under|via|through|and|or)\s)[a-z-]+\s+){0,4}")
BOUGHT = re.compile(r"\b(?:acquire[sd]?|acquiring|buy|buys|buying|bought|purchase[sd]?|purchasing|"
                    r"take\s+over|takes\s+over|took\s+over|taking\s+over)\s+" + _STAKE)
SOLD = re.compile(r"\b(?:sell|sells|selling|sold)\s+" + _STAKE)
# "its €1.2 billion acquisition of Spanish producer Expal Systems", "Saab's takeover of X"
ACQUISITION_OF = re.compile(r"\b(?:acquisition|purchase|takeover|buyout)\s+of\s+" + _STAKE)
FIRMS = ("Company", "JointVenture")
# 'increase its direct equity shareholding in ... Austal from 9.9% to 19.9%': a stake bought
RAISED = re.compile(r"\b(?:increase[sd]?|increasing|raise[sd]?|raising|lift(?:s|ed)?|boost(?:s|ed)?)\s+(?:its|their|the)\s+"
                    r"(?:[a-z]+\s+){0,2}?(?:stake|shareholding|holding|share)\s+in\s+")
RAISED_TO = re.compile(r"\s+from\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+to\s+(?P<stake>\d+(?:\.\d+)?)\s*"
                       r"(?:%|per\s*cent|percent)")
# A holder's shares in another company: "Airbus' shares of Patria", "Saab's 20 percent stake in X"
SHARES_OF = re.compile(r"(?:’s|'s|'|’)\s+" + _STAKE.removesuffix(")?") + r"|shares?\s+(?:of|in)\s+)")


def apply(f: Findings) -> None:
    for s in f.doc.sentences:
        if not any(w in s.text.lower() for w in ACQUISITION_WORDS):
            continue
        for pattern in (BOUGHT, SOLD, ACQUISITION_OF):
            for m in pattern.finditer(s.text):
                firm = _company_after(f, s.start + m.end())
                owner = SHARES_OF.match(f.text, firm.end) if firm is not None else None
                if owner:   # "bought the French firm Airbus' shares of Patria": from Airbus
                    seller, firm = f.entity(firm), _company_after(f, owner.end())
                else:
                    seller = None
                if firm is not None and f.entity(firm) is not None:
                    _acquisition(f, s, m, pattern, f.entity(firm), firm.end, seller)
        for m in RAISED.finditer(s.text):
            _stake_raised(f, s, m)
        for m in ACQUIRED_BY.finditer(s.text) if "acquired by" in s.text else ():
            _acquired_by(f, s, m)
    if not any(d.subclass == "Acquisition" for d in f.events):
        return
    for s in f.doc.sentences:   # (sentences after an acquisition's, which may say more of it)
        if mentions_any(s.text, DEAL_NOUNS) and PRICE_TOLD.search(s.text):
            _price_told_after(f, s)
        if " sold by " in s.text:
            _sold_by(f, s)


# 'L3Harris officially acquired Aerojet Rocketdyne. ... The completion of the $4.7 billion deal caps
# ...': the price of the acquisition just told
DEAL_NOUNS = ("deal", "acquisition", "takeover", "transaction", "merger", "purchase")
PRICE_TOLD = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:" + MONEY_RE.pattern + r")\s+(?:deal|acquisition|takeover|"
                        r"transaction|merger|purchase)\b")


TALKS_WITH_BEFORE = re.compile(r"\b(?:talks|negotiations?|discussions?)\s+with\s+(?:the\s+)?[A-Z][^.;]{0,40}?\s+to\s+"
                               r"(?:[a-z]+\s+(?:off\s+)?and\s+)?$|"
                               # ('Rheinmetall has reached an agreement with the Lürssen Group on the key terms
                               # for acquiring NVL': the subject buys, from the one it agreed with)
                               r"\b(?:agreement|deal|accord)\s+with\s+(?:the\s+)?[A-Z][^.;]{0,40}?\s+(?:on|for|to)\s+"
                               r"(?:[a-z]+\s+){0,3}?(?:for\s+)?$")
# 'It was sold by the Exor Group': who sold the company whose sale was just told
SOLD_BY = re.compile(r"(?:It|The\s+(?:company|firm|business|unit|group))\s+(?:was|is|will\s+be|is\s+being|has\s+been)\s+"
                     r"sold\s+by\s+(?:the\s+)?")


def _sold_by(f: Findings, s) -> None:
    m = SOLD_BY.match(s.text)
    told = [d for d in f.events if d.subclass == "Acquisition" and f.objects(d, "gk:acquired")
            and any(c.subject is d and c.start < s.start for c in f.claims)]
    seller = agent(f, s.start + m.end(), s.end) if m and told else None
    main = told[0] if told else None   # (the article's own acquisition, told first, not a later bid for a part)
    if seller is not None and seller not in f.objects(main, "gk:acquired") \
            and seller not in f.objects(main, "gk:buyer"):
        f.add(main, "gk:seller", seller, s)


def _price_told_after(f: Findings, s) -> None:
    """The sum a sentence gives 'the $X deal' of, for the acquisition of the last two sentences
    that has none yet."""
    before = f.doc.sentences[max(0, s.index - 2):s.index]
    if not before:
        return
    told = [c.subject for c in f.claims if before[0].start <= c.start < before[-1].end
            and getattr(c.subject, "subclass", None) == "Acquisition" and c.predicate == "gk:acquired"]
    if told and not f.objects(told[-1], "gk:amount"):
        m = MONEY_RE.search(PRICE_TOLD.search(s.text).group(0))
        add_sum(f, told[-1], parse_money(m.group(0)), s)


# 'PZL-Mielec, acquired by Sikorsky in 2007': a firm, then who bought it
ACQUIRED_BY = re.compile(r",\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:later\s+|since\s+)?acquired\s+by\s+(?:the\s+)?")


def _acquired_by(f: Findings, s, m: re.Match) -> None:
    firm = [x for x in f.mentions_in(s.start, s.start + m.start(), *FIRMS) if x.end == s.start + m.start()]
    buyer = agent(f, s.start + m.end(), min(s.end, s.start + m.end() + 60))
    if not firm or f.entity(firm[0]) is None or buyer is None or buyer is f.entity(firm[0]):
        return
    deal = f.event("Deal")
    deal.subclass = "Acquisition"
    f.add(deal, "gk:buyer", buyer, s)
    f.add(deal, "gk:acquired", f.entity(firm[0]), s)
    f.deals.append(deal)


def _stake_raised(f: Findings, s, m: re.Match) -> None:
    """The company whose stake is raised to a share: the last one named before 'from N% to M%'."""
    firms = [x for x in f.mentions_in(s.start + m.end(), s.end, *FIRMS)
             if RAISED_TO.match(f.text, x.end)]
    if firms and f.entity(firms[0]) is not None:
        to = RAISED_TO.match(f.text, firms[0].end)
        _acquisition(f, s, to, BOUGHT, f.entity(firms[0]), firms[0].end, before=s.start + m.start())


def _company_after(f: Findings, offset: int):
    """The company named after an offset, with no more than a description between ('its defence
    equipment firm Patria'), if any."""
    for x in f.mentions_in(offset, offset + 120, *FIRMS):
        if not DESCRIBED.fullmatch(f.text, offset, x.start) or _makes_what_follows(f, x):
            return None
        return x
    return None


def _makes_what_follows(f: Findings, firm) -> bool:
    """'buy the Lockheed Martin F-16V', 'bought Dassault Aviation's Rafale jets': the maker of the
    system named right after it (or after its possessive), not a firm bought."""
    after = f.mentions_in(firm.end, firm.end + 60, "Weapon")
    return bool(after) and re.fullmatch(r"(?:’s|'s)?\s?", f.text[firm.end:after[0].start]) is not None


def _acquisition(f: Findings, s, m: re.Match, pattern: re.Pattern, company, after_name: int,
                 seller=None, before: int | None = None) -> None:
    end = before if before is not None else s.start + m.start()
    before = agent(f, s.start, end, first=False)
    if TALKS_WITH_BEFORE.search(f.text, s.start, end):   # ('Rheinmetall said it was in exclusive talks with
        before = agent(f, s.start, end)                  #  Leonardo to split off and buy ...': the subject)
    if pattern is SOLD:   # 'X agreed to sell N percent of shares in Y to Z': Z buys from X
        to = re.match(r"\s+to\s+", f.text[after_name:s.end])
        buyer = agent(f, after_name + to.end(), s.end) if to else None
        seller = before
    elif pattern is ACQUISITION_OF:   # "its ... acquisition of Y", "Rheinmetall's acquisition of Y"
        owners = _owners_of(f, s, m, after_name)
        buyer = owners[0] if owners else before
    else:
        buyer = before
    if buyer is None or buyer is company:
        return
    co_buyers = owners[1:] if pattern is ACQUISITION_OF else []
    deal = next((d for d in f.deals if d.subclass == "Acquisition" and company in f.objects(d, "gk:acquired")
                 and buyer in f.objects(d, "gk:buyer")), None) or _deal_of(f, s) or f.event("Deal")
    deal.subclass = "Acquisition"
    f.add(deal, "gk:buyer", buyer, s)
    for other in co_buyers:   # ('Hanwha Systems and Hanwha Ocean have finalized their ... acquisition')
        if other is not company:
            f.add(deal, "gk:buyer", other, s)
    if seller is not None and seller is not buyer and seller is not company:
        f.add(deal, "gk:seller", seller, s)
    f.add(deal, "gk:acquired", company, s)
    if m.group("stake"):
        f.add(deal, "gk:stake", Lit(Decimal(m.group("stake")), "decimal"), s)
    money = MONEY_RE.search(s.text)
    price = parse_money(money.group(0)) if money else None
    add_sum(f, deal, price, s)


def _owners_of(f: Findings, s, m: re.Match, after_name: int) -> list:
    """Whose acquisition: the firm whose name has a possessive before it ("Saab's takeover of"),
    or for 'its', the firm or state the sentence names outside the phrase (the subject), and for
    'their', those the subject joins ('Hanwha Systems and Hanwha Ocean ... their acquisition')."""
    head = f.text[max(s.start, s.start + m.start() - 60):s.start + m.start()]
    owned = re.search(r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)(?:’s|'s)\s+(?:[\w$€£.,-]+\s+){0,3}$", head)
    if owned:
        start = s.start + m.start() - len(head) + owned.start(1)
        found = agent(f, start, start + len(owned.group(1)))
        return [found] if found is not None else []
    pronoun = re.search(r"\b(its|their)\s+(?:[\w$€£.,-]+\s+){0,3}$", head)
    if pronoun:
        phrase = s.start + m.start() - len(head) + pronoun.start()
        named = [x for x in f.mentions_in(s.start, s.end, "Company", "Country") if not phrase <= x.start < after_name]
        named = f.coordinated(named) if pronoun.group(1) == "their" else named[:1]
        return [e for e in (f.entity(x) for x in named) if e is not None]
    return []


def _deal_of(f: Findings, s):
    """The deal the deal rules read in this sentence, if any."""
    ids = {id(d) for d in f.deals}
    return next((c.subject for c in f.claims if id(c.subject) in ids and s.start <= c.start < s.end), None)
