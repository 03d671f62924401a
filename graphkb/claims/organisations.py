"""Organisations: the country an organisation belongs to, where it is, what it is part
of, which alliance a country is in, and who backs an armed group."""
from __future__ import annotations

import re

from .. import cues, gazetteer
from . import Findings
from .common import dateline_country, entity_at, mentions_any, place_named


POSSESSIVE = r"(?:’s|'s)"


def apply(f: Findings) -> None:
    for s in f.doc.sentences:
        _country_of_orgs(f, s)
        _membership(f, s)
        _located(f, s)
        _firm_based_in(f, s)
        _backed(f, s)
        _subsidiaries(f, s)
        _comprised(f, s)
        _subsidiaries_said(f, s)
        _service_arms(f, s)
    _officials_represent(f)


# 'Rheinmetall, the Dusseldorf-based arms maker,', 'the Dusseldorf-based company's position': the firm
# described, and where it is, though the place is no name graphkb knows
FIRM_BASED = re.compile(r"\b(?:the|a|an)\s+(?P<place>[A-Z][a-zà-ÿ’'-]+(?: [A-Z][a-zà-ÿ’'-]+)?)-(?:based|headquartered)\s+"
                        r"(?:[a-z-]+\s+){0,2}?(?:company|firm|group|manufacturer|maker|contractor|shipbuilder|"
                        r"conglomerate|giant)(?:’s|'s)?\b")


# 'Delhi-based Jindal Defence, part of ...': the place, then the firm it describes (not 'Ground-based')
NOT_PLACES = {"Ground", "Land", "Sea", "Space", "Air", "Carrier", "Shore", "Ship", "Cloud", "Software", "Rules",
              "Evidence", "Home", "Community", "Family", "Team", "Privately", "Locally"}
PLACE_BASED_FIRM = re.compile(r"(?<![\w-])(?P<place>[A-Z][a-zà-ÿ’'-]+(?: [A-Z][a-zà-ÿ’'-]+)?)-(?:based|headquartered)\s+"
                              r"(?:(?:the\s+)?[a-z-]+\s+){0,2}?(?=[A-Z])")


def _firm_based_in(f: Findings, s) -> None:
    if "-based" not in s.text and "-headquartered" not in s.text:
        return
    for m in PLACE_BASED_FIRM.finditer(s.text):
        start = s.start + m.start("place")
        firm = next((x for x in f.mentions_in(s.start + m.end(), s.end, "Company") if x.start == s.start + m.end()), None)
        if firm is None or f.entity(firm) is None or f.mentions_in(start, s.start + m.end("place")) \
                or gazetteer.demonym_index().get(m.group("place")) or m.group("place") in NOT_PLACES:
            continue   # (a place graphkb knows is read by _subsidiaries)
        f.add(f.entity(firm), "gk:locatedIn", f.new_entity("Place", m.group("place")), s, "Asserted")
    for m in FIRM_BASED.finditer(s.text):
        start = s.start + m.start("place")
        if f.mentions_in(start, s.start + m.end("place")):
            continue   # (a place graphkb knows: read by the rules above)
        apposed = re.search(r",\s+$", s.text[:m.start()])
        if apposed:   # ('Rheinmetall, the Dusseldorf-based arms maker'): the firm before the comma
            firm = next((x for x in f.mentions_in(s.start, s.start + apposed.start(), "Company")
                         if x.end == s.start + apposed.start()), None)
        else:         # ("the Dusseldorf-based company's position"): the firm named last
            firm = f.last_mention_before(s.start + m.start(), "Company", within=600) \
                if m.group(0).startswith("the") else None
        if firm is None or f.entity(firm) is None or gazetteer.demonym_index().get(m.group("place")):
            continue
        f.add(f.entity(firm), "gk:locatedIn", f.new_entity("Place", m.group("place")), s, "Asserted")


def _service_arms(f: Findings, s) -> None:
    """'the IRGC Navy' is part of the IRGC."""
    for m in f.mentions_in(s.start, s.end, "MilitaryBranch"):
        known = gazetteer.by_key().get(m.attrs.get("arm_of", ""))
        arm = f.entity(m)
        if known is None or arm is None:
            continue
        parent = f.new_entity(known.kind, known.label, key=known.key)
        f.add(arm, "gk:partOf", parent, s, "Asserted")


