"""Helpers the rule modules share: entities at a place in the text, and the systems a
remark is about."""
from __future__ import annotations

import re
from collections import Counter

from .. import gazetteer
from ..titles import DAYS, MONTHS
from . import GROUPS, Findings, Lit
from .dates import MONEY_RE, parse_money


def entity_at(f: Findings, start: int, end: int, *kinds):
    """The entity of the first mention (of these kinds) between two offsets."""
    found = f.mentions_in(start, end, *kinds)
    return f.entity(found[0]) if found else None


def place_at(f: Findings, offset: int, end: int):
    """The place whose mention starts right at an offset ('in Riyadh', 'from Abdul Kalam Island'),
    or the country a capital there stands for."""
    mention = place_mention_at(f, offset, end)
    return (f.entity(mention) or f.country(mention)) if mention is not None else None


def place_mention_at(f: Findings, offset: int, end: int):
    """The mention of a place that starts right at an offset, if any (where the text goes on
    after it: a capital's country has another name than the words written)."""
    places = f.mentions_in(offset, end, "Where")
    return places[0] if places and places[0].start == offset else None


def clause_systems(f: Findings, s, start: int):
    """The systems a trailing remark is about: those of the same clause or list item."""
    clause_start = max(f.text.rfind(";", s.start, start), f.text.rfind(". ", s.start, start),
                       s.start)
    systems = []
    for m in f.mentions_in(clause_start, start, "Weapon"):
        if re.search(r"\b(?:formerly|previously)\s*$", f.text[clause_start:m.start]):
            continue
        e = f.entity(m)
        if e is not None and e not in systems:
            systems.append(e)
    return systems


def systems_nearby(f: Findings, s):
    """The system an earlier sentence named, when this one speaks of it by a pronoun ('It
    will be built in Gliwice'); none otherwise: 'the first three frigates will be built by
    MHI' may be about another ship than the one last named."""
    if not re.match(r"\s*(?:It|They|These|Both|Each|All)\b", s.text):
        return []
    m = f.last_mention_before(s.start, "Weapon", within=400)
    return [f.entity(m)] if m else []


def place_named(f: Findings, start: int, name: str):
    """The place a capitalised name after 'in' stands for; never a month or a day ('in
    October 2022', 'in May')."""
    if name.split()[0].rstrip(".,") in MONTHS or name.split()[0] in DAYS:
        return None
    inside = [x for x in f.mentions_in(start, start + len(name) + 80) if x.start == start]
    if inside:   # (a name the pattern cut short is still the mention's: 'KS' of 'KS&EW')
        entity = f.entity(inside[0])
        if entity is not None and (entity.kind in ("City", "Region", "Place", "Country")):
            return entity
        return None
    if f.country_named(name) is not None:
        return f.country_named(name)
    return f.new_entity("Place", name)


# A demonym that qualifies no noun names no party: 'Swiss go American after deciding to buy'
PREDICATE_AFTER = re.compile(r"\s+(?:after|before|as|when|while|amid|despite|since|because|over)\b")


# A demonym that says where a thing was made, not who acts: 'fighter aircraft of Russian manufacture'
ORIGIN_AFTER = re.compile(r"\s+(?:manufacture|make|origin|design|production)\b")
# Where a party named next is based: 'UK-based defense company Babcock' is Babcock
BASED_AFTER = re.compile(r"-(?:based|headquartered|registered)\b")


# A demonym in an apposition that says what the party before it is: ', a leading South Korean
# defense company,'
DESCRIBES_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$")
DESCRIBES_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:company|firm|maker|manufacturer|group|contractor|"
                             r"shipbuilder|conglomerate|producer|supplier|giant)\b")


# What a firm's possessive says of the firm named after it: "’s Indian partner", "'s subsidiary"
OWNED_PARTNER = re.compile(r"(?:’s|'s|’)\s+(?:[A-Za-z-]+\s+){0,2}(?:partner|subsidiary|affiliate|unit|arm|"
                           r"division|joint venture)\s+")


SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?$")


def describing(f: Findings, m) -> bool:
    """Whether a demonym only says what the party before it is ('Hanwha Aerospace, a leading
    South Korean defense company, ...'): no party itself."""
    return m.kind == "Demonym" and DESCRIBES_BEFORE.search(f.text, max(0, m.start - 40), m.start) is not None \
        and DESCRIBES_AFTER.match(f.text, m.end) is not None


