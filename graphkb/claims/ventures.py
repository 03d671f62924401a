"""Joint ventures and their partners, cooperation between countries and its projects,
and the bodies that govern it with the offices that chair them."""
from __future__ import annotations

import re

from . import Findings, Lit
from .. import cues
from ..titles import NOT_NAME_WORDS
from .common import SUBJECT_APPOSED, agent, entity_at, mentions_any, place_at



def apply(f: Findings) -> None:
    f.cooperations = []
    for s in f.doc.sentences:
        _joint_venture(f, s)
        _set_up_jointly(f, s)
        if " by " in s.text:
            _founded_by(f, s)
        _venture_place(f, s)
        if "owned by" in s.text:
            _jointly_owned(f, s)
        _cooperation(f, s)
        _memorandum(f, s)
        _signatories_listed(f, s)
        _chairs(f, s)
        _venture_named_at_work(f, s)
        _new_company_named(f, s)
    _project_lists(f)


# 'PSM is jointly owned by Rheinmetall and KNDS Deutschland': a company two others own together is
# their venture
JOINTLY_OWNED = re.compile(r",?\s+(?:which\s+)?(?:is|was|are|has\s+been)\s+(?:jointly|equally)\s+owned\s+by\s+(?:the\s+)?")


def _jointly_owned(f: Findings, s) -> None:
    m = JOINTLY_OWNED.search(s.text)
    if m is None:
        return
    at = s.start + m.end()
    owned = [x for x in f.mentions_in(s.start, s.start + m.start(), "Company", "JointVenture", "Organization")
             if x.end == s.start + m.start()]
    after = f.mentions_in(at, s.end, "Company", "JointVenture")
    if not owned or f.entity(owned[0]) is None or not after or after[0].start != at:
        return   # (the venture named right before the words, its owners right after them)
    owners = [f.entity(x) for x in f.coordinated(after)]
    venture = f.entity(owned[0])
    if len(owners) < 2 or None in owners or venture in owners:
        return
    venture.kind = "JointVenture"
    for owner in owners:
        f.add(venture, "gk:partner", owner, s)


# 'Baykar has formed a joint venture with Leonardo. The new company, LBA Systems, was announced ...':
# the venture the text spoke of without a name, now named
NEW_COMPANY_NAMED = re.compile(r"(?:The|This)\s+(?:new\s+)?(?:company|venture|joint\s+venture|firm|entity),?\s+"
                               r"(?:(?:named|called)\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})(?=,|\s+(?:will|is|was|has)\b)")


def _new_company_named(f: Findings, s) -> None:
    m = NEW_COMPANY_NAMED.match(s.text)
    unnamed = [e for e in f.extra_entities if e.kind == "JointVenture" and e.key.startswith("name:")
               and e.key.endswith(" joint venture")] if m else []
    if len(unnamed) != 1:
        return
    partners = list(f.objects(unnamed[0], "gk:partner"))
    known = f.mentions_in(s.start + m.start("name"), s.start + m.end("name"), "Org")
    venture = f.entity(known[0]) if known and known[0].start == s.start + m.start("name") \
        else _name_venture(f, partners, m.group("name"))
    if venture is None or venture in partners:
        return
    venture.kind = "JointVenture"
    _merge_unnamed(f, partners, venture)


# What a venture named in the text is there to make: 'The Indo-Russian Rifles Joint Venture is also
# in operation to produce AK-203 assault rifles'
VENTURE_MAKES = re.compile(r"[^.;]{0,40}?\b(?:to\s+(?:produce|manufacture|make|build)|produces|manufactures|makes|"
                           r"builds)\s+(?:the\s+)?")
# ... and the countries its name opens with, joined by a hyphen ('Indo-Russian', 'Franco-German'),
# whose venture it is
NAMED_PARTNERS = re.compile(r"^(?:[Tt]he\s+)?(?P<a>[A-Z][a-z]+)-(?P<b>[A-Z][a-z]+)\s")


def _venture_named_at_work(f: Findings, s) -> None:
    for m in f.mentions_in(s.start, s.end, "JointVenture"):
        venture = f.entity(m)
        makes = VENTURE_MAKES.match(f.text, m.end, s.end) if venture is not None else None
        if makes is None:
            continue
        product = entity_at(f, makes.end(), min(makes.end() + 60, s.end), "Weapon")
        if product is not None:
            f.add(venture, "gk:product", product, s)
        named = NAMED_PARTNERS.match(m.text)
        countries = [f.country_named(named.group(g)) for g in ("a", "b")] if named else []
        if countries and None not in countries and not f.objects(venture, "gk:country"):
            for country in countries:   # ('Indo-Russian': India's and Russia's; partners are firms
                f.add(venture, "gk:country", country, s)   # or bodies, which the name does not give)


# 'The IRRPL was set up jointly between AWEIL and MIL of India and Rosoboronexport and Russia's
# Kalashnikov Concern in 2019': a company that several others set up together is their venture
SET_UP_JOINTLY = re.compile(r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:jointly\s+)?(?:set\s+up|formed|established|"
                            r"created|founded)\s+(?:jointly\s+)?(?:between|by)\s+")


