"""Systems in service: who operates a system, where its export is explored, and the
names a platform had before."""
from __future__ import annotations

import re

from . import Findings, Lit
from .. import entities, gazetteer
from .common import mentions_any, subject_start
from .dates import COUNT_RE, parse_count
from .deals import deal_before
from ..cues import SHIP
from ..mentions import SHIP_KINDS



def apply(f: Findings) -> None:
    _variants(f)
    for s in f.doc.sentences:
        _former_names(f, s)
        _operators(f, s)
        if "’s" in s.text or "'s" in s.text:
            _branch_owns(f, s)
        _own_the_system(f, s)
        _export_markets(f, s)
        _ship_classes(f, s)


def _variants(f: Findings) -> None:
    """'44 Leopard 2A8 tanks': the variant is a variant of the system it is named after, said
    where the text first names it."""
    for entity in f.resolved.entities:
        if entity.key.startswith("variant:") and entity.mentions:
            first = entity.mentions[0]
            base = base_system(f, first.attrs["variant_of"], entity.kind, first.attrs["base_name"])
            f.add(entity, "gk:variantOf", base, f.doc.sentence_at(first.start))


def base_system(f: Findings, key: str, kind: str, name: str):
    """The system a variant's mention was found as ('Leopard 2' for 'Leopard 2A8'): the
    article's own entity for it, or the gazetteer's."""
    if key.startswith("designation:"):
        known = entities.known_designation(key.split(":", 1)[1])
    else:
        known = gazetteer.by_key().get(key)
    if known is not None:
        return f.known_entity(known)
    return f.new_entity(kind, name, key=key)   # (a designation graphkb does not know, as written)


# 'The U.S. regularly trains with the HIMARS, but Australia and Singapore now own the system as
# well': the countries that own the system just named operate it
OWN_THE_SYSTEM = re.compile(r"\s+(?:now\s+|also\s+|already\s+)?(?:own|owns|operate|operates|field|fields|use|uses)\s+"
                            r"the\s+(?:same\s+)?systems?\b")
CLAUSE_OPENING = re.compile(r"(?:^|,\s+(?:but|and|while|whereas)\s+|;\s+)(?:the\s+)?", re.I)


def _own_the_system(f: Findings, s) -> None:
    m = OWN_THE_SYSTEM.search(s.text) if "system" in s.text else None
    if m is None:
        return
    opening = [o for o in CLAUSE_OPENING.finditer(s.text, 0, m.start())][-1:]
    start = s.start + (opening[0].end() if opening else 0)
    owners = f.coordinated(f.mentions_in(start, s.start + m.start(), "Country", "MilitaryBranch"))
    if not owners or owners[0].start != start or owners[-1].end != s.start + m.start():
        return   # (the clause's subject, whole: 'Australia and Singapore')
    system = f.last_mention_before(start, "Weapon", within=400)
    if system is None or f.entity(system) is None:
        return
    for owner in owners:
        entity = f.country(owner) if owner.kind == "Country" else f.entity(owner)
        if entity is not None:
            f.add(f.entity(system), "gk:operator", entity, s)


# What stands between a class and a ship of it: 'the Kolkata-class destroyer INS Chennai'
CLASS_THEN_SHIP = re.compile(r"\s+(?:[a-z-]+\s+){0,3}|"
                             r"\)?(?:\s*\([^)]{1,20}\))?,?\s+(?:named|christened|dubbed|called)\s+(?:the\s+)?")
# ... and between a ship and its class: 'USS Delaware (SSN 791), the 18th submarine of the
# Virginia class', 'HMS Glasgow, the first of eight Type 26 frigates', 'INS Imphal, a Kolkata-class'
SHIP_THEN_CLASS = re.compile(r"(?:\s*\([^)]{1,20}\))?,\s+(?:the|a|an|one)\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?)?")


