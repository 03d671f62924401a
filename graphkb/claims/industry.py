"""Industry: who makes a system and where, licensed production, where a system comes
from, and what a platform is armed with."""
from __future__ import annotations

import re

from . import Findings, Lit
from .systems import subject_systems
from .common import agent, clause_systems, entity_at, mentions_any, place_named, systems_nearby
from .deals import NOUN_KINDS, deal_before, maker_naming, quantity_before
from .organisations import SUBSIDIARY
from ..mentions import SHIP_KINDS



def apply(f: Findings) -> None:
    for s in f.doc.sentences:
        _ship_builder(f, s)
        _licensed(f, s)
        _produced_at(f, s)
        _manufacturer(f, s)
        _origin_and_makers(f, s)
        _maker_names_system(f, s)
        _equipped(f, s)


# A firm's name that runs on after a system's name: one firm read in pieces ('Aurora Raptor Aerospace')
NAME_GOES_ON = re.compile(r" (?:Aerospace|Aviation|Industries|Systems|Defen[cs]e|Technologies|Group|Limited|"
                          r"Ltd|Inc|Corp|Corporation|Company|Motors)\b")


def _maker_names_system(f: Findings, s) -> None:
    """'the Lockheed Martin F-16V Block 70, the Saab JAS 39 Gripen': a firm whose name opens a
    system's makes it, whatever the sentence says of the system (the deal rules have said so
    already of the items of a deal's clause)."""
    if not f.mentions_in(s.start, s.end, "Company"):
        return
    for w in f.mentions_in(s.start, s.end, "Weapon"):
        maker = maker_naming(f, s, w)
        system = f.entity(w)
        if maker is None or system is None or NAME_GOES_ON.match(f.text, w.end) or any(
                c.subject is system and c.predicate == "gk:manufacturer" and c.object is maker
                and s.start <= c.start < s.end for c in f.claims):
            continue
        f.add(system, "gk:manufacturer", maker, s)


# 'Naval Group has officially launched the first FDI frigate, named Amiral Ronarc’h': a yard that
# launches, floats out or hands over a ship built it
SHIP_BUILT = re.compile(r"\s+(?:has\s+|have\s+)?(?:officially\s+|formally\s+)?(?:launched|floated out|"
                        r"handed over|delivered|laid down|christened)\s+")


def _ship_builder(f: Findings, s) -> None:
    for firm in f.mentions_in(s.start, s.end, "Company"):
        m = SHIP_BUILT.match(f.text, firm.end, s.end)
        if m is None:
            continue
        for w in f.mentions_in(m.end(), min(m.end() + 100, s.end), "Weapon"):
            ship = f.entity(w)
            if ship is not None and ship.kind in SHIP_KINDS:
                f.add(ship, "gk:manufacturer", f.entity(firm), s)


LICENSED = re.compile(r"\blicen[cs]ed production|licen[cs]e-(?:built|produced)|"
                      r"\b(?:produc\w*|built|builds?|building|manufactur\w*|assembl\w*|makes?|made)\s+"
                      r"(?:[\w-]+\s+){0,4}?under (?:a\s+)?licen[cs]e", re.I)   # 'HAL produces the Su-30MKI under licence'


LICENCE_WORDS = ('licen',)


def _objects(f: Findings, s, m: re.Match) -> list:
    """The systems a production verb takes as its object ('HAL produces the Su-30MKI under
    licence at its Nashik plant'): those named inside the match, before any place."""
    end = s.start + (m.start("place1") if "place1" in m.re.groupindex and m.group("place1") else m.end())
    out = []
    for x in f.mentions_in(s.start + m.start(), end, "Weapon"):
        entity = f.entity(x)
        if entity is not None and entity not in out:
            out.append(entity)
    return out


# 'PAL Indonesia won a license from UK-based defense company Babcock to manufacture two Arrowhead
# 140 frigates': a licence bought (a deal: the licensee buys, the licensor sells) to make a system
LICENCE_FROM = re.compile(r"\b(?:won|wins|obtained|obtains|secured|secures|received|receives|signed|signs|"
                          r"acquired|acquires|got|gets|bought|buys|(?:was|has\s+been|have\s+been)\s+granted)\s+"
                          r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?licen[cs]es?(?:\s+agreement)?\s+(?:from|with)\s+"
                          r"(?P<licensor>[^.;]{1,80}?)\s+to\s+(?:locally\s+)?(?:manufacture|produce|build|"
                          r"assemble|make)\s+(?P<what>[^.;]{1,100})")