def _set_up_jointly(f: Findings, s) -> None:
    if "jointly" not in s.text:
        return
    for firm in f.mentions_in(s.start, s.end, "Company", "Organization", "JointVenture"):
        m = SET_UP_JOINTLY.match(f.text, firm.end, s.end)
        venture = f.entity(firm) if m and "jointly" in m.group(0) else None
        if venture is None:
            continue
        partners = [f.entity(x) for x in f.mentions_in(m.end(), s.end, "Company", "GovernmentAgency", "Organization")]
        partners = list(dict.fromkeys(p for p in partners if p is not None and p is not venture))
        if len(partners) < 2:
            return
        venture.kind = "JointVenture"
        for p in partners:
            f.add(venture, "gk:partner", p, s)
        return


# 'Águas Azuis, a company founded by thyssenkrupp Marine Systems, Embraer Defense & Security and
# Atech': a firm that several others founded or own together is their venture
FOUNDED_BY = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|joint\s+venture|consortium|"
                        r"venture)\s+(?:jointly\s+)?(?:founded|formed|owned|set\s+up|established|created)\s+"
                        r"(?:jointly\s+)?by\s+")


def _founded_by(f: Findings, s) -> None:
    for firm in f.mentions_in(s.start, s.end, "Company", "Organization", "JointVenture"):
        m = FOUNDED_BY.match(f.text, firm.end, s.end)
        venture = f.entity(firm) if m else None
        if venture is None:
            continue
        named = f.mentions_in(m.end(), s.end, "Company", "GovernmentAgency", "Organization")
        partners = [f.entity(x) for x in f.coordinated(named)] if named and named[0].start == m.end() else []
        partners = list(dict.fromkeys(p for p in partners if p is not None and p is not venture))
        if len(partners) >= 2:
            venture.kind = "JointVenture"
            for p in partners:
                f.add(venture, "gk:partner", p, s)
        return


# 'form a joint venture in Saudi Arabia', 'a joint venture company in Hyderabad'
JV_IN = re.compile(r"\bjoint venture(?:\s+company)?\s+(?:based\s+)?in\s+(?:the\s+)?(?=[A-Z])", re.I)


def _venture_place(f: Findings, s) -> None:
    """Where a venture that this sentence gives partners to is set up, when it says so."""
    m = JV_IN.search(s.text) if "joint venture" in s.text.lower() else None
    if m is None:
        return
    where = place_at(f, s.start + m.end(), s.end)
    ventures = {id(c.subject): c.subject for c in f.claims
                if c.predicate == "gk:partner" and s.start <= c.start and c.end <= s.end}
    if where is not None and len(ventures) == 1:
        f.add(next(iter(ventures.values())), "gk:locatedIn", where, s)


JV = re.compile(r"\b(?:joint venture|consortium)"
                # ('the joint venture known as LBA Systems between Baykar ... and Italy's Leonardo')
                r"(?:\s+(?:known\s+as|called|named|dubbed)\s+(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}))?"
                r" (?:between|of|formed by|made up of|comprising)\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)"
                # (a hyphen ends a partner only as a dash: 'and US-based ... manufacturer L3Harris')
                r"(?=\s*(?:—|–|,|\.|;|\(|$)|\s+-\s|\s+(?:has|is|was|that|which|to|for|and|will|would)\b)", re.I)


# ('Spain's Indra and state-owned Emirati company Edge Group agreed to form an Abu Dhabi-based
# joint venture': the second partner may come after what it is, the venture after where it is)
JV_FORMED = re.compile(r"(?P<a>[A-Z][^,;]*?)\s+and\s+(?:the\s+)?(?P<b>(?:[a-z][\w-]*\s+){0,5}?[A-Z][^,;]*?)"
                       r"\s+(?:have\s+|has\s+)?"
                       r"(?:on\s+[A-Z][a-z]+\s+)?(?:formally\s+|officially\s+|today\s+)?(?:formed|set up|established|"
                       r"created|launched|announced|signed|unveiled|will form|agreed to form|plan to set up|founded|"
                       r"co-founded)\s+"   # ('KMW and Rheinmetall founded joint venture (JV) ARTEC in 1999')
                       # ('HAL and France’s Safran Helicopter Engines on Friday signed an agreement for a new
                       # joint venture to develop helicopter engines')
                       r"(?:(?:an?\s+)?(?:agreement|memorandum\s+of\s+understanding|MoU|pact|deal)\s+(?:for|to\s+(?:form|"
                       r"set\s+up|establish|create))\s+)?"
                       r"(?:(?:a|an|the)\s+)?(?:new\s+)?(?:(?P<based>[A-Z][\w-]*(?: [A-Z][\w-]*)*)-based\s+)?"
                       r"(?:(?:\d{1,2}[-:/]\d{1,2}|equally[- ]owned)\s+)?"   # ('formed a 50-50 joint venture')
                       r"joint venture(?:\s+\(JV\))?(?:,?\s+(?:called\s+|named\s+)?|(?=[.;]))")


# 'The two companies already run a joint venture, Tata Lockheed Martin Aerostructures, in ...'
JV_OF_THE_TWO = re.compile(r"\b(?:[Tt]he two (?:companies|firms|groups)|[Bb]oth (?:companies|firms))\s+"
                           r"(?:already\s+|also\s+|jointly\s+|will\s+|plan to\s+)?(?:run|operate|own|have|"
                           r"formed|set up|form|establish|established|created|create)\s+(?:a|an|the)\s+"
                           r"(?:[\w:-]+\s+)?joint venture,?\s+(?:called\s+|named\s+)?"
                           # 'The two firms will each have a 50-50 stake in the new Italy-based company, X'
                           r"|\b(?:[Tt]he two (?:companies|firms|groups)|[Bb]oth (?:companies|firms))\s+(?:will\s+|would\s+)?"
                           r"(?:each\s+)?(?:have|hold|own|take)\s+(?:an?\s+)?(?:50-50|50/50|equal|\d+(?:\.\d+)?\s*(?:%|per\s*cent|"
                           r"percent))\s+(?:stake|share)s?\s+in\s+the\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:company|venture|"
                           r"firm|entity),?\s+(?:called\s+|named\s+)?")