def _ship_classes(f: Findings, s) -> None:
    """A named ship and the class it belongs to, when the text puts them side by side."""
    vessels = []
    for m in f.mentions_in(s.start, s.end, "Weapon"):
        if getattr(f.entity(m), "kind", None) not in SHIP_KINDS \
                or vessels and f.entity(vessels[-1]) is f.entity(m):   # its hull number: '(SSN 791)'
            continue
        vessels.append(m)
    for a, b in zip(vessels, vessels[1:]):
        between = f.text[a.end:b.start]
        if not _named_ship(a) and _named_ship(b) and CLASS_THEN_SHIP.fullmatch(between):
            f.add(f.entity(b), "gk:shipClass", f.entity(a), s)
        elif _named_ship(a) and not _named_ship(b) and SHIP_THEN_CLASS.fullmatch(between):
            f.add(f.entity(a), "gk:shipClass", f.entity(b), s)


def _named_ship(m) -> bool:
    """A ship named with its navy's prefix ('INS Chennai'), not a class ('Kolkata-class')."""
    return SHIP.match(m.text) is not None or bool(m.attrs.get("named"))


FORMERLY = re.compile(r"\(?\b(?:formerly(?: (?:known as|named|called))?|(?:previously|originally) (?:known as|named|called)|"
                      # ('16 H225M (earlier EC725 Caracal) helicopters'; not 'and previously the
                      # Conservative government')
                      r"(?<=\()earlier)\s+"
                      r"(?:the\s+)?(?:[A-Z][\w.-]+(?: [A-Z][\w.-]+){0,2}(?:’s|'s)\s+)?"   # 'the Soviet Navy's'
                      r"(?P<old>[A-Z][\w-]+(?: [A-Z][\w-]+){0,4})")


FORMER_WORDS = ('formerly', 'previously', 'originally', '(earlier ')


def _former_names(f: Findings, s) -> None:
    if not mentions_any(s.text, FORMER_WORDS):
        return
    for m in FORMERLY.finditer(s.text):
        before = f.mentions_in(s.start, s.start + m.start(), "Weapon", "Org", "Where")
        if not before:
            continue
        entity = f.entity(before[-1])
        old = m.group("old")
        f.add(entity, "gk:formerName", Lit(old), s)
        entity.aliases.add(old)


OPERATED = re.compile(r"\b(?:(?:deployed|operated|used|fielded|flown|in service)\s+(?:\w+\s+){0,2}?"
                      r"(?:by|with)|in\s+service\s+in)\s+(?:the\s+)?")   # ('in service in India, Australia, ...')


JOINED_FLEET = re.compile(r"\b(?:joined|joins|join|entered|enters|inducted\s+into)\s+(?:the\s+)?(?=[A-Z])")
FLEET_AFTER = re.compile(r"(?:’s|'s)?\s+(?:fleet|inventory|service)\b")
FLEET_WAS = re.compile(r"(?:’s|'s)?\s+(?:fleet|inventory|service)\s+(?:was|were|is|are|will\s+be)\s+(?:the\s+)?")
FLEET = re.compile(r"\b(?P<whose>its|their|[A-Z][\w.]+(?:’s|'s))\s+(?:\w+\s+){0,2}fleet of\s+")


OPERATES = re.compile(r"\b(?:operates|operate|operated|flies|fly|fields|field|uses|deploys|"
                      r"inducted|commissioned|(?<=\bfor )(?:commissioning|inducting))\s+"
                      r"(?:its\s+|their\s+|the\s+|an?\s+(?:\w+\s+)?fleet\s+of\s+)?"
                      # ('commissioned two state-of-the-art stealth frigates, INS Udaygiri and INS Himgiri';
                      # 'praised the Indian Navy for commissioning two advanced stealth frigates — INS X and INS Y')
                      r"(?:[\w-]+\s+){0,2}?(?:(?:[\w-]+\s+){1,3}(?:frigates|corvettes|destroyers|submarines|ships|"
                      r"vessels|warships|boats|aircraft|jets|helicopters)(?:,|\s+[—–])\s+)?(?=[A-Z])")