STATE_BODIES = ("GovernmentAgency", "MilitaryBranch")


def _officials_represent(f: Findings) -> None:
    """A member of a country's ministry, agency or armed service ('Iran's foreign ministry
    spokesman X', 'X, spokesperson of the Indian Navy') represents that country, said where the
    text makes them a member, when nothing in the text gives them a country already."""
    for claim in list(f.claims):
        if claim.predicate != "gk:memberOf" or getattr(claim.subject, "kind", None) != "Person" \
                or getattr(claim.object, "kind", None) not in STATE_BODIES \
                or f.objects(claim.subject, "gk:represents"):
            continue
        countries = f.objects(claim.object, "gk:country")
        if len(countries) == 1:
            f.add(claim.subject, "gk:represents", countries[0], (claim.start, claim.end), "Asserted")


def _country_of_orgs(f: Findings, s) -> None:
    """"India's DRDO", "the German Ministry of Defence", "Rosoboronexport, Russia's main arms
    export entity", "the Chinese entity EDD"."""
    text = f.text
    for m in f.mentions_in(s.start, s.end, "Org"):
        org = f.entity(m)
        if org is None or org.kind in ("MediaOutlet", "IntergovernmentalBody"):
            continue   # (no one country's: 'the Polish EU presidency')
        country = None
        if m.kind == "MilitaryBranch" and "country" in m.attrs:
            country = f._country_entity(gazetteer.by_key()[m.attrs["country"]])
        before = text[max(s.start, m.start - 50):m.start]   # ("the UAE's state-owned defence conglomerate, EDGE")
        prev = re.search(rf"([A-Z][\w.]+(?: [A-Z][\w.]+){{0,2}})(?:{POSSESSIVE}|(?<=s)[’'])?\s+(?:(?:entity|company|firms?|"
                         rf"companies|state-owned|state|defence|defense|arms|main|giant|major|maker|contractor|[a-z]+-[a-z-]+|"
                         rf"shipbuilder|private|aerospace|conglomerate|group|manufacturer|concern|holding|largest|biggest|"
                         rf"leading|sole|(?<=[’']s\s)(?:sanctioned|designated))(?:,\s+|\s+))*$",
                         before)
        if country is None and prev:
            country = f.country_named(prev.group(1))
        described = (DESCRIBED_BEFORE.search(before) or DESCRIBED_BEFORE_LIST.search(
            text[max(s.start, m.start - 120):m.start])) if country is None else None
        if described:   # 'Turkish drone manufacturer Baykar', 'Italian aerospace group Leonardo'
            country = f.country_named(described.group(1))
        inside = re.match(r"([A-Z][a-z]+|U\.S\.|US|U\.K\.|UK)(?:’s|'s)?\s", m.text)   # ("Iran's foreign ministry",
        #                                                                         'U.S. Central Command')
        if country is None and inside and f.country_named(inside.group(1)) and \
                inside.group(1) != m.text and not gazetteer.ends_other_demonym(inside.group(1)):
            country = f.country_named(inside.group(1))
        of_country = re.search(r"\s(?:of|for)\s+(?:the\s+)?([A-Z][\w.]+(?: [A-Z][\w.]+)?)$", m.text)
        if country is None and of_country and m.kind not in ("Country", "MilitaryBranch"):
            country = f.country_named(of_country.group(1))   # ('the Defense Industry Agency of Türkiye')
        after = re.match(rf",\s+(?:the\s+)?([A-Z][\w.]+(?: [A-Z][\w.]+)?){POSSESSIVE}\s", text[m.end:s.end]) \
            or (COUNTRY_AFTER_FIRM.match(text[m.end:s.end]) if m.kind in ("Company", "JointVenture") else None)
        if country is None and after and not _org_at(f, m.end + after.end(), s.end):
            country = f.country_named(after.group(1))
        described = DESCRIBED_AS_NATIONAL.match(text, m.end, s.end) or DESCRIBED_AS_NATIONALS.match(text, m.end, s.end)
        if country is None and described:
            country = f.country_named(described.group(1))
        if country is not None and country is not org:
            f.add(org, "gk:country", country, s, "Asserted")
        if GENERIC_AGENCY.fullmatch(org.label) and "iri_name" not in org.attrs:
            # the sentence names no country: the dateline's gives the IRI, not a stated fact
            whose = country or dateline_country(f)
            if whose is not None:
                org.attrs["iri_name"] = f"{whose.label} {org.label}"