# 'L&T today entered into a joint venture with European defence major MBDA Missile Systems'
JV_WITH = re.compile(r"\b(?:entered into|entered|formed|set up|signed|established|created|launched|"
                     # ('announced its foray into small arms manufacturing in India via a joint venture with')
                     r"announced|forged|will form|agreed to form|via|through)\s+(?:a|an)\s+(?:new\s+)?"
                     r"(?:[\w:-]+\s+)?joint venture\s+(?:\(JV\)\s+)?(?:agreement\s+|pact\s+|deal\s+)?"
                     r"with\s+"   # 'signed a joint venture (JV) agreement with Taurus'
                     # 'Baykar has partnered with Indonesian defense holding Republikorp to set up a
                     # joint venture for local drone production'
                     r"|\b(?:partnered|teamed up|joined forces|(?:signed|signing\s+of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?i:agreement|memorandum(?:\s+of\s+understanding)?|MoU)(?:\s+\([A-Za-z]+\))?)\s+with\s+"
                     # 'the signing of a Memorandum of Understanding (MoU) with three affiliate companies
                     # of Korea’s Hanwha Group to establish a joint venture company in Saudi Arabia'
                     r"(?=[^.;]{1,80}?\bto\s+(?:set up|form|"
                     r"establish|create|launch)\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+)?joint venture)")

# ... and its name, given in the same sentence or the next two: 'the JV named L&T MBDA Missile Systems'
JV_NAMED = re.compile(r"\b(?:JV|joint venture|company)\s*,?\s+(?:to be\s+)?(?:named|called|christened|dubbed)\s+"
                      # 'The joint venture company will be established ... under the name X'
                      r"|\b(?:JV|joint venture)\b[^.;]{0,100}?\bunder\s+the\s+name\s+")


JV_WORDS = ('joint venture', 'stake in the', 'consortium')


def _joint_venture(f: Findings, s) -> None:
    if not mentions_any(s.text, JV_WORDS):
        return
    formed = JV_FORMED.search(s.text)
    if formed:
        _formed_venture(f, s, formed)
        return
    with_ = JV_WITH.search(s.text)
    if with_:
        _venture_with(f, s, with_)
        return
    two = JV_OF_THE_TWO.search(s.text)
    if two:
        _venture_of_the_two(f, s, two)
        return
    owned = JV_OWNED.search(s.text)
    if owned and _owned_venture(f, s, owned):
        return
    m = JV.search(s.text)
    if not m:
        _venture_formation(f, s)
        return
    partners = []
    for group in ("a", "b"):
        start, end = s.start + m.start(group), s.start + m.end(group)
        orgs = f.mentions_in(start, end, "Org")
        countries = f.mentions_in(start, end, "Country", "Demonym")
        written = m.group(group).removeprefix("the ")
        # a name given whole is a firm's ('Marshall Canada', 'CAE'), not a country's
        named_whole = FIRM_NAME.fullmatch(written) and (
            written != countries[-1].text if countries else written.split()[0] not in NOT_NAME_WORDS)
        if orgs:
            partners.append(f.entity(orgs[-1]))
        elif named_whole:
            partners.append(f.new_entity("Company", written))
    partners = [p for p in partners if p is not None]   # (a country is no partner of a firm: 'and
    #                                                    US-based X' is X; two countries cooperate)
    if len(partners) < 2:
        return
    name = f.last_mention_before(s.start + m.start(), "Org", within=120)
    if name is not None and f.entity(name) in partners and not m.group("name"):
        return
    named_before = JV_NAME_BEFORE.search(f.text, s.start, s.start + m.start())
    called = [o for o in f.mentions_in(s.start + m.start("name"), s.start + m.end("name"), "Org")] \
        if m.group("name") else []
    if m.group("name"):   # ('the joint venture known as LBA Systems between ...')
        venture = f.entity(called[0]) if called else f.new_entity("JointVenture", m.group("name"))
        venture.kind = "JointVenture"
    elif name is not None and APPOSITION.fullmatch(f.text[name.end:s.start + m.start()]):
        venture = f.entity(name)   # 'BrahMos Aerospace, a joint venture between ...'
        venture.kind = "JointVenture"
    elif named_before and named_before.start() == s.start:   # 'SkyAlyne Canada, a joint venture
        venture = f.new_entity("JointVenture", named_before.group("name"))   # between CAE and ...'
    else:   # the name before is not the venture's ('NATO said COMLOG, a joint venture ...')
        venture = _unnamed_venture(f, partners[0], partners[1],
                                   "consortium" if m.group(0).lower().startswith("consortium") else "joint venture")
    modality = f.modality(max(s.start, s.start + m.start() - 40), s.start + m.end())
    for p in partners:   # (the modality of the words that name the venture, not of the sentence's
        f.add(venture, "gk:partner", p, s, modality)   # other clauses: '..., which will be used')
    produces = re.search(r"\b(?:produc\w+|manufactur\w+|build\w*|mak\w+|develop\w*)\s+(?:the\s+)?",
                         s.text[m.end():])
    if produces:
        start = s.start + m.end() + produces.end()
        product = entity_at(f, start, min(start + 60, s.end), "Weapon")
        if product is not None:
            f.add(venture, "gk:product", product, s)