# 'INS Udaygiri and INS Himgiri were commissioned into the Indian Navy': the service they joined
COMMISSIONED_INTO = re.compile(r"\b(?:was|were|has\s+been|have\s+been|being|been)\s+(?:formally\s+|officially\s+)?"
                               r"(?:commissioned|inducted)\s+into\s+(?:the\s+)?(?=[A-Z])")


# 'the Indian Navy will get 15 Sea Guardian drones, while the Indian Air Force and the Indian Army
# will each get eight Sky Guardian drones': how a deal's systems are shared among services
GETS = re.compile(rf"\b(?:will|would|are\s+to|is\s+to|are\s+set\s+to|is\s+set\s+to)\s+(?:each\s+|also\s+)?"
                  rf"(?:get|receive)\s+(?:{COUNT_RE})\s+(?:more\s+|additional\s+|new\s+)?")
OWNED_SHIP = re.compile(r"(?:’s|'s)\s+(?:[a-z-]+\s+){0,4}"
                        # ('The German Navy frigate Hessen')
                        r"|\s+(?:frigate|destroyer|corvette|submarine|warship|ship|vessel|patrol\s+vessel|"
                        r"aircraft\s+carrier|carrier|(?:patrol\s+)?(?:vessels|ships))\s+")   # ('Philippine Coast Guard
#                                                          patrol vessels BRP Malabrigo (MRRV-4402) and BRP Cabra')
# (not "Ethiopia's forces used X": what its forces did)
COUNTRY_SHIP = re.compile(r"(?:’s|'s)\s+(?:(?!(?:forces|troops|military|army|navy|used|uses|deployed|sent)\b)[a-z-]+\s+){0,4}")
# A clause whose subject is a pronoun: the system the sentence before opened with
IT_OPENS = re.compile(r"(?:It|They)\s+(?:\w+\s+){0,3}$")
OWN_SYSTEM = re.compile(r"\b(?:its|their)\s+(?:own\s+)?")
ANAPHOR = re.compile(r"\b(?:the|these|this|its|those)\s+(?:multi-?role\s+|twin-engined?\s+|single-engined?\s+)?"
                     r"(?P<noun>missiles?|systems?|jets?|aircraft|types?|"   # ('the multi-role type is also flown by')
                     r"helicopters?|tanks?|ships?|vessels?|drones?|rifles?|weapons?|submarines?|"
                     r"frigates?|corvettes?|destroyers?|fighters?|howitzers?|guns?)"
                     r"(?:\s+(?:already|now|also|currently|still|\w+ly|being|been|is|are|was|were|will|"
                     r"would|be|have|has|had|to))*\s*$",
                     re.I)


OPERATOR_WORDS = ('its ', 'their ', 'deploy', 'operat', 'used', 'uses', 'use ', 'field', 'flown',
                  'flies', 'fly', 'in service', 'fleet', 'inducted', 'commissioned', 'commissioning', ' for ', ' get ',
                  ' receive ')


# A force's own system, its acronym or a count between: "the Japan Ground Self-Defence Force’s (JGSDF)
# H225 fleet", "the Air Self-Defense Force’s two PAC-3 launchers"
OWNED_FLEET = re.compile(rf"(?:’s|'s)\s+(?:\([A-Z]{{2,6}}\)\s*)?(?P<count>(?:{COUNT_RE})\s+)?")