def _licensed(f: Findings, s) -> None:
    if not mentions_any(s.text, LICENCE_WORDS):
        return
    for m in LICENCE_FROM.finditer(s.text):
        _licence_bought(f, s, m)
    for m in LICENSED.finditer(s.text):
        start = s.start + m.start()
        systems = _objects(f, s, m) or clause_systems(f, s, start)
        after = f.text[s.start + m.end():s.end]
        where = re.match(r"\s+(?:in|by)\s+(?:the\s+)?([A-Z][\w.]+(?: [A-Z][\w.]+)?)", after)
        country = f.country_named(where.group(1)) if where else None
        for system in systems:
            f.add(system, "gk:producedUnderLicence", Lit(True, "boolean"), s)
            if country is not None:
                f.add(system, "gk:licenseeCountry", country, s)


def _licence_bought(f: Findings, s, m: re.Match) -> None:
    """The licensee (the party before the verb) makes the systems it licensed, under licence,
    and the licence is a deal that it buys from the licensor."""
    licensee = agent(f, s.start, s.start + m.start(), first=False)
    licensor = agent(f, s.start + m.start("licensor"), s.start + m.end("licensor"))
    what = [x for x in f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon")]
    systems = [f.entity(x) for x in what if f.entity(x) is not None]
    if licensee is None or not systems:
        return
    deal = f.event("Deal")
    f.add(deal, "gk:buyer", licensee, s)
    f.add(deal, "gk:seller", licensor, s)
    for system in systems:
        f.add(deal, "gk:item", system, s)
        f.add(system, "gk:producedUnderLicence", Lit(True, "boolean"), s)
        if licensee.kind != "Country":
            f.add(system, "gk:manufacturer", licensee, s)
    count = quantity_before(f.text[s.start + m.start("what"):what[0].start])
    if count is not None:
        f.add(deal, "gk:quantity", Lit(count, "integer"), s)


# '... produced locally in Gliwice', 'builds the Patriot system in Andover' (a name, maybe a kind
# noun, then the place: not 'produced the drones used in Russian attacks')
PRODUCED_AT = re.compile(r"\b(?:being\s+)?(?:produced|manufactured|built|made|assembled|produces|"
                         r"manufactures|builds|makes|assembles|(?:(?<=will\s)|(?<=to\s))(?:produce|manufacture|build|assemble))\s+"
                         # ('built and commissioned at Istanbul Naval Shipyard')
                         r"(?:and\s+(?:commissioned|launched|delivered|tested|fitted\s+out)\s+)?"
                         # ('will build 23 AW149 helicopters at ...': a count before the name)
                         r"(?:(?:the\s+|\d[\d,]*\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+(?:[a-z-]+\s+){0,4}?(?:systems?|missiles?|jets?|"
                         r"aircraft|drones?|tanks?|howitzers?|frigates?|vehicles?|rifles?|helicopters?|ships?|submarines?|"
                         r"vessels?|boats?))?\s+|[a-z]+\s+)?"
                         # ('at its Yeovil plant', "at the firm's Yeovil plant")
                         r"(?:in|at)\s+(?:the\s+|its\s+|their\s+|the\s+(?:firm|company|group)(?:’s|'s)\s+)?"
                         # ("being built at BAE's sites in Govan and Scotstoun")
                         r"(?:(?:[A-Z][\w&-]*(?:’s|'s)\s+)?(?:sites?|plants?|yards?|shipyards?|facilit(?:y|ies)|"
                         r"factor(?:y|ies))\s+(?:in|at)\s+)?"
                         r"(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+){0,5})")


# 'for the local production of unmanned aerial vehicles in Saudi Arabia'
PRODUCTION_OF = re.compile(r"\b(?:local|licen[cs]ed|domestic|joint|in-country|serial)\s+(?:production|manufactur\w+|"
                           r"assembly)\s+of\s+(?:the\s+)?[^.;,]{1,60}?\s+in\s+(?:the\s+)?"
                           r"(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+){0,3})")


FACILITY_AT = re.compile(r"\bproduction (?:capacity|facility|facilities|line|lines|plant) "
                         r"(?:at|in) (?:its |the )?(?P<place>[A-Z][\w-]+(?: (?:of )?[A-Z][\w-]+){0,5})")


# 'built at its Nagasaki shipyard', 'assembled at the Embraer facility in Gavião Peixoto'
SITE_AT = re.compile(r"\b(?:produced|produces|manufactured|manufactures|built|builds|made|makes|assembled|"
                     r"assembles)\s+(?:(?:the\s+)?[A-Z][^,.;]{0,60}?\s+)?"
                     r"(?:by\s+[^,.;]{1,60}?\s+)?(?:[a-z]+\s+)?(?:in|at)\s+"
                     r"(?:its|their|the|a|an|the (?:company|firm|group|manufacturer)(?:’s|'s)|[A-Z][\w&-]*(?:’s|'s))\s+"
                     r"(?:new\s+)?(?:production\s+|manufacturing\s+|assembly\s+)?(?:(?P<place1>[A-Z][\w-]+)\s+)?"
                     r"(?:shipyards?|plants?|factory|factories|facility|facilities|works|yards?)"
                     r"(?:\s+(?:in|at|near)\s+(?:the\s+)?(?P<place2>[A-Z][\w-]+(?: [A-Z][\w-]+){0,3}))?")

# 'to build a CGR-080 missile factory in Poland': the systems a new plant will make, and where
FACTORY_FOR = re.compile(r"\b(?:build|builds|building|built|set up|sets up|setting up|establish\w*|"
                         r"open\w*|construct\w*)\s+(?:a|an|the)\s+(?:new\s+)?(?P<what>[^.;,]{1,50}?)\s*"
                         r"\b(?:factory|plant|production line|production facility)\s+(?:in|at)\s+"
                         r"(?:the\s+)?(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})")

STRUCK_BEFORE = re.compile(r"\b(?:hit|struck|targeted|destroyed|bombed|attacked|shelled|strikes? on|"
                           r"attacks? on)\b", re.I)

PRODUCTION_WORDS = ('produc', 'manufactur', 'built', 'build', 'made', 'makes', 'assembl')


def _produced_at(f: Findings, s) -> None:
    if not mentions_any(s.text, PRODUCTION_WORDS):
        return
    sited: set[int] = set()   # verbs whose site SITE_AT read: 'the Korwa factory' is no place
    for m in FACTORY_FOR.finditer(s.text):
        systems = [f.entity(x) for x in f.mentions_in(s.start + m.start("what"), s.start + m.end("what"),
                                                       "Weapon")]
        place = place_named(f, s.start + m.start("place"), m.group("place")) if systems else None
        for system in systems if place is not None else []:
            f.add(system, "gk:producedAt", place, s)
    for rx in (SITE_AT, PRODUCED_AT, FACILITY_AT, PRODUCTION_OF):
        for m in rx.finditer(s.text):
            if rx is not SITE_AT and m.start() in sited:
                continue
            if rx is SITE_AT:
                sited.add(m.start())
            if rx is FACILITY_AT and STRUCK_BEFORE.search(s.text, 0, m.start()):
                continue   # 'The strikes hit S-300 batteries and missile production facilities in Parchin'
            group = next((g for g in ("place2", "place1", "place") if g in rx.groupindex
                          and m.group(g)), None)
            if group is None:
                continue
            systems = _objects(f, s, m) or clause_systems(f, s, s.start + m.start()) \
                or subject_systems(f, s, s.start + m.start()) or systems_nearby(f, s)
            start = s.start + m.start(group)
            firm = [x for x in f.mentions_in(start, start + 120, "Company") if x.start == start]
            if not systems:   # ('the remaining four submarines will be built at KS&EW', 'The vehicles
                systems = _kind_named_before(f, s, m.start())   # were manufactured in Sakarya': those named before)
            if not systems:
                continue   # (before naming the place: no entity without a fact about it)
            if firm and f.entity(firm[0]) is not None:   # 'being built at KS&EW': the yard makes them
                for system in systems:
                    f.add(system, "gk:manufacturer", f.entity(firm[0]), s)
                continue
            place = place_named(f, start, m.group(group))
            if place is None:
                continue
            places = [place]
            more = AND_PLACE.match(f.text, s.start + m.end(group), s.end)
            if more:   # ('at BAE's sites in Govan and Scotstoun')
                other = place_named(f, more.start("place"), more.group("place"))
                places += [other] if other is not None and other.kind != "Country" else []
            for system in systems:
                for where in places:
                    f.add(system, "gk:producedAt", where, s)


AND_PLACE = re.compile(r"\s+and\s+(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})(?=[\s,.;]|$)")


# A subject that names its systems by their kind alone: 'The remaining four submarines will be built'
# (after an opening phrase: 'Under a technology transfer agreement, the remaining four submarines ...')
KIND_SUBJECT = re.compile(r"^(?:[^,]{0,80},\s+)?(?:[Tt]he|These|Those|All|Its|Their)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?P<noun>submarines|frigates|corvettes|ships|warships|aircraft|jets|helicopters|tanks|"
                          r"howitzers|drones|vehicles)\s+(?:will|would|are|were|have|had)\b")


def _kind_named_before(f: Findings, s, verb: int) -> list:
    """The system of that kind the text named last before the sentence, if the sentence's subject
    names its systems by their kind alone."""
    m = KIND_SUBJECT.match(s.text, 0, verb)
    if m is None:
        return []
    before = f.last_mention_before(s.start, *NOUN_KINDS[m.group("noun")], within=1500)
    return [f.entity(before)] if before is not None and f.entity(before) is not None else []


MAKER_KINDS = ("Company", "JointVenture", "GovernmentAgency", "Organization")
UNKNOWN_MAKER = re.compile(r"(?P<name>[A-Z][\w&-]*[a-z][\w&-]*(?:\s+[A-Z][\w&-]+){0,2})(?=,|\.|\s+(?:which|and|in)\b)")
MADE_BY = re.compile(r"\b(?:produced|manufactured|built|made|developed|designed)\s+(?:[\w-]+\s+){0,4}?"
                     r"by\s+(?:the\s+)?"
                     # ('The NH90 is a product of NHIndustries, which is owned by ...')
                     r"|\b(?:is|are|was|were)\s+(?:a|the)\s+products?\s+of\s+(?:the\s+)?")


# Countries (and their possessives) before the firms that make something, and what the text
# calls the firm ('produced by French aerospace firm Dassault', 'by state-owned shipbuilder X')
OWNERS_BEFORE = re.compile(r"(?:[A-Z][\w.]*(?:’s|'s)?|and|backed|-backed|based|-based|,|\s)*"
                           r"(?:(?:[a-z-]+\s+){0,3}(?:firm|company|group|giant|maker|manufacturer|"
                           r"shipbuilder|shipyard|contractor|conglomerate)\s+)?")


PRIME = re.compile(r"\b(?:prime|principal|main|lead) contractors? (?:for (?:the )?[^,.;]{1,40}? )?"   # ('for the
                   r"(?:will be|is|was|are)\s+(?:the\s+)?")                                # Stryker vehicle')


MAKER_WORDS = (' by ', 'contractor', 'product of', 'products of')


def _firm_between(f: Findings, system, offset: int) -> bool:
    """Whether a firm is named after the system's last mention and before an offset: 'the
    Rafale from France's Dassault and the Eurofighter built by Airbus' (the Rafale is
    Dassault's); not 'BRP Diego Silang, the second of two frigates built by HHI'."""
    last = max((m.end for m in f.mentions_in(0, offset, "Weapon") if f.entity(m) is system),
               default=offset)
    return bool(f.mentions_in(last, offset, "Company", "JointVenture"))


# A part made by someone ('featuring a chassis produced by the local manufacturer Jelcz'):
# that firm makes the part, not the system
PART_MADE = re.compile(r"\b(?:chassis|engines?|turrets?|hulls?|radars?|components?|parts?|sensors?|"
                       r"barrels?|subsystems?|modules?|electronics|software)\s+(?:[a-z]+\s+)?$")


# The kind of system the text named before, said again before who makes it: 'the largest export
# of the sophisticated missile defense system, which is built by Lockheed Martin'
KIND_SAID_AGAIN = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,3}(?:system|missiles?|interceptors?|drones?|aircraft|jets?|"
                             r"helicopters?|tanks?|howitzers?|frigates?|submarines?|rifles?)"
                             r",?\s+(?:which|that)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+$")