# A firm's name the text gives whole, which may end in a country's ('Marshall Canada')
FIRM_NAME = re.compile(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){1,3}|[A-Z][A-Z&]{1,5}")
# A capitalised name opening the sentence, then 'a joint venture between ...'
JV_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}),\s+(?:a|an|the)\s+"
                            r"(?:[\w:-]+\s+)?$")
# What lies between a venture's name and 'joint venture between': ', a ', ' (BMA), the 50:50 ', ' (a '
APPOSITION = re.compile(r"\s*(?:\([^)]{1,40}\))?\s*(?:,|—|–|-|:|\()?\s*(?:is\s+|was\s+|which\s+is\s+)?"   # (or in brackets)
                        r"(?:a|an|the)\s+(?:[\w:/-]+\s+){0,3}")


JV_FORMATION = re.compile(r"\b(?:formation|form|forming|set up|setting up|establish\w*|creat\w*)\s+(?:of\s+)?"
                          r"(?:a|an|the)\s+(?:new\s+)?joint venture", re.I)


JV_APPOSED = re.compile(r"(?:\s+company)?,\s+(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}),")
THE_AGREEMENT = re.compile(r"(?:The|This)\s+(?:[\w-]+\s+)?(?:agreement|deal|memorandum|MoU|accord)\b")
# 'a joint venture company named “Thales and Benha Electronics S.A.E.”'
JV_NAMED_QUOTED = re.compile(r"\b(?:JV|joint venture|company)\s*,?\s+(?:to be\s+)?(?:named|called)\s+"
                             r"[“\"](?P<name>[A-Z][^”\"]{2,80}?)[.,]?[”\"]")


def _parties_before(f: Findings, s) -> list:
    """The parties of the one agreement the sentence before (or this one) reports."""
    start = f.doc.sentences[max(0, s.index - 1)].start
    events = {id(c.subject): c.subject for c in f.claims if start <= c.start < s.end
              and c.predicate == "gk:party" and getattr(c.subject, "kind", None) == "Cooperation"}
    if len(events) != 1:
        return []
    return f.objects(next(iter(events.values())), "gk:party")


# "Rafael announced that its R2S joint venture with Raytheon has opened ...": a venture one firm
# owns with another, named before the words
JV_OWNED = re.compile(r"\b(?:its|their|(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3})(?:’s|'s))\s+"
                      r"(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})\s+joint\s+venture\s+with\s+(?:the\s+)?")
FIRM_OR_BODY = ("Company", "JointVenture", "GovernmentAgency", "Organization")


def _owned_venture(f: Findings, s, m) -> bool:
    if m.group("owner"):
        owner = f.mentions_in(s.start + m.start("owner"), s.start + m.end("owner"), *FIRM_OR_BODY)
    else:   # 'its': the firm the clause is about
        owner = f.mentions_in(s.start, s.start + m.start(), *FIRM_OR_BODY)[-1:]
    other = [o for o in f.mentions_in(s.start + m.end(), s.end, *FIRM_OR_BODY) if o.start == s.start + m.end()]
    if not owner or not other:
        return False
    partners = [f.entity(owner[-1]), f.entity(other[0])]
    if None in partners or partners[0] is partners[1]:
        return False
    named = f.mentions_in(s.start + m.start("name"), s.start + m.end("name"), "Org")
    venture = f.entity(named[0]) if named else f.new_entity("JointVenture", m.group("name"))
    venture.kind = "JointVenture"
    for p in partners:
        f.add(venture, "gk:partner", p, s)
    return True


def _name_venture(f: Findings, partners: list, name: str):
    """The venture of these partners that the text named only after them before ('unveiled a
    new joint venture' ... 'the new company, Leonardo Rheinmetall Military Vehicles'), now
    named; or a new venture of that name."""
    unnamed = _unnamed_ventures_of(f, partners)
    if unnamed:
        unnamed[0].label = name
        return unnamed[0]
    return f.new_entity("JointVenture", name)


def _merge_unnamed(f: Findings, partners: list, venture) -> None:
    """What the text said of the partners' venture before it named it is said of the venture."""
    for unnamed in _unnamed_ventures_of(f, partners):
        if unnamed is not venture:
            f.merge(unnamed, venture)
            f.extra_entities.remove(unnamed)


def _unnamed_ventures_of(f: Findings, partners: list) -> list:
    """The ventures of two partners that the article has so far named only after them, in
    either order."""
    keys = {f"name:{_unnamed_label(a, b).lower()}" for a, b in ((partners[0], partners[1]),
                                                               (partners[1], partners[0]))}
    return [e for e in f.extra_entities if e.key in keys]


def _unnamed_venture(f: Findings, a, b, noun: str = "joint venture"):
    """A joint venture (or a consortium) the text does not name here: the one of these two
    partners the text named before ('the joint venture known as LBA Systems between Baykar and
    Leonardo ... Baykar and Leonardo had signed a joint venture'), or one named after them."""
    ventures = {id(c.subject): c.subject for c in f.claims if c.predicate == "gk:partner"}
    for venture in ventures.values():
        partners = f.objects(venture, "gk:partner")
        if len(partners) == 2 and {id(a), id(b)} == set(map(id, partners)) \
                and venture.label != _unnamed_label(a, b, noun) and venture.label != _unnamed_label(b, a, noun):
            return venture
    return f.new_entity("JointVenture", _unnamed_label(a, b, noun))