def _navy_ships(f: Findings, s) -> None:
    """"the Royal Australian Navy’s HMAS Darwin", "the Indian Navy's newest destroyer INS Imphal",
    "the Japan Ground Self-Defence Force’s (JGSDF) H225 fleet"."""
    for branch in f.mentions_in(s.start, s.end, "MilitaryBranch"):
        owned = OWNED_SHIP.match(f.text, branch.end)
        ship = [x for x in f.mentions_in(owned.end(), s.end, *SHIP_KINDS) if x.start == owned.end()] if owned else []
        if ship and re.search(r"(?:vessels|ships|’s|'s)\s+$", owned.group(0)):   # (a run of them: 'Philippine
            ship = f.coordinated(f.mentions_in(ship[0].start, s.end, *SHIP_KINDS))   # Coast Guard patrol vessels
            #                                                     BRP Malabrigo (MRRV-4402) and BRP Cabra')
        fleet = OWNED_FLEET.match(f.text, branch.end)
        ship = ship or ([x for x in f.mentions_in(fleet.end(), s.end, "Weapon") if x.start == fleet.end()
                         and (fleet.group("count") or FLEET_AFTER.match(f.text, x.end))] if fleet else [])
        for x in ship if f.entity(branch) is not None else ():
            if f.entity(x) is not None:
                f.add(f.entity(x), "gk:operator", f.entity(branch), s)
    for country in f.mentions_in(s.start, s.end, "Country") if "’s" in s.text or "'s" in s.text else ():
        owned = COUNTRY_SHIP.match(f.text, country.end)   # ("China's other aircraft carrier Liaoning": the
        ship = [x for x in f.mentions_in(owned.end(), s.end, *SHIP_KINDS)   # country's own ship)
                if x.start == owned.end()] if owned else []
        if ship and f.entity(ship[0]) is not None and f.country(country) is not None:
            f.add(f.entity(ship[0]), "gk:operator", f.country(country), s)


def _operators(f: Findings, s) -> None:
    _navy_ships(f, s)
    if not mentions_any(s.text, OPERATOR_WORDS):
        return
    for m in OPERATED.finditer(s.text):
        start = s.start + m.end()
        tail = f.text[start:s.end]
        stop = re.search(r"[.;]|\s(?:and|while|but)\s+(?![A-Z])", tail)
        operators = f.mentions_in(start, start + (stop.start() if stop else len(tail)),
                                  "MilitaryBranch", "Country", "Demonym", "ArmedGroup")
        system = subject_system(f, s, s.start + m.start())
        if system is None or not operators or operators[0].start - start > 20 \
                or _other_noun_between(f, s, system, s.start + m.start()):
            continue
        for op in f.coordinated(operators):   # 'used by the Army and the Navy', not the rest
            entity = f.entity(op)
            if entity is not None:
                f.add(system, "gk:operator", entity, s)
    for m in OPERATES.finditer(s.text):
        users = [u for u in f.mentions_in(s.start, s.start + m.start(), "MilitaryBranch", "Country",
                                          "Org") if u.kind not in ("Company", "MediaOutlet")]
        start = s.start + m.end()
        systems = f.coordinated(f.mentions_in(start, min(start + 80, s.end), "Weapon"))
        if users and systems and systems[0].start - start < 40:
            user = f.entity(users[-1])
            for sm in systems:
                f.add(f.entity(sm), "gk:operator", user, s)
    for m in f.mentions_in(s.start, s.end, "MilitaryBranch"):
        if not re.search(r"\bfor (?:the\s+)?$", f.text[max(s.start, m.start - 9):m.start]):
            continue
        systems = f.mentions_in(s.start, m.start, "Weapon")
        if systems and not any(c.subject is f.entity(systems[-1]) and c.predicate == "gk:operator"
                               and s.start <= c.start < s.end for c in f.claims):   # (not 'the JGSDF’s H225 fleet
            f.add(f.entity(systems[-1]), "gk:operator", f.entity(m), s)              #  and ... for the JMSDF')
    for m in GETS.finditer(s.text):
        _shared_out(f, s, m)
    for m in OWN_SYSTEM.finditer(s.text):   # "Ukraine's Air Force said its Patriot systems ..."
        start = s.start + m.end()
        system = [x for x in f.mentions_in(start, min(start + 40, s.end), "Weapon") if x.start == start]
        owner = f.last_mention_before(s.start + m.start(), "MilitaryBranch", "Country", within=200)
        if system and owner is not None and owner.start >= s.start:
            f.add(f.entity(system[0]), "gk:operator", f.entity(owner), s)
    for m in COMMISSIONED_INTO.finditer(s.text):
        branch = [b for b in f.mentions_in(s.start + m.end(), s.end, "MilitaryBranch") if b.start == s.start + m.end()]
        before = f.mentions_in(s.start, s.start + m.start(), "Weapon")
        systems = next((f.coordinated(before[i:]) for i in range(len(before))   # ('X and Y were commissioned')
                        if f.coordinated(before[i:])[-1] is before[-1]), [])
        for sm in systems if branch and f.entity(branch[0]) is not None else ():
            if f.entity(sm) is not None:
                f.add(f.entity(sm), "gk:operator", f.entity(branch[0]), s)
    for m in JOINED_FLEET.finditer(s.text):   # 'X joined the Polish Air Force fleet', 'Another drone
        branch = [b for b in f.mentions_in(s.start + m.end(), s.end, "MilitaryBranch")   # that joined the
                  if b.start == s.start + m.end()]                                        # IRGC Navy’s fleet was Y'
        if not branch or f.entity(branch[0]) is None:
            continue
        if not FLEET_AFTER.match(f.text, branch[0].end, s.end):
            continue   # (not 'X joined the Navy in talks')
        after = FLEET_WAS.match(f.text, branch[0].end, s.end)
        if after:
            systems = [x for x in f.mentions_in(after.end(), s.end, "Weapon") if x.start == after.end()]
        else:
            systems = f.coordinated(f.mentions_in(s.start, s.start + m.start(), "Weapon")[-1:])
        for sm in systems:
            if f.entity(sm) is not None:
                f.add(f.entity(sm), "gk:operator", f.entity(branch[0]), s)
    for m in FLEET.finditer(s.text):
        whose = m.group("whose")
        if whose in ("its", "their"):   # the sentence's subject, not the last name before
            subject = f.mentions_in(s.start, s.start + m.start(), "Country", "Org")
            owner_m = subject[0] if subject else \
                f.last_mention_before(s.start + m.start(), "Country", "Org", within=200)
            owner = f.entity(owner_m) if owner_m else None
        else:
            owner = f.country_named(re.sub(r"(?:’s|'s)$", "", whose))
        if owner is None:
            continue
        start = s.start + m.end()
        for sm in f.mentions_in(start, min(start + 80, s.end), "Weapon"):   # this sentence's
            f.add(f.entity(sm), "gk:operator", owner, s)