def _kind_said_again(f: Findings, s, offset: int) -> list:
    said = KIND_SAID_AGAIN.search(s.text, 0, offset)
    if said is None or f.mentions_in(s.start + said.start(), s.start + offset, "Weapon"):
        return []
    before = f.last_mention_before(s.start + said.start(), "Weapon", within=600)
    return [f.entity(before)] if before is not None and f.entity(before) is not None else []


# What the system a sentence speaks of was made from: 'K9 Vajra-T, a ... platform adapted from the South
# Korean howitzer K9 Thunder, is co-developed by L&T and Hanwha' (the K9 Thunder is not)
MODEL_BEFORE = re.compile(r"\b(?:adapted|derived|developed|evolved)\s+from|\bbased\s+on|\b(?:variant|version|derivative)\s+of")


def _model_of_other(f: Findings, s, system, offset: int) -> bool:
    said = [x for x in f.mentions_in(s.start, offset, "Weapon") if f.entity(x) is system]
    return bool(said) and all(_after_model_word(f.text[max(s.start, x.start - 80):x.start]) for x in said)


def _after_model_word(before: str) -> bool:
    """Whether the words before a name end with 'adapted from ...' (no comma between)."""
    m = None
    for m in MODEL_BEFORE.finditer(before):
        pass
    return m is not None and not re.search(r"[,;]", before[m.end():])


