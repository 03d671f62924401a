"""Industrial and diplomatic ties: joint ventures, cooperation and its projects, governing
bodies and their chairs, licensed production, production sites, manufacturers, former
names, operators, export markets, and which country an organisation belongs to.
"""
from __future__ import annotations

import re

from . import Findings, Lit

POSSESSIVE = r"(?:’s|'s)"


def apply(f: Findings) -> None:
    f.cooperations = []
    for s in f.doc.sentences:
        _country_of_orgs(f, s)
        _joint_venture(f, s)
        _cooperation(f, s)
        _chairs(f, s)
        _licensed(f, s)
        _produced_at(f, s)
        _manufacturer(f, s)
        _former_names(f, s)
        _operators(f, s)
        _export_markets(f, s)
        _membership(f, s)
        _located(f, s)
        _backed(f, s)
        _origin_and_makers(f, s)
        _equipped(f, s)
        _subsidiaries(f, s)
    _project_lists(f)


def _entity_at(f: Findings, start: int, end: int, *kinds):
    found = f.mentions_in(start, end, *kinds)
    return f.entity(found[0]) if found else None


# --- organisations and their countries ------------------------------------------

def _country_of_orgs(f: Findings, s) -> None:
    """"India's DRDO", "the German Ministry of Defence", "Rosoboronexport, Russia's main arms
    export entity", "the Chinese entity EDD"."""
    text = f.text
    for m in f.mentions_in(s.start, s.end, "Org"):
        org = f.entity(m)
        if org is None or org.kind == "MediaOutlet":
            continue
        country = None
        if m.kind == "MilitaryBranch" and "country" in m.attrs:
            from .. import gazetteer
            country = f._country_entity(gazetteer.by_key()[m.attrs["country"]])
        before = text[max(s.start, m.start - 30):m.start]
        prev = re.search(rf"([A-Z][\w.]+(?: [A-Z][\w.]+)?)(?:{POSSESSIVE})?\s+(?:(?:entity|company|firm|"
                         rf"state-owned|state|defence|defense|arms|main)\s+)*$", before)
        if country is None and prev:
            country = f.country_named(prev.group(1))
        inside = re.match(r"([A-Z][a-z]+)\s", m.text)
        if country is None and inside and f.country_named(inside.group(1)) and \
                inside.group(1) != m.text:
            country = f.country_named(inside.group(1))
        after = re.match(rf",\s+(?:the\s+)?([A-Z][\w.]+(?: [A-Z][\w.]+)?){POSSESSIVE}\s", text[m.end:s.end])
        if country is None and after:
            country = f.country_named(after.group(1))
        if country is not None and country is not org:
            f.add(org, "gk:country", country, s, "Asserted")


# --- joint ventures -------------------------------------------------------------

JV = re.compile(r"\bjoint venture (?:between|of|formed by)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)"
                r"(?=\s*(?:—|–|-|,|\.|;|\(|$|\s+(?:has|is|was|that|which|to|for|and)\b))", re.I)


JV_FORMED = re.compile(r"(?P<a>[A-Z][^,;]*?)\s+and\s+(?P<b>[A-Z][^,;]*?)\s+(?:have\s+|has\s+)?"
                       r"(?:on\s+[A-Z][a-z]+\s+)?(?:formed|set up|established|created|launched|"
                       r"announced|signed|will form|agreed to form|plan to set up)\s+"
                       r"(?:a|an|the)\s+(?:new\s+)?joint venture,?\s+(?:called\s+|named\s+)?")


def _joint_venture(f: Findings, s) -> None:
    formed = JV_FORMED.search(s.text)
    if formed:
        _formed_venture(f, s, formed)
        return
    m = JV.search(s.text)
    if not m:
        return
    partners = []
    for group in ("a", "b"):
        start, end = s.start + m.start(group), s.start + m.end(group)
        orgs = f.mentions_in(start, end, "Org")
        if orgs:
            partners.append(f.entity(orgs[-1]))
        else:
            countries = f.mentions_in(start, end, "Country", "Demonym")
            if countries:
                partners.append(f.country(countries[-1]))
    partners = [p for p in partners if p is not None]
    if len(partners) < 2:
        return
    name = f.last_mention_before(s.start + m.start(), "Org", within=120)
    if name is None or f.entity(name) in partners:
        return
    venture = f.entity(name)
    venture.kind = "JointVenture"
    for p in partners:
        f.add(venture, "gk:partner", p, s)
    produces = re.search(r"\b(?:produc\w+|manufactur\w+|build\w*|mak\w+|develop\w*)\s+(?:the\s+)?",
                         s.text[m.end():])
    if produces:
        start = s.start + m.end() + produces.end()
        product = _entity_at(f, start, min(start + 60, s.end), "Weapon")
        if product is not None:
            f.add(venture, "gk:product", product, s)