# A firm the text names only by its country and what it is: 'UK defence manufacturer wins ...'
FIRM_NOUN_AFTER = re.compile(r"(?:’s|'s)?\s+(?:[a-z-]+\s+){0,2}(?:manufacturer|maker|firm|company|contractor|"
                             r"shipbuilder|shipyard|supplier|producer|conglomerate)s?\b")


def _unnamed_firm_of(f: Findings, m, found: list) -> bool:
    """Whether a country's name or demonym opens the description of a firm the text does not
    name there: that firm is the party, not the country."""
    after = FIRM_NOUN_AFTER.match(f.text, m.end)
    if after is None:
        return False
    named = re.match(r"\s*,?\s*", f.text[after.end():after.end() + 3])
    return not any(o.start == after.end() + named.end() and o.kind in ("Company", "JointVenture") for o in found)


def agent(f: Findings, start: int, end: int, first: bool = True):
    """The party named between two offsets: "South Korea's Hanwha" is the company, while
    "Poland's Armament Agency" is Poland, since a government buys through its agencies."""
    found = [m for m in f.mentions_in(start, end, "Party") if m.kind != "MediaOutlet"]   # (not '(IANS)')
    found = [m for m in found if m.kind not in ("City",) or f.country(m) is not None]
    found = [m for m in found if m.kind != "Demonym" or not (PREDICATE_AFTER.match(f.text, m.end)
                                                             or ORIGIN_AFTER.match(f.text, m.end))]
    found = [m for m in found if not BASED_AFTER.match(f.text, m.end)]   # ('UK-based Babcock')
    found = [m for m in found if not _paired(f, m)]   # ('a Russian-Egyptian deal': which buys is not said)
    found = [m for m in found if m.kind not in ("Country", "Demonym") or not _unnamed_firm_of(f, m, found)]
    found = [m for m in found if not describing(f, m)
             and not SOURCE_BEFORE.search(f.text, max(0, m.start - 20), m.start)]   # ('according to US data')
    if not found:
        return None
    m = found[0] if first else found[-1]
    if m.kind in ("Country", "Demonym"):
        owned = re.match(r"(?:’s|'s)?\s+", f.text[m.end:end])
        described = re.match(r"(?:’s|'s)?\s+(?:(?!(?:from|to|by|with|and|or|for|in|on|at|of|via|under)\s)[a-z-]+\s+){1,3}[“\"]?",
                             f.text[m.end:end])   # (not 'ordered by Greece from Dassault'; 'company "Baykar"')
        after = [o for o in found if owned and o.start == m.end + owned.end() and
                 o.kind in GROUPS["Org"] or described and o.start == m.end + described.end()
                 and o.kind in ("Company", "JointVenture")]   # 'British defence firm Babcock'
        if after and after[0].kind != "GovernmentAgency":
            return f.entity(after[0])   # "Poland's PGZ"; but "India's Cabinet Committee" is India
    if m.kind in ("Company", "JointVenture"):   # "Hanwha’s Indian partner L&T": the partner
        partner = [o for o in found if o.kind in ("Company", "JointVenture") and o.start > m.end
                   and OWNED_PARTNER.fullmatch(f.text, m.end, o.start)]
        if partner:
            return f.entity(partner[0])
    if m.kind == "GovernmentAgency":
        owner = [o for o in f.mentions_in(max(0, m.start - 40), m.start, "Country", "Demonym")
                 if re.fullmatch(r"(?:’s|'s|’|')?\s+(?:the\s+)?", f.text[o.end:m.start])]   # ("the Philippines' ministry")
        if owner:
            return f.country(owner[-1])
        of = re.match(r"\s+of\s+(?:the\s+)?", f.text[m.end:end])   # ('Ministry of Defence of the
        country = [c for c in f.mentions_in(m.end, end, "Country")     #  Czech Republic')
                   if of and c.start == m.end + of.end()]
        if country and f.country(country[0]) is not None:
            return f.country(country[0])
        home = home_country(f) if f.entity(m) is not None and GENERIC_MINISTRY.fullmatch(f.entity(m).label) else None
        if home is not None:   # ('NEW DELHI — ... The MoD cleared the program to acquire ...')
            return home
    return f.entity(m) if m.kind != "City" else f.country(m)