def _manufacturer(f: Findings, s) -> None:
    if not mentions_any(s.text, MAKER_WORDS):
        return
    for m in MADE_BY.finditer(s.text):
        if PART_MADE.search(s.text, 0, m.start()):
            continue
        start = s.start + m.end()
        found = f.mentions_in(start, min(start + 120, s.end), *MAKER_KINDS)
        unknown = UNKNOWN_MAKER.match(f.text, start) if "product" in m.group(0) and (
            not found or found[0].start != start) else None
        if unknown:   # ('a product of NHIndustries, which is owned by ...'): a maker graphkb does not know
            makers = [f.new_entity("Company", unknown.group("name"))]
        elif not found or (found[0].start - start > 5 and not OWNERS_BEFORE.fullmatch(
                f.text[start:found[0].start])):
            continue   # ('built by Germany and Spain backed Airbus, Italy's Leonardo and ...')
        else:
            makers = [f.entity(x) for x in f.coordinated(found)]   # 'jointly made by X and Y'
        in_clause = clause_systems(f, s, s.start + m.start())
        named = [x for x in in_clause
                 if not _firm_between(f, x, s.start + m.start()) and not _model_of_other(f, s, x, s.start + m.start())]
        if not named and not any(_firm_between(f, x, s.start + m.start()) for x in in_clause):
            # 'The missiles will be produced by ...': the missiles last named (not 'the Atmaca missile
            # developed by Roketsan, and the combat system developed by Havelsan': Roketsan's alone)
            named = subject_systems(f, s, s.start + m.start()) or systems_nearby(f, s) \
                or _kind_said_again(f, s, m.start())
        for system in named:
            for maker in makers:
                f.add(system, "gk:manufacturer", maker, s)
    m = PRIME.search(s.text)
    if m and getattr(f, "deals", None):
        start = s.start + m.end()
        org = entity_at(f, start, min(start + 60, s.end), "Org")
        if org is None:
            name = re.match(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*", s.text[m.end():])
            org = f.new_entity("Company", name.group(0)) if name else None
        if org is not None:
            f.add(deal_before(f, s.end), "gk:contractor", org, s)
            for other in f.mentions_in(start + 1, s.end, "Company"):   # '... and Pratt and Whitney'
                if re.search(r"\s+and\s+(?:the\s+)?$", f.text[max(start, other.start - 12):other.start]) \
                        and f.entity(other) is not org:
                    f.add(deal_before(f, s.end), "gk:contractor", f.entity(other), s)
            where = re.match(r"[^,]+,\s+(?P<city>[A-Z][\w ]+?)(?:,\s+(?P<region>[A-Z]{2}\b|[A-Z][a-z]+"
                             r"(?: [A-Z][a-z]+)?))?(?=[.,]|\s+and\s)", s.text[m.end():])
            if where:
                city_start = s.start + m.end() + where.start("city")
                place = place_named(f, city_start, where.group("city"))
                if place is not None:
                    f.add(org, "gk:locatedIn", place, s)


MADE_IN = re.compile(r"\b(?P<who>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)-(?:made|built|designed|developed|"
                     r"origin|manufactured|produced)\s+")


# Between the made-in words and the system they describe: only words that describe it too
MADE_THEN_SYSTEM = re.compile(r"(?:(?!(?:to|for|in|of|with|and|by|from|at|on)\b)[a-z-]+\s+){0,3}")
# What a system's name may qualify, which the made-in words then describe instead of the system
PART_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:ammunition|shells|rounds|parts|components|engines|spares|munitions)\b")