DESCRIBED_BEFORE = re.compile(r"\b([A-Z][\w.]+)(?:’s|'s)?\s+(?:[a-z][\w-]*\s+){1,3}(?:company|firm|maker|manufacturer|"
                             r"group|contractor|shipbuilder|conglomerate|giant|producer|supplier|specialist|"
                             r"organi[sz]ation|agency)\s+$")   # ("Turkey’s major weapons manufacturer Roketsan",
#                                                    'the Swedish defence procurement organisation FMV')
# 'Turkish defense firms Aselsan and Roketsan': each firm of a list after the words that describe them
DESCRIBED_BEFORE_LIST = re.compile(r"\b([A-Z][\w.]+)(?:’s|'s)?\s+(?:[a-z][\w-]*\s+){0,3}(?:companies|firms|"
                                   r"manufacturers|makers|contractors|groups|shipbuilders|producers|suppliers)\s+"
                                   r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}(?:,\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}){0,4}"
                                   r"(?:,\s+and\s+|,\s+|\s+and\s+)$")
# 'Bank Sputnik, a Russian bank', 'Kongsberg, a Norwegian state-controlled company': an apposition
# that gives the body's country
DESCRIBED_AS_NATIONAL = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?([A-Z][\w.]+)\s+"
                                   r"(?:[a-z][\w-]*\s+){0,2}?(?:company|firm|bank|lender|entity|maker|"
                                   r"manufacturer|contractor|shipbuilder|conglomerate|concern|agency|"
                                   r"organi[sz]ation|institute|state-owned|subsidiary)\b")
# 'in collaboration with M/s Naval Group, France.', 'a contract ... and Dassault Aviation, France, for
# an amount of ...': a firm, then its country, which ends the sentence or the party
COUNTRY_AFTER_FIRM = re.compile(r"(?:\s*\([A-Z]{2,5}\))?,\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=,\s+for\b|\.?$)")

# 'Roketsan and Aselsan, two leading Turkish defence companies': each firm of a list
DESCRIBED_AS_NATIONALS = re.compile(r"(?:(?:,\s+|\s+and\s+)[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}){0,3},\s+"
                                    r"(?:the\s+)?(?:two|three|four|five|both)\s+(?:[a-z][\w-]*\s+){0,2}?([A-Z][\w.]+)\s+"
                                    r"(?:[a-z][\w-]*\s+){0,2}?(?:companies|firms|manufacturers|makers|contractors|"
                                    r"groups|shipbuilders)\b")


def _org_at(f: Findings, offset: int, end: int) -> bool:
    """Whether an organisation is named at an offset ('Airbus, Italy's Leonardo and ...': a
    list of firms, not 'Rosoboronexport, Russia's main arms export entity')."""
    return any(x.start == offset for x in f.mentions_in(offset, end, "Org"))


# Names every government uses for its own ministry: 'the Ministry of Defence' of an Indian
# release and of a British one are two ministries, so their IRIs carry the country (the one
# the text gives, else the dateline's).
GENERIC_AGENCY = re.compile(r"(?:Ministry|Department) of (?:National )?(?:Defen[cs]e|Foreign Affairs|"
                            r"External Affairs|Finance|Home Affairs|the Interior|State|Trade)|"
                            r"(?:Defen[cs]e|Foreign|Finance|Home|Interior) Ministry")


MEMBER = re.compile(r"\b(?:member of|member state of|ally in|joined)\s+(?:the\s+)?|\b(?P<org>[A-Z]{2,})\s+"
                    r"(?:Ally|ally|member|member state)\b")


MEMBER_WORDS = ('member', 'ally', 'joined')
# What of a body one joins without joining the body: 'joined EU sanctions', 'joined NATO exercises'
JOINED_ITS = re.compile(r"\s+(?:[a-z-]+\s+)?(?:sanctions|efforts|exercises?|operations?|missions?|talks|calls|"
                        r"statements?|forces|troops|drills|coalitions?|programmes?|programs?|initiatives?|"
                        r"partners|allies|counterparts|members|states|countries|nations|leaders|ministers)\b")
MEMBER_OF_SUBJECT = re.compile(r"\s*(?:,|\s(?:has\s+been|have\s+been|is|was|remains|became|"
                               r"has\s+become))\s+(?:a|an|the)?\s*(?:[a-z-]+\s+){0,2}|"
                               r"\s+(?:[a-z-]+\s+){0,2}")