def _unnamed_label(a, b, noun: str = "joint venture") -> str:
    a_name, b_name = (cues.LEGAL_TAIL.sub("", x.label) or x.label for x in (a, b))
    return f"{a_name}–{b_name} {noun}"


def _venture_formation(f: Findings, s) -> None:
    """'BEL and Thales are delighted to announce ... the formation of a Joint Venture Company':
    the two companies the sentence opens with are the partners of a venture it does not name."""
    formation = JV_FORMATION.search(s.text)
    if not formation:
        return
    firms = f.coordinated(f.mentions_in(s.start, s.end, "Company"))
    if len(firms) == 2 and firms[0].start - s.start <= 80:
        partners = [f.entity(x) for x in firms]
    elif THE_AGREEMENT.match(s.text):   # 'The agreement, signed by ..., aims to establish a joint
        partners = _parties_before(f, s)   # venture': between the parties of the agreement
    else:
        return
    if len(partners) != 2 or None in partners:
        return
    named = JV_NAMED_QUOTED.search(s.text)
    apposed = JV_APPOSED.match(s.text, formation.end())   # '... a joint venture, LBA Systems, dedicated'
    if named:
        venture = f.new_entity("JointVenture", named.group("name"))
    elif apposed and apposed.group("name").split()[0] not in NOT_NAME_WORDS:
        found = [x for x in f.mentions_in(s.start + apposed.start("name"), s.start + apposed.end("name"), "Org")
                 if x.start == s.start + apposed.start("name")]
        venture = f.entity(found[0]) if found else f.new_entity("JointVenture", apposed.group("name"))
        venture.kind = "JointVenture"
    else:
        venture = _unnamed_venture(f, partners[0], partners[1])
    for p in partners:
        f.add(venture, "gk:partner", p, s)


# ('Delhi-based Jindal Defence, part of O P Jindal Group, today announced ...'): the subject before
# what it is part of, however long the words after
PART_APPOSED = re.compile(r"(?P<subject>[^,]+),\s+(?:a\s+|an\s+)?(?:part|unit|subsidiary|division|member|arm)\s+of\s+"
                          r"[^,]+,")


def _venture_with(f: Findings, s, m) -> None:
    """A company that enters a joint venture with another: the two are its partners; its name
    may follow ('..., the JV named X')."""
    apposed = SUBJECT_APPOSED.match(s.text[:m.start()]) or PART_APPOSED.match(s.text, 0, m.start())   # 'X, part of the Y Group, has signed'
    subject = [o for o in f.mentions_in(s.start, s.start + (apposed.end("subject") if apposed else m.start()),
                                        *FIRM_OR_BODY)]
    start = s.start + m.end()
    other = [o for o in f.mentions_in(start, s.end, *FIRM_OR_BODY) if o.start - start < 60]
    if not subject or not other:
        return
    partners = [f.entity(subject[-1]), f.entity(other[0])]
    if None in partners or partners[0] is partners[1]:
        return
    venture = None
    named = re.match(r"(?:\s+(?:in|on)\s+[\w ]{1,20}?)?,\s+(?:the\s+)?", f.text[other[0].end:s.end])
    apposed = [o for o in f.mentions_in(other[0].end, s.end, "Org")
               if named and o.start == other[0].end + named.end()]
    if apposed and f.entity(apposed[0]) not in partners:   # '... with Navantia in 2020, SAMI
        venture = f.entity(apposed[0])                     #  Navantia Naval Industries, to ...'
        venture.kind = "JointVenture"
    for later in [x for x in f.doc.sentences if s.start <= x.start][:3] if venture is None else []:
        named = JV_NAMED.search(later.text)
        at = later.start + named.end() if named else -1
        found = [o for o in f.mentions_in(at, later.end, "Org") if o.start == at] if named else []
        if found and f.entity(found[0]) not in partners:
            venture = f.entity(found[0])
            venture.kind = "JointVenture"
            break
    if venture is None:
        venture = _unnamed_venture(f, partners[0], partners[1])
    for p in partners:
        f.add(venture, "gk:partner", p, s)


# A venture's name of capitalised words, which may hold its partners' names
VENTURE_NAME = re.compile(r"[A-Z][\w&-]*(?: [A-Z][\w&-]*){1,5}(?=,|\.|;|\s+(?:which|that|will|is|was)\b)")


def _venture_of_the_two(f: Findings, s, m) -> None:
    """'The two companies' are the last two companies named before: in the sentences before, or
    earlier in the same one ('the agreement between A and B, both companies will form ...')."""
    start = s.start + m.end()
    named = [o for o in f.mentions_in(start, min(start + 80, s.end), "Org") if o.start == start]
    whole = VENTURE_NAME.match(f.text, start, s.end)
    if whole and (not named or named[0].end < whole.end()):   # ('Leonardo Rheinmetall Military
        named = [whole]                                        #  Vehicles': more than a partner's name)
    partners = []
    for o in reversed(f.mentions_in(max(0, s.start - 1500), s.start + m.start(), "Company")):
        entity = f.entity(o)
        if entity is not None and entity not in partners:
            partners.append(entity)
        if len(partners) == 2:
            break
    if len(partners) < 2:
        return
    if named:
        venture = _name_venture(f, partners, named[0].group(0)) if isinstance(named[0], re.Match) \
            else f.entity(named[0])
        if venture is None or venture in partners:
            return
        venture.kind = "JointVenture"
        _merge_unnamed(f, partners, venture)
    else:   # 'the two companies will set up a joint venture (JV), with ...'
        venture = _unnamed_venture(f, partners[1], partners[0])
    for p in reversed(partners):
        f.add(venture, "gk:partner", p, s)


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
        venture = _unnamed_venture(f, partners[0], partners[1])
        after = [type("At", (), {"end": s.start + m.end()})]
    for p in partners:
        f.add(venture, "gk:partner", p, s)
    if m.group("based"):
        place = entity_at(f, s.start + m.start("based"), s.start + m.end("based"), "Where")
        if place is not None:
            f.add(venture, "gk:locatedIn", place, s)
    rest = s.text[after[0].end - s.start:]
    produces = re.search(r"\b(?:to|that\s+will|which\s+will|will)\s+(?:build|produce|make|manufacture|develop)"
                         r"(?:\s+and\s+(?:build|produce|make|manufacture|develop))?\s+", rest)
    if produces:
        start = after[0].end + produces.end()
        product = entity_at(f, start, min(start + 60, s.end), "Weapon")
        if product is not None:
            f.add(venture, "gk:product", product, s)