# "the Swiss Air Force's F/A-18C/D Hornet and F-5E/F Tiger II jets", "the Indian Army's K9 Vajra-T": an
# armed service's own systems (a country's possessive may say who made them, a service's does not)
BRANCH_OWNS = re.compile(r"(?:’s|'s)\s+(?:(?!(?:order|orders|purchase|acquisition|request|plan|plans|bid|contract|deal|"
                         r"programme|program|requirement|need|needs|tender|choice|selection)\b)[a-z-]+\s+){0,2}")


def _branch_owns(f: Findings, s) -> None:
    for branch in f.mentions_in(s.start, s.end, "MilitaryBranch"):
        m = BRANCH_OWNS.match(f.text, branch.end, s.end) if f.entity(branch) is not None else None
        first = [x for x in f.mentions_in(m.end(), min(s.end, m.end() + 60), "Weapon") if x.start == m.end()] \
            if m else []
        if not first:
            continue
        for sm in f.coordinated(f.mentions_in(first[0].start, s.end, "Weapon")):   # (the first, and those joined to it)
            if f.entity(sm) is not None:
                f.add(f.entity(sm), "gk:operator", f.entity(branch), s)


# A phrase that names something else after a system: 'Typhoon jets have joined French aircraft
# in a joint strike on an underground arms cache in Syria used by ISIS' (the cache is ISIS's)
PLACE_PHRASE = re.compile(r"\b(?:on|in|at|against|near|into|over|of|from|to)\s")