def _formed_venture(f: Findings, s, m) -> None:
    """'Turkey's Baykar and Italy's Leonardo formed a joint venture, LBA Systems, to build ...'."""
    partners = []
    for group in ("a", "b"):
        orgs = [o for o in f.mentions_in(s.start + m.start(group), s.start + m.end(group), "Org")
                if o.kind != "MediaOutlet"]
        if orgs:
            partners.append(f.entity(orgs[-1]))
    after = f.mentions_in(s.start + m.end(), s.start + m.end() + 60, "Org")
    if len(partners) < 2:
        return
    if after and after[0].start == s.start + m.end():
        venture = f.entity(after[0])
        venture.kind = "JointVenture"
    else:  # an unnamed venture: named after its partners
        venture = f.new_entity("JointVenture",
                               f"{partners[0].label}–{partners[1].label} joint venture")
        after = [type("At", (), {"end": s.start + m.end()})]
    for p in partners:
        f.add(venture, "gk:partner", p, s)
    rest = s.text[after[0].end - s.start:]
    produces = re.search(r"\bto\s+(?:build|produce|make|manufacture|develop)\s+", rest)
    if produces:
        start = after[0].end + produces.end()
        product = _entity_at(f, start, min(start + 60, s.end), "Weapon")
        if product is not None:
            f.add(venture, "gk:product", product, s)


# --- cooperation and its projects -----------------------------------------------

COOPERATION = re.compile(r"\b(?:cooperation|co-operation|partnership|collaboration|ties|relationship)\b",
                         re.I)


def _cooperation(f: Findings, s) -> None:
    if not COOPERATION.search(s.text):
        return
    countries = []
    for m in f.mentions_in(s.start, s.end, "Country", "Demonym"):
        c = f.country(m)
        if c is not None and c not in countries:
            countries.append(c)
    if len(countries) != 2:
        return
    pair = set(map(id, countries))
    coop = next((c for c in f.cooperations if set(map(id, f.objects(c, "gk:party"))) == pair), None)
    if coop is None:
        coop = f.event("Cooperation")
        f.cooperations.append(coop)
    for c in countries:
        f.add(coop, "gk:party", c, s, "Asserted")
    coop.last_offset = s.start


PROJECT_INTRO = re.compile(r"\b(?:projects?|programmes?|programs?|platforms?|systems?)\b[^.:]*"
                           r"\b(?:include|includes|including|are)\s*:\s*$", re.I)


def _project_lists(f: Findings) -> None:
    """'Key collaborative projects include:' followed by list lines: each system is a project
    of the cooperation under discussion."""
    sentences = f.doc.sentences
    for i, s in enumerate(sentences):
        if not PROJECT_INTRO.search(s.text):
            continue
        coop = _cooperation_before(f, s.start)
        if coop is None:
            continue
        for item in sentences[i + 1:]:
            if not re.match(r"^[-•*–]\s", item.text):
                break
            for m in f.mentions_in(item.start, item.end, "Weapon"):
                if re.search(r"\b(?:formerly|previously|ex-)\s*$", f.text[item.start:m.start]):
                    continue
                f.add(coop, "gk:project", f.entity(m), item, "Asserted")


def _cooperation_before(f: Findings, offset: int):
    best = None
    for coop in f.cooperations:
        if getattr(coop, "last_offset", offset + 1) <= offset:
            best = coop
    return best


# --- bodies and chairs ----------------------------------------------------------

CHAIRED = re.compile(r"\b(?P<co>co-)?(?:chaired|headed|led)\s+by\s+(?:the\s+)?(?P<role>[A-Z][\w ]+?)"
                     r"(?:\s+of\s+(?P<whose>both countries|the two countries|both sides|"
                     r"(?:the\s+)?[A-Z][\w.]+(?: [A-Z][\w.]+)?))?(?=[,.;]|$|\s+and\b)")