def _membership(f: Findings, s) -> None:
    if not mentions_any(s.text, MEMBER_WORDS):
        return
    for m in MEMBER.finditer(s.text):
        if m.group("org"):
            org = entity_at(f, s.start + m.start("org"), s.start + m.end("org"), "Org")
        else:
            org = entity_at(f, s.start + m.end(), s.start + m.end() + 60, "Org")
        if org is None:
            continue
        if m.group(0).startswith("joined"):   # ('Norway joined EU sanctions on Belarus': the sanctions)
            joined = [x for x in f.mentions_in(s.start + m.end(), s.end, "Org") if x.start == s.start + m.end()]
            if not joined or JOINED_ITS.match(f.text, joined[0].end):
                continue
        # 'Poland has been a strong NATO Ally', 'with Poland, a key NATO ally': the country the
        # phrase is said of, right before it
        country = f.mentions_in(s.start, s.start + m.start(), "Country")
        if country and MEMBER_OF_SUBJECT.fullmatch(f.text[country[-1].end:s.start + m.start()]):
            f.add(f.entity(country[-1]), "gk:memberOf", org, s)
        after = [c for c in f.mentions_in(s.start + m.end(), s.start + m.end() + 40, "Country")
                 if m.group("org") and re.fullmatch(r"\s+", f.text[s.start + m.end():c.start])]
        if after and f.entity(after[0]) is not None:   # 'NATO member Romania', 'NATO ally Denmark'
            f.add(f.entity(after[0]), "gk:memberOf", org, s)


AREA_OF = re.compile(r"(?:\s+(?:region|province|area|district|governorate|oblast))?"   # ('the Agadir area of')
                     r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|"
                     r"southwest)(?:ern)?\s+|central\s+)?")
COUNTRY_AFTER = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")
IN_BRACKETS = re.compile(r"\s+\((?=[A-Z][\w.]+(?:\s[A-Z][\w.]+){0,2}\))")
# "Hungary’s 59th ... Air Base": a country's own facility
COUNTRY_OWNS = re.compile(r"(?P<country>[A-Z][\w.]+(?: [A-Z][\w.]+)?)(?:’s|'s)\s+(?:\d+(?:st|nd|rd|th)\s+)?$")


def _comma_country(f: Findings, m, s):
    """'built in Surabaya, Indonesia': where the text places a city by a comma, read as the
    cue that finds unknown cities reads it (cues.IN_PLACE_OF_COUNTRY); None otherwise."""
    found = cues.IN_PLACE_OF_COUNTRY.search(f.text, max(s.start, m.start - 12), s.end)
    if found is None or found.start("name") != m.start or found.end("name") != m.end \
            or cues.country_after_place(found) is None:
        return None
    return COUNTRY_AFTER.match(f.text, m.end, s.end)


# 'products of X in Y': what a firm makes is in Y, not the firm
MADE_OF = re.compile(r"\b(?:products?|production|systems?|equipment|weapons|vehicles|goods)\s+of\s+$")


SEA_OF_A_PLACE = re.compile(r"\s+(?:port|coast|coastal|city|town|base|island|fleet|flotilla|command)\b")   # (nor
#                                                     "Russia's Black Sea fleet": the fleet is Russia's, not the sea)


SIGNED_WITH_BEFORE = re.compile(r"\b(?:signed|inked|concluded|agreed|agreement|contract|deal)\b[^.;]{0,30}?\bwith\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,3}$")