# A memorandum, which binds its signatories to no purchase
MEMORANDUM = r"memorandum\s+of\s+understanding|memorandum|MoU|MOU|letter\s+of\s+intent"
# 'an agreement to collaborate', which firms sign with each other
AGREED_TO_WORK = r"agreement\s+to\s+(?:collaborate|cooperate|co-operate|partner|work together)"
JOINT_WORK = re.compile(r"\bjoint(?:ly)? (?:production|development|manufactur\w*|produc\w*|develop\w*)|"
                        rf"\bco-(?:produc|develop|manufactur)\w*|\b{AGREED_TO_WORK}\b", re.I)
COOPERATION = re.compile(r"\b(?:cooperation|co-operation|partnership|collaboration|collaborate|cooperate|ties|relationship|tie-up|"
                         r"joint production|joint development|co-produc\w*|co-develop\w*|"
                         r"jointly (?:produce|develop|build|manufacture)\w*|"
                         r"(?:defen[cs]e|security|military)\s+(?:agreement|pact|treaty|accord))\b", re.I)


OWN_CONCERN = re.compile(r"(?:’s|'s)\s+(?:[a-z]+\s+)?(?:sovereignty|security|interests|integrity|territory|affairs|"
                         r"economy|development|borders?)\b")
OPPOSED_BY = re.compile(r"\b(?:opposition|objections?|protests?|pressure|threats?|warnings?)\s+(?:from|by)\s+(?:the\s+)?$")


# Two companies that work together: 'A collaboration between Saab and Adani', 'Saab and Indian
# conglomerate Adani Group today announce a collaboration plan'
FIRMS_TOGETHER = re.compile(r"\b(?:collaboration|partnership|cooperation|co-operation|alliance|teaming)\s+"
                            r"(?:agreement\s+)?between\s+(?P<a>[^.;]+?)\s+and\s+(?P<b>[^.;]+?)(?=\s+(?:will|to|"
                            r"is|was|on|for|in)\b|[,.;]|$)"
                            r"|^(?P<c>[^.;]+?)\s+and\s+(?P<d>[^.;]+?)\s+(?:today\s+|have\s+|will\s+|on\s+"
                            r"[A-Z][a-z]+\s+)?(?:announce|announced|sign|signed|form|formed|launch|launched|"
                            r"agree|agreed|enter|entered)\w*\s+(?:into\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
                            rf"(?:collaboration|partnership|co-?operation|alliance|teaming agreement|"
                            rf"{AGREED_TO_WORK}|{MEMORANDUM})\b"
                            # "America's Anduril and the UAE's ... conglomerate, EDGE Group, will jointly
                            # develop the Omen drone"
                            # ('... announced that A and B will “jointly produce the 48 Wing Loong II UCAV”')
                            r"|(?:^|\bthat\s+(?:the\s+)?)(?P<e>[^.;]+?)\s+and\s+(?P<f>[^.;]+?)\s+(?:will|would|are\s+to|"
                            r"plan\s+to|agreed\s+to|to)\s+[“\"]?(?:jointly|together)\s+(?:develop|produce|build|manufacture|design)\b"
                            # 'Indra last week agreed a defense collaboration with France's Thales'
                            r"|^(?P<g>[^.;]+?)\s+(?:agreed|signed|announced|concluded|struck|sealed|formed|"
                            r"entered\s+into)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:collaboration|partnership|"
                            r"cooperation|alliance|teaming|tie-up)(?:\s+(?:agreement|deal|pact|accord))?\s+with\s+"
                            # (through an abbreviation's full stops: 'with U.S. drone maker Anduril')
                            r"(?P<h>(?:[^.;]|\.(?=\S)|(?<=\b[A-Z])\.)+?)"
                            r"(?=[,;]|(?<!\b[A-Z])\.(?!\S)|$|\s+(?:to|on|for|in|with|that|which)\b)"
                            # 'Indra and Lockheed Martin agreed to explore cooperation in radars'
                            r"|^(?P<i>[^.;]+?)\s+and\s+(?P<j>[^.;]+?)\s+(?:have\s+|also\s+)?(?:agreed|decided|plan|"
                            r"will|intend)\s+to\s+(?:explore|expand|deepen|pursue|step\s+up)\s+(?:their\s+)?"
                            r"(?:cooperation|co-operation|collaboration|partnership)\b")
PAIRS = (("a", "b"), ("c", "d"), ("e", "f"), ("g", "h"), ("i", "j"))
FIRM_KINDS = ("Company", "JointVenture")