MAKER_NOUN = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:maker|manufacturer|builder|producer|developer|"
                        r"designer)\s+(?:the\s+)?$")


WHICH_MAKES = re.compile(r"^(?:\s*\([^)]{1,30}\))?(?:\s+(?:consortium|group|company|firm|conglomerate|corporation))?"
                         r"(?:,\s+[^,]{1,60},)?,?\s+(?:(?:which|that|who)\s+|also\s+)?"   # ('the MBDA consortium, which makes')
                         r"(?:(?:will|would|is to|are to)\s+(?:also\s+)?(?:manufacture|build|produce|make)\s+|"
                         r"(?:makes|builds|produces|manufactures|designs|develops|made|built|produced|"
                         r"developed|designed)\s+|"
                         # 'Shahed is the maker of the Shahed-136 combat drone'
                         r"(?:is|was|are|were)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:maker|manufacturer|builder|"
                         r"producer|developer|designer)\s+of\s+|"
                         # 'the NDC, based in Islamabad, is responsible for developing Pakistan’s ballistic
                         # missiles, including the nuclear-capable Shaheen missile series'
                         r"(?:is|are|was|were)\s+responsible\s+for\s+(?:developing|producing|manufacturing|building|"
                         r"making)\s+(?:[\w’'-]+\s+){0,4}?(?:[\w’'-]+,\s+including\s+(?:the\s+)?(?:[a-z-]+\s+)?)?)"
                         r"(?:the\s+)?(?:\d[\d,]*\s+)?$")   # 'X will manufacture 307 ATAGS'