def _located(f: Findings, s) -> None:
    """'the Military Vehicle Centre of Excellence in Brisbane': a facility's place; 'its
    Centre of Excellence': the facility belongs to the organisation just named."""
    for m in f.mentions_in(s.start, s.end, "Region", "City"):   # 'the Al Jawf Governorate of
        within = AREA_OF.match(f.text, m.end, s.end) or _comma_country(f, m, s) \
            or IN_BRACKETS.match(f.text, m.end, s.end)   # ('in Sesto Calende (Italy)') northwestern
        #                                                              Yemen', 'in Hisar, India'
        owner = COUNTRY_OWNS.search(f.text, max(s.start, m.start - 40), m.start) \
            if within is None and not SEA_OF_A_PLACE.match(f.text, m.end) else None   # (not "Ukraine's
        #                                               Black Sea port of Odesa": the port is Ukraine's)
        if owner and f.country_named(owner.group("country")) not in (None, f.entity(m)) \
                and f.entity(m) is not None:   # "Yemen's Hodeidah", "Ukraine's Kharkiv region"
            f.add(f.entity(m), "gk:locatedIn", f.country_named(owner.group("country")), s)
        country = f.mentions_in(within.end(), s.end, "Country") if within else []
        if country and country[0].start == within.end() and f.entity(m) is not None \
                and f.entity(country[0]) is not f.entity(m):
            f.add(f.entity(m), "gk:locatedIn", f.entity(country[0]), s)
    for m in f.mentions_in(s.start, s.end, "Place", "Company", "GovernmentAgency"):
        if m.kind not in ("Place", "Company", "GovernmentAgency"):
            continue
        if m.kind == "Place" and f.text[max(0, m.start - 4):m.start] == "its ":
            owner = f.last_mention_before(m.start, "Company", "GovernmentAgency", "JointVenture",
                                          within=250)
            if owner is not None and f.entity(owner) is not f.entity(m):
                f.add(f.entity(m), "gk:partOf", f.entity(owner), s)
        owner = COUNTRY_OWNS.search(f.text, max(s.start, m.start - 40), m.start)
        if m.kind == "Place" and owner and f.country_named(owner.group("country")) is not None:
            f.add(f.entity(m), "gk:locatedIn", f.country_named(owner.group("country")), s)
        city = [c for c in f.mentions_in(max(s.start, m.start - 40), m.start, "City")
                if OWNED_BODY.match(f.text[c.end:m.start])] if m.kind == "Company" else []
        if city and f.entity(city[-1]) is not None and f.entity(m) is not None:   # ("Abu Dhabi's International
            f.add(f.entity(m), "gk:locatedIn", f.entity(city[-1]), s)             #  Golden Group")
        after = re.match(r"\s+in\s+(?P<place>[A-Z][\w]+(?: [A-Z][\w]+)?)", f.text[m.end:s.end])
        if not after or MADE_OF.search(f.text, max(s.start, m.start - 30), m.start) \
                or m.kind != "Place" and SIGNED_WITH_BEFORE.search(f.text, max(s.start, m.start - 50), m.start):
            continue   # ('production of products of Rheinmetall AG in Ukraine': made there; 'signed a
            #            contract with Spanish company Navantia in Riyadh': where it was signed)
        place = place_named(f, m.end + after.start("place"), after.group("place"))
        entity = f.entity(m)
        if place is not None and entity is not None and place is not entity:
            f.add(entity, "gk:locatedIn", place, s)


BACKED = re.compile(r"\b(?P<who>[A-Z][\w.]+)-(?:backed|sponsored|supported|funded|armed)\s+(?:the\s+)?")


BACKED_WORDS = ('-backed', '-sponsored', '-supported', '-funded', '-armed')


def _backed(f: Findings, s) -> None:
    """'the Iranian-backed Houthi militia': the militia is backed by Iran."""
    if not mentions_any(s.text, BACKED_WORDS):
        return
    for m in BACKED.finditer(s.text):
        start = s.start + m.end()
        group = f.mentions_in(start, start + 40, "Org")
        backer = f.country_named(m.group("who"))
        if group and backer is not None and group[0].start == start:
            f.add(f.entity(group[0]), "gk:backedBy", backer, s)


SUBSIDIARY = re.compile(r"^(?:\s*\([A-Z][\w&-]{1,10}\))?(?:,?\s+|\s+\()(?:(?:[a-z]+ly\s+)?(?:a|an|the)\s+(?:[\w.-]+\s+){0,2}?(?:subsidiary|unit|division|arm|"
                        r"part|member)(?:\s+of|\s+(?:[\w%-]+\s+){0,3}?(?:owned|controlled)\s+by)|"
                        r"(?:(?:now|all|both|also|each|since\s+\d{4})\s+)?part\s+of)"
                        r"\s+(?:the\s+)?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?(?:’s|'s)\s+)?"
                        # ('MSM GROUP, a member of the industrial and technology group CSG')
                        # ('IEMZ Kupol, a subsidiary of Russian state-owned weapons maker Almaz-Antey')
                        r"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,3}?(?:group|conglomerate|holding|maker|manufacturer|"
                        r"company|firm|giant|producer)\s+)?$")