def _chairs(f: Findings, s) -> None:
    m = CHAIRED.search(s.text)
    if not m:
        return
    body_m = f.last_mention_before(s.start + m.start(), "Org", within=200)
    if body_m is None:
        return
    body = f.entity(body_m)
    role = _singular(m.group("role").strip())
    whose = m.group("whose") or ""
    if re.match(r"(?:both|the two)", whose):
        countries = _countries_in(f, body_m.start, body_m.end) or _countries_in(f, s.start, s.end)
    else:
        countries = [f.country_named(whose)] if whose and f.country_named(whose) else []
    if len(_countries_in(f, body_m.start, body_m.end)) >= 2 or "Inter-Governmental" in body.label \
            or "Intergovernmental" in body.label:
        body.kind = "IntergovernmentalBody"
    for country in countries or [None]:
        label = f"{role} of {country.label}" if country else role
        post = f.new_entity("Post", label)
        post.attrs["roleName"] = role
        if country is not None:
            f.add(post, "gk:country", country, s, "Asserted")
        f.add(post, "gk:roleName", Lit(role), s, "Asserted")
        f.add(body, "gk:chair", post, s)


def _singular(role: str) -> str:
    words = role.split()
    if words and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _countries_in(f: Findings, start: int, end: int):
    out = []
    for m in f.mentions_in(start, end, "Country", "Demonym"):
        c = f.country(m)
        if c is not None and c not in out:
            out.append(c)
    if not out:  # 'India-Russia Inter-Governmental Commission': names inside a longer mention
        for name in re.findall(r"[A-Z][a-z]+", f.text[start:end]):
            c = f.country_named(name)
            if c is not None and c not in out:
                out.append(c)
    return out


# --- production -----------------------------------------------------------------

def _clause_systems(f: Findings, s, start: int):
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


LICENSED = re.compile(r"\blicen[cs]ed production|produced under licen[cs]e|licen[cs]e-(?:built|produced)|"
                      r"built under licen[cs]e|manufactured under licen[cs]e", re.I)


def _licensed(f: Findings, s) -> None:
    for m in LICENSED.finditer(s.text):
        start = s.start + m.start()
        systems = _clause_systems(f, s, start)
        after = f.text[s.start + m.end():s.end]
        where = re.match(r"\s+(?:in|by)\s+(?:the\s+)?([A-Z][\w.]+(?: [A-Z][\w.]+)?)", after)
        country = f.country_named(where.group(1)) if where else None
        for system in systems:
            f.add(system, "gk:producedUnderLicence", Lit(True, "boolean"), s)
            if country is not None:
                f.add(system, "gk:licenseeCountry", country, s)


PRODUCED_AT = re.compile(r"\b(?:being\s+)?(?:produced|manufactured|built|made|assembled)\s+(?:[a-z]+\s+)?"
                         r"(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w-]+(?: [A-Z][\w-]+){0,5})")
FACILITY_AT = re.compile(r"\bproduction (?:capacity|facility|facilities|line|lines|plant) "
                         r"(?:at|in) (?:its |the )?(?P<place>[A-Z][\w-]+(?: (?:of )?[A-Z][\w-]+){0,5})")


def _produced_at(f: Findings, s) -> None:
    for rx in (PRODUCED_AT, FACILITY_AT):
        for m in rx.finditer(s.text):
            start = s.start + m.start("place")
            place = _place(f, start, m.group("place"))
            if place is None:
                continue
            systems = _clause_systems(f, s, s.start + m.start()) or _systems_nearby(f, s)
            for system in systems:
                f.add(system, "gk:producedAt", place, s)


def _systems_nearby(f: Findings, s):
    m = f.last_mention_before(s.start, "Weapon", within=400)
    return [f.entity(m)] if m else []


def _place(f: Findings, start: int, name: str):
    inside = f.mentions_in(start, start + len(name))
    if inside and inside[0].start == start:
        entity = f.entity(inside[0])
        if entity is not None and (entity.kind in ("City", "Region", "Place", "Country")):
            return entity
        return None
    if f.country_named(name) is not None:
        return f.country_named(name)
    return f.new_entity("Place", name)