# A sentence on what the firm just named makes: 'The company makes the Shahed-136 drones'
THE_FIRM_MAKES = re.compile(r"(?:The|That|This)\s+(?:company|firm|manufacturer|group)\s+(?:also\s+)?(?:makes|builds|"
                            r"produces|manufactures|designs|developed|designed|built|produced|manufactured)\s+"
                            r"(?:the\s+)?")


ORIGIN_WORDS = ('-made', '-built', '-designed', '-developed', '-origin', '-manufactured',
                '-produced', 'maker', 'manufactur', 'builder', 'producer', 'developer',
                'designer', '’s', "'s", 'makes', 'builds', 'produces', 'designs', 'develops',
                'made', 'built', 'responsible for')


def _origin_and_makers(f: Findings, s) -> None:
    """'the Russian-made S-400' (origin), 'Boeing-built jets', 'F-35 maker Lockheed Martin',
    'Lockheed Martin's F-35', 'Rheinmetall, which builds the Boxer' (manufacturer)."""
    if not mentions_any(s.text, ORIGIN_WORDS):
        return
    weapons = f.mentions_in(s.start, s.end, "Weapon")
    orgs = f.mentions_in(s.start, s.end, "Company", "JointVenture", "GovernmentAgency",
                         "Organization")
    firm_makes = THE_FIRM_MAKES.match(s.text)
    if firm_makes:   # ('... the Iran Aircraft Manufacturing Industrial Company. The company makes the Shahed-136')
        firm = f.last_mention_before(s.start, "Company", "JointVenture", within=400)
        made = [w for w in weapons if w.start == s.start + firm_makes.end()]
        if firm is not None and made and f.entity(firm) is not None and f.entity(made[0]) is not None:
            f.add(f.entity(made[0]), "gk:manufacturer", f.entity(firm), s)
    for m in MADE_IN.finditer(s.text):
        system = next((w for w in weapons if 0 <= w.start - (s.start + m.end()) < 40
                       and MADE_THEN_SYSTEM.fullmatch(f.text, s.start + m.end(), w.start)), None)
        if system is None or PART_AFTER.match(f.text, system.end):
            continue   # ('Swiss-made Gepard ammunition', 'Swiss-made ammunition to Ukraine, for use in
            #            Gepard tanks': the rounds are Swiss, not the Gepard)
        country = f.country_named(m.group("who"))
        maker = [o for o in orgs if o.start == s.start + m.start("who")]
        listed = re.search(r"\b(?:such\s+as|including)\s+$", f.text[s.start + m.end():system.start])
        systems = f.coordinated([w for w in weapons if w.start >= system.start]) if listed else [system]
        for system in systems:   # ('HAL-produced helicopters such as Dhruv, Rudra and the LCH': each)
            if f.entity(system) is None:
                continue
            if country is not None:
                f.add(f.entity(system), "gk:originCountry", country, s)
            elif maker:
                f.add(f.entity(system), "gk:manufacturer", f.entity(maker[0]), s)
    for w in weapons:
        for o in orgs:
            between_after = f.text[w.end:o.start] if o.start >= w.end else None
            between_before = f.text[o.end:w.start] if w.start >= o.end else None
            if between_after is not None and MAKER_NOUN.match(between_after):
                f.add(f.entity(w), "gk:manufacturer", f.entity(o), s)
            elif between_before is not None and (
                    (re.fullmatch(r"(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}", between_before)
                     or DESCRIBED_KIND.fullmatch(between_before)) and
                    o.kind in ("Company", "JointVenture")
                    or WHICH_MAKES.match(between_before)):
                parent_of = [a for a in orgs if a.end < o.start and
                             SUBSIDIARY.match(f.text[a.end:o.start])]
                maker = parent_of[-1] if parent_of else o   # 'MBDA, a unit of Airbus, makes'
                f.add(f.entity(w), "gk:manufacturer", f.entity(maker), s)