def _firms_together(f: Findings, s) -> bool:
    m = FIRMS_TOGETHER.search(s.text)
    if m is None:
        return False
    sides = next(pair for pair in PAIRS if m.group(pair[0]) is not None)
    firms = []
    for group in sides:   # ("India's Mahindra": a name a country owns, most often a firm)
        found = f.mentions_in(s.start + m.start(group), s.start + m.end(group), *FIRM_KINDS, "Organization")
        if found and f.entity(found[-1]) not in firms:
            firms.append(f.entity(found[-1]))
    if len(firms) != 2:
        return False
    coop = _cooperation_of(f, firms, s)
    for w in f.mentions_in(s.start + m.end(), s.end, "Weapon"):   # '... to collaborate on
        if f.entity(w) is not None:                                #  securing orders for the C-390'
            f.add(coop, "gk:project", f.entity(w), s)
    return True


def _cooperation_of(f: Findings, parties: list, s, modality: str | None = None):
    """The cooperation of these two parties: the one the article already has, or a new one."""
    pair = set(map(id, parties))
    coop = next((c for c in f.cooperations if set(map(id, f.objects(c, "gk:party"))) == pair), None)
    if coop is None:
        coop = f.event("Cooperation")
        f.cooperations.append(coop)
    for party in parties:
        f.add(coop, "gk:party", party, s, modality)
    coop.last_offset = s.start
    return coop


# 'Qatar announced it had signed a memorandum of understanding with US defence contractor Raytheon
# covering the area of cyber security': a cooperation of the two, with no goods bought
# An agreement with a firm to make a system at home: 'an agreement with SAMI for the local
# production of unmanned aerial vehicles'
LOCAL_MAKING = (r"\s+with\s+[^.;]{1,80}?\bfor\s+(?:the\s+)?(?:local|licen[cs]ed|domestic|joint|in-country)\s+"
                r"(?:production|manufactur\w+|assembly)\b")
# ('inked a memorandum of understanding on smart munitions with NCMS')
MEMORANDUM_WITH = re.compile(r"\b(?:signed|signs|inked|concluded)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                             rf"(?:{MEMORANDUM}|cooperation\s+agreement|locali[sz]ation\s+agreement|"
                             rf"agreement(?={LOCAL_MAKING}))(?:\s+\([A-Za-z]+\))?"
                             r"(?:\s+(?:on|for|covering|in)\s+[^.;,]{0,80}?)?\s+with\s+")


def _memorandum(f: Findings, s) -> None:
    m = MEMORANDUM_WITH.search(s.text) if "with" in s.text else None
    if m is None or any(s.start <= c.start < s.end and (getattr(c.subject, "kind", None) in ("Deal", "Cooperation")
                                                        or c.predicate == "gk:partner") for c in f.claims):
        return   # (the sentence's deal, cooperation or joint venture is read already)
    first = agent(f, s.start, s.start + m.start())
    other = agent(f, s.start + m.end(), s.end)
    if first is not None and other is not None and first is not other:
        after = f.mentions_in(s.start + m.end(), s.end, *FIRM_KINDS)   # 'with Roketsan and Aselsan'
        more = [f.entity(x) for x in f.coordinated(after)[1:]] if after and other.kind in FIRM_KINDS \
            and f.entity(after[0]) is other else []
        _cooperation_of(f, [first, other, *[x for x in more if x is not None and x is not first]], s)


# 'The Ministry of Investment on Monday signed 12 agreements with companies ... L3Harris Technologies
# and Hanwha were among the signatories ... Other companies that signed pacts with the ministry include
# Leonardo, Norinco and Glock': an agreement of the body with each firm the next sentences list
SIGNED_MANY = re.compile(r"\b(?:signed|inked|concluded)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve|several|a\s+number\s+of|multiple)\s+(?:[\w-]+\s+)?(?:agreements|pacts|deals|"
                         r"memorand(?:a|ums)|MoUs|contracts)\s+with\s+(?:\w+\s+){0,2}?(?:companies|firms|manufacturers)\b")
SIGNATORIES = re.compile(r"\s+(?:were|was|are)\s+(?:among|one\s+of)\s+the\s+(?:signatories|signers)\b"
                         r"|^(?:Other\s+)?(?:companies|firms)\s+that\s+(?:also\s+)?(?:signed|inked)\s+[^.;]{0,60}?"
                         r"\s+(?:include|included|are|were)\s+(?:the\s+)?")


def _signatories_listed(f: Findings, s) -> None:
    m = SIGNED_MANY.search(s.text) if "signed" in s.text or "inked" in s.text or "concluded" in s.text else None
    if m is not None:
        signer = agent(f, s.start, s.start + m.start())
        f.signed_many = (signer, s.index) if signer is not None else None
        return
    signed = getattr(f, "signed_many", None)
    said = SIGNATORIES.search(s.text) if signed is not None and 0 < s.index - signed[1] <= 4 else None
    if said is None:
        return
    if said.group(0).startswith((" ", "\n", "\t")):   # ('A and B were among the signatories')
        listed = f.mentions_in(s.start, s.start + said.start(), *FIRM_KINDS)   # (each firm of the subject,
        #                               past what it is: 'L3Harris Technologies, an aerospace company, and ...')
    else:   # ('companies that signed ... include A, B, C'): each a firm, though the text gave no suffix
        listed = _named_in_list(f, s.start + said.end(), s.end)
    for firm in listed:
        entity = f.entity(firm) if not isinstance(firm, str) else f.new_entity("Company", firm)
        if entity is not None and entity is not signed[0]:
            _cooperation_of(f, [signed[0], entity], s, "Asserted")


LIST_ITEM = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:[A-Z0-9][\w&.’'-]*)){0,3})(?=\s*(?:,|\band\b|$))")


def _named_in_list(f: Findings, start: int, end: int) -> list:
    """The items of a list of names ('Leonardo, LigNex 1, the Naval Group, ... CBC and Glock'): the
    mention at each, else the name as written."""
    text = f.text[start:end].rstrip(" .;")
    out, pos = [], 0
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", text)[:20]:
        m = LIST_ITEM.fullmatch(part.strip())
        if m is None:
            break
        pos = text.find(part, pos)   # (where this item is: not an earlier one it is part of)
        at = start + pos + part.find(m.group("name"))
        pos += len(part)
        known = [x for x in f.mentions_in(at, at + len(m.group("name")) + 1, "Org") if x.start == at]
        out.append(known[0] if known else m.group("name"))
    return out


def _cooperation(f: Findings, s) -> None:
    said = COOPERATION.search(s.text)
    if (said or mentions_any(s.text, ("memorandum", " mou", "letter of intent"))) and _firms_together(f, s):
        return
    if not said:
        return
    firms = _firm_signed_with_firm(f, s)
    if firms:   # ('TUSAŞ has signed a memorandum of understanding with state-owned Kazakhstan Engineering for
        coop = _cooperation_of(f, firms, s, "Asserted")   # joint production of the Turkish company’s ANKA')
        for m in f.mentions_in(s.start, s.end, "Weapon") if JOINT_WORK.search(s.text) else ():
            f.add(coop, "gk:project", f.entity(m), s)
        return
    countries = []
    for m in f.mentions_in(s.start, s.end, "Country", "Demonym"):
        if OPPOSED_BY.search(f.text, max(s.start, m.start - 40), m.start) or OWN_CONCERN.match(f.text, m.end):
            continue   # ('despite strong opposition from China, have engaged in ... cooperation with Taiwan,
            #             severely harming China's sovereignty')
        c = f.country(m)
        if c is not None and c not in countries:
            countries.append(c)
    if len(countries) != 2:
        return
    coop = _cooperation_of(f, countries, s, "Asserted")
    if JOINT_WORK.search(s.text):   # 'an agreement for the joint production of Kaan jets'
        for m in f.mentions_in(s.start, s.end, "Weapon"):
            f.add(coop, "gk:project", f.entity(m), s)


# 'X has signed a memorandum of understanding with (state-owned) Y': the subject firm and the firm it
# signed with
SIGNED_WITH_FIRM = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:,[^,;]{1,60},\s*)?(?:has\s+|have\s+|had\s+)?"
                              r"(?:(?:on\s+)?[A-Z][a-z]+day\s+)?"   # ('GE Aerospace, the US-based engine supplier, Thursday
                              r"(?:signed|inked|concluded|announced\s+the\s+signing\s+of)\s+"   # announced the signing of')
                              r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:memorandum|MoU|"
                              r"agreement|deal|pact)\b[^.;]{0,40}?\bwith\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}")