def _other_noun_between(f: Findings, s, system, verb: int) -> bool:
    """Whether a phrase naming something else stands between the system's last mention in the
    sentence and the verb that says who uses it."""
    last = [x for x in f.mentions_in(s.start, verb, "Weapon") if f.entity(x) is system]
    between = re.sub(r",[^,]*,", " ", f.text[last[-1].end:verb]) if last else ""   # (not an aside)
    return PLACE_PHRASE.search(between) is not None


def _shared_out(f: Findings, s, m: re.Match) -> None:
    """The services that will get a count of a system operate it; the system is an item of the
    deal in hand when that deal's buyer is their country."""
    start = s.start + m.end()
    system = [x for x in f.mentions_in(start, min(start + 60, s.end), "Weapon") if x.start == start]
    clause = _clause_start(s, m.start())
    services = f.coordinated(f.mentions_in(clause, s.start + m.start(), "MilitaryBranch"))
    if not system or not services or f.entity(system[0]) is None:
        return
    deal = deal_before(f, s.start) if f.deals else None
    for service in services:
        branch = f.entity(service)
        if branch is None:
            continue
        f.add(f.entity(system[0]), "gk:operator", branch, s)
        if deal is not None and set(map(id, f.objects(branch, "gk:country"))) & set(map(id, f.objects(deal, "gk:buyer"))):
            f.add(deal, "gk:item", f.entity(system[0]), s)


def _clause_start(s, offset: int) -> int:
    """Where the clause that ends at an offset begins: after the last comma, semicolon or
    'while' before it."""
    cut = [c.end() for c in re.finditer(r"[,;:]\s*|\b(?:while|whereas|but)\s+", s.text[:offset])]
    return s.start + (cut[-1] if cut else 0)


# 'Both ships are built by X', 'The two frigates were launched': as many systems as named before
BOTH = re.compile(r"\b(?:[Bb]oth|[Tt]he\s+(?P<n>two|three|four)|[Aa]ll\s+(?P<all>three|four))\s+(?:the\s+)?"
                  r"(?:new\s+)?(?P<noun>ships?|vessels?|frigates?|corvettes?|submarines?|destroyers?|aircraft|"
                  r"jets?|helicopters?|drones?|tanks?|missiles?|systems?)"
                  r"(?:\s+(?:are|were|will|have|has|had|be|been|being|also|now))*\s*$")


def subject_systems(f: Findings, s, offset: int) -> list:
    """The systems a clause is about: 'Both ships' are the last two named before it, distinct;
    otherwise the one subject_system finds."""
    both = BOTH.search(f.text, s.start, offset)
    if both is None:
        one = subject_system(f, s, offset)
        return [one] if one is not None else []
    count = parse_count(both.group("n") or both.group("all") or "two")
    out = []
    for m in reversed(f.mentions_in(max(0, s.start - 1500), both.start(), "Weapon")):
        entity = f.entity(m)
        if entity is not None and entity not in out:
            out.append(entity)
        if len(out) == count:
            return out[::-1]
    return []


def subject_system(f: Findings, s, offset: int):
    before = f.text[s.start:offset]
    if IT_OPENS.match(before) and s.index > 0:   # 'The K9 accounts for ... It is already in service with'
        previous = f.doc.sentences[s.index - 1]
        opening = [m for m in f.mentions_in(previous.start, previous.end, "Weapon")
                   if m.start == previous.start + subject_start(previous.text)]
        return f.entity(opening[0]) if opening else None
    anaphor = ANAPHOR.search(before)
    if anaphor:
        noun = anaphor.group("noun").lower()
        kinds = {"missile": ("Missile", "CruiseMissile"), "jet": ("FighterAircraft", "Aircraft"),
                 "aircraft": ("Aircraft", "FighterAircraft", "Helicopter"),
                 "helicopter": ("Helicopter",), "tank": ("Tank",), "ship": ("Ship",),
                 "vessel": ("Ship",), "drone": ("UnmannedAircraft",), "rifle": ("Rifle",),
                 "submarine": ("Submarine",), "frigate": ("Ship",), "corvette": ("Ship",),
                 "destroyer": ("Ship",), "fighter": ("FighterAircraft",), "howitzer": ("Artillery",),
                 "gun": ("Artillery",)}
        kind = kinds.get(noun.rstrip("s"), ("Weapon",))
        m = f.last_mention_before(s.start + anaphor.start(), *kind, within=1500)
        return f.entity(m) if m else None
    # 'The TB3, designed to operate from ships such as the TCG Anadolu, will be operated by':
    # the system before an aside between commas is the subject, not one inside the aside
    aside = re.search(r",[^,]+,\s*(?:[a-z]+\s+){0,3}$", before)
    if aside:
        outside = f.mentions_in(s.start, s.start + aside.start(), "Weapon")
        if outside:
            return f.entity(outside[-1])
    inside = f.mentions_in(s.start, offset, "Weapon")
    return f.entity(inside[-1]) if inside else None