# "Aselsan's remote-controlled stabilized weapon system “SARP”": a firm's system described at more
# length, the word for its kind last
DESCRIBED_KIND = re.compile(r"(?:’s|'s)\s+(?:[a-z-]+\s+){0,4}?(?:system|radar|missile|munition|drone|vehicle|"
                            r"howitzer|launcher|rifle|helicopter|aircraft|jet|satellite|torpedo|gun)s?,?\s+[“\"]?")


EQUIPPED = re.compile(r"^\s+(?:[a-z-]+\s+){0,3}?(?:equipped|armed|fitted|outfitted|integrated)\s+with\s+"
                      r"(?:the\s+|its\s+|\w+\s+)?$")


EQUIPPED_WORDS = ('equipped', 'armed', 'fitted', 'outfitted', 'integrated')


def _equipped(f: Findings, s) -> None:
    """'Su-30MKI jets armed with BrahMos missiles': the platform carries the weapon."""
    if not mentions_any(s.text, EQUIPPED_WORDS):
        return
    weapons = f.mentions_in(s.start, s.end, "Weapon")
    for a, b in zip(weapons, weapons[1:]):
        if EQUIPPED.match(f.text[a.end:b.start]):
            platform = f.entity(a)
            for carried in f.coordinated([x for x in weapons if x.start >= b.start]):
                if f.entity(carried) is not platform:
                    f.add(platform, "gk:equippedWith", f.entity(carried), s)