def _firm_signed_with_firm(f: Findings, s) -> list:
    for subject in f.mentions_in(s.start, s.end, *FIRM_KINDS):
        m = SIGNED_WITH_FIRM.match(f.text, subject.end, s.end)
        other = [x for x in f.mentions_in(m.end(), s.end, *FIRM_KINDS) if x.start == m.end()] if m else []
        firms = [f.entity(subject), f.entity(other[0])] if other else []
        if None not in firms and len(firms) == 2 and firms[0] is not firms[1]:
            return firms
    return []


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


CHAIRED = re.compile(r"\b(?P<co>co-)?(?:chaired|headed|led)\s+by\s+(?:the\s+)?"
                     r"(?:(?P<both>two|both)\s+)?(?P<role>(?(both)[A-Za-z]|[A-Z])[\w ]+?)"
                     r"(?:\s+of\s+(?P<whose>both countries|the two countries|both sides|"
                     r"(?:the\s+)?[A-Z][\w.]+(?: [A-Z][\w.]+)?))?(?=[,.;]|$|\s+and\b)")


CHAIR_WORDS = ('chaired', 'headed by', 'led by')
# a chair is an office ('the Defence Ministers of both countries'), not a person's name
OFFICE = re.compile(r"\b(?:Ministers?|Secretar(?:y|ies)|Presidents?|Chancellors?|Chair\w*|Chiefs?|"
                    r"Directors?|Commanders?|Heads?|Governors?|Ambassadors?|Advis[eo]rs?|"
                    r"Officers?|Generals?|Admirals?|Deputies|Deputy)\b")


def _chairs(f: Findings, s) -> None:
    if not mentions_any(s.text, CHAIR_WORDS):
        return
    m = CHAIRED.search(s.text)
    if not m:
        return
    body_m = f.last_mention_before(s.start + m.start(), "Org", within=200)
    if body_m is None or body_m.start < s.start or not OFFICE.search(m.group("role").title()):
        return
    body = f.entity(body_m)
    if f.mentions_in(s.start + m.start("role"), s.start + m.end("role"), "Person"):
        return   # 'chaired by Defence Minister X': a person, whose post the people rule reads
    role = _singular(m.group("role").strip())
    if m.group("both"):   # 'co-chaired by the two defence ministers'
        role = role.title()
    whose = m.group("whose") or ("both countries" if m.group("both") else "")
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