#   'X, part of Y Group', 'X (XY), a business unit of Y', 'X, a subsidiary 100% controlled by Y', 'Tatra (a subsidiary of the
#   Czechoslovak Group)', 'Barzan Holdings, the strategic investment arm of Qatar's Ministry of Defense'
# 'Pishtazan Kavosh Gostar Boshra (PKGB) and its subsidiary Narin Sepehr': the second is the first's
# ... and 'the DPRK Ministry of Rocket Industry and four of its subordinate companies, A, B, and C': each
ITS_SUBSIDIARY = re.compile(r"^(?:\s*\([^)]{1,12}\))?,?\s+(?:and|or|as\s+well\s+as)\s+(?:[\w-]+\s+of\s+)?its\s+"
                            r"(?:[\w-]+\s+)?(?:subsidiary|subsidiaries|affiliates?|units?|divisions?|"
                            r"(?:subordinate|affiliated)\s+(?:companies|entities|firms|organi[sz]ations))\s*,?\s+$")
# 'The DPRK Ministry of Rocket Industry is subordinate to the DPRK's Munitions Industry Department'
SUBORDINATE_TO = re.compile(r"^\s+(?:is|was|are|were)\s+(?:a\s+)?(?:subordinate|subsidiary)\s+(?:to|of)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w.-]*(?:’s|'s)\s+)?$")
# 'WB Electronics, a WB Group subsidiary': the parent named inside the apposition
SUBSIDIARY_OPEN = re.compile(r"^,\s+(?:a|an)\s+$")
SUBSIDIARY_NOUN = re.compile(r"\s+(?:subsidiary|unit|division|arm|affiliate)\b")
# "the U.S. Commerce Department's Bureau of Industry and Security": a body of the one named
# first (not "Boeing's Embraer deal", nor "Boeing's rival Airbus")
OWNED_BODY = re.compile(r"^(?:’s|'s)\s+$")
NOT_OWNED = re.compile(r"\s+(?:partnership|deal|contract|joint|venture|tie-up|bid|offer|agreement|"
                       r"alliance|collaboration|merger|takeover|acquisition|stake|rival|partner)\b", re.I)
# 'Taurus Armas S.A., of Brazil': a firm and where it is from
FIRM_OF = re.compile(r"^,\s+of\s+(?:the\s+)?$")


BASED = re.compile(r"^,?\s+(?:which is\s+|that is\s+)?(?:based|headquartered)\s+in\s+$")
PLACE_BASED_APPOSITION = re.compile(r"^,\s+(?:a|an)\s+$")   # 'X, a Moscow-based company' 


PLACE_BASED = re.compile(r"^-(?:based|headquartered|registered)\s+(?:[a-z-]+\s+){0,2}$")
# 'Headquartered in Italy, LBA Systems ...': a sentence that opens with the seat of the firm after it
SEAT_OPENING = re.compile(r"^(?:Headquartered|Based)\s+in\s+$")


def _owned_bodies(f: Findings, s) -> None:
    """"the U.S. Commerce Department's Bureau of Industry and Security": part of the first."""
    if "’s " not in s.text and "'s " not in s.text:
        return
    orgs = f.mentions_in(s.start, s.end, "Company", "GovernmentAgency", "Organization", "MilitaryBranch")
    for a, b in zip(orgs, orgs[1:]):
        if OWNED_BODY.match(f.text[a.end:b.start]) and not NOT_OWNED.match(f.text, b.end) \
                and f.entity(a) is not None and f.entity(b) is not None:
            f.add(f.entity(b), "gk:partOf", f.entity(a), s)


OF_THE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
SUBSIDIARY_WORDS = ('subsidiar', 'subordinate', 'unit', 'division', 'arm ', 'part of', 'member of', 'based',
                    'headquartered', ', of ', '-registered')


# 'The three affiliate companies of Hanwha Group are Hanwha Corporation, Hanwha Defence and ...'
MEMBERS_ARE = re.compile(r"\b(?:affiliate\s+|subsidiary\s+|member\s+)?(?:companies|firms|subsidiaries|affiliates|"
                         r"units)\s+of\s+(?:the\s+)?(?=[A-Z])(?P<parent>[^.;]{2,60}?)\s+(?:are|include|includes|were)\s+"
                         r"(?=[A-Z])")