MADE_BY = re.compile(r"\b(?:produced|manufactured|built|made|developed|designed)\s+(?:[\w-]+\s+){0,4}?"
                     r"by\s+(?:the\s+)?")
PRIME = re.compile(r"\bprime contractor (?:will be|is|was)\s+(?:the\s+)?")


def _manufacturer(f: Findings, s) -> None:
    for m in MADE_BY.finditer(s.text):
        start = s.start + m.end()
        maker = _entity_at(f, start, min(start + 60, s.end), "Company", "JointVenture", "GovernmentAgency",
                           "Organization")
        if maker is None:
            continue
        for system in _clause_systems(f, s, s.start + m.start()) or _systems_nearby(f, s):
            f.add(system, "gk:manufacturer", maker, s)
    m = PRIME.search(s.text)
    if m and getattr(f, "deals", None):
        start = s.start + m.end()
        org = _entity_at(f, start, min(start + 60, s.end), "Org")
        if org is None:
            name = re.match(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*", s.text[m.end():])
            org = f.new_entity("Company", name.group(0)) if name else None
        if org is not None:
            f.add(f.deals[-1], "gk:contractor", org, s)
            where = re.match(r"[^,]+,\s+(?P<city>[A-Z][\w ]+?)(?:,\s+(?P<region>[A-Z][\w ]+?))?[.,]",
                             s.text[m.end():])
            if where:
                city_start = s.start + m.end() + where.start("city")
                place = _place(f, city_start, where.group("city"))
                if place is not None:
                    f.add(org, "gk:locatedIn", place, s)


# --- names, operators, markets ---------------------------------------------------

FORMERLY = re.compile(r"\(?\b(?:formerly|previously|originally)(?: (?:known as|named|called))?\s+"
                      r"(?:the\s+)?(?P<old>[A-Z][\w-]+(?: [A-Z][\w-]+){0,4})")


def _former_names(f: Findings, s) -> None:
    for m in FORMERLY.finditer(s.text):
        before = f.mentions_in(s.start, s.start + m.start(), "Weapon", "Org", "Where")
        if not before:
            continue
        entity = f.entity(before[-1])
        old = m.group("old")
        f.add(entity, "gk:formerName", Lit(old), s)
        entity.aliases.add(old)


OPERATED = re.compile(r"\b(?:deployed|operated|used|fielded|flown|in service)\s+(?:\w+\s+){0,2}?"
                      r"(?:by|with)\s+(?:the\s+)?")
FLEET = re.compile(r"\b(?P<whose>its|their|[A-Z][\w.]+(?:’s|'s))\s+(?:\w+\s+){0,2}fleet of\s+")
OPERATES = re.compile(r"\b(?:operates|operate|operated|flies|fly|fields|field|uses|deploys|"
                      r"inducted|commissioned)\s+(?:its\s+|their\s+|the\s+)?(?:\w+\s+){0,2}?(?=[A-Z])")
ANAPHOR = re.compile(r"\b(?:the|these|this|its|those)\s+(?P<noun>missiles?|systems?|jets?|aircraft|"
                     r"helicopters?|tanks?|ships?|vessels?|drones?|rifles?|weapons?)"
                     r"(?:\s+(?:already|now|also|currently|still|\w+ly|being|been|is|are|was|were))*\s*$",
                     re.I)


def _operators(f: Findings, s) -> None:
    for m in OPERATED.finditer(s.text):
        start = s.start + m.end()
        tail = f.text[start:s.end]
        stop = re.search(r"[.;]|\s(?:and|while|but)\s+(?![A-Z])", tail)
        operators = f.mentions_in(start, start + (stop.start() if stop else len(tail)),
                                  "MilitaryBranch", "Country", "Demonym", "ArmedGroup")
        system = _subject_system(f, s, s.start + m.start())
        if system is None:
            continue
        for op in operators:
            entity = f.entity(op)
            if entity is not None:
                f.add(system, "gk:operator", entity, s)
    for m in OPERATES.finditer(s.text):
        users = f.mentions_in(s.start, s.start + m.start(), "MilitaryBranch", "Country", "Org")
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
        if systems:
            f.add(f.entity(systems[-1]), "gk:operator", f.entity(m), s)
    for m in FLEET.finditer(s.text):
        whose = m.group("whose")
        if whose in ("its", "their"):
            owner_m = f.last_mention_before(s.start + m.start(), "Country", "Org", within=200)
            owner = f.entity(owner_m) if owner_m else None
        else:
            owner = f.country_named(re.sub(r"(?:’s|'s)$", "", whose))
        if owner is None:
            continue
        start = s.start + m.end()
        for sm in f.mentions_in(start, start + 80, "Weapon"):
            f.add(f.entity(sm), "gk:operator", owner, s)


def _subject_system(f: Findings, s, offset: int):
    before = f.text[s.start:offset]
    anaphor = ANAPHOR.search(before)
    if anaphor:
        noun = anaphor.group("noun").lower()
        kinds = {"missile": ("Missile", "CruiseMissile"), "jet": ("FighterAircraft", "Aircraft"),
                 "aircraft": ("Aircraft", "FighterAircraft", "Helicopter"),
                 "helicopter": ("Helicopter",), "tank": ("Tank",), "ship": ("Ship",),
                 "vessel": ("Ship",), "drone": ("UnmannedAircraft",), "rifle": ("Rifle",)}
        kind = kinds.get(noun.rstrip("s"), ("Weapon",))
        m = f.last_mention_before(s.start + anaphor.start(), *kind, within=1500)
        return f.entity(m) if m else None
    inside = f.mentions_in(s.start, offset, "Weapon")
    return f.entity(inside[-1]) if inside else None


EXPORT = re.compile(r"\bexport (?:opportunities|markets?|prospects|potential|customers|orders)\b",
                    re.I)


def _export_markets(f: Findings, s) -> None:
    m = EXPORT.search(s.text)
    if not m:
        return
    places = [x for x in f.mentions_in(s.start + m.end(), s.end, "Region", "Country", "City")]
    if not places:
        return
    systems = [f.entity(x) for x in f.mentions_in(s.start, s.end, "Weapon")]
    if not systems:
        prev = f.last_mention_before(s.start, "Weapon", within=600)
        systems = [f.entity(prev)] if prev else []
    for system in systems:
        for p in places:
            f.add(system, "gk:exportMarket", f.entity(p), s)


MEMBER = re.compile(r"\b(?:member of|member state of|ally in|joined)\s+(?:the\s+)?|\b(?P<org>[A-Z]{2,})\s+"
                    r"(?:Ally|ally|member|member state)\b")


def _membership(f: Findings, s) -> None:
    for m in MEMBER.finditer(s.text):
        if m.group("org"):
            org = _entity_at(f, s.start + m.start("org"), s.start + m.end("org"), "Org")
        else:
            org = _entity_at(f, s.start + m.end(), s.start + m.end() + 60, "Org")
        if org is None:
            continue
        country = f.mentions_in(s.start, s.start + m.start(), "Country")
        if country:
            f.add(f.entity(country[0]), "gk:memberOf", org, s)


def _located(f: Findings, s) -> None:
    """'the Military Vehicle Centre of Excellence in Brisbane': a facility's place; 'its
    Centre of Excellence': the facility belongs to the organisation just named."""
    for m in f.mentions_in(s.start, s.end, "Place", "Company", "GovernmentAgency"):
        if m.kind not in ("Place", "Company", "GovernmentAgency"):
            continue
        if m.kind == "Place" and f.text[max(0, m.start - 4):m.start] == "its ":
            owner = f.last_mention_before(m.start, "Company", "GovernmentAgency", "JointVenture",
                                          within=250)
            if owner is not None and f.entity(owner) is not f.entity(m):
                f.add(f.entity(m), "gk:partOf", f.entity(owner), s)
        after = re.match(r"\s+in\s+(?P<place>[A-Z][\w]+(?: [A-Z][\w]+)?)", f.text[m.end:s.end])
        if not after:
            continue
        place = _place(f, m.end + after.start("place"), after.group("place"))
        entity = f.entity(m)
        if place is not None and entity is not None and place is not entity:
            f.add(entity, "gk:locatedIn", place, s)


BACKED = re.compile(r"\b(?P<who>[A-Z][\w.]+)-(?:backed|sponsored|supported|funded|armed)\s+(?:the\s+)?")


def _backed(f: Findings, s) -> None:
    """'the Iranian-backed Houthi militia': the militia is backed by Iran."""
    for m in BACKED.finditer(s.text):
        start = s.start + m.end()
        group = f.mentions_in(start, start + 40, "Org")
        backer = f.country_named(m.group("who"))
        if group and backer is not None and group[0].start == start:
            f.add(f.entity(group[0]), "gk:backedBy", backer, s)


MADE_IN = re.compile(r"\b(?P<who>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)-(?:made|built|designed|developed|"
                     r"origin|manufactured|produced)\s+")
MAKER_NOUN = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:maker|manufacturer|builder|producer|developer|"
                        r"designer)\s+(?:the\s+)?$")