def _paired(f: Findings, m) -> bool:
    """'a Russian-Egyptian deal', 'the Indo-Russian contract': a country joined by a hyphen to
    another, which says nothing of which side each is on."""
    if m.kind not in ("Country", "Demonym") or "-" not in f.text[max(0, m.start - 1):m.end + 1]:
        return False
    return any(o.start == m.end + 1 or o.end == m.start - 1
               for o in f.mentions_in(max(0, m.start - 30), m.end + 30, "Country", "Demonym") if o is not m)


# A ministry named with no country, as an article names its own country's
GENERIC_MINISTRY = re.compile(r"(?:Ministry of (?:National )?Defen[cs]e|(?:National )?Defen[cs]e Ministry|"
                              r"MoD|MOD)")


def home_country(f: Findings):
    """The country whose capital (or which itself) the article's dateline names, if any."""
    node = getattr(f, "article_node", None)
    for place in f.objects(node, "gk:datelinePlace") if node is not None else ():
        country = place if place.kind == "Country" else f.governed_from(place.label)
        if country is not None:
            return country
    return None


def mentions_any(text: str, words: tuple[str, ...]) -> bool:
    """A cheap test before a rule's regular expressions: does the text (in lower case) hold
    any of these words?"""
    lower = text.lower()
    return any(w in lower for w in words)


# A subject, an apposition between commas, and the verb after it (and an adverb or two):
# 'The UAE, one of France's biggest customers, also inked'
SUBJECT_APPOSED = re.compile(r"(?P<subject>[^,]+),[^,]+,\s*(?:[a-z]+\s+){0,2}$")


def subject_start(text: str) -> int:
    """Where a sentence's subject starts: after 'The'."""
    return re.match(r"(?:[Tt]he\s+)?", text).end()


def country_spoken_of(f: Findings, s, back: int = 3):
    """The country a sentence's 'the country' means: the one that is the subject of one of the
    few sentences before it ('The Czech Republic has been modernising ... . The country last year
    approved buying ...'), the nearest first."""
    for before in reversed(f.doc.sentences[max(0, s.index - back):s.index]):
        first = f.mentions_in(before.start, before.end, "Country", "Demonym")[:1]
        if first and f.text.startswith(("’s", "'s"), first[0].end):
            continue   # ("Britain's BAE Systems revealed ...": the firm is the subject)
        if first and first[0].start - before.start <= 40 and (first[0].kind == "Country" or re.match(
                r"\s+(?:government|cabinet|authorities)\b", f.text[first[0].end:first[0].end + 20])) \
                and not re.search(r"\b(?:in|to|from|with|of|by|for|at)\s+(?:the\s+)?$",
                                  f.text[before.start:first[0].start]):
            return f.country(first[0])   # (its subject, not 'in the war in Ukraine')
    return None


# Crowns without a demonym are the currency of the country the article is about
CROWNS = {"Czech Republic": "CZK", "Sweden": "SEK", "Norway": "NOK", "Denmark": "DKK"}
# ... and so are pesos ('a 32 billion-peso deal' in a Manila report)
PESOS = {"Philippines": "PHP", "Mexico": "MXN", "Chile": "CLP", "Colombia": "COP", "Argentina": "ARS",
         "Uruguay": "UYU", "Dominican Republic": "DOP", "Cuba": "CUP"}
# ... and so are dollars, which are U.S. dollars unless that country has dollars of its own
DOLLARS = {"Canada": "CAD", "Australia": "AUD", "New Zealand": "NZD"}
# The wires, which write 'A$', 'C$' for other dollars: under their credit a bare '$' is the U.S. dollar
WIRES = {"Reuters", "Associated Press", "Agence France-Presse", "Bloomberg", "UPI", "dpa", "Xinhua"}