def _members_listed(f: Findings, s) -> None:
    m = MEMBERS_ARE.search(s.text)
    parent = [x for x in f.mentions_in(s.start + m.start("parent"), s.start + m.end("parent"), "Org")
              if x.start == s.start + m.start("parent")] if m else []
    if not parent or f.entity(parent[0]) is None:
        return
    listed = [x for x in f.mentions_in(s.start + m.end(), s.end, "Company", "Organization") if x.kind != "Country"]
    for member in f.coordinated(listed) if listed and listed[0].start == s.start + m.end() else ():
        if f.entity(member) is not None and f.entity(member) is not f.entity(parent[0]):
            f.add(f.entity(member), "gk:partOf", f.entity(parent[0]), s)


# 'the Air Warfare Destroyer Alliance which comprises the Department of Defence, Raytheon Australia,
# and ASC Shipbuilding': the bodies a consortium or alliance is made of
COMPRISES = re.compile(r",?\s+(?:which|that)\s+(?:comprises|is\s+made\s+up\s+of|consists\s+of|brings\s+together|"
                       r"includes)\s+(?:the\s+)?"
                       # ('the AirTanker consortium, comprising Europe's biggest aerospace company EADS, ...')
                       r"|(?:\s+(?:consortium|alliance|team|joint\s+venture))?,\s+(?:comprising|made\s+up\s+of|consisting\s+of|grouping)\s+(?:the\s+)?")
# what the first member is said to be, before its name ("Europe's biggest aerospace company EADS")
MEMBER_DESCRIBED = re.compile(r"(?:[A-Z][\w.-]*(?:’s|'s)\s+)?(?:[a-z][\w-]*\s+){0,3}"
                              r"(?:company|firm|group|maker|manufacturer|contractor|giant|shipbuilder)\s+")


# 'The group comprises the United States, South Korea, Japan, and ...': the body named before
THE_BODY_COMPRISES = re.compile(r"(?:The|This|That)\s+(?:group|body|coalition|alliance|consortium|grouping|panel|team)"
                                r"(?=\s+(?:comprises|includes|is\s+made\s+up\s+of|consists\s+of|brings\s+together)\s)")


COMPRISES_AFTER_NOUN = re.compile(r"\s+(?:comprises|includes|is\s+made\s+up\s+of|consists\s+of|brings\s+together)\s+"
                                  r"(?:the\s+)?")


def _comprised(f: Findings, s) -> None:
    """The members a body is made of; a venture's or consortium's are its partners."""
    if "compris" not in s.text and "made up of" not in s.text and "consist" not in s.text \
            and "brings together" not in s.text and "grouping" not in s.text:
        return
    bodies = f.mentions_in(s.start, s.end, "Organization", "JointVenture", "IntergovernmentalBody")
    named_before = THE_BODY_COMPRISES.match(s.text)
    if named_before:   # (a group, not the body of states its members belong to: '11 UN members')
        before = f.last_mention_before(s.start, "Organization", "JointVenture", within=1500) \
            or f.last_mention_before(s.start, "IntergovernmentalBody", within=1500)
        bodies = [before] if before is not None else []
    for body in bodies:
        m = COMPRISES_AFTER_NOUN.match(f.text, s.start + named_before.end(), s.end) if named_before \
            else COMPRISES.match(f.text, body.end, s.end)
        listed = [x for x in f.mentions_in(m.end(), s.end, "Party") if x.kind not in ("Demonym", "City")] if m else []
        if not listed or f.entity(body) is None or (
                listed[0].start != m.end() and not MEMBER_DESCRIBED.fullmatch(f.text, m.end(), listed[0].start)):
            continue
        venture = f.entity(body).kind == "JointVenture"
        for member in f.coordinated(listed):
            entity = f.entity(member) or f.country(member)
            if entity is not None and entity is not f.entity(body):
                if venture:   # (what it is made of, though the sentence says what it will do)
                    f.add(f.entity(body), "gk:partner", entity, s, "Asserted")
                else:
                    f.add(entity, "gk:partOf", f.entity(body), s)


# 'Rosoboronexport and Kalashnikov Concern are the subsidiaries of Rostec State Corporation'
ARE_SUBSIDIARIES = re.compile(r"\s+(?:are|is|were|was)\s+(?:both\s+)?(?:the\s+|a\s+|an\s+)?(?:wholly[- ]owned\s+)?"
                              r"(?:subsidiar(?:y|ies)|units?|divisions?)\s+of\s+(?:the\s+)?")