WHICH_MAKES = re.compile(r"^(?:,\s+[^,]{1,60},)?,?\s+(?:(?:which|that|who)\s+|also\s+)?(?:makes|builds|"
                         r"produces|manufactures|"
                         r"designs|develops|made|built|produced|developed|designed)\s+(?:the\s+)?$")


def _origin_and_makers(f: Findings, s) -> None:
    """'the Russian-made S-400' (origin), 'Boeing-built jets', 'F-35 maker Lockheed Martin',
    'Lockheed Martin's F-35', 'Rheinmetall, which builds the Boxer' (manufacturer)."""
    weapons = f.mentions_in(s.start, s.end, "Weapon")
    orgs = f.mentions_in(s.start, s.end, "Company", "JointVenture", "GovernmentAgency",
                         "Organization")
    for m in MADE_IN.finditer(s.text):
        system = next((w for w in weapons if 0 <= w.start - (s.start + m.end()) < 40), None)
        if system is None:
            continue
        country = f.country_named(m.group("who"))
        maker = [o for o in orgs if o.start == s.start + m.start("who")]
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
                    re.fullmatch(r"(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}", between_before) and
                    o.kind in ("Company", "JointVenture")
                    or WHICH_MAKES.match(between_before)):
                parent_of = [a for a in orgs if a.end < o.start and
                             SUBSIDIARY.match(f.text[a.end:o.start])]
                maker = parent_of[-1] if parent_of else o   # 'MBDA, a unit of Airbus, makes'
                f.add(f.entity(w), "gk:manufacturer", f.entity(maker), s)