def currency_of(f: Findings, code: str):
    """An ISO 4217 code for what a sum was read in. 'Crowns' are the dateline's country's, else
    those of the one country that has them and the text names most; None if no such country.
    A bare '$' is the dollar of the dateline's country, else of the country the text is about
    (an Ottawa report's '$8 billion', an Australian release's '$850 million'), else the U.S. dollar."""
    if code not in ("CROWN", "DOLLAR", "PESO"):
        return code
    table = CROWNS if code == "CROWN" else PESOS if code == "PESO" else DOLLARS
    if code == "DOLLAR" and getattr(getattr(f, "publisher", None), "label", None) in WIRES:
        return "USD"   # ('SYDNEY (Reuters) - ... $1 billion': the dateline's outlet, as the article read it)
    home = home_country(f)
    if home is not None:
        return table.get(home.label, "USD" if code == "DOLLAR" else None)
    named = Counter(c.label for c in (f.country(m) for m in f.doc.mentions if m.kind in ("Country", "Demonym", "City"))
                    if c is not None)   # (a capital names its country: 'Oslo signed ...')
    # (a text about that country names it, its forces and ministries, more than all others together:
    # 'the Royal Australian Navy', "Norway's defence ministry")
    named.update(m.attrs["country"].split(":", 1)[1] for m in f.doc.mentions
                 if m.kind in ("MilitaryBranch", "GovernmentAgency") and "country" in m.attrs)
    if code == "DOLLAR":
        most = named.most_common(1)
        about = most and most[0][0] in DOLLARS and 2 * most[0][1] > sum(named.values())
        return DOLLARS[most[0][0]] if about else "USD"
    crowns = Counter({c: n for c, n in named.items() if c in table}).most_common(1)
    return table[crowns[0][0]] if crowns else None


# 'The $10.4bn (C$14bn) investment': a bare '$' that the text converts into a local dollar is the U.S. one
LOCAL_DOLLARS_AFTER = re.compile(r"(?<![A-Z])\$[\d.,]+\s*(?:bn|billion|million|m|mn)?\s*\(\s*(?:about\s+|around\s+)?"
                                 r"(?:C|CA|CAD|A|AU|AUD|NZ|S|SG|HK|NT)\$")


def add_sum(f: Findings, deal, money, s) -> None:
    """A deal's sum (value, currency as read) and its ISO 4217 currency, unless the deal has a sum
    already; a currency no country resolves ('crowns' of no country) is left out."""
    if money is not None and _title_gave_conversion(f, deal, money, s):
        f.retract(deal, "gk:amount")   # ('Czech Republic signs $630 million deal' over '... is worth 13.7
        f.retract(deal, "gk:currency")  # billion Czech koruna ($630 million)': the sum as the deal was made)
    if money is None or f.objects(deal, "gk:amount"):
        return
    f.add(deal, "gk:amount", Lit(money[0], "decimal"), s)
    code = "USD" if money[1] == "DOLLAR" and LOCAL_DOLLARS_AFTER.search(s.text) else currency_of(f, money[1])
    if code is not None:
        f.add(deal, "gk:currency", Lit(code), s)


def _title_gave_conversion(f: Findings, deal, money, s) -> bool:
    """Whether the deal's sum so far is only the article title's, which this sentence gives as the
    conversion in brackets after the sum it was made in."""
    title_end = f.text.find("\n")
    if title_end < 0 or not f.objects(deal, "gk:amount"):
        return False   # (no sum yet: no claims to look through)
    held = [c for c in f.claims if c.subject is deal and c.predicate == "gk:amount"]
    if len(held) != 1 or title_end < 0 or held[0].start >= title_end or held[0].object == Lit(money[0], "decimal"):
        return False
    sums = list(MONEY_RE.finditer(s.text))
    return any(re.fullmatch(r"\s*\(\s*(?:about\s+|around\s+|some\s+|or\s+)?", s.text[a.end():b.start()])
               and parse_money(a.group(0)) == money and parse_money(b.group(0))[0] == held[0].object.value
               for a, b in zip(sums, sums[1:]))


def dateline_country(f: Findings):
    """The country of the dateline's place ('NEW DELHI, May 29'): the government an unqualified
    ministry of the release belongs to, and the one 'the government' of its text means."""
    for c in f.claims:
        if c.predicate == "gk:datelinePlace":
            place = c.object
            if place.kind == "Country":
                return place
            known = gazetteer.capital_index().get(place.label)
            return f._country_entity(known) if known is not None else None
    return None


def dateline_date(f: Findings):
    """The article's own day (a literal), when its dateline gives a full date; None otherwise."""
    dateline = [c.object for c in f.claims if c.predicate == "gk:datelineDate"]
    return dateline[0] if dateline and getattr(dateline[0], "datatype", None) == "date" else None