# 'export opportunities in ...', 'has exported the K9 to Poland, Norway and Egypt', 'has drawn
# interest from Vietnam and Indonesia'
EXPORT = re.compile(r"\bexport (?:opportunities|markets?|prospects|potential|customers|orders)\b|"
                    r"\bexported\b[^.;]{0,80}?\bto\b|\binterest from\b|"
                    # 'the C-390, which has been selected by South Korea, Brazil, Portugal ...'
                    r"\b(?:has|have)\s+been\s+(?:selected|ordered|chosen|bought|purchased|acquired)\s+by\b|"
                    # 'The countries to which the battle-proven drone has been exported include NATO member
                    # Poland, Qatar, ...': the system the text spoke of, when it names it by its kind
                    r"\b(?:countries|nations|states)\s+(?:to\s+which|where)\s+(?:the\s+)?(?P<what>[^.;]{1,60}?)\s+"
                    r"(?:has|have|had)\s+been\s+(?:exported|sold|delivered)\s+(?:include|includes|included|are|were)"
                    r"(?:\s+(?:NATO|EU)\s+members?)?\b", re.I)


EXPORT_WORDS = ('export', 'interest from', 'been selected', 'been ordered', 'been chosen', 'been bought',
                'been purchased', 'been acquired')
# What a kind noun says the system spoken of before is ('the battle-proven drone')
KIND_OF_SYSTEM = re.compile(r"\b(?:drone|UAV|UCAV|aircraft|jet|fighter|helicopter|missile|system|tank|howitzer|ship|"
                            r"frigate|submarine|rifle|vehicle)s?$", re.I)


def _export_markets(f: Findings, s) -> None:
    if not mentions_any(s.text, EXPORT_WORDS):
        return
    m = EXPORT.search(s.text)
    if not m:
        return
    if re.fullmatch(r"export market", m.group(0), re.I) and re.search(r"\bthe\s+(?:[a-z-]+\s+){0,2}$", s.text[:m.start()]) \
            and not re.match(r"\s+(?:in|of|for|across|including|such\s+as|like)\s", s.text[m.end():]):
        return   # ('second place on the defense export market, behind only the U.S.': the trade, no market)
    places = [x for x in f.mentions_in(s.start + m.end(), s.end, "Region", "Country", "City")]
    sold = not m.group(0).lower().startswith("export ")   # 'exported ... to', 'interest from'
    if sold:   # the countries listed right there, not any named later in the sentence
        places = f.coordinated(places) if places and places[0].start - (s.start + m.end()) < 6 else []
        if re.search(r"\b(?:unless|not|never|no longer|banned|halted|suspended)\b[^.;]{0,30}$",
                     s.text[:m.start()]):
            return
    if not places:
        return
    systems = [f.entity(x) for x in f.mentions_in(s.start, s.start + m.end() if sold else s.end,
                                                  "Weapon")]
    if not systems and (not sold or m.group("what") and KIND_OF_SYSTEM.search(m.group("what"))):
        prev = f.last_mention_before(s.start, "Weapon", within=1500 if sold else 600)
        systems = [f.entity(prev)] if prev else []
    for system in systems:
        for p in places:
            f.add(system, "gk:exportMarket", f.entity(p), s)