EQUIPPED = re.compile(r"^\s+(?:[a-z-]+\s+){0,3}?(?:equipped|armed|fitted|outfitted|integrated)\s+with\s+"
                      r"(?:the\s+|its\s+|\w+\s+)?$")


def _equipped(f: Findings, s) -> None:
    """'Su-30MKI jets armed with BrahMos missiles': the platform carries the weapon."""
    weapons = f.mentions_in(s.start, s.end, "Weapon")
    for a, b in zip(weapons, weapons[1:]):
        if EQUIPPED.match(f.text[a.end:b.start]):
            platform = f.entity(a)
            for carried in f.coordinated([x for x in weapons if x.start >= b.start]):
                if f.entity(carried) is not platform:
                    f.add(platform, "gk:equippedWith", f.entity(carried), s)


SUBSIDIARY = re.compile(r"^,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|division|arm|"
                        r"part|member)\s+of\s+(?:the\s+)?$")
BASED = re.compile(r"^,?\s+(?:which is\s+|that is\s+)?(?:based|headquartered)\s+in\s+$")
PLACE_BASED = re.compile(r"^-based\s+(?:[a-z-]+\s+){0,2}$")


def _subsidiaries(f: Findings, s) -> None:
    """'MBDA, a unit of Airbus' (part of); 'Hanwha, based in Seoul' and 'Seoul-based Hanwha'
    (located in)."""
    orgs = f.mentions_in(s.start, s.end, "Company", "JointVenture", "GovernmentAgency",
                         "Organization", "MilitaryBranch")
    places = f.mentions_in(s.start, s.end, "Where")
    for a in orgs:
        for b in orgs:
            if b.start > a.end and SUBSIDIARY.match(f.text[a.end:b.start]):
                f.add(f.entity(a), "gk:partOf", f.entity(b), s)
        for p in places:
            place = f.entity(p) or f.country(p)
            if place is None:
                continue
            if p.start > a.end and BASED.match(f.text[a.end:p.start]):
                f.add(f.entity(a), "gk:locatedIn", place, s)
            elif a.start > p.end and PLACE_BASED.match(f.text[p.end:a.start]):
                f.add(f.entity(a), "gk:locatedIn", place, s)