def _subsidiaries_said(f: Findings, s) -> None:
    if "of" not in s.text or not re.search(r"subsidiar|\bunits?\b|divisions?", s.text):
        return
    firms = f.mentions_in(s.start, s.end, "Company", "JointVenture")
    for i, firm in enumerate(firms):
        m = ARE_SUBSIDIARIES.match(f.text, firm.end, s.end)
        parent = [x for x in f.mentions_in(m.end(), s.end, "Org") if x.start == m.end()] if m else []
        if not parent or f.entity(parent[0]) is None:
            continue
        # ('A and B are the subsidiaries of C': the names joined before the verb)
        for member in f.coordinated_ending(firms[:i + 1]):
            if f.entity(member) is not None and f.entity(member) is not f.entity(parent[0]):
                f.add(f.entity(member), "gk:partOf", f.entity(parent[0]), s)
        return


def _subsidiaries(f: Findings, s) -> None:
    """'MBDA, a unit of Airbus' (part of); 'Hanwha, based in Seoul' and 'Seoul-based Hanwha'
    (located in)."""
    _owned_bodies(f, s)
    _members_listed(f, s)
    if not mentions_any(s.text, SUBSIDIARY_WORDS):
        return
    orgs = f.mentions_in(s.start, s.end, "Company", "JointVenture", "GovernmentAgency",
                         "Organization", "MilitaryBranch")
    places = f.mentions_in(s.start, s.end, "Where")
    for a in orgs:
        for b in orgs:
            between = f.text[a.end:b.start]
            if b.start > a.end and (SUBSIDIARY.match(between) or SUBORDINATE_TO.match(between) or (
                    SUBSIDIARY_OPEN.match(between) and SUBSIDIARY_NOUN.match(f.text, b.end))):
                f.add(f.entity(a), "gk:partOf", f.entity(b), s)
                if re.match(r",\s+(?:all|both|each)\s", between):   # ('Peene-Werft, Blohm+Voss and
                    listed = [x for x in orgs if x.end <= a.end]      #  Norderwerft, all part of NVL')
                    for c in f.coordinated_ending(listed)[:-1]:
                        f.add(f.entity(c), "gk:partOf", f.entity(b), s)
            elif b.start > a.end and ITS_SUBSIDIARY.match(between):
                for c in f.coordinated([x for x in orgs if x.start >= b.start]):
                    f.add(f.entity(c), "gk:partOf", f.entity(a), s)
        for p in places:
            place = f.entity(p) or f.country(p)
            if place is None:
                continue
            if p.start > a.end and (BASED.match(f.text[a.end:p.start]) or (
                    a.kind == "Company" and FIRM_OF.match(f.text[a.end:p.start]))) \
                    and not OF_THE_BEFORE.search(f.text, max(s.start, a.start - 8), a.start):
                f.add(f.entity(a), "gk:locatedIn", place, s)   # (not 'the Infantry Corps of the Nigerian
                #                                                Army, based in Jaji': the corps is)
            elif a.start > p.end and SEAT_OPENING.match(f.text[s.start:p.start]) \
                    and re.fullmatch(r"(?:,\s+[A-Z][\w-]*)?,\s+(?:the\s+)?", f.text[p.end:a.start]):
                f.add(f.entity(a), "gk:locatedIn", place, s, "Asserted")   # ('Based in Abu Dhabi, UAE, X')
            elif a.start > p.end and PLACE_BASED.match(f.text[p.end:a.start]):
                for firm in f.coordinated([x for x in orgs if x.start >= a.start]):
                    if firm is not a and re.search(r"-(?:based|headquartered|registered) $", f.text[s.start:firm.start]):
                        break   # ('Hong Kong-based A, B and C', up to one based elsewhere)
                    f.add(f.entity(firm), "gk:locatedIn", place, s, "Asserted")   # (where it is, whatever
                    #                                        the sentence says it will do)
            elif p.start > a.end and PLACE_BASED_APPOSITION.match(f.text[a.end:p.start]) and \
                    f.text[p.end:p.end + 6] == "-based":
                f.add(f.entity(a), "gk:locatedIn", place, s)
