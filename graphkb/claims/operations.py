"""Military operations.

A named operation ('Operation Sindoor', or 'the operation' once one is named) in a
sentence with weapon systems says those systems were used in it; 'India's
Operation X', 'Operation X, launched by India', or 'India launched Operation X'
says who conducted it. Unnamed strikes ('U.S. and British forces launched strikes
on Houthi targets in Yemen') become an operation of their own with who conducted
them, what they targeted and where. Sanctions have a module of their own.
"""
from __future__ import annotations

import re

from .. import gazetteer
from . import PLACE_KINDS, Findings
from .common import agent, country_spoken_of, mentions_any, place_at, place_mention_at, place_named, subject_start
from .dates import COUNT_RE
from ..cues import NAVY_PREFIX_COUNTRY
from ..mentions import SHIP_KINDS
from ..titles import MONTHS

CONDUCT = r"(?:launched|conducted|carried out|began|mounted|executed|undertook)"
STRIKES = re.compile(rf"\b{CONDUCT}\s+(?:on\s+[A-Z][a-z]+(?:\s+\d{{1,2}})?\s+)?"   # ('launched on January 17 a')
                     # ('launched its largest-ever campaign of air and naval strikes against')
                     r"(?:an?\s+|its\s+|their\s+)?(?:(?:[a-z-]+\s+){0,2}?(?:series|wave|round|campaign)\s+of\s+)?"
                     # ('carried out what Israel described as "precise and targeted strikes" on')
                     r"(?:what\s+(?:[\w.]+\s+){1,3}?(?:described|called|termed|dubbed)\s+(?:as\s+)?[\"“‘']?)?"
                     r"(?:[a-z]+\s+){0,4}(?P<what>strikes?|airstrikes?|air strikes?|raids?|operations?|"
                     r"offensive|attacks?)[\"”’']?"
                     # ('launched airstrikes with six fighter jets on X')
                     # ('an attack using cruise and ballistic missiles, as well as drones, to target X')
                     r"(?:\s+(?:with|using)\s+(?P<with>(?:(?!\b(?:on|against|targeting|to\s+target)\b)[^.;]){2,60}?),?)?"
                     r"\s+(?:on|against|targeting|to\s+target)\s+(?P<target>[^.]+?)(?:\s+in\s+(?:the\s+)?"
                     r"(?:(?:central|northern|southern|eastern|western|north-?\w+|south-?\w+)\s+)?"
                     r"(?P<place>[A-Z][\w ]+?))?(?=\s+(?:in response|to|after|following|as|on|which|that|who|where|overnight)\b|[,.]|$)")


def apply(f: Findings) -> None:
    _body_missions(f)
    for s in f.doc.sentences:
        if _joined_strike(f, s):
            continue
        _named_operation(f, s)
        if _seized(f, s):   # ('HMS Kent struck twice, interdicting rocket engines': a seizure, no strike)
            continue
        _seized_there(f, s)
        if not _strikes(f, s) and not _attack_using(f, s) and not _launched_at(f, s) and not _launched_by(f, s) \
                and not _struck(f, s) \
                and not _attacked_with(f, s) and not _intercepted_first(f, s) and not _launched(f, s) \
                and not _intercepted(f, s) \
                and not _hit_by(f, s):
            _strike_in(f, s)
            _strikes_used(f, s)
            _weapon_struck(f, s) or _weapons_destroyed(f, s) or _barrage(f, s) or _forces_struck(f, s) \
                or _groups_weapons_struck(f, s) or _subjected_to(f, s) or _facility_attacked(f, s) \
                or _forces_killed(f, s) or _killed_in_fighting(f, s) \
                or _killed_in_strikes(f, s) \
                or _attacks_named(f, s)
            _attack_reported(f, s)
            _operations_against(f, s)
        _used_to_strike(f, s)
        _downed_by_owned(f, s)
        _used_in_the_attack(f, s)
        _kind_of_strike(f, s)
        _deployed(f, s)
        _took_place(f, s)
        _captured(f, s)
        _targets(f, s)
        _forces_part_of(f, s)
        _operation_forces_acted(f, s)
        _withdrawal(f, s)


def _body_missions(f: Findings) -> None:
    """'the Southern African Development Community Mission in DR Congo (SAMIDRC)': what the name
    says, where the mission serves and the body of states that runs it."""
    for m in f.doc.mentions:
        place_name = m.attrs.get("mission_in") if m.kind == "MilitaryOperation" else None
        mission = f.entity(m) if place_name else None
        if mission is None:
            continue
        s = f.doc.sentence_at(m.start)
        place = f.country_named(place_name)
        if place is not None:
            f.add(mission, "gk:location", place, s)
        words = m.text.split()
        body = next((known for n in range(len(words) - 1, 0, -1)
                     for known in [gazetteer.by_name().get(" ".join(words[:n]))]
                     if known is not None and known.kind == "IntergovernmentalBody"), None)
        if body is not None:
            f.add(mission, "gk:conductedBy", f.new_entity(body.kind, body.label, key=body.key), s)


# 'The Air Component of Operation Hadin Kai in the North-East region has neutralised over 37 Islamic
# State West Africa Province (ISWAP) fighters in the Sambisa Forest', 'Troops of Operation Safe Haven
# killed ...': what the named operation's forces did there is the operation's: where, and whom
OPERATION_FORCE = re.compile(r"\b(?:[Tt]roops|[Ss]oldiers|[Ff]orces|[Pp]ersonnel|(?:[Tt]he\s+)?(?:Air|Land|Maritime|Naval|"
                             r"Ground)\s+Component)\s+(?:of|under)\s+(?:the\s+)?$")
OPERATION_FORCE_ACTED = re.compile(r"[^.;]{0,60}?\b(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:neutrali[sz]ed|killed|"
                                   r"eliminated|destroyed|dislodged|repelled|ambushed|struck|bombed|raided)\s+")


def _operation_forces_acted(f: Findings, s) -> None:
    for named in f.mentions_in(s.start, s.end, "MilitaryOperation"):
        operation = f.entity(named)
        acted = OPERATION_FORCE_ACTED.match(f.text, named.end, s.end)
        if operation is None or acted is None or not OPERATION_FORCE.search(f.text, max(s.start, named.start - 40),
                                                                               named.start):
            continue
        said = re.search(r",\s+(?:the\s+)?[^,]{0,60}\b(?:said|says|announced|reported)\b", f.text[acted.end():s.end])
        end = acted.end() + said.start() if said else s.end
        _groups_targeted(f, operation, acted.end(), end, s)
        at = FOUGHT_IN.search(f.text, acted.end(), end)
        places = [x for x in f.mentions_in(at.end(), end, "Where") if x.start == at.end()] if at else []
        place = (f.country(places[0]) or f.entity(places[0])) if places else None
        if place is not None:
            f.add(operation, "gk:location", place, s)
        return


# 'the withdrawal of its military forces from Chad', 'the withdrawal of French troops from Mali, Burkina
# Faso and Niger': a withdrawal, by the country whose forces leave, from where they leave
WITHDRAWAL = re.compile(r"\bwithdrawal\s+of\s+(?:(?:its|their)\s+|(?:the\s+)?(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?"
                        r"(?:’s|'s)?)\s+)?(?:remaining\s+|last\s+)?(?:military\s+|combat\s+)?(?:forces|troops|soldiers|"
                        r"personnel|contingent)\s+from\s+(?:the\s+)?(?=[A-Z])")


def _withdrawal(f: Findings, s) -> None:
    m = WITHDRAWAL.search(s.text) if "withdrawal" in s.text else None
    if m is None:
        return
    if m.group("who"):
        who = f.mentions_in(s.start + m.start("who"), s.start + m.end("who") + 2, "Country", "Demonym")
    else:   # ('France has handed over its first military base as part of the withdrawal of its ...':
        #      the one country named before)
        who = f.mentions_in(s.start, s.start + m.start(), "Country")
        subject = [x for x in who if x.start == s.start + subject_start(s.text)]
        who = subject or (who if len({id(f.country(x)) for x in who}) == 1 else [])
    conductor = f.country(who[0]) if who else None
    places = [x for x in f.mentions_in(s.start + m.end(), s.end, "Country") if f.country(x) is not None]
    places = f.coordinated(places) if places and places[0].start == s.start + m.end() else []
    if conductor is None or not places:
        return
    names = [f.country(x).label for x in places]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    operation = _unnamed_operation(f, f"{conductor.label} withdrawal from {listed}")
    f.add(operation, "gk:conductedBy", conductor, s)
    for x in places:
        if f.country(x) is not conductor:
            f.add(operation, "gk:location", f.country(x), s)


# 'Joint South African, Malawian, and Tanzanian forces, part of the SAMIDRC mission, are set to ...':
# the countries whose forces serve in a named mission conduct it
FORCES_PART_OF = re.compile(r"\s+(?:forces|troops|soldiers|contingents|peacekeepers),?\s+(?:who\s+are\s+|which\s+are\s+)?"
                            r"(?:part\s+of|serving\s+(?:with|in|under)|deployed\s+(?:with|under))\s+(?:the\s+)?")


def _forces_part_of(f: Findings, s) -> None:
    if "part of" not in s.text and "serving" not in s.text and "deployed" not in s.text:
        return
    for m in FORCES_PART_OF.finditer(s.text):
        named = [x for x in f.mentions_in(s.start + m.end(), s.end, "MilitaryOperation") if x.start == s.start + m.end()]
        forces = f.mentions_in(s.start, s.start + m.start() + 1, "Country", "Demonym")
        if not named or not forces or forces[-1].end != s.start + m.start() or f.entity(named[0]) is None:
            continue
        for x in f.coordinated_ending(forces):   # (the list that ends at the noun)
            if f.country(x) is not None:
                f.add(f.entity(named[0]), "gk:conductedBy", f.country(x), s, "Asserted")


# 'Royal Air Force Typhoon jets have joined French aircraft in a joint strike on an underground
# arms cache in Syria': a strike of its own by both, whatever operation the article named before
JOINED = re.compile(r"\s+(?:have\s+|has\s+|had\s+)?joined\s+(?P<partner>[^.;]{1,60}?)\s+in\s+(?:an?\s+)?"
                    r"(?:joint\s+)?(?:air\s*)?(?P<noun>strike|attack|raid|operation)s?\s+(?:on|against)\s+"
                    r"(?P<aim>[^.;]{1,80}?)(?=\s+(?:in|near)\s+(?:the\s+)?[A-Z]|[.;,]|\s+(?:used|which|that|where)\b|$)"
                    r"(?:\s+(?:in|near)\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))?")
FORCE_KINDS = ("MilitaryBranch", "Country", "Demonym")
SAID_THAT = re.compile(r".*\b(?:said|says|announced|reported)\b(?:\s+on\s+[A-Z]\w+)?(?:\s+that)?\s+")


def _joined_strike(f: Findings, s) -> bool:
    m = JOINED.search(s.text) if "joined" in s.text else None
    if m is None:
        return False
    said = SAID_THAT.search(s.text, 0, m.start())   # (not 'The UK Ministry of Defense said that ...')
    clause = s.start + said.end() if said else s.start
    forces = [x for x in f.mentions_in(clause, s.start + m.start(), *FORCE_KINDS)
              + f.mentions_in(s.start + m.start("partner"), s.start + m.end("partner"), *FORCE_KINDS)
              if not f.text.startswith(("’s", "'s"), x.end) or x.kind == "MilitaryBranch"]
    conductors = list(dict.fromkeys(c for c in (f.entity(x) if x.kind == "MilitaryBranch" else f.country(x)
                                                for x in forces) if c is not None))
    if not conductors:
        return False
    weapons = f.mentions_in(s.start, s.start + m.end("partner"), "Weapon")
    place = None
    if m.group("place"):
        found = f.mentions_in(s.start + m.start("place"), s.start + m.end("place"), "Where")
        place = (f.country(found[0]) or f.entity(found[0])) if found else None
    label = f"joint {m.group('noun')} by {' and '.join(c.label for c in conductors)}"
    operation = _operation(f, s, label, conductors[0], weapons, place)
    for other in conductors[1:]:
        f.add(operation, "gk:conductedBy", other, s)
    return True


def _operation_in(f: Findings, s):
    found = f.mentions_in(s.start, s.end, "MilitaryOperation")
    if found:
        return f.entity(found[0]), found[0]
    said = re.search(r"\b(?:(?:the|this)\s+(?:joint\s+)?|a\s+joint\s+)(?P<noun>operation|offensive|(?:air\s*)?strike|raid)s?\b", s.text, re.I)
    if said:
        m = f.last_mention_before(s.start, "MilitaryOperation", within=2500)
        if m:
            return f.entity(m), None
        only = _only_operation(f)   # 'joined French aircraft in a joint strike on ...': the one
        noun = said.group("noun").lower().replace(" ", "")   # strike reported, if it is a strike
        if only is not None and noun in only.label.lower().replace("air strike", "airstrike"):
            return only, None
    return None, None


def _body_at(f: Findings, start: int, end: int):
    """The force, agency or armed group named at an offset ('conducted by U.S. Central Command')."""
    found = [x for x in f.mentions_in(start, end, "MilitaryBranch", "GovernmentAgency", "ArmedGroup",
                                      "IntergovernmentalBody") if x.start == start]
    return f.entity(found[0]) if found else None


def _named_operation(f: Findings, s) -> None:
    operation, mention = _operation_in(f, s)
    if operation is None:
        return
    for start, end in _clauses(s):
        if mention is not None and not (start <= mention.start < end):
            continue
        for m in f.mentions_in(start, end, "Weapon"):
            if not _aimed_at(f, s, m):
                f.add(f.entity(m), "gk:usedIn", operation, s, f.modality(start, end))
    if mention is None:
        _joint_between(f, s, operation)
        return
    before = f.text[max(s.start, mention.start - 40):mention.start]
    if CALLED_BEFORE.search(before):   # ('..., Ukraine said, in what it called “Operation Dragonfly.”'):
        recent = _recent_operation(f, s.start + 1)   # the strikes just reported have this name
        if recent is not None and recent is not operation and recent.attrs.get("iri_name"):
            f.merge(recent, operation)
            if recent in f.extra_entities:   # (no later sentence speaks of it under its old label)
                f.extra_entities.remove(recent)
    whose = re.search(r"([A-Z][\w.]+)(?:’s|'s)\s+(?:[a-z]+\s+){0,3}$", before) \
        or re.search(r"\bwhat\s+([A-Z][\w.]+)\s+(?:has\s+)?(?:called|calls|dubbed|named)\s+[“\"‘]?$", before)
    conductor = f.country_named(whose.group(1)) if whose else None   # ('in what Ukraine dubbed “X”')
    after = re.match(rf"[,”\"’]*\s+(?:which\s+(?:was|were)\s+|was\s+|were\s+)?{CONDUCT}\s+by\s+(?:the\s+)?"
                     r"(?P<who>[A-Z][\w.]+(?: [A-Z][\w.]+)?)", f.text[mention.end:s.end])
    if conductor is None and after:   # ('the operation, dubbed “Spider’s Web,” was conducted by the SBU')
        conductor = f.country_named(after.group("who")) or _body_at(f, mention.end + after.start("who"), s.end)
    subject = re.search(rf"(?P<who>[A-Z][\w.]+(?: [A-Z][\w.]+)?)(?:\s+(?:armed\s+)?forces)?\s+"
                        rf"(?:has\s+|had\s+)?{CONDUCT}\s+{NAMED_AS}[‘'\"“]?$", f.text[s.start:mention.start])
    if conductor is None and subject:   # 'India launched Operation X', "the Indian armed forces
        conductor = f.country_named(subject.group("who").removeprefix("the "))   # launched ‘X’"
    if conductor is None:   # 'India shot down five Pakistani fighter jets during Operation Sindoor'
        conductor = _acted_during(f, s, mention)
    if conductor is None and PART_OF_OPERATION.search(before):   # 'The Nigerian Air Force (NAF) says its
        first = f.mentions_in(s.start, mention.start, "MilitaryBranch", "Country", "GovernmentAgency")  # air
        conductor = f.entity(first[0]) if first and first[0].start == s.start + subject_start(s.text) else None  # component of'
    mission = MISSION_OF.search(before)
    if conductor is None and mission:   # 'the EU naval mission named Aspides'; 'The Pakistani Foreign
        start = mission.start() + max(s.start, mention.start - 40)   # Ministry said the operation, codenamed X'
        if mission.group("the") and not f.mentions_in(start, mention.start):
            start = s.start
        owner = [x for x in f.mentions_in(start, mention.start, "Country", "Demonym", "IntergovernmentalBody",
                                          "MilitaryBranch", "GovernmentAgency")]
        conductor = acting_party(f, owner[0]) if owner else None
    if conductor is not None:
        f.add(operation, "gk:conductedBy", conductor, s)
    aimed = AIMED_AFTER.search(f.text, mention.end, s.end)   # '..., targeting PKK/YPG terror groups'
    if aimed:
        groups = f.mentions_in(aimed.end(), s.end, "ArmedGroup")
        if groups and groups[0].start == aimed.end():
            for g in f.coordinated(groups):
                f.add(operation, "gk:target", f.entity(g), s)
    where = WHERE_AFTER.match(f.text, mention.end, s.end)
    if where and (conductor is not None or CONDUCTED_BEFORE.search(f.text, s.start, mention.start)):
        at = where.end()   # 'launched Operation X in Pakistan and ...', '... X, hitting
        places = f.mentions_in(at, s.end, "Where", "Demonym")   # targets in Y', 'carried out the
        if places and places[0].start == at:                     # “X Operation” against sites in Y'
            for p in f.coordinated(places):
                place = f.country(p) or f.entity(p)
                if place is not None and place is not conductor:
                    f.add(operation, "gk:location", place, s)


# 'the Pakistani aircraft were brought down by India’s S-400 air defence systems': the country
# operates the systems, which were used in the operation the text speaks of
POSSESSIVE = re.compile(r"(?:’s|'s)\s+")
DOWNED_BY_OWNED = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:brought|shot|knocked)\s+down\s+"
                             r"by\s+(?:the\s+)?(?=[A-Z])")


def _downed_by_owned(f: Findings, s) -> None:
    m = DOWNED_BY_OWNED.search(s.text) if " down by " in s.text else None
    owner = [x for x in f.mentions_in(s.start + m.end(), s.end, "Country") if x.start == s.start + m.end()] if m else []
    owns = POSSESSIVE.match(f.text, owner[0].end) if owner else None
    if owns is None or f.country(owner[0]) is None:
        return
    at = owns.end()
    systems = [x for x in f.mentions_in(at, s.end, "Weapon") if x.start == at and f.entity(x) is not None]
    if not systems:
        return
    system, country = f.entity(systems[0]), f.country(owner[0])
    f.add(system, "gk:operator", country, s)
    operation = operation_spoken_of(f, f.doc.sentences[max(0, s.index - 2)].start, s.start)
    if operation is not None and country in f.objects(operation, "gk:conductedBy"):
        f.add(system, "gk:usedIn", operation, s)


# 'The joint operation between the Army and Air Force was named Sindoor': the forces that conducted
# the operation the text spoke of
JOINT_BETWEEN = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+joint\s+(?:[a-z-]+\s+)?(?:operation|offensive|mission)\s+"
                           r"(?:between|of|by)\s+(?:the\s+)?(?=[A-Z])")


def _joint_between(f: Findings, s, operation) -> None:
    m = JOINT_BETWEEN.search(s.text)
    forces = f.mentions_in(s.start + m.end(), s.end, "MilitaryBranch", "Country") if m else []
    if not forces or forces[0].start != s.start + m.end():
        return
    for x in f.coordinated(forces):
        for who in (f.entity(x), acting_party(f, x) if x.kind == "Country" else branch_country(f, x)):
            if who is not None:
                f.add(operation, "gk:conductedBy", who, s)


# What a force did in an operation, before its name: 'India shot down five Pakistani fighter jets
# during Operation Sindoor' (not 'jets were shot down during ...': what was done to them)
ACTED_DURING = re.compile(r"(?P<verb>\b(?:shot\s+down|downed|destroyed|struck|hit|killed|targeted|attacked|bombed|"
                          r"shelled|neutrali[sz]ed|intercepted|fired|seized|captured|eliminated))\b[^.;]{0,120}?"
                          r"\b(?:during|in|as\s+part\s+of)\s+(?:the\s+)?$")
ACTOR_BEFORE_VERB = re.compile(r"(?:[’']s\s+(?:[a-z-]+\s+){0,2}?(?:forces|military|army|troops|jets|aircraft))?\s+"
                               r"(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:\w+ly\s+)?$")


def _acted_during(f: Findings, s, mention):
    """The country or force that did something during a named operation: its conductor."""
    did = ACTED_DURING.search(f.text, s.start, mention.start)
    if did is None:
        return None
    actors = f.mentions_in(s.start, did.start("verb"), "Country", "Demonym", "MilitaryBranch")
    if not actors or not ACTOR_BEFORE_VERB.fullmatch(f.text, actors[-1].end, did.start("verb")):
        return None
    return acting_party(f, actors[-1])


# A name given to what was just reported: 'in what it called “Operation Dragonfly”'
CALLED_BEFORE = re.compile(r"\b(?:in\s+)?what\s+(?:it|they|[A-Z][\w.]+)\s+(?:has\s+|have\s+)?(?:called|calls|dubbed|"
                           r"named|code-?named|described\s+as)\s+(?:the\s+)?[“\"‘]?$")
# Whose mission a name is given to: 'the EU naval mission named Aspides'
MISSION_OF = re.compile(r"\b(?P<the>the\s+)?(?:[A-Z][\w.]*\s+)?(?:[a-z]+\s+)?(?:mission|operation),?\s+(?:named|called|"
                        r"dubbed|code-?named)\s+[“\"‘]?$")


# "its air component of Operation X", 'their troops in Operation X': a force's part in the operation
PART_OF_OPERATION = re.compile(r"\b(?:its|their)\s+(?:[a-z-]+\s+)?(?:component|troops|forces|units?|contingent|"
                               r"personnel|elements?|task\s+force)\s+(?:of|in|under)\s+(?:the\s+)?$")


# 'conducted an aerial military campaign, “Operation X,”': what the operation is, before its name
NAMED_AS = r"(?:an?\s+(?:[\w-]+\s+){0,3}?(?:campaign|operation|offensive),?\s+)?"
CONDUCTED_BEFORE = re.compile(rf"\b{CONDUCT}\s+(?:the\s+)?{NAMED_AS}[‘'\"“]?$")
AIMED_AFTER = re.compile(r"\b(?:targeting|targeted at|aimed at|against)\s+(?:the\s+)?")
# Where, after the name: 'in Pakistan', '..., hitting targets in Y', 'over northern regions of Syria'
WHERE_AFTER = re.compile(r"[,’'\"”]{0,2}\s+(?:(?:[a-z]+ing|against|on|(?:has|have|had)\s+(?:killed|destroyed|"
                         r"struck|hit|neutrali[sz]ed|cleared))\s+[^.;]{0,80}?\s+)?"
                         r"(?:in|over)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?"
                         r"(?:(?:regions?|parts?|areas?)\s+of\s+)?(?=[A-Z])")


AIMED_AT = re.compile(r"\b(?:on|against|targeting|targeted|hit|hitting|struck|striking|destroyed|"
                      r"destroying|bombed|attacked|intercepted)\s+(?:the\s+|an?\s+|[\w-]+\s+){0,3}$")


def _aimed_at(f: Findings, s, m) -> bool:
    """A system the operation struck ('The strikes hit S-300 batteries') was not used in it."""
    return bool(AIMED_AT.search(f.text, max(s.start, m.start - 40), m.start))


def _clauses(s):
    """A headline's parts ('India, Russia in Talks for More S-400 Systems; BrahMos, Operation
    Sindoor Draw Praise') speak of different things."""
    start = s.start
    for part in s.text.split(";"):
        yield start, start + len(part)
        start += len(part) + 1


# ... or the strike itself: 'A U.S. military airstrike has targeted al-Shabab terrorists who were
# attacking ...', 'An Israeli drone strike hit Hezbollah positions in southern Lebanon'
STRUCK = re.compile(r"\b(?P<who>[A-Z][\w.-]+(?:\s+and\s+[A-Z][\w.-]+)?)"
                    r"(?:(?:’s|'s)?\s+\([A-Z][\w’'-]{1,10}\))?\s+"   # ("Indian Air Force's (IAF's) fighter jets")
                    r"(?:(?:fighter\s+)?jets|(?:sea|naval|attack|kamikaze|long-range|maritime|suicide)\s+drones|"
                    r"warplanes|(?:war)?planes|aircraft|forces|troops|drones|artillery|missiles|navy|army|"
                    r"(?:military\s+|air\s+|drone\s+|missile\s+)?(?:air\s*strikes?|airstrikes?|strikes?|raids?)|"
                    r"military)\s+(?:also\s+|reportedly\s+)?(?:has\s+|have\s+|had\s+)?(?P<verb>struck|hit|attacked|bombed|"
                    r"shelled|pounded|raided|targeted|bomb|strike|hit|attack|pound|target)\s+(?P<target>[^.;]+?)(?:\s+in\s+"
                    r"(?P<place>(?:southern |northern |eastern |western |central )?[A-Z][\w ]+?))?"
                    r"(?=\s+(?:overnight|on|after|in response|early|late|last|this)\b|[,.;]|$)")


PLACE_BEFORE = re.compile(r"\b(?:in|inside|across|near|over)\s+(?:the\s+)?$")
RELATIVE_AFTER = re.compile(r"\s+(?:who|which|that|whose)\s")
STRUCK_WORDS = ('struck', ' hit ', 'attacked', 'bombed', 'shelled', 'pounded', 'raided',
                'targeted', ' bomb ', ' strike ', ' attack ', ' pound ', ' target ')   # (headlines: 'RAF jets bomb X')


LAUNCHED_AT = re.compile(   # (not 'Iran-launched drones', which says who launched what another verb tells of)
    r"(?<!-)\b(?:launched|fired)\s+(?P<what>(?:[\w,-]+\s+){1,10}?)(?:at|on|against|toward|towards)\s+"
    # ('launched Katyusha rockets on a base in northern Israel's Beit Hillel': the place of what was hit)
    r"(?:(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:base|post|position|barracks|site|camp|town|village)\s+(?:in|near)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?)?"
    r"(?P<target>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})")
LAUNCH_WORDS = ("launched", "fired")
VESSELS_LAUNCHED = re.compile(r"\b(?:vessels?|ships?|boats?|frigates?|corvettes?|submarines?|destroyers?|carriers?|"
                              r"cutters?|hulls?|warships?|craft)\s+$")


ATTACKED_WITH = re.compile(r"\b(?:has\s+|have\s+|had\s+)?(?:attacked|struck|hit|targeted|bombed|shelled|"
                           r"pounded|raided)\s+(?P<target>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+with\s+"
                           r"(?P<what>[^.;]{1,80})")


# 'Ukraine reportedly attacked two Russian airfields on Tuesday with long-range ballistic missiles':
# what was struck told by its kind, when, then with what
# The words that count or point out what was struck ('two Russian airfields', 'the refinery')
_COUNTED = r"(?:(?i:two|three|four|five|six|several|multiple|an?|the)\s+|\d+\s+)"
_TARGET_NOUNS = (r"airfields?|air\s*bases?|bases?|refiner(?:y|ies)|depots?|ports?|cities|towns|villages|positions|"
                 r"facilit(?:y|ies)|plants?|ships?|vessels?|warships?|bridges?|targets|infrastructure|"
                 r"installations?|headquarters|barracks|camps?|sites?|substations?|warehouses?")
ATTACKED_KINDS_WITH = re.compile(
    r"\b(?:has\s+|have\s+|had\s+)?(?:attacked|struck|hit|targeted|bombed|shelled|pounded|raided)\s+"
    rf"(?P<target>{_COUNTED}?(?:[A-Z][a-z]+\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}?(?:{_TARGET_NOUNS}))"
    r"(?:\s+(?:on|early|late|overnight|in)(?:\s+[A-Z]?[a-z]+){0,2})?\s+with\s+(?P<what>[^.;,]{1,80})")
GENERIC_WEAPONS = re.compile(r"\b(?:(?:[a-z-]+\s+and\s+)?[a-z-]+\s+)?(?:jets|aircraft|drones|helicopters|bombers|"
                             r"warplanes|missiles|rockets|shells|artillery)\b")


def _attacked_kinds_with(f: Findings, s) -> bool:
    """An attack by the party before the verb on what the words after it describe, with the
    systems named or the kinds of weapon said ('long-range ballistic missiles')."""
    m = ATTACKED_KINDS_WITH.search(s.text) if " with " in s.text else None
    if m is None:
        return False
    who = [x for x in f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym", "MilitaryBranch")
           if re.fullmatch(r"(?:’s|'s)?\s+(?:[a-z]+\s+){0,3}|(?:’s|'s)?\s+(?:[a-z-]+\s+){0,2}(?:forces|troops|"
                           r"military|army|navy|drones|missiles)\s+(?:[a-z]+\s+)?",
                           f.text[x.end:s.start + m.start()])]
    if not who:
        return False
    conductor = acting_party(f, who[-1])
    if conductor is None:
        return False
    target = re.sub(r"\s+", " ", m.group("target"))
    operation = _unnamed_operation(f, f"attack by {conductor.label} on {target}"[:80])
    f.add(operation, "gk:conductedBy", conductor, s)
    label = re.sub(rf"^{_COUNTED}", "", target)
    f.add(operation, "gk:target", f.new_entity("Place", label), s)
    named = [f.entity(w) for w in f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon")]
    kinds = [] if any(named) else [f.new_entity("MilitaryEquipment", k.group(0))
                                   for k in GENERIC_WEAPONS.finditer(m.group("what"))]
    for w in [w for w in named if w is not None] or kinds:
        f.add(w, "gk:usedIn", operation, s)
    return True


def _attacked_with(f: Findings, s) -> bool:
    """'Russia attacked Ukraine with Shahed kamikaze drones overnight': an attack by the country
    before the verb on the place after it, with the systems named."""
    m = ATTACKED_WITH.search(s.text)
    if m is None:
        return _attacked_kinds_with(f, s)
    who = f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym")
    target = f.mentions_in(s.start + m.start("target"), s.start + m.end("target"))
    weapons = f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon")
    if not who or not target or not weapons or who[-1].end < s.start + m.start() - 12:
        return False
    return _attack(f, s, f.country(who[-1]), f.country(target[0]) or f.entity(target[0]), weapons)


def _attack(f: Findings, s, conductor, aim, weapons) -> bool:
    """An attack by one party on a place or target, with the systems it used."""
    return _attack_on(f, s, conductor, aim, weapons) is not None


def _attack_on(f: Findings, s, conductor, aim, weapons):
    """The attack _attack records, or None when the parties do not make one."""
    if conductor is None or aim is None or conductor is aim:
        return None
    return _operation(f, s, f"attack on {aim.label}", conductor, weapons, aim)


def _unnamed_operation(f: Findings, label: str):
    """An operation the text reports without a name: its IRI is the article's, since 'strikes on
    Kyiv' in two articles are seldom the same strikes (a named operation is one across articles)."""
    return f.new_entity("MilitaryOperation", label, attrs={"iri_name": f"{f.doc.article.id} {label}"})


def _operation(f: Findings, s, label: str, conductor, weapons, aim=None):
    """An unnamed operation: who conducted it, where or on what when the text says, and the
    systems it used."""
    operation = _unnamed_operation(f, label)
    f.add(operation, "gk:conductedBy", conductor, s)
    if aim is not None:
        f.add(operation, "gk:location" if aim.kind in PLACE_KINDS else "gk:target", aim, s)
    for w in weapons:
        f.add(f.entity(w), "gk:usedIn", operation, s)
    return operation


def _located_at(f: Findings, s, m: re.Match, operation) -> None:
    """Where an operation took place, when its pattern's 'place' group names somewhere known."""
    if m.group("place"):
        start = s.start + m.start("place")
        place = [f.entity(x) or f.country(x) for x in f.mentions_in(start, s.start + m.end("place"))]
        if place and place[0] is not None:
            f.add(operation, "gk:location", place[0], s)


def _only_operation(f: Findings):
    """The one unnamed operation the article has reported so far; None when there are none or
    several (a later sentence on 'the strikes' does not say which)."""
    operations = [e for e in f.extra_entities if e.kind == "MilitaryOperation"
                  and not e.attrs.get("exercise") and not e.attrs.get("weapon_test")]
    return operations[0] if len(operations) == 1 else None


PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been|being|are|is)\s+$")
OTHER_CLAUSE = re.compile(r"\b(?:said|says|told|after|before|when|while|as|since|hours|days)\b")
# 'the Iran-backed rebel group launched ...': the country backs the actor; it is not the actor
BACKER = re.compile(r"-(?:backed|led|supported|funded|aligned|allied|sponsored|armed|trained)\b")


# 'Russia launched 14 Shahed drones and two Iskander-M missiles overnight': an attack whose
# target the next sentences may name; not a test launch
LAUNCHED = re.compile(r"\b(?:launched|fired)\s+(?P<what>[^.;]{1,100}?)(?=\s+(?:overnight|on|in|at|from|"
                      r"early|late|last|this|across|into)\b|[,.;]|$)")
NOT_AN_ATTACK = re.compile(r"\b(?:tests?|tested|test-fired|trials?|training|drills?|exercises?|launch(?:ed)? "
                           r"(?:a|its) (?:satellite|rocket))\b", re.I)


def _launched(f: Findings, s) -> bool:
    """'Russia launched 14 Shahed drones overnight', 'Russian forces fired three Kh-101 cruise
    missiles': an attack by that country with the systems named, though no target is said."""
    if not mentions_any(s.text, LAUNCH_WORDS) or NOT_AN_ATTACK.search(s.text):
        return False
    m = LAUNCHED.search(s.text)
    if m is None or PASSIVE_BEFORE.search(s.text, 0, m.start()):
        return False
    who = [x for x in f.mentions_in(max(s.start, s.start + m.start() - 30), s.start + m.start(), "Country", "Demonym")
           if not BACKER.match(f.text, x.end)]
    weapons = f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon")
    if not who or not weapons or not re.fullmatch(r"(?:’s|'s)?\s+(?:(?:armed\s+)?forces\s+|army\s+|"
                                                  r"military\s+|troops\s+)?(?:have\s+|has\s+|had\s+)?",
                                                  f.text[who[-1].end:s.start + m.start()]):
        return False
    conductor = f.country(who[-1])
    if conductor is None:
        return False
    operation = _operation(f, s, f"{conductor.label} attack", conductor, weapons)
    said = re.search(r",\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|reported|claimed)\b", s.text[m.end():])
    end = s.start + m.end() + (said.start() if said else len(s.text) - m.end())
    for place in f.mentions_in(s.start + m.end(), end, "Where"):   # 'fired BM-21 rocket launchers at the
        if IN_PLACE_BEFORE.search(f.text, max(s.start, place.start - 12), place.start) \
                and (f.entity(place) or f.country(place)) not in (None, conductor):   # ruins in X province'
            f.add(operation, "gk:location", f.entity(place) or f.country(place), s)
            break
    return True


IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|towards?|over|at)\s+(?:the\s+)?$")


# A later sentence on an attack already reported: 'the drone attack in the city of X', 'Kyiv
# was also targeted'
# ('The strike Sunday was near Buulobarde, Somalia', 'the attack took place in X')
ATTACK_IN = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|strikes?|raids?|shelling|bombardment)"
                       r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                       r"\s+(?:(?:was|were|took\s+place|happened|occurred)\s+)?(?:in|on|near)\s+(?:the\s+)?"
                       r"(?:(?:city|town|village|region|province)\s+of\s+)?(?=[A-Z])")
ALSO_TARGETED = re.compile(r"^(?:The\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
                           r"(?:was|were|had been|has been)\s+also\s+(?:targeted|attacked|hit|struck)\b")


# 'Strikes and explosions were reported in Kyiv, Odesa, Zaporizhzhia and Dnipro': each place of the list
REPORTED_IN = re.compile(r"^(?:The\s+)?(?:[Ss]trikes|[Ee]xplosions|[Aa]ttacks|[Bb]lasts|[Ii]mpacts)(?:\s+and\s+"
                         r"(?:strikes|explosions|blasts|fires|damage))?\s+(?:were|have\s+been)\s+(?:also\s+)?"
                         r"(?:reported|heard|recorded)\s+in\s+(?:the\s+)?(?:(?:city|cities|regions?)\s+of\s+)?(?=[A-Z])")


def _attack_reported(f: Findings, s) -> None:
    """Where the one attack the article has reported so far struck, said in a sentence of its
    own ('One person was killed by the drone attack in the city of Khmelnytskyi'; 'Kyiv was
    also targeted'). With two attacks reported, which one is meant is not said."""
    attack = _only_operation(f)
    if attack is None or f.mentions_in(s.start, s.end, "MilitaryOperation"):
        return
    m = ATTACK_IN.search(s.text)
    at = s.start + m.end() if m else None
    if m is None:
        m = ALSO_TARGETED.match(s.text)
        at = s.start + m.start("place") if m else None
    listed = REPORTED_IN.match(s.text) if m is None else None
    if listed:
        at = s.start + listed.end()
    places = [p for p in f.mentions_in(at, s.end, "Where")] if at is not None else []
    if not places or places[0].start != at:
        return
    for p in f.coordinated(places) if listed else places[:1]:
        place = f.entity(p) or f.country(p)   # (Kyiv, not Ukraine)
        if place is not None and place not in f.objects(attack, "gk:conductedBy"):
            f.add(attack, "gk:location", place, s)


# 'A Russian ballistic missile strike on Kryvyi Rih', 'a major missile and drone attack on Ukraine': the
# kinds of weapon the words for the strike name
STRIKE_KIND = re.compile(r"\b(?P<kinds>(?:(?:ballistic|cruise|hypersonic)\s+)?(?:missile|drone|rocket)(?:\s+and\s+"
                         r"(?:(?:ballistic|cruise|hypersonic)\s+)?(?:missile|drone|rocket))?)\s+(?:strikes?|attacks?|"
                         r"barrage)\s+(?:on|against|in)\b")


def _kind_of_strike(f: Findings, s) -> None:
    m = STRIKE_KIND.search(s.text) if "strike" in s.text or "attack" in s.text or "barrage" in s.text else None
    if m is None or f.mentions_in(s.start + m.start(), s.start + m.end(), "Weapon"):
        return
    operations = {id(c.subject): c.subject for c in f.claims if s.start <= c.start < s.end
                  and getattr(c.subject, "kind", None) == "MilitaryOperation"
                  and not c.subject.attrs.get("exercise") and not c.subject.attrs.get("weapon_test")}
    if len(operations) != 1:
        return
    operation, = operations.values()
    for kind in re.split(r"\s+and\s+", m.group("kinds")):
        f.add(f.new_entity("MilitaryEquipment", kind), "gk:usedIn", operation, s)


# 'at least eight Kinzhal hypersonic missiles ... were among the projectiles used in the attack', 'The
# Russian aircraft involved in the assault included Tu-160 and Tu-95 strategic bombers', and the
# sentence that goes on 'So too were one Zircon hypersonic cruise missile and ...'
USED_IN_THE_ATTACK = re.compile(r"\b(?:used|involved|employed|fired|launched|deployed)\s+in\s+(?:the|this|that|"
                                r"Sunday’s|Sunday's|[A-Z][a-z]+day(?:’s|'s))\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|strikes?|"
                                r"assault|barrage|raids?|bombardment|operation)\b"
                                # ('the Pakistan military used medium-range Fateh-1 missiles in the attack')
                                r"|\b(?:used|employed|fired|launched|deployed)\s+[^.;]{2,60}?\s+in\s+(?:the|this|that)\s+"
                                r"(?:[a-z-]+\s+){0,2}?(?:attacks?|strikes?|assault|barrage|raids?|bombardment|operation|"
                                r"offensive)\b")
USED_WORDS = ("used in", "involved in", "employed in", "fired in", "launched in", "deployed in", "in the attack",
              "in the strike", "in the operation", "in the offensive", "in the raid", "in the barrage")
SO_TOO = re.compile(r"^(?:So\s+too|Also\s+among\s+them|Among\s+them\s+too)\s+(?:were|was)\b")


def _used_in_the_attack(f: Findings, s) -> None:
    """The systems a sentence says were used in the attack reported just before (or the only one)."""
    told = USED_IN_THE_ATTACK.search(s.text) if mentions_any(s.text, USED_WORDS) else None
    if told is None and not (SO_TOO.match(s.text) and getattr(f, "used_in_told", None) == s.index - 1):
        return
    attack = _recent_operation(f, s.start) or _only_operation(f)
    if attack is None:
        return
    for w in f.mentions_in(s.start, s.end, "Weapon"):
        if f.entity(w) is not None and not _aimed_at(f, s, w):
            f.add(f.entity(w), "gk:usedIn", attack, s)
    f.used_in_told = s.index


# A preposition's object, which does not launch the attack of its clause ('Cambodian soldiers opened
# fire at a Thai military base ... and launched rockets towards X')
OBJECT_BEFORE = re.compile(r"\b(?:at|on|against|toward|towards|near|into|in)\s+(?:the\s+|a\s+|an\s+)?$")


def _object_of_preposition(f: Findings, s, mention) -> bool:
    return OBJECT_BEFORE.search(f.text, max(s.start, mention.start - 16), mention.start) is not None


SAID_IT_DID = re.compile(r"\s+(?:said|says|claimed|announced)\s+(?:that\s+)?(?:the\s+group|it|they)\s+"
                         r"(?:had\s+|has\s+|have\s+)?$")
# What may stand before a clause's subject: an article, or a time set off by a comma
CLAUSE_OPENS = re.compile(r"\s*(?:(?:[Tt]he|(?:On|At|Early|Late|Overnight)\b[^,]{0,30},)\s*)?")


def _launched_at(f: Findings, s) -> bool:
    """'Russia launched 40 missiles and 30 Shahed drones at Kyiv overnight': an attack by
    Russia on Kyiv, with the systems it used."""
    if not mentions_any(s.text, LAUNCH_WORDS):
        return False
    m = LAUNCHED_AT.search(s.text)
    if not m:
        return False
    who = [x for x in f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym", "Org")
           if x.kind != "MediaOutlet" and not BACKER.match(f.text, x.end)   # not 'the Iran-backed rebels'
           and not _object_of_preposition(f, s, x)]   # nor 'at a Thai base'
    target = f.mentions_in(s.start + m.start("target"), s.start + m.end("target"))
    if not who or not target or PASSIVE_BEFORE.search(s.text, 0, m.start()) or VESSELS_LAUNCHED.search(m.group("what")):
        return False   # ('two missiles were fired from it towards Abu Dhabi': by whom is not said; 'The Navy has
        #                 launched two offshore patrol vessels at Dearsan Shipyard': a ship launch, no attack)
    if OTHER_CLAUSE.search(f.text, who[-1].end, s.start + m.start()) \
            and not SAID_IT_DID.match(f.text, who[-1].end, s.start + m.start()):
        return False   # ('X said Monday, hours after the Iran-backed rebel group launched ...'; but 'the
        #                 Houthis said the group had fired' is theirs)
    operation = _attack_on(f, s, f.country(who[-1]) or f.entity(who[-1]),
                           f.entity(target[0]) or f.country(target[0]),
                           f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon"))
    if operation is None:
        return False
    region = _owned_region(f, target[0], f.mentions_in(target[0].end, s.end)[:1])   # ("northern Israel's Beit Hillel")
    if region is not None:
        f.add(operation, "gk:location", region, s)
    towards = TOWARDS_PLACES.match(s.text, m.end())
    if towards:   # ('against Armenian military positions in the direction of the cities of Goris, Sotk')
        for place in f.mentions_in(s.start + towards.start("places"), s.start + towards.end("places"), "City", "Region"):
            f.add(operation, "gk:location", f.entity(place), s)
    return True


# Where the positions an attack was aimed at lie: '... positions in the direction of the cities of
# Goris, Sotk, and Jermuk', '... positions near the towns of X and Y'
TOWARDS_PLACES = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:in\s+the\s+direction\s+of|towards?|near|around|in)\s+"
                            r"(?:the\s+(?:[a-z]+\s+)?(?:cities|towns|villages|districts|city|town|village|district)\s+of\s+)?"
                            r"(?P<places>[A-Z][^.;:“”\"]{0,80})")


# 'Storm Shadow missiles were launched by four RAF Tornados at a former missile base 15 miles west
# of Homs': the attack of whoever launched them (a force, or the country of the aircraft), on the
# target named after 'at', with the systems on both sides of 'by'
LAUNCHED_BY = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:launched|fired)\s+"
                         r"(?:from\s+[^.;]{2,60}?\s+)?by\s+(?P<by>[^.;]{2,80}?)\s+"
                         r"(?:at|on|against|toward|towards)\s+(?:the\s+)?(?P<target>[^.;,]{3,100})")
TARGET_PLACE = re.compile(r"\s+(?:(?:some\s+)?\d[\d.,]*\s*(?:miles?|km|kilometres?|kilometers?)\s+)?"
                          r"(?:(?:north|south|east|west|north-east|north-west|south-east|south-west)\s+of|near|"
                          r"outside|in|on the outskirts of)\s+")


# 'X, was hit and destroyed in an overnight attack orchestrated by Ukraine's military intelligence
# agency', 'the landing ship Caesar Kunikov was sunk in the Black Sea after being attacked by
# Magura V5 naval drones': a ship or a force hit, by whom and with what
HIT_PASSIVE = re.compile(r",?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:hit|sunk|struck|"
                         r"destroyed|damaged|attacked|targeted)\b(?:\s+and\s+(?:\w+ly\s+)?(?:hit|sunk|destroyed|"
                         r"damaged))?")
HIT_BY = re.compile(r"\b(?:orchestrated|carried\s+out|conducted|launched|attacked|hit|struck)"
                    r"(?:\s+in\s+the\s+[a-z]+(?:\s+[a-z]+)?)?\s+by\s+(?:the\s+|an?\s+)?")   # ('struck in the engine room by')
# 'the merchant ship Rubymar is sinking in the Gulf of Aden, after being struck ...': what became
# of a ship, where, and then that it was hit
SINKING_AFTER = re.compile(r"\s+(?:is|was|has\s+been)\s+(?:sinking|burning|on\s+fire|ablaze|listing|adrift|disabled|"
                           r"damaged)\b(?P<where>[^.;]{0,60}?),?\s+after\s+being\s+(?:\w+ly\s+)?(?:hit|struck|attacked|"
                           r"targeted)\b")
HIT_WORDS = (" hit", " sunk", " struck", " destroyed", " damaged", " attacked", " targeted")


# 'two fuel storage facilities in Yartsevo and Razdorovo, located in the Smolensk region of Russia, were
# hit by drones on April 24, allegedly operated by the SBU': sites struck, in the passive, and by whom
SITES_HIT_BY = re.compile(
    rf"\b(?P<target>{_COUNTED}?(?:[a-z-]+\s+){{0,3}}?(?:{_TARGET_NOUNS}))"
    r"(?:\s+in\s+(?P<places>[A-Z][^,;.]{1,60}?))?(?:,[^,;]{1,80},)?\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?:hit|struck|attacked|targeted)\s+by\s+(?P<by>[^.;]{1,120})")
BY_WHOM = re.compile(r"\b(?:operated|launched|carried\s+out|fired)\s+by\s+(?:the\s+)?(?=[A-Z])")


def _sites_hit_by(f: Findings, s) -> bool:
    m = SITES_HIT_BY.search(s.text) if " by " in s.text else None
    if m is None:
        return False
    by_start, by_end = s.start + m.start("by"), s.start + m.end("by")
    whom = BY_WHOM.search(f.text, by_start, by_end)
    named = [x for x in f.mentions_in(whom.end(), by_end, "Country", "Demonym", "MilitaryBranch", "GovernmentAgency",
                                      "ArmedGroup") if x.start == whom.end()] if whom else []
    named = named or [x for x in f.mentions_in(by_start, by_start + 30, "Demonym", "Country")
                      if re.fullmatch(r"(?:the\s+)?", f.text[by_start:x.start])]   # ('hit by Ukrainian drones')
    conductor = acting_party(f, named[0]) if named else None
    if conductor is None:
        return False
    target = re.sub(rf"^{_COUNTED}", "", re.sub(r"^(?:that\s+)?(?:its|their)\s+", "", m.group("target")))
    operation = _unnamed_operation(f, f"attack by {conductor.label} on {target}"[:80])   # (not 'claimed that its ...')
    f.add(operation, "gk:conductedBy", conductor, s)
    f.add(operation, "gk:target", f.new_entity("Place", target), s)
    for name in re.finditer(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?", m.group("places") or ""):
        place = place_named(f, s.start + m.start("places") + name.start(), name.group(0))
        if place is not None and place is not conductor:   # ('in Yartsevo and Razdorovo')
            f.add(operation, "gk:location", place, s)
    weapons = [f.entity(w) for w in f.mentions_in(by_start, by_end, "Weapon") if f.entity(w) is not None]
    kinds = GENERIC_WEAPONS.search(m.group("by")[:40])   # ('by Ukrainian drones')
    for w in weapons or ([f.new_entity("MilitaryEquipment", kinds.group(0))] if kinds else []):
        f.add(w, "gk:usedIn", operation, s)
    return True


def _hit_by(f: Findings, s) -> bool:
    if not mentions_any(s.text, HIT_WORDS):
        return False
    if _sites_hit_by(f, s):
        return True
    ships = f.mentions_in(s.start, s.end, *SHIP_KINDS, "MilitaryBranch")
    for target in ships:
        m = HIT_PASSIVE.match(f.text, target.end, s.end) or HIT_PASSIVE.match(
            f.text, _after_aside(f.text, target.end, s.end), s.end) or _hit_as_it(f, s, target) \
            or SINKING_AFTER.match(f.text, target.end, s.end)
        if m is None or f.entity(target) is None:
            continue
        by = HIT_BY.search(f.text, m.start(), s.end)   # ('was attacked by X', 'attack orchestrated by Y')
        conductor = agent(f, by.end(), min(s.end, by.end() + 60)) if by else None
        weapons = f.mentions_in(by.end(), s.end, "Weapon") if by else []
        if conductor is None and not weapons:
            continue
        aim = f.entity(target)
        operation = _operation(f, s, f"attack on {aim.label}", conductor, weapons)
        f.add(operation, "gk:target", aim, s)
        place = place_at(f, _where_after(f.text, m.end(), s.end), s.end)
        if place is None and "where" in m.re.groupindex:   # ('is sinking in the Gulf of Aden, after ...')
            place = place_at(f, _where_after(f.text, m.start("where"), m.end("where")), m.end("where"))
        if place is not None:
            f.add(operation, "gk:location", place, s)
        return True
    return False


def _hit_as_it(f: Findings, s, target):
    """'Sergey Kotov was reportedly located near the Kerch Strait when it was attacked by ...': the
    ship that opens the sentence, called 'it' after 'when' or 'as'."""
    if not re.fullmatch(r"\s*|The\s+", f.text[s.start:target.start]):
        return None
    it = re.search(r"\b(?:when|as|after|before)\s+it\b", f.text[target.end:s.end])
    return HIT_PASSIVE.match(f.text, target.end + it.end(), s.end) if it else None


def _after_aside(text: str, offset: int, end: int) -> int:
    """Past an aside between commas right after a name (', Sergey Kotov,')."""
    aside = re.match(r",[^,;]{1,60},", text[offset:end])
    return offset + aside.end() if aside else offset


def _where_after(text: str, offset: int, end: int) -> int:
    """Where a place named right after a verb starts ('was sunk in the Black Sea after')."""
    at = re.match(r"\s+(?:in|near|off)\s+(?:the\s+)?", text[offset:end])
    return offset + at.end() if at else end


def _launched_by(f: Findings, s) -> bool:
    if not mentions_any(s.text, LAUNCH_WORDS):
        return False
    m = LAUNCHED_BY.search(s.text)
    if m is None:
        return False
    by_start, by_end = s.start + m.start("by"), s.start + m.end("by")
    who = [x for x in f.mentions_in(by_start, by_end, "Country", "Demonym", "Org") if x.kind != "MediaOutlet"]
    if not who:
        return False
    conductor = f.country(who[0]) or f.entity(who[0])
    target_text = m.group("target")
    place_at = TARGET_PLACE.search(target_text)
    aim_text = target_text[:place_at.start()] if place_at else target_text
    aim_start = s.start + m.start("target")
    named = f.mentions_in(aim_start, aim_start + len(aim_text), "Where", "Org")
    if named:
        aim = f.entity(named[0]) or f.country(named[0])
    elif FACILITY_WORDS.search(aim_text) and len(aim_text.split()) <= 6:
        aim = f.new_entity("Place", re.sub(r"^(?:an?|the)\s+", "", aim_text.strip()))
    else:
        return False
    weapons = f.mentions_in(s.start, s.start + m.start(), "Weapon") + f.mentions_in(by_start, by_end, "Weapon")
    if conductor is None or aim is None or conductor is aim:
        return False
    operation = _operation(f, s, f"attack on {aim.label}", conductor, weapons)
    f.add(operation, "gk:target", aim, s)   # (a base is what was hit, not where the attack was)
    where = f.mentions_in(aim_start + place_at.end(), s.start + m.end("target"), "Where") if place_at else []
    place = (f.entity(where[0]) or f.country(where[0])) if where else None
    if place is not None:
        f.add(operation, "gk:location", place, s)   # (near Homs)
    return True


STRIKE_IN = re.compile(rf"\b(?:{CONDUCT}\s+(?:a\s+|its\s+|their\s+)?(?:first\s+)?(?:series of\s+|wave of\s+)?)?"
                       rf"[“\"‘]?(?:[a-z-]+\s+){{0,2}}?"   # ('in a “self-defense airstrike” in central Somalia')
                       r"(?P<what>airstrikes?|air strikes?|strikes?|raids?|bombing)[”\"’]?"
                       r"(?:,\s+killing\s+[^,.;]{1,60}?)?\s+(?:over|in|inside|"
                       r"across)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central)\s+)?"
                       r"(?=[A-Z])")
STRIKE_NOUNS = ("strike", "raid", "bombing")
# ... and an operation someone carried out somewhere: "Turkey's National Intelligence Agency (MIT)
# carried out an operation in northern Syria's Ain Issa"
OPERATION_IN = re.compile(rf"\b{CONDUCT}\s+(?:an?\s+|its\s+|their\s+)?(?:[a-z-]+\s+){{0,2}}?"
                          r"(?P<what>operations?|offensive)\s+(?:in|inside)\s+(?:the\s+)?"
                          r"(?:(?:eastern|western|northern|southern|central)\s+)?(?=[A-Z])")
STRIKE_IN_WORDS = (*STRIKE_NOUNS, "operation", "offensive")


PRONOUN_SUBJECT = re.compile(r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$")


def country_of_body(f: Findings, m):
    """The country whose name or demonym opens a national body's name ("France's defence
    ministry", 'the Nigerian Army')."""
    words = re.sub(r"^(?:the|The)\s+", "", m.text).split()[:3]
    for n in range(len(words), 0, -1):
        country = f.country_named(re.sub(r"(?:’s|'s)$", "", " ".join(words[:n])))
        if country is not None:
            return country
    return None


def acting_party(f: Findings, m):
    """Who acts when a mention does: the country it names, else the country whose name opens a
    national body's name ('the Nigerian Army'), else the body or group itself."""
    return f.country(m) or country_of_body(f, m) or f.entity(m)


REGION_OWNED = re.compile(r"(?:’s|'s)\s+(?:(?:north|south|east|west|central)[a-z]*\s+)?")


def _owned_region(f: Findings, country, following: list):
    """The region or town a country's possessive names right after it ("Syria's Raqqa province",
    "northern Syria's Ain Issa"), if the next mention is one."""
    region = following[0] if following else None
    if region is None or region.kind not in ("Region", "City", "Place") \
            or not REGION_OWNED.fullmatch(f.text, country.end, region.start):
        return None
    return f.entity(region)


def _strike_in(f: Findings, s) -> None:
    """'India launched missile strikes in Pakistan', "Last night's U.S. military airstrike over
    eastern Syria involved two F-15E jets": an operation by the country named just before the
    strike, where it struck, with the systems the sentence names."""
    if not mentions_any(s.text, STRIKE_IN_WORDS) or f.mentions_in(s.start, s.end, "MilitaryOperation"):
        return
    m = STRIKE_IN.search(s.text) or OPERATION_IN.search(s.text)
    if not m:
        return
    at = s.start + m.end()
    places = f.mentions_in(at, s.end, "Where", "Demonym")
    before = f.mentions_in(max(s.start, s.start + m.start() - 40), s.start + m.start(),
                           "Country", "Demonym", "MilitaryBranch", "GovernmentAgency")
    if not before and PRONOUN_SUBJECT.search(f.text, s.start, s.start + m.start()):
        before = f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym", "MilitaryBranch",
                               "GovernmentAgency")[:1]   # "France's defence ministry said it had ..."
    killer = None
    if not before:   # ('Turkey claimed to have killed on Friday a YPG officer in a drone strike in X')
        killer = _killer(f, s, s.start + m.start())
        before = [killer] if killer is not None else []
    if not places or places[0].start != at or not before:
        return
    conductor = acting_party(f, before[-1])
    place = f.country(places[0]) or f.entity(places[0])
    if conductor is None or place is None or conductor is place:
        return
    operation = _unnamed_operation(f, f"{conductor.label} {m.group('what')} in {place.label}")
    f.add(operation, "gk:conductedBy", conductor, s)
    f.add(operation, "gk:location", place, s)
    killed = re.search(r"\b(?:killed|killing|targeting|against|hit|hitting|struck)\s", s.text[m.end():])
    if killed:   # ('... in southern Somalia killed 21 al-Shabaab militants')
        _groups_targeted(f, operation, s.start + m.end() + killed.end(), s.end, s)
    if killer is not None:   # (the group of those it killed)
        _groups_targeted(f, operation, killer.end, s.start + m.start(), s)
    region = _owned_region(f, places[0], places[1:2])   # ("in Iran's southeastern Sistan-Baluchestan province")
    if region is not None:
        f.add(operation, "gk:location", region, s)
    for w in f.mentions_in(s.start, s.end, "Weapon"):
        if not _aimed_at(f, s, w):
            f.add(f.entity(w), "gk:usedIn", operation, s)


# The subject of a sentence whose strike is how it killed: 'Turkey claimed to have killed ...',
# "Israel's military said it killed ...", 'The Nigerian Air Force has killed ...'
KILLER_VERB = re.compile(r"(?:\s*\([A-Z]{2,8}\))?"   # ('U.S. Africa Command (AFRICOM) killed five members of
                         r"(?:(?:’s|'s)\s+(?:[a-z]+\s+){1,2}?)?\s*(?:(?:claimed|said|says|announced|reported)\s+"   # X, Y's
                         r"(?:(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?|to\s+have\s+)|has\s+|have\s+|had\s+)?"
                         r"killed\s+(?:[^,;:]|,(?![^,;:]*\b(?:said|says|and)\b))*$")   # branch in East Africa, in a ...')


def _killer(f: Findings, s, strike: int):
    """The country, force or agency that opens the sentence, when the strike is how it killed."""
    first = f.mentions_in(s.start, strike, "Country", "Demonym", "MilitaryBranch", "GovernmentAgency")[:1]
    if not first or first[0].start != s.start + subject_start(s.text) \
            or not KILLER_VERB.match(f.text[first[0].end:strike]):
        return None
    return first[0]


def _conductors_and_countries(f: Findings, operation) -> set[int]:
    """Who conducted an operation, and their countries ('Israel's military' is Israel's)."""
    conductors = f.objects(operation, "gk:conductedBy")
    return {id(x) for c in conductors for x in [c, *f.objects(c, "gk:country")]}


def _struck(f: Findings, s) -> bool:
    """'Israeli fighter jets struck Hezbollah weapons depots in southern Lebanon': an
    operation by the country whose forces struck, on what they struck, where."""
    if not mentions_any(s.text, STRUCK_WORDS):
        return False
    m = STRUCK.search(s.text)
    if not m:
        return False
    conductors = []
    who = s.start + m.start("who")
    for x in f.mentions_in(max(s.start, who - 40), s.start + m.end("who"), "Country", "Demonym", "MilitaryBranch"):
        if x.end <= who:
            continue   # (a name that ends in the word before the jets: 'Israeli Air Force jets')
        entity = f.country(x) or f.entity(x)   # ('RAF jets': the force)
        if entity is not None and entity not in conductors:
            conductors.append(entity)
    target_end = s.start + m.end("target")
    relative = RELATIVE_AFTER.search(f.text, s.start + m.start("target"), target_end)
    if relative:   # ('... al-Shabab terrorists who were attacking Somali forces': those attacked
        target_end = relative.start()   # are not the strike's targets)
    targets = [f.entity(x) for x in f.mentions_in(s.start + m.start("target"), target_end, "Org", "Country")
               if not (x.kind == "Country" and PLACE_BEFORE.search(f.text, max(s.start, x.start - 12), x.start))]
    targets = [t for t in targets if t is not None and t not in conductors]   # (not '... in Yemen')
    vessel = VESSEL_STRUCK.match(f.text, s.start + m.start("target"), target_end)
    if vessel:   # ('sea drones hit and sank a Russian Black Sea Fleet patrol ship off occupied Crimea'):
        #          the ship by its kind, not the fleet named in its description
        targets = [f.new_entity("MilitaryEquipment", re.sub(r"\s+", " ", vessel.group("what")))]
    if not conductors or not targets:
        return False
    recent = _recent_operation(f, s.start)   # the strikes just reported, said again
    if recent is not None and {id(c) for c in conductors} <= _conductors_and_countries(f, recent):
        operation = recent
    else:
        operation = _unnamed_operation(f, f"strikes on {targets[0].label}"
                                 + (f" in {m.group('place')}" if m.group("place") else ""))
    for c in conductors:
        f.add(operation, "gk:conductedBy", c, s)
    for t in targets:
        f.add(operation, "gk:target", t, s)
    _located_at(f, s, m, operation)
    for x in f.mentions_in(s.start + m.start("target"), target_end, "Where"):   # ('camps inside Pakistan
        place = f.entity(x) or f.country(x)                                     #  as well as in PoK')
        if place is not None and place not in conductors and place not in targets \
                and PLACE_BEFORE.search(f.text, max(s.start, x.start - 12), x.start):
            f.add(operation, "gk:location", place, s)
    return True


VESSEL_STRUCK = re.compile(r"(?:and\s+(?:sank|damaged|destroyed)\s+)?(?:an?|the)\s+(?P<what>(?:[A-Z][\w-]*\s+){0,4}"
                           r"(?:[a-z-]+\s+){0,2}(?:ship|vessel|warship|frigate|corvette|landing\s+ship|"
                           r"submarine|boat|tanker|cruiser))\b")


# 'German Eurofighter jets intercepted a Russian Il-20M over the Baltic Sea', 'Two Polish F-16s
# were scrambled and intercepted the bombers', 'A French frigate shot down two drones in the Red
# Sea': who intercepted what, with which aircraft or ship, where
INTERCEPTED = re.compile(r"\b(?:were\s+|was\s+)?(?:scrambled\s+(?:and|to)\s+)?(?:intercept(?:ed|s)|shot\s+down|"
                         r"shoots?\s+down|downed|(?:(?<=defences )|(?<=defenses ))(?:destroyed|neutrali[sz]ed))\s+"
                         # ('intercepted and destroyed a ballistic missile')
                         r"(?:and\s+(?:destroyed|downed|shot\s+down|neutrali[sz]ed)\s+)?"
                         r"(?P<target>[^.;]{2,120}?)(?:\s+(?:over|above|near|off|in)\s+(?:the\s+)?"
                         r"(?:(?:(?:north|south|east|west|central)[a-z]*\s+)?(?:city|town|province|region)\s+of\s+)?"
                         r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?(?=\s+(?:on|after|as|while|"
                         r"when|that|which|flying|launched|fired|headed|heading|overnight|last|early|late)\b|[,.;]|$)")
# A list of what was shot down goes on after a comma with the next count
LIST_GOES_ON = re.compile(rf",\s+(?:and\s+|including\s+)?(?:{COUNT_RE})\s+[^.;,]+?(?=[,.;]|\s+(?:that|which|over|above|near|on|after|"
                          r"as|while|when|launched|fired|overnight)\b|$)")
INTERCEPT_WORDS = ("intercept", "shot down", "shoot down", "shoots down", "downed", "defences destroyed",
                   "defenses destroyed", "defences neutrali", "defenses neutrali")
# What is shot down, when no system is named: 'two drones', '40 Shahed-type attack drones' is named
AERIAL_THREAT = re.compile(rf"^(?:(?:a|an|the|its|their)\s+)?(?:(?:{COUNT_RE}|all|several|dozens|multiple|some|many|most)\s+"
                           r"(?:of\s+(?:the\s+)?)?)?"
                           r"(?:(?:incoming|enemy|hostile|attack|suicide|kamikaze|one-way|cruise|ballistic|"
                           r"guided|anti-ship|armed|unmanned|aerial|[a-z]+-made|[A-Z][\w-]*)\s+){0,3}"
                           r"(?P<kind>drones?|UAVs?|missiles?|rockets?|projectiles?|aircraft|balloons?|"
                           r"helicopters?|jets?)\b")
CAN_DO = re.compile(r"\b(?:(?:designed|able|meant|intended|built|used|ready)\s+to|can|could|would|will|may|"
                    r"might|must|capable\s+of)\s+$")
THREAT_KINDS = {"drone": "UnmannedAircraft", "uav": "UnmannedAircraft", "missile": "Missile",
                "rocket": "Missile", "projectile": "Missile", "helicopter": "Helicopter"}


def _intercepted_first(f: Findings, s) -> bool:
    """'US forces shot down some Iran-launched attack drones': an interception, which the launch
    its target's name tells of does not make an attack by the launcher."""
    return re.search(r"\w-(?:launched|fired)\b", s.text) is not None and _intercepted(f, s)


def _intercepted(f: Findings, s) -> bool:
    """An interception: by the country named with what intercepted (its demonym or name just
    before), of the aircraft, missiles or drones intercepted, where it happened."""
    if not mentions_any(s.text, INTERCEPT_WORDS):
        return False
    m = INTERCEPTED.search(s.text)
    if not m or CAN_DO.search(s.text, max(0, m.start() - 30), m.start()):
        return False   # ('an interceptor designed to shoot down ballistic missiles': what it is for)
    if re.match(r"(?:were|was)\s", m.group(0)) and m.group("target").startswith("by "):
        return False   # ('the aircraft were shot down by Patriot missiles': what shot, not what was shot)
    if re.match(r"(?:were|was)\s+(?:shot\s+down|downed|intercepted)", m.group(0)):
        return False   # ('one Indian jet that was shot down was a Rafale': what was shot is named before)
    window_start = max(s.start, s.start + m.start() - 80)
    before = f.mentions_in(window_start, s.start + m.start(), "Country", "Demonym", "Weapon", "MilitaryBranch")
    conductors = [f.country(x) if x.kind in ("Country", "Demonym") else branch_country(f, x)
                  for x in before if x.kind in ("Country", "Demonym", "MilitaryBranch")]
    conductors = [c for c in conductors if c is not None and c.kind == "Country"]
    if not conductors:   # ('the USS Gravely shot down two anti-ship missiles'): the prefix's navy
        conductors = [c for c in (_navy_of_ship(f, x) for x in before) if c is not None][-1:]
    target_end = s.start + m.end("target")
    more = LIST_GOES_ON.match(f.text, target_end, s.end) if not m.group("place") else None
    while more:   # ('shot down two Iskander-M missiles, two Kh-59 cruise missiles and 15 drones')
        target_end = more.end()
        more = LIST_GOES_ON.match(f.text, target_end, s.end)
    aims = [f.entity(x) for x in f.mentions_in(s.start + m.start("target"), target_end, "Weapon")]
    aims = [a for a in aims if a is not None] or _aerial_threat(f, m.group("target"))
    if not conductors or not aims:
        return False
    weapons = [w for w in before if w.kind not in ("Country", "Demonym", "MilitaryBranch")
               and f.entity(w) is not None]
    operation = _operation(f, s, f"interception of {aims[0].label} by {conductors[-1].label}",
                           conductors[-1], weapons, aims[0])
    for a in aims[1:]:
        f.add(operation, "gk:target", a, s)
    _located_at(f, s, m, operation)
    over = OVER_PLACE.search(s.text, m.end()) if not m.group("place") else None
    place = place_mention_at(f, s.start + over.end(), s.end) if over else None
    if place is not None and (f.entity(place) or f.country(place)) is not None:   # ('a missile fired by X
        f.add(operation, "gk:location", f.entity(place) or f.country(place), s)     #  over the city of Jazan')
    return True


def _navy_named(f: Findings, ship):
    """The navy, named somewhere in the article, of the country a ship's prefix names: the USS
    Normandy's is the U.S. Navy the text speaks of."""
    country = _navy_of_ship(f, ship)
    navies = {id(e): e for m in f.doc.mentions
              if country is not None and m.kind == "MilitaryBranch" and m.attrs.get("country") in (country.key, None)
              and "Nav" in m.text for e in [f.entity(m)] if e is not None}   # (or one of no country: 'the Royal Navy')
    return next(iter(navies.values())) if len(navies) == 1 else None


def _navy_of_ship(f: Findings, mention):
    """The country whose navy a ship's prefix names ('USS', 'HMS'), if it names one."""
    prefix = mention.text.split(" ", 1)[0] if mention.kind in SHIP_KINDS else None
    return f.country_named(NAVY_PREFIX_COUNTRY[prefix]) if prefix in NAVY_PREFIX_COUNTRY else None


OVER_PLACE = re.compile(r"\s(?:over|above)\s+(?:the\s+)?(?:(?:(?:north|south|east|west|central)[a-z]*\s+)?"
                        r"(?:city|town|province|region)\s+of\s+)?(?=[A-Z])")


def _aerial_threat(f: Findings, target: str) -> list:
    """'two drones', 'three incoming missiles': the kind of thing shot down, as an entity of
    its own when the text names no system."""
    threat = AERIAL_THREAT.match(target)
    if threat is None:
        return []
    kind = threat.group("kind").lower()
    noun = kind if kind.endswith("s") or kind == "aircraft" else kind + "s"
    words = [w for w in target[:threat.end()].split()[:-1] if not re.fullmatch(COUNT_RE, w, re.I)
             and w.lower() not in ("a", "an", "its", "their", "all", "several", "dozens", "multiple", "some",
                                   "many", "most", "of", "the")]
    label = " ".join([*words, noun if noun.islower() else noun.lower()])
    return [f.new_entity(THREAT_KINDS.get(kind.rstrip("s"), "MilitaryEquipment"), label)]


STRIKE_WORDS = ('launched', 'conducted', 'carried out', 'began', 'mounted', 'executed',
                'undertook')
# Why or after what a party struck, said between commas: its places and parties are not the
# striker
CAUSE_ASIDE = re.compile(r",\s*(?:in (?:retaliation|response|reply)\s+(?:for|to)|after|following|"
                         r"despite|amid|which|who)\b[^,]*,")
# A later sentence on the strikes already reported: 'The strikes were carried out by U.S.
# aircraft including B-1 bombers', 'the strike also involved F-35 jets'
STRIKES_USED = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:air\s*)?(?P<noun>strike|attack|raid|bombing)s?"
                          r"\s+(?:also\s+)?(?:(?:were|was)\s+carried\s+out\s+by|involved|"
                          r"used|included|employed)\b")


# 'an F-16 had destroyed a ballistic missile launcher in the Al Jawf Governorate'
WEAPON_STRUCK = re.compile(r"\s+(?:jets?|fighters?|drones?|aircraft|bombers?|helicopters?)?\s*(?:had\s+|has\s+|have\s+)?"
                           r"(?:destroyed|struck|hit|bombed|attacked)\s+[^.;]{0,80}?\s+in\s+(?:the\s+)?(?=[A-Z])")


def _weapon_struck(f: Findings, s) -> bool:
    """A system that struck something in a place: a strike there, with that system, by the
    country named right before it if one is ('an Emirati F-16 destroyed ...')."""
    for w in f.mentions_in(s.start, s.end, "Weapon"):
        m = WEAPON_STRUCK.match(f.text, w.end, s.end)
        if m is None or f.entity(w) is None:
            continue
        places = [p for p in f.mentions_in(m.end(), s.end, "Where") if p.start == m.end()]
        place = (f.country(places[0]) or f.entity(places[0])) if places else None
        if place is None:
            continue
        operation = _unnamed_operation(f, f"strike in {place.label}")
        f.add(operation, "gk:location", place, s)
        f.add(f.entity(w), "gk:usedIn", operation, s)
        owner = [x for x in f.mentions_in(max(s.start, w.start - 30), w.start, "Country", "Demonym")
                 if re.fullmatch(r"(?:’s|'s)?\s+", f.text[x.end:w.start])]
        if owner and f.country(owner[-1]) is not None and f.country(owner[-1]) is not place:
            f.add(operation, "gk:conductedBy", f.country(owner[-1]), s)
        return True
    return False


# 'Rwandan forces killed 14 rebels in Mozambique's Cabo Delgado province', 'Pakistani security
# forces conducted an intelligence-based operation in Khyber district, killing four militants', 'The
# Turkish Armed Forces destroyed 34 PKK targets in northern Iraq': an operation of a country's forces,
# where they fought and the groups they fought
FORCES_KILLED = re.compile(r"\b(?i:forces|troops|soldiers|commandos|army|military)(?:,[^,;]{1,60},)?\s+(?:(?:have|has|had)\s+)?"
                           r"(?:\w+ly\s+)?(?:(?P<killed>killed|neutrali[sz]ed|eliminated|destroyed)|"
                           r"(?:conducted|carried\s+out|launched)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:operations?|raids?|"
                           r"offensive|assault|sweep))\b")
FOUGHT_IN = re.compile(r"\s(?:in|near|at|around)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z]*\s+)?(?=[A-Z])")


def _forces_killed(f: Findings, s) -> bool:
    m = FORCES_KILLED.search(s.text) if mentions_any(s.text, ("forces", "troops", "soldiers", "commandos", "army",
                                                             "military")) else None
    if m is None or (m.group("killed") and not re.search(
            r"\b(?:militants?|terrorists?|rebels?|insurgents?|fighters?|targets?|hideouts?|camps?|leaders?|"
            r"commanders?|members?)\b", s.text[m.end():])):
        return False
    who = [x for x in f.mentions_in(s.start, s.start + m.start() + 20, "Country", "Demonym", "MilitaryBranch")
           if x.start < s.start + m.end()]
    conductor = (f.country(who[-1]) or f.entity(who[-1])) if who else None
    said = re.search(r",\s+(?:the\s+)?[^,]{0,60}\b(?:said|says|announced|reported)\b", s.text[m.end():])
    end = s.start + m.end() + (said.start() if said else len(s.text) - m.end())
    at = FOUGHT_IN.search(f.text, s.start + m.end(), end)
    places = [x for x in f.mentions_in(at.end(), end, "Where") if x.start == at.end()] if at else []
    if conductor is None or not places:
        return False
    place = f.country(places[0]) or f.entity(places[0])
    if place is None or place is conductor:
        return False
    operation = _unnamed_operation(f, f"{conductor.label} operation in {place.label}")
    f.add(operation, "gk:conductedBy", conductor, s)
    f.add(operation, "gk:location", place, s)
    region = _owned_region(f, places[0], f.mentions_in(places[0].end, end, "Where")[:1])
    if region is not None:   # ("in Mozambique's Cabo Delgado province")
        f.add(operation, "gk:location", region, s)
    _groups_targeted(f, operation, s.start + m.end(), end, s)
    return True


# 'At least 21 members of ... Al-Shabab were killed in two airstrikes in southern Somalia': strikes
# on the armed group the victims belong to, where they were, by whoever 'by' names
KILLED_IN = re.compile(r"\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+killed\s+(?:in|during)\s+"
                       r"(?:(?:an?|the|two|three|four|several|separate|multiple|\d+)\s+)*"
                       r"(?P<noun>(?:drone\s+|air\s+|missile\s+)?strikes?|airstrikes?|air\s+raids?|raids?|bombings?|"
                       r"bombardments?)\b"
                       # ('by the Air Combat Command No. 2 (Cacom 2)')
                       r"(?:\s+(?:by|from)\s+(?:the\s+)?(?P<by>[A-Z][\w.-]*(?:\s+(?!No\b)[A-Z][\w.-]*){0,3})(?:\s+No\.?\s+\d+)?"
                       r"(?:\s+\([^()]{1,20}\))?)?"
                       r"(?:\s+(?:in|on|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z]*\s+)?"
                       r"(?:(?:municipality|city|town|village|district|province|region|department)\s+of\s+)?"
                       r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}))?")
AFFILIATE_AFTER = re.compile(r"-(?:linked|affiliated|backed|inspired|allied)\b")


# 'More than 30 Al-Shabaab militants have been killed during fierce fighting between the militants
# and the Somalia National Army's Danaab and Gor-gor commandos at the border areas of X and Y'
KILLED_FIGHTING = re.compile(r"\b(?:militants|fighters|insurgents|terrorists|rebels|jihadists)\s+(?:have\s+been|has\s+been|"
                             r"had\s+been|were|was)\s+killed\s+(?:during|in)\s+(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}?"
                             r"(?P<noun>fighting|clashes|battles?|gunfights?|operations?|offensive|raids?)\s+"
                             r"(?:between\s+the\s+(?:militants|fighters|insurgents|terrorists|rebels)\s+and|with|against|by)\s+"
                             r"(?:the\s+)?(?P<force>[^.;]{2,120}?)(?=\s+(?:at|in|near|on)\s|[,.;]|$)")


def _killed_in_fighting(f: Findings, s) -> bool:
    """Militants of a group killed in fighting with a force: the force's operation against the
    group, where the sentence says."""
    m = KILLED_FIGHTING.search(s.text) if " killed " in s.text else None
    if m is None:
        return False
    groups = [f.entity(g) for g in f.mentions_in(s.start, s.start + m.start(), "ArmedGroup")
              if f.entity(g) is not None and not AFFILIATE_AFTER.match(f.text, g.end)]
    force = agent(f, s.start + m.start("force"), s.start + m.end("force"))
    if not groups or force is None or force.kind == "ArmedGroup":
        return False
    operation = _unnamed_operation(f, f"operation against {groups[0].label}")
    f.add(operation, "gk:conductedBy", force, s)
    for g in groups:
        f.add(operation, "gk:target", g, s)
    for place in f.mentions_in(s.start + m.end("force"), s.end, "Where"):
        entity = f.entity(place) or f.country(place)
        if entity is not None and entity is not force:
            f.add(operation, "gk:location", entity, s)
    return True


def _killed_in_strikes(f: Findings, s) -> bool:
    m = KILLED_IN.search(s.text) if "killed in" in s.text or "killed during" in s.text else None
    if m is None or not m.group("place"):
        return False
    place = place_named(f, s.start + m.start("place"), m.group("place"))
    groups = [f.entity(g) for g in f.mentions_in(s.start, s.start + m.start(), "ArmedGroup")
              if not AFFILIATE_AFTER.match(f.text, g.end)]   # (not 'the Al-Qaeda-linked group')
    if place is None or not groups:
        return False
    noun = re.sub(r"\s+", " ", m.group("noun"))
    operation = _unnamed_operation(f, f"{noun} in {place.label}")
    f.add(operation, "gk:location", place, s)
    for g in groups:
        f.add(operation, "gk:target", g, s)
    by = [x for x in f.mentions_in(s.start + m.start("by"), s.start + m.end("by"), "Country", "Demonym",
                                   "MilitaryBranch", "GovernmentAgency")] if m.group("by") else []
    if by:
        f.add(operation, "gk:conductedBy", f.country(by[0]) or f.entity(by[0]), s)
    return True


# 'Russian drone attacks on civilian infrastructure in Ukraine', 'Houthi attacks on commercial
# shipping in the Red Sea', 'A Russian airstrike killed 13 people in Odesa': attacks a noun phrase
# tells of, by the party whose name or demonym opens it
ATTACKS_NAMED = re.compile(r"(?P<by>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)(?:’s|'s)?\s+"
                           r"(?:(?:drone|missile|rocket|air|artillery|naval|deadly|latest|overnight|new|recent|repeated|"
                           r"brutal|terror|terrorist|cross-border|suicide|massive|major|fresh|military|army|"
                           r"ballistic|cruise|anti-ship|hypersonic|kamikaze|loitering)\s+){0,3}"   # ('a Houthi ballistic
                           #                                                             missile attack on ...')
                           r"(?P<noun>attacks?|strikes?|airstrikes?|air\s+strikes?|raids?|bombardment|shelling)\s+"
                           r"(?:(?:on|against)\s+(?P<aim>[^.;,]{3,60}?)|(?:killed|hit|struck|destroyed|damaged)\s+[^.;,]{2,60}?)"
                           r"(?:\s+(?:in|near)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|"
                           r"central)\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2}))?"   # ('in south Lebanon',
                           r"(?=[.;,]|\s+(?:that|which|since|after|on|overnight|last|this|continued|have|has|had|"   # 'in the Gulf
                           r"were|was|are|is|killed|kills|killing|left|wounded|injured|failed|missed|caused|sank|"     #  of Aden')
                           # ('Israeli strikes on the country targeted military bases', '... attacks on military
                           # bases and said Iran will respond')
                           r"damaged|forced|targeted|hit|struck|destroyed|and\s+(?:said|says|vowed|warned|added|urged))\b|$)")
ATTACK_NOUNS = ("attack", "strike", "raid", "bombardment", "shelling")
BACKGROUND = re.compile(r"\b(?:response\s+to|retaliation\s+(?:for|against)|reply\s+to|concerns?\s+(?:about|over)|amid|after|"
                        r"following|because\s+of|due\s+to|fear\s+of|threat\s+of|risk\s+of)\s+(?:the\s+|a\s+|an\s+)?$")


def _attacks_named(f: Findings, s) -> bool:
    if not mentions_any(s.text, ATTACK_NOUNS):
        return False
    for m in ATTACKS_NAMED.finditer(s.text):
        if BACKGROUND.search(s.text, max(0, m.start() - 30), m.start()):
            continue   # ('in response to Houthi attacks on shipping': the cause of what the sentence tells)
        by = [x for x in f.mentions_in(s.start + m.start("by"), s.start + m.end("by"), "Country", "Demonym",
                                       "ArmedGroup", "MilitaryBranch") if not BACKER.match(f.text, x.end)]
        who = (f.country(by[-1]) or f.entity(by[-1])) if by else None
        if who is None or not m.group("place") and not m.group("aim"):
            continue
        place = place_named(f, s.start + m.start("place"), m.group("place")) if m.group("place") else None
        aim = m.group("aim")
        aimed = f.mentions_in(s.start + m.start("aim"), s.start + m.end("aim"), "Org", "Country", "ArmedGroup",
                              "City", "Ship", "AircraftCarrier") if aim else []   # (and a warship attacked)
        named = [f.country(x) or f.entity(x) for x in aimed if not BACKER.match(f.text, x.end)]   # (not 'Iran-backed')
        if not named and aim and re.fullmatch(r"the\s+country", aim):   # ("Iran’s military said ... Israeli
            before = f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym", "MilitaryBranch", "GovernmentAgency")
            owners = [f.country(x) or next(iter(f.objects(f.entity(x), "gk:country")), None) for x in before
                      if f.entity(x) is not None or f.country(x) is not None]
            named = [c for c in owners if c is not None and c is not who][:1] or [country_spoken_of(f, s)]   # strikes
            #                                                                                       on the country")
        named = [x for x in named if x is not None and x is not who]
        if aim is None and place is None:
            continue
        noun = re.sub(r"\s+", " ", m.group("noun"))
        operation = _unnamed_operation(f, f"{noun} by {who.label}" + (f" on {aim}" if aim else f" in {place.label}"))
        f.add(operation, "gk:conductedBy", who, s)
        for t in named:
            f.add(operation, "gk:target", t, s)
        if aim and not named and FACILITY_WORDS.search(aim) and not re.search(r"\b[A-Z]", aim):
            f.add(operation, "gk:target", f.new_entity("Place", re.sub(r"^(?:the|an?)\s+", "", aim)), s)
        if place is not None and place is not who:
            f.add(operation, "gk:location", place, s)
        return True
    return False


def _groups_targeted(f: Findings, operation, start: int, end: int, s) -> None:
    """The armed groups named between two offsets are the operation's targets (not one whose
    possessive describes another: 'Shabaab, Al Qaeda’s branch in East Africa')."""
    for group in f.mentions_in(start, end, "ArmedGroup"):
        if not (f.text.startswith(("’s", "'s"), group.end)
                and re.search(r",\s+(?:the\s+)?$", f.text[max(start, group.start - 8):group.start])):
            f.add(operation, "gk:target", f.entity(group), s)


# 'A drone attacked the Novoshakhtinsk oil refinery overnight': an attack on a site, by whoever
# the words before the weapon say owns it ('Ukrainian drones hit ...'), if they do
FACILITY_ATTACKED = re.compile(r"\b(?P<weapon>drones?|UAVs?|unmanned aerial vehicles?|missiles?|rockets?)\s+"
                               r"(?:has\s+|have\s+|had\s+)?(?:attacked|struck|hit|targeted|crashed\s+into)\s+"
                               r"(?:the\s+)?(?=[A-Z])")


# 'a swarm of drones belonging to the Rapid Support Forces (RSF) targeted the airport of Port Sudan'
GROUPS_WEAPONS_STRUCK = re.compile(r"\b(?P<weapon>(?:(?!of\s)[a-z-]+\s+)?(?:drones?|UAVs?|missiles?|rockets?))\s+(?:belonging\s+to|"
                                   r"operated\s+by|launched\s+by|fired\s+by)\s+(?:the\s+)?(?P<owner>[^.;,]{2,60}?)\s+"
                                   r"(?:has\s+|have\s+|had\s+)?(?:attacked|struck|hit|targeted|bombed)\s+"
                                   r"(?P<aim>[^.;]{2,80})")


# 'Port Sudan was subjected to a treacherous attack by the RSF militia using seven suicide drones'
SUBJECTED_TO = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+subjected\s+to\s+(?:an?\s+|the\s+)?"
                          r"(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|assaults?|bombardment|shelling|raids?)\s+by\s+(?:the\s+)?"
                          r"(?P<who>[^.;,]{2,60}?)(?:\s+(?:using|with)\s+(?P<what>[^.;,]{2,60}))?(?=[.;,]|$)")


def _subjected_to(f: Findings, s) -> bool:
    """A place subjected to an attack by a party, with what it used."""
    for where in f.mentions_in(s.start, s.end, "Where") if "subjected" in s.text else ():
        m = SUBJECTED_TO.match(f.text, where.end, s.end)
        place = (f.entity(where) or f.country(where)) if m else None
        conductor = agent(f, m.start("who"), m.end("who")) if m else None
        if place is None or conductor is None or place is conductor:
            continue
        operation = _operation(f, s, f"attack on {place.label}", conductor,
                               f.mentions_in(m.start("what"), m.end("what"), "Weapon") if m.group("what") else [],
                               place)
        threat = _aerial_threat(f, m.group("what")) if m.group("what") and not f.objects(operation, "gk:usedIn") else []
        for weapon in threat:
            f.add(weapon, "gk:usedIn", operation, s)
        return True
    return False


def _groups_weapons_struck(f: Findings, s) -> bool:
    """Weapons a party owns or fired that struck somewhere: an attack by that party there."""
    m = GROUPS_WEAPONS_STRUCK.search(s.text) if "by" in s.text or "belonging" in s.text else None
    if m is None:
        return False
    conductor = agent(f, s.start + m.start("owner"), s.start + m.end("owner"))
    places = f.mentions_in(s.start + m.start("aim"), s.start + m.end("aim"), "Where")
    place = (f.entity(places[0]) or f.country(places[0])) if places else None
    if conductor is None or place is None or place is conductor:
        return False
    operation = _operation(f, s, f"attack on {place.label}", conductor, [], place)
    for weapon in _aerial_threat(f, m.group("weapon")):
        f.add(weapon, "gk:usedIn", operation, s)
    return True


def _facility_attacked(f: Findings, s) -> bool:
    m = FACILITY_ATTACKED.search(s.text)
    site = [x for x in f.mentions_in(s.start + m.end(), s.end, "Where") if x.start == s.start + m.end()
            and x.kind == "Place"] if m else []
    if not site or f.entity(site[0]) is None:
        return False
    target = f.entity(site[0])
    operation = _unnamed_operation(f, f"attack on {target.label}")
    f.add(operation, "gk:target", target, s)
    owner = [x for x in f.mentions_in(max(s.start, s.start + m.start() - 30), s.start + m.start(), "Country", "Demonym")
             if re.fullmatch(r"(?:’s|'s)?\s+(?:[a-z-]+\s+)?", f.text[x.end:s.start + m.start()])]
    if owner and f.country(owner[-1]) is not None:
        f.add(operation, "gk:conductedBy", f.country(owner[-1]), s)
    return True


# 'Ukraine said on Monday its drones sank two Russian ships in the Black Sea near Snake Island',
# 'Israeli jets struck weapons depots near Damascus': a country's forces or weapons, named by their
# kind, that struck something somewhere
# When, between a subject and its verb: 'Ukrainian special forces early on Tuesday struck ...'
WHEN_BEFORE_VERB = r"(?:(?:early|late)\s+)?(?:(?:on\s+)?[A-Z][a-z]+day(?:\s+night)?\s+|overnight\s+|on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?"
FORCES_STRUCK = re.compile(r"(?:(?:’s|'s)\s+|\s+(?:(?P<their>its|their)\s+)?)(?:(?!its\b|their\b)[a-z-]+\s+){0,2}?(?:drones?|missiles?|jets?|warplanes?|aircraft|"
                           r"forces|troops|artillery|warships?|navy|air\s+force|army|military)\s+"
                           rf"{WHEN_BEFORE_VERB}(?:had\s+|have\s+|has\s+)?(?:sank|sunk|destroyed|struck|hit|bombed|shelled|downed|"
                           r"shot\s+down)\s+(?P<aim>[^.;]{2,80}?)\s+(?:in|near|off|over|at)\s+(?:the\s+)?"
                           # ('in the Syrian town of Shaab')
                           r"(?:(?:[A-Z][\w-]+\s+)?(?:town|city|village|province|region|district)\s+of\s+)?(?=[A-Z])")
FORCES_WORDS = ("sank", "sunk", "destroyed", "struck", " hit ", "bombed", "shelled", "downed", "shot down", "targeted",
                "attempted to", "tried to")


# 'Ukrainian special forces early on Tuesday struck two Russian military airfields': sites a
# country's forces struck, named by their kind, where the sentence says nowhere
SITES = re.compile(r"(?:the\s+|an?\s+|{COUNT}\s+|several\s+|multiple\s+)?(?:[A-Z][a-z]+\s+)?"
                   r"(?:[a-z-]+\s+){0,2}?(?:airfields?|air\s+bases?|bases?|depots?|warehouses?|ports?|"
                   r"refiner(?:y|ies)|facilit(?:y|ies)|positions|camps?|headquarters|command\s+posts?|border\s+posts?)"
                   .replace("{COUNT}", COUNT_RE))
FORCES_HIT_SITES = re.compile(r"(?:(?:’s|'s)\s+|\s+)(?:[a-z-]+\s+){0,2}?(?:forces|troops|commandos|drones?|missiles?|"
                              r"jets?|warplanes?|aircraft|artillery|army|military|navy|air\s+force)\s+"
                              rf"{WHEN_BEFORE_VERB}(?:had\s+|have\s+|has\s+)?(?:struck|hit|attacked|bombed|shelled|raided)\s+"
                              rf"(?P<aim>{SITES.pattern})\b"
                              r"(?P<after>,\s+saying\s+(?:they|it)\s+(?:had\s+)?(?:\w+ly\s+)?destroyed\s+(?P<list>[^.;]+))?"
                              .replace("{COUNT}", COUNT_RE))
# 'Israel struck several sites in Yemen on Thursday including the international airport serving
# the capital Sanaa and the adjacent al-Dailami Air Base': a country that opens the sentence and struck
# (and a force of the country's: '“Today morning Indian Armed Forces targeted Air Defence Radars and
# systems at a number of locations in Pakistan')
COUNTRY_STRUCK = re.compile(r"^(?:[^.;“”\"]{0,120}?\b(?:said|says|stated|claimed|announced)\s+(?:that\s+)?"
                            # ('the government said that on the night of May 7 and 8, Pakistan attempted to engage')
                            r"(?:(?:on|in|at|early|late|overnight)\b[^,]{0,40},\s+)?)?"
                            r"[“\"‘]?(?:(?:Today|Tonight|Yesterday|Overnight|Earlier|Early|Later?)(?:\s+(?:morning|night|"
                            r"evening|today))?,?\s+)?(?:The\s+)?(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
                            r"(?:has\s+|had\s+|have\s+)?"
                            r"(?:also\s+)?(?:struck|bombed|attacked|shelled|pounded|raided|targeted|"
                            # ('Pakistan attempted to engage a number of military targets in ... India')
                            r"(?:attempted|tried|sought)\s+to\s+(?:engage|strike|hit|attack|target))\s+"
                            r"(?:(?!\b(?:when|since|after|before|while)\b)[^.;,]){2,80}?\s+"   # (not '..., when a drone
                            #                                                         killed a man in Tel Aviv')
                            r"(?:in|near|off|over|at)\s+(?:the\s+)?"
                            # ('in Northern and Western India')
                            r"(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)[a-z]*\s+(?:and\s+(?:[Nn]orth|[Ss]outh|"
                            r"[Ee]ast|[Ww]est|[Cc]entral)[a-z]*\s+)?)?(?=[A-Z])")
INCLUDING = re.compile(r"\bincluding\s+")


AIR_DEFENCE_BEFORE = re.compile(r"\bair[- ]defen[cs]es?\b", re.I)


def _forces_struck(f: Findings, s) -> bool:
    """A strike by the country whose forces or weapons the text names by their kind ('its drones',
    'Ukrainian drones', "Israel's jets"), or that opens the sentence ('Israel struck several sites
    in Yemen'), where the text says it was, and the places it says were among the targets."""
    if not mentions_any(s.text, FORCES_WORDS):
        return False
    opening = COUNTRY_STRUCK.match(s.text)
    country = [x for x in f.mentions_in(s.start + opening.start("who"), s.start + opening.end("who"), "Country",
                                        "MilitaryBranch") if x.start == s.start + opening.start("who")] if opening else []
    who = (f.country(country[0]) or country_of_body(f, country[0])) if country else None
    if who is not None:
        return _strike_by(f, s, who, opening)
    for m in FORCES_STRUCK.finditer(s.text):
        start = s.start + m.start()
        if AIR_DEFENCE_BEFORE.search(f.text, max(s.start, start - 20), start + 25) \
                and _aerial_threat(f, m.group("aim")):
            continue   # ('Saudi air defence forces destroyed the missile over Jazan': an interception)
        owner = [x for x in f.mentions_in(s.start, start, "Country", "Demonym") if x.end == start]   # ('Israeli
        #                                                 jets', "Israel's jets": the match opens where it ends)
        who = f.country(owner[-1]) if owner else None
        if who is None and m.group("their"):   # 'its drones': the subject's
            subject = f.mentions_in(s.start, start, "Country")
            who = f.country(subject[0]) if subject else None
        if who is not None and _strike_by(f, s, who, m):
            return True
    return _sites_hit(f, s)


def _sites_hit(f: Findings, s) -> bool:
    """Sites a country's forces struck, named by their kind only ('two Russian military airfields'):
    a strike by the country on them, and what the sentence says it destroyed there."""
    for m in FORCES_HIT_SITES.finditer(s.text):
        start = s.start + m.start()
        owner = [x for x in f.mentions_in(s.start, start, "Country", "Demonym") if x.end == start]
        who = f.country(owner[-1]) if owner else None
        if who is None:
            continue
        aim = re.sub(r"^(?:the|an?)\s+", "", m.group("aim"))
        whose = re.match(r"[A-Z][a-z]+\s+", aim)   # ('the Russian ammunition depot': whose, not what)
        aim = aim[whose.end():] if whose and f.country_named(whose.group(0).strip()) is not None else aim
        operation = _unnamed_operation(f, f"strike by {who.label} on {aim}")
        f.add(operation, "gk:conductedBy", who, s)
        f.add(operation, "gk:target", f.new_entity("Place", aim), s)
        at = s.start + m.end("aim")
        while (where := SITE_WHERE.match(f.text, at, s.end)) is not None:   # ('... struck two Russian
            place = place_named(f, where.start("place"), where.group("place"))   # airfields in Berdyansk';
            if place is not None and place is not who:                        # 'in X in the Y region')
                f.add(operation, "gk:location", place, s)
            at = where.end()
        if m.group("list"):   # (', saying they destroyed nine helicopters, an ammunition warehouse')
            _kinds_of_target(f, s, operation, s.start + m.start("list"), s.start + m.end("list"))
        return True
    return False


SITE_WHERE = re.compile(r"\s+(?:in|near)\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")


def _strike_by(f: Findings, s, who, m: re.Match) -> bool:
    """The strike whose place a pattern's match ends at, by a country: where, the place after
    'near' too, and places listed after 'including' as its targets."""
    mention = place_mention_at(f, s.start + m.end(), s.end)
    place = (f.entity(mention) or f.country(mention)) if mention is not None else None
    if place is None or place is who:
        return False
    operation = _unnamed_operation(f, f"strike by {who.label} in {place.label}")
    f.add(operation, "gk:conductedBy", who, s)
    f.add(operation, "gk:location", place, s)
    region = _owned_region(f, mention, f.mentions_in(mention.end, s.end, "Where")[:1])
    if region is not None:   # ("struck another oil refinery in Russia's Ryazan region")
        f.add(operation, "gk:location", region, s)
    sites = SITES.fullmatch(m.group("aim")) if "aim" in m.re.groupindex and m.group("aim") else None
    if sites:   # ('Israeli jets on Thursday struck two Houthi command posts in Hodeidah')
        f.add(operation, "gk:target", f.new_entity("Place", re.sub(r"^(?:the|an?|another)\s+", "", sites.group(0))), s)
    near = re.match(r"\s+(?:near|off|at)\s+(?:the\s+)?", f.text[mention.end:s.end])
    if near:   # ('in the Black Sea near Snake Island')
        second = place_at(f, mention.end + near.end(), s.end)
        if second is not None:
            f.add(operation, "gk:location", second, s)
    including = INCLUDING.search(f.text, s.start + m.end(), s.end)
    for x in f.mentions_in(including.end(), s.end, "Where") if including else ():
        target = f.country(x) if x.kind == "Country" else f.entity(x)
        if target is not None and target is not who and target is not place:
            f.add(operation, "gk:target", target, s)
    for start, name in _listed_names(f, including.end(), s.end) if including else ():
        target = place_named(f, start, name)   # ('including #Awantipura, #Srinagar, ...': places the
        if target is not None and target is not who and target is not place:   # gazetteer may not know)
            f.add(operation, "gk:target", target, s)
    return True


LIST_END = re.compile(r",?\s+(?:using|with|which|as|where|when|on|in|at|from)\b|[.;:]")
LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
LISTED_NAME = re.compile(r"#?(?P<name>[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*){0,2})")


def _listed_names(f: Findings, start: int, end: int) -> list[tuple[int, str]]:
    """The capitalised names a list of places gives, each where it starts, that no mention has found."""
    stop = LIST_END.search(f.text, start, end)
    end = stop.start() if stop else end
    out, at = [], start
    for piece in LIST_SPLIT.split(f.text[start:end]):
        offset = f.text.find(piece, at, end)
        at = offset + len(piece)
        name = LISTED_NAME.fullmatch(piece.strip())
        if name is None or f.mentions_in(offset, offset + len(piece)):
            continue
        out.append((offset + piece.index(name.group("name")), name.group("name")))
    return out


# 'Russia unleashed a new barrage of drones and missiles on Ukraine overnight, again targeting the
# energy sector', 'Russian forces had fired 78 attack drones and six missiles over various
# regions': an attack by the country, with the kinds of weapon it used, on what and where
BARRAGE = re.compile(r"(?<!-)\b(?:unleashed|launched|fired)\s+(?:(?:a|an|another|its)\s+(?:[a-z-]+\s+){0,2}?"
                     r"(?:barrage|wave|salvo|volley|swarm)\s+of\s+)?(?P<what>(?:[\w-]+\s+){0,4}?(?:drones?|missiles?|"
                     r"rockets?)(?:\s+and\s+(?:[\w-]+\s+){0,4}?(?:drones?|missiles?|rockets?))?)"
                     # ('... from near Pyongyang toward the Sea of Japan')
                     r"(?:\s+from\s+(?:near\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
                     r"(?:\s+(?:on|at|against|toward|towards|into)\s+(?:the\s+)?"
                     r"(?P<aim>[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,2}))?"
                     r"(?:[^.;]*?\btargeting\s+(?:the\s+)?(?P<target>[a-z][a-z -]{2,40}?)(?=\s+and\b|[,.;]|$))?")
BARRAGE_WORDS = ("unleashed", "launched", "fired")


def _barrage(f: Findings, s) -> bool:
    m = BARRAGE.search(s.text) if mentions_any(s.text, BARRAGE_WORDS) else None
    if m is None or f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon") \
            or PASSIVE_BEFORE.search(s.text, 0, m.start()) or NOT_AN_ATTACK.search(s.text) \
            or re.match(r"\s+(?:strikes?|attacks?|launchers?|systems?|units?|batteries)\b", s.text[m.end("what"):]) \
            or f.mentions_in(s.start, s.end, "MilitaryOperation"):
        return False   # (a system named is read by the other rules, 'missile strikes' too; a test
        #                 is no attack; a named operation has its own rules)
    clause = max(f.text.rfind(",", s.start, s.start + m.start()) + 1, s.start)
    who = [x for x in f.mentions_in(clause, s.start + m.start(), "Country", "Demonym", "MilitaryBranch")
           if not BACKER.match(f.text, x.end) and not _object_of_preposition(f, s, x)]
    if len(who) > 1 and CLAUSE_OPENS.fullmatch(f.text, clause, who[0].start) \
            and re.search(r"\b(?:a|an)\s+$", f.text[max(s.start, who[-1].start - 4):who[-1].start]):
        who = who[:1]   # the clause's subject, not an object ('Eritrean troops shelled a Sudanese post and
        #                 launched ...')
    conductor = (f.country(who[-1]) or f.entity(who[-1])) if who else None
    if conductor is None:
        return False
    aim = [x for x in f.mentions_in(s.start + m.start("aim"), s.start + m.end("aim"), "Where")] if m.group("aim") else []
    region = [x for x in aim[1:2] if re.fullmatch(r"(?:’s|'s)\s+", f.text[aim[0].end:x.start])]   # ('into
    aim = (f.country(aim[0]) or f.entity(aim[0])) if aim else None                           # Pakistan's Balochistan')
    operation = _recent_operation(f, s.start)
    if operation is None or conductor not in f.objects(operation, "gk:conductedBy"):
        into_sea = aim is not None and re.search(r"\b(?:Sea|Ocean|Gulf|Strait|Bay)\b", aim.label)
        label = f"{conductor.label} launch into {aim.label}" if into_sea else \
            f"{conductor.label} attack" + (f" on {aim.label}" if aim else "")   # (missiles fired into a sea
        operation = _operation(f, s, label, conductor, [], aim if aim is not conductor else None)   # hit no one)
    if region and f.entity(region[0]) is not None:
        f.add(operation, "gk:location", f.entity(region[0]), s)
    for part in re.split(r"\s+and\s+", m.group("what")):
        for weapon in _aerial_threat(f, part):
            f.add(weapon, "gk:usedIn", operation, s)
    if m.group("target"):
        _kinds_of_target(f, s, operation, s.start + m.start("target"), s.start + m.end("target"))
    aimed = re.search(r"\btargeting\s", s.text[m.end("what"):])
    if aimed:   # ('..., targeting the separatist group Jaish al-Adl')
        _groups_targeted(f, operation, s.start + m.end("what") + aimed.end(), s.end, s)
    return True


# 'no respite in UK operations against Daesh', 'amid Israeli strikes on Hezbollah': an operation
# named by who conducts it and whom it is against
OPERATIONS_AGAINST = re.compile(r"(?:’s|'s)?\s+(?P<noun>(?:(?:air|military|naval|drone|missile|counter-?terrorism)\s+)?"
                                r"(?:operations|strikes|airstrikes|attacks|raids|campaign|offensive|bombardment))\s+"
                                r"(?:against|on|targeting)\s+(?:the\s+)?(?=[A-Z])")


def _operations_against(f: Findings, s) -> None:
    if not mentions_any(s.text, (" against ", " on ", " targeting ")) or f.mentions_in(s.start, s.end, "MilitaryOperation"):
        return
    for x in f.mentions_in(s.start, s.end, "Country", "Demonym", "MilitaryBranch"):
        m = OPERATIONS_AGAINST.match(f.text, x.end, s.end)
        aims = [a for a in f.mentions_in(m.end(), s.end, "Org", "Where") if a.start == m.end()] if m else []
        conductor = f.country(x) or f.entity(x)
        aim = (f.entity(aims[0]) or f.country(aims[0])) if aims else None
        if conductor is not None and aim is not None and aim is not conductor:
            _operation(f, s, f"{conductor.label} {m.group('noun')} against {aim.label}", conductor, [], aim)
            return


# 'Mozambican and Rwandan forces on Sunday recaptured the port town of Mocimboa da Praia, ...,
# which had been held by terrorists affiliated to the “Islamic State”': a capture of a place by
# those forces, against those who held it
CAPTURED = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )"   # (not 'weapons were seized in the Arabian Sea')
                      r"\b(?:recaptured|captured|retook|re-took|seized|liberated|took\s+(?:full\s+)?control\s+of|"
                      r"regained\s+(?:full\s+)?control\s+of)\s+(?:the\s+)?"
                      r"(?:(?!(?:in|at|on|off|near|from|aboard|by|during|over|to|for|with)\s)[a-z-]+\s+){0,3}?"
                      r"(?:(?:town|city|village|port|region|district|province|airport|base)\s+of\s+)?(?=[A-Z])")
HELD_BY = re.compile(r"\b(?:held|controlled|occupied|seized)\s+by\s+(?:[^.;]{0,40}?\b(?:affiliated|linked|loyal)\s+to\s+)?"
                     r"(?:the\s+)?[“\"]?")
CAPTURE_WORDS = ("captured", "retook", "re-took", "seized", "liberated", "control of")


def _captured(f: Findings, s) -> None:
    m = CAPTURED.search(s.text) if mentions_any(s.text, CAPTURE_WORDS) else None
    where = place_at(f, s.start + m.end(), s.end) if m else None
    if where is None:
        return
    clause = max(f.text.rfind(";", s.start, s.start + m.start()) + 1, s.start)
    conductors = []
    for x in f.coordinated(f.mentions_in(clause, s.start + m.start(), "Country", "Demonym", "MilitaryBranch",
                                         "ArmedGroup")):
        who = f.country(x) or f.entity(x)
        if who is not None and who not in conductors:
            conductors.append(who)
    if not conductors:
        return
    operation = _unnamed_operation(f, f"capture of {where.label}")
    for who in conductors:
        f.add(operation, "gk:conductedBy", who, s)
    f.add(operation, "gk:location", where, s)
    held = HELD_BY.search(s.text, m.end())
    for x in f.mentions_in(s.start + held.end(), s.start + held.end() + 60, "Org") if held else ():
        if f.entity(x) is not None and f.entity(x) not in conductors:
            f.add(operation, "gk:target", f.entity(x), s)
            break


# 'The Royal Navy said it had seized Iranian weapons, including anti-tank guided missiles, in
# February from a smugglers' vessel in international waters in the Gulf of Oman': an interdiction,
# by whoever seized, where the vessel was (what was seized is no system used in it)
SEIZED = re.compile(r"\b(?:had\s+|has\s+|have\s+)?(?:seized|intercepted|confiscated|interdicted|interdicting)\s+"
                    r"(?:(?P<what>[^.;]{3,140}?)\s+from\s+(?:an?\s+|the\s+)?(?P<carrier>[^.;]{0,40}?"
                    r"\b(?:vessel|ship|boat|dhow|skiff|truck|lorry|consignment|shipment|craft))\b"
                    # ('confiscated a cache of weapons', 'intercepted a craft ... carrying')
                    r"|(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:cache|shipment|consignment|haul|stockpile)\s+of\s+"
                    r"(?:[a-z-]+\s+)?(?:weapons|arms|missiles|drones|rockets|ammunition|munitions|explosives)\b"
                    r"|(?:an?\s+|the\s+)(?:[a-z]+\s+){0,2}(?:vessel|boat|dhow|skiff|craft)\b(?=[^;]{0,60}?\bcarrying\b)"
                    # ('has seized anti-tank weapons and ballistic missile components being smuggled')
                    r"|(?<!intercepted\s)(?:[A-Z][a-z]+\s+)?"   # ('seized Iranian weapons')
                    r"(?:(?:multiple|several|dozens\s+of|hundreds\s+of|\d[\d,]*|[a-z-]+)\s+){0,3}(?:weapons|arms|missiles|"
                    r"rockets|ammunition|munitions|explosives|drones|(?:missile|weapons?|drone|rocket)\s+(?:components|parts|"
                    r"engines))\b)"
                    # ('the third weapons cache seized by the Royal Navy')
                    # ('munitions seized over the weekend by the USS Normandy guided-missile cruiser')
                    r"|\b(?:cache|shipment|consignment|haul|weapons|munitions|arms|missiles|components)\s+"
                    r"(?:was\s+|were\s+)?seized\s+(?:(?:over|on|in|last|this|earlier)\s+[^.;,]{0,25}?\s)?by\s+(?:the\s+)?"
                    r"(?:crew\s+of\s+(?:the\s+)?)?(?P<by>)"
                    # ('have conducted what U.S. Central Command describes as “the largest seizure of ...”')
                    r"|\b(?:conducted|carried\s+out|made)\s+(?:what\s+[^;]{0,60}?\s+(?:as|called|calls|termed|dubbed)\s+)?[“\"]?(?:the\s+|a\s+|an\s+)?"
                    r"(?:[a-z-]+\s+){0,3}(?:seizure|interdiction)\b")
SEIZED_WHERE = re.compile(r"\s+(?:(?:(?!\b(?:to|from|for|bound|destined)\b)[^.;]){0,80}?\s)?(?:in|off|near)\s+"
                          r"(?:the\s+)?(?=[A-Z])")   # (not where the arms were going: 'to Houthi rebels in Yemen')
SEIZE_WORDS = ("seized", "intercepted", "confiscated", "interdicted", "interdicting", "seizure", "interdiction")
# 'The weapons cache ... were seized in the Arabian Sea aboard a stateless dhow': where the seizure the
# text has just reported took place, told in the passive with no one named as seizing
SEIZED_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:seized|intercepted|confiscated|interdicted)\b(?!\s+by\b)")


def _seized_there(f: Findings, s) -> None:
    m = SEIZED_PASSIVE.search(s.text) if "seized" in s.text or "intercepted" in s.text else None
    where = SEIZED_WHERE.match(f.text, s.start + m.end()) if m else None
    place = place_at(f, where.end(), s.end) if where else None
    earlier = [c.subject for c in f.claims if c.predicate == "gk:conductedBy" and c.end <= s.start
               and s.start - c.end < 600 and c.subject.label.startswith("seizure by ")] if place else []
    if earlier:
        f.add(earlier[-1], "gk:location", place, s)


def _seized(f: Findings, s) -> bool:
    m = SEIZED.search(s.text) if mentions_any(s.text, SEIZE_WORDS) else None
    if m is None:
        return False
    clause = max(f.text.rfind(";", s.start, s.start + m.start()) + 1, s.start)
    if m.group("by") is not None:   # ('seized by the Royal Navy'): the force right after 'by'
        clause, end = s.start + m.end(), s.start + m.end() + 40
    else:
        end = s.start + m.start()
    seizers = [x for x in f.mentions_in(clause, end, "MilitaryBranch", "Country",
                                        "GovernmentAgency", "ArmedGroup", *SHIP_KINDS)
               if (x.kind != "Country" or x.start == s.start or m.group("by") is not None)
               and not f.text.startswith(("’s", "'s"), x.end)]
    seizer = f.entity(seizers[0]) if seizers else None   # (not "the Royal Australian Navy's" of 'HMAS Darwin')
    if seizer is None:
        return False
    ship = seizer if seizer.kind in SHIP_KINDS else None   # ('forces aboard the USS Sirocco seized ...'):
    if ship is not None:                                    # the ship is used, its navy conducts
        seizer = next(iter(f.objects(ship, "gk:operator")), None)
        if seizer is None:   # ('seized by the USS Normandy' in a text about the U.S. Navy)
            seizer = _navy_named(f, seizers[0])
            f.add(ship, "gk:operator", seizer, s)
    operation = _unnamed_operation(f, f"seizure by {(ship or seizer).label}")   # (one ship's: not the navy's others)
    f.add(ship, "gk:usedIn", operation, s)
    f.add(operation, "gk:conductedBy", seizer, s)
    where = SEIZED_WHERE.match(f.text, s.start + m.end())
    mention = place_mention_at(f, where.end(), s.end) if where else None
    while mention is not None:   # ('in international waters in the Gulf of Oman')
        place = f.entity(mention) or f.country(mention)
        if place is not None:
            f.add(operation, "gk:location", place, s)
        where = SEIZED_WHERE.match(f.text, mention.end)
        mention = place_mention_at(f, where.end(), s.end) if where else None
    return True


# 'RAF Typhoons, Tornados and Reapers have destroyed armoured vehicles, terrorist bases, weapon
# stores and disrupted supply routes': systems that struck kinds of target, in the one
# operation the article reports ('UK operations against Daesh')
WEAPONS_DESTROYED = re.compile(r"(?:’s|'s|s)?\s+(?:have\s+|has\s+|had\s+)?(?:also\s+)?(?:destroyed|struck|hit|"
                               r"bombed|attacked|targeted)\s+(?P<list>[^.;]+?)(?=,\s+(?:used|which|who|that|"
                               r"where|including|killing|as|while|before|after|in|on|near)\b|\s+and\s+[a-z]+ed\b|"
                               r"\s+(?:in|on|near|at|over)\s+[A-Z]|[.;]|$)")
WEAPONS_JOINED = re.compile(r"(?:’s|'s)?(?:,\s*|\s+and\s+|,\s+and\s+)")


def _weapons_destroyed(f: Findings, s) -> None:
    operation = _only_operation(f)
    weapons = f.mentions_in(s.start, s.end, "Weapon") if operation is not None else []
    for i, w in enumerate(weapons):
        m = WEAPONS_DESTROYED.match(f.text, w.end, s.end)
        if m is None:
            continue
        used = [w]
        while i > 0 and WEAPONS_JOINED.fullmatch(f.text, weapons[i - 1].end, used[0].start):
            i -= 1
            used.insert(0, weapons[i])
        for x in used:
            if f.entity(x) is not None:
                f.add(f.entity(x), "gk:usedIn", operation, s)
        _kinds_of_target(f, s, operation, m.start("list"), m.end("list"))
        return


def _strikes_used(f: Findings, s) -> None:
    m = STRIKES_USED.search(s.text)
    operation = _only_operation(f) if m else None
    if operation is None or m.group("noun") not in operation.label + " bombing":
        return   # (which strikes, when the article reports several, is not said; a bombing is a strike)
    for w in f.mentions_in(s.start + m.end(), s.end, "Weapon"):
        if not _aimed_at(f, s, w) and f.entity(w) is not None:
            f.add(f.entity(w), "gk:usedIn", operation, s)


# 'Germany has deployed two Patriot batteries to Slovakia', 'The SDF completed the deployment of its
# PAC-3 interceptors in Okinawa Prefecture': a deployment, by whom, of which systems, where
DEPLOYED = re.compile(r"\b(?:deployed|(?:completed|began|started|announced)\s+(?:the\s+)?deploy(?:ment|ing)(?:\s+of)?)\s+"
                      r"(?P<what>[^.;]{2,100}?)\s+(?:in|to|at|near)\s+(?:the\s+)?(?=[A-Z])")


def _deployed(f: Findings, s) -> None:
    """A deployment: the force before the verb, the systems deployed, the place after 'in' or 'to'."""
    m = DEPLOYED.search(s.text) if "deploy" in s.text else None
    if m is None or PASSIVE_BEFORE.search(s.text, 0, m.start()):
        return   # ('the missiles have been deployed in': whose, the sentence does not say)
    who = f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym", "MilitaryBranch")
    weapons = [f.entity(w) for w in f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon")]
    name = PLACE_NAME.match(s.text, m.end())
    place = place_at(f, s.start + m.end(), s.end) or (place_named(f, s.start + m.end(), name.group(0)) if name else None)
    if not who or not weapons or None in weapons or place is None:
        return
    conductor = f.entity(who[-1]) if who[-1].kind == "MilitaryBranch" else f.country(who[-1])
    if conductor is None or conductor is place:
        return
    operation = _operation(f, s, f"deployment of {weapons[0].label} in {place.label}", conductor, [])
    for w in weapons:
        f.add(w, "gk:usedIn", operation, s)
    f.add(operation, "gk:location", place, s)


# 'Our aircraft used Paveway IV guided bombs to target a number of access tunnels'
USED_TO_STRIKE = re.compile(r"\b(?:used|fired|dropped|employed)\s+(?P<weapons>[^.;]{2,80}?)\s+to\s+"
                            # ('Pakistan had used the Chinese-made J-10 aircraft to launch air-to-air missiles')
                            r"(?:target|strike|hit|attack|destroy|bomb|launch|fire|shoot\s+down|down|intercept)\b")


# 'Six F-16 fighter jets were deployed late Thursday morning from X, hitting two targets'
DEPLOYED_HITTING = re.compile(r"(?:(?:The|A|An)\s+)?(?P<weapons>[^.;,]{2,60}?)\s+(?:were|was|had\s+been|have\s+been)\s+"
                              r"(?:deployed|sent|scrambled|dispatched|used)\b[^.;]*?,\s+(?:hitting|striking|bombing|"
                              r"destroying|targeting)\b")


def _used_to_strike(f: Findings, s) -> None:
    """Weapons used to strike something, in the strike the article reports (only when it reports
    one: which of several, the sentence does not say)."""
    m = USED_TO_STRIKE.search(s.text) if " to " in s.text else None
    m = m or (DEPLOYED_HITTING.match(s.text) if "ing" in s.text else None)
    if m is None:
        return
    weapons = [f.entity(w) for w in f.mentions_in(s.start + m.start("weapons"), s.start + m.end("weapons"), "Weapon")
               if f.entity(w) is not None]
    actors = f.mentions_in(s.start, s.start + m.start(), "Country") if m.group(0).startswith("used") else []
    if actors and ACTOR_BEFORE_VERB.fullmatch(f.text, actors[-1].end, s.start + m.start()):
        for w in weapons:   # ('Pakistan had used the Chinese-made J-10 aircraft to launch air-to-air missiles':
            f.add(w, "gk:operator", f.country(actors[-1]), s)   # its own aircraft)
    operation = _recent_operation(f, s.start)
    if operation is None:
        return
    users = {id(f.country(x)) for x in f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym")}
    if users and not users & {id(c) for c in f.objects(operation, "gk:conductedBy")}:
        return   # ("Russia launched an attack ... Ukraine's forces used X to strike": not its attack)
    for w in weapons:
        f.add(w, "gk:usedIn", operation, s)


OTHER_CLAUSE_BEFORE = re.compile(r";\s|,?\s+(?:while|whereas)\s|,\s+but\s")


def _strikes(f: Findings, s) -> bool:
    if not mentions_any(s.text, STRIKE_WORDS):
        return False
    m = STRIKES.search(s.text)
    if not m or m.group("target").split()[0].rstrip(",") in MONTHS:
        return False   # ('launched its brutal attack on October 7th': when, not on what)
    conductors = []
    asides = [(s.start + a.start(), s.start + a.end()) for a in CAUSE_ASIDE.finditer(s.text, 0, m.start())]
    other = [c.end() for c in OTHER_CLAUSE_BEFORE.finditer(s.text, 0, m.start())]   # ('X fired missiles at
    clause = s.start + (other[-1] if other else 0)                                 #  Y, while the coalition
    for x in f.mentions_in(clause, s.start + m.start(), "Country", "Demonym", "Org"):  # launched strikes')
        if any(a <= x.start < b for a, b in asides):
            continue   # 'The United States, in retaliation for an attack ... in Jordan, has launched'
        if x.kind == "Country" and _owns_next_force(f, x, s.start + m.start()):
            continue   # ("Sudan’s Rapid Support Forces (RSF) launched": the force, not its country)
        entity = f.country(x) or f.entity(x)
        if entity is not None and entity not in conductors:
            conductors.append(entity)
    if not conductors:
        return False
    target_start = s.start + m.start("target")
    aimed = [x for x in f.mentions_in(target_start, s.start + m.end("target"), "Org", "Country", "ArmedGroup")
             if not AFFILIATE_AFTER.match(f.text, x.end)]   # (not Iran of 'Iran-backed smugglers')
    owners = [x for x in aimed if x.kind == "Country" and _owns_next_force(f, x, s.start + m.end("target"))]
    targets = [f.entity(x) for x in aimed if x not in owners]   # ("strikes against Yemen's Houthi militia":
    #                                                              the militia, in Yemen)
    label = f"{m.group('what')} on {m.group('target')}"
    operation = _unnamed_operation(f, label[:80])
    for c in conductors:
        f.add(operation, "gk:conductedBy", c, s)
    for t in targets:
        if t is not None and t not in conductors:
            f.add(operation, "gk:target", t, s)
    for x in owners:
        f.add(operation, "gk:location", f.country(x), s)
    struck_place = _place_struck(f, s, m) if not targets else None
    if struck_place is not None:   # ('strikes on Kyiv', 'airstrikes ... on Kani Township')
        f.add(operation, "gk:location", struck_place, s)
    elif not targets:   # ('attacks on commercial shipping'): what they hit, by its kind
        _kinds_of_target(f, s, operation, target_start, s.start + m.end("target"))
        within = next((x for x in f.mentions_in(target_start, s.start + m.end("target"), "City", "Region")
                       if re.search(r"\b(?:in|of|near)\s+$", f.text[x.start - 8:x.start])), None)
        if within is not None:   # ('a strike on a displacement shelter in the besieged city of El-Fasher')
            f.add(operation, "gk:location", f.entity(within), s)
    if m.group("place"):
        start = s.start + m.start("place")
        place = [f.entity(x) for x in f.mentions_in(start, start + len(m.group("place")))]
        place = place[0] if place else place_named(f, start, m.group("place").strip())
        if place is not None and place is not struck_place:
            f.add(operation, "gk:location", place, s)
    for w in _strike_weapons(f, s, m) if m.group("with") else ():
        f.add(w, "gk:usedIn", operation, s)
    aimed = TARGETING_AFTER.match(s.text, m.end("target"))
    if aimed:   # ('an attack on Ukraine overnight into Sunday targeting power plants and energy infrastructure')
        _kinds_of_target(f, s, operation, s.start + aimed.start("list"), s.start + aimed.end("list"))
    return True


TARGETING_AFTER = re.compile(r"(?:\s+(?:overnight|early|late|on|into)(?:\s+[A-Za-z]+){0,2}?)?,?\s+(?:targeting|aimed\s+at)\s+"
                             r"(?P<list>[a-z][^.;,]{2,100}?)(?=\s+(?:across|in|throughout|around|on|overnight)\b|[,.;]|$)")


# 'Ukraine carried out what it says is its biggest long-range attack since the war began, using 117
# drones to strike four Russian military airbases': who attacked, with what, and what was struck
ATTACK_USING = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+(?:has\s+|had\s+)?"
    r"(?:carried\s+out|launched|conducted|mounted)\s+[^.;]{0,140}?\b(?:attack|strike|assault|offensive|barrage)s?\b"
    rf"[^.;]{{0,100}}?,\s+using\s+(?:(?P<n>{COUNT_RE})\s+)?(?P<weapon>(?:[a-z-]+\s+){{0,2}}?(?:drones|missiles|rockets|"
    r"UAVs|aircraft|jets))\s+to\s+(?:strike|hit|attack|target)\s+(?P<target>[^.;,]+?)(?=\s+and\s+[a-z]+\b|[,.;]|$)")


def _attack_using(f: Findings, s) -> bool:
    m = ATTACK_USING.match(s.text) if " using " in s.text else None
    who = agent(f, s.start + m.start("who"), s.start + m.end("who")) if m else None
    if who is None:
        return False
    target = re.sub(r"\s+", " ", m.group("target"))
    operation = _unnamed_operation(f, f"attack by {who.label} on {target}"[:80])
    f.add(operation, "gk:conductedBy", who, s)
    start, end = s.start + m.start("target"), s.start + m.end("target")
    aimed = [x for x in f.mentions_in(start, end, "Country", "Demonym", "Org", "ArmedGroup")]
    for x in aimed:   # ('four Russian military airbases': bases in Russia)
        place = f.country(x) or f.entity(x)
        where = x.kind == "Demonym" or re.search(r"\b(?:in|across|inside|near|throughout)\s+(?:the\s+)?$",
                                                  f.text[max(start, x.start - 12):x.start])
        if place is not None and place is not who:
            f.add(operation, "gk:location" if where else "gk:target", place, s)
    _kinds_of_target(f, s, operation, start, end)
    weapons = [f.entity(w) for w in f.mentions_in(s.start + m.start("weapon"), s.start + m.end("weapon"), "Weapon")]
    for w in weapons or [f.new_entity("MilitaryEquipment", m.group("weapon"))]:
        f.add(w, "gk:usedIn", operation, s)
    return True


def _owns_next_force(f: Findings, country, end: int) -> bool:
    """Whether a country's possessive opens the name of an armed group that follows it (a
    paramilitary, not the state's own forces: "Iran's IRGC" still strikes for Iran)."""
    owned = REGION_OWNED.match(f.text, country.end)   # (the possessive, and a compass point after it)
    return owned is not None and any(x.start == owned.end() for x in f.mentions_in(owned.end(), end, "ArmedGroup"))


# A target that is a place by its name alone: 'Kyiv', 'Kani Township' (a name, not 'Houthi targets')
PLACE_NAME = re.compile(r"(?:the\s+)?(?:(?:city|town|village|township|region|province)\s+of\s+)?"
                        r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")


def _place_struck(f: Findings, s, m: re.Match):
    """The place a strike fell on, when its target is a place's name: a known place, or an
    unknown name that the text puts nothing else before (a name of a group or a firm would be
    a mention of its own)."""
    start, target = s.start + m.start("target"), m.group("target")
    known = place_mention_at(f, start, s.start + m.end("target"))
    if known is not None:
        return f.entity(known) or f.country(known)
    name = PLACE_NAME.fullmatch(target.strip())
    if name is None or f.mentions_in(start, start + len(target)) or target.split()[0] in MONTHS:
        return None
    return place_named(f, start, target.strip())


def _strike_weapons(f: Findings, s, m: re.Match) -> list:
    """The systems a strike was made 'with' or 'using': those named, else the kind of craft
    ('six fighter jets')."""
    start, end = s.start + m.start("with"), s.start + m.end("with")
    named = [f.entity(w) for w in f.mentions_in(start, end, "Weapon") if f.entity(w) is not None]
    if named:
        return named
    kinds = re.finditer(r"(?:(?:[a-z-]+\s+and\s+)?[a-z-]+\s+)?(?:jets|aircraft|drones|helicopters|bombers|"
                        r"warplanes|missiles|rockets)\b", m.group("with"))
    return [f.new_entity("MilitaryEquipment", re.sub(r"^(?:as|well|and)\s+", "", k.group(0))) for k in kinds]




TARGETED = re.compile(r"\b(?:strikes|attacks|raids|operation|missiles)\s+(?:also\s+)?(?:targeted|hit|struck|"
                      r"destroyed)\s+(?:\w+\s+associated\s+with\s+|targets\s+including\s+)?"
                      r"(?P<list>(?:\b[A-Z]\.|[^.;])+)")
# 'The strike occurred near Bukamal, on the Syria-Iraq border, and targeted infrastructure belonging
# to Iranian-backed Iraqi militia groups Kataib Hezbollah and Kataib Sayyid Al Shuhada'
TARGETED_SINGLE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:air\s*)?(?:strike|attack|raid)\s+(?:occurred|took\s+place|"
                             r"was\s+carried\s+out)\s+(?:near|in|at)\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
                             r"[^.;]{0,60}?\band\s+(?:targeted|hit|struck|destroyed)\s+(?P<list>(?:\b[A-Z]\.|[^.;])+)")
# ', a senior U.S. official said' after a list of targets
SAID_AFTER = re.compile(r",\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w.-]+\s+){0,3}"
                        r"(?:officials?|sources?|spokes\w+|they|he|she)\s+(?:said|say|says|told)\b.*$")
FACILITY_WORDS = re.compile(r"\b(?:facilities|facility|sites?|bases?|depots?|airfields?|ports?|camps?|stores|"
                            r"sector|infrastructure|grid|plants?|stations?|"
                            r"positions|bunkers?|warehouses?|tunnels?|shelters?|hospitals?|schools?|markets?|"
                            r"buildings?|compounds?|"
                            r"headquarters|storage)\b")


LIST_CAUSE = re.compile(r",?\s+(?:in\s+(?:response|retaliation|reply)\s+(?:to|for)|after|following|amid|as\s+part\s+of)\b")
TARGET_WORDS = ('targeted', ' hit ', 'struck', 'destroyed')


# ('..., where the group's leadership is based': a clause about a target, not one)
RELATIVE_ITEM = re.compile(r"^(?:where|which|who|that|when|while)\b|\b(?:is|are|was|were|has|have|had)\b")


def _targets(f: Findings, s) -> None:
    """'The strikes targeted sites associated with the Houthis' weapons storage facilities,
    missile systems and launchers, ...': each listed kind of target, for the operation in hand."""
    if not mentions_any(s.text, TARGET_WORDS):
        return
    m = TARGETED.search(s.text) or TARGETED_SINGLE.search(s.text)
    if not m:
        _targeted_by(f, s)
        return
    operation = _last_operation(f, s.start)
    if operation is None:
        return
    if "place" in m.re.groupindex:   # ('occurred near Bukamal'; and the groups it targeted)
        place = place_named(f, s.start + m.start("place"), m.group("place"))
        if place is not None:
            f.add(operation, "gk:location", place, s)
        for group in f.mentions_in(s.start + m.start("list"), s.start + m.end("list"), "ArmedGroup"):
            if f.entity(group) is not None:
                f.add(operation, "gk:target", f.entity(group), s)
    cause = LIST_CAUSE.search(s.text, m.start("list"), m.end("list"))   # (', in response to last
    list_end = s.start + (cause.start() if cause else m.end("list"))       #   week's attack on Douma')
    for place in f.mentions_in(s.start + m.start("list"), list_end, "Region", "City"):
        if f.entity(place) is not None:   # 'the air strikes hit Qandil, Asos and Hakurk regions'
            f.add(operation, "gk:location", f.entity(place), s)
    _kinds_of_target(f, s, operation, s.start + m.start("list"), list_end)


NOT_A_TARGET = re.compile(r"(?:twice|once|again|repeatedly|overnight)$|[a-z]+ing\s+(?:multiple|several|the|an?|its|"
                          r"their|dozens|hundreds|\d|two|three|four|five)\b")   # (not 'training camps')


def _kinds_of_target(f: Findings, s, operation, start: int, end: int) -> None:
    """Each kind of target a list names ('armoured vehicles, terrorist bases, weapon stores'):
    an entity of its kind (a place for a facility), a target of the operation."""
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[a-z])", SAID_AFTER.sub("", f.text[start:end].strip()))
    for item in items:
        item = re.sub(r"^.*?(?:’s|'s|s'|s’)\s+", "", item)
        item = re.sub(rf"^(?:the\s+|an?\s+|another\s+|{COUNT_RE}\s+)?(?:\w+ly\s+\w+ed\s+)?", "", item).strip()
        head = TARGET_PLACE.split(item, maxsplit=1)[0]   # ('military bases near the capital')
        item = head if FACILITY_WORDS.search(head) else item
        if not item or len(item.split()) > 6 or re.search(r"\b[A-Z]", item) or RELATIVE_ITEM.search(item) \
                or re.match(r"(?:in|at|on|near|of|to)\b", item) or NOT_A_TARGET.match(item):
            continue   # (a name, or a place given as 'in Syria': where, not what; nor 'struck twice,
            #            interdicting ...': how often and what else)
        kind = "Place" if FACILITY_WORDS.search(item) else "MilitaryEquipment"
        f.add(operation, "gk:target", f.new_entity(kind, item), s)


# 'Saree claimed that al-Dhafra Air Base and ... sites in Abu Dhabi were targeted by a "large
# number" of Zolfaghar ballistic missiles': targets and weapons of the operation in hand
_TARGETED_BY = (r"(?P<subject>[^;:]{3,160}?)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?"
                r"(?:targeted|hit|struck|attacked)\s+(?:by|with)\s+(?P<by>[^;]+)")
TARGETED_BY = (re.compile(rf"\bthat\s+{_TARGETED_BY}"), re.compile(rf"^{_TARGETED_BY}"))


def _targeted_by(f: Findings, s) -> None:
    m = TARGETED_BY[0].search(s.text) or TARGETED_BY[1].search(s.text)
    if m is None or f.mentions_in(s.start, s.end, "MilitaryOperation"):
        return
    weapons = [f.entity(w) for w in f.mentions_in(s.start + m.start("by"), s.start + m.end("by"), "Weapon")]
    operation = _recent_operation(f, s.start) if weapons else None
    if operation is None:
        return   # (what struck it must be named: a weapon of the operation reported just before)
    for x in f.mentions_in(s.start + m.start("subject"), s.start + m.end("subject"), "Where", "Org"):
        target = f.entity(x) or f.country(x)
        if target is not None and x.kind != "MediaOutlet" \
                and target not in f.objects(operation, "gk:conductedBy"):
            f.add(operation, "gk:target", target, s)
    for w in weapons:
        if w is not None:
            f.add(w, "gk:usedIn", operation, s)


# 'the operation took place on Wednesday morning, September 17, 2025, at Bula Madibale in the Gezuwa
# area of Borno': where the operation spoken of just before took place
TOOK_PLACE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese)\s+(?:(?:separate|two|three|latest|first|second|overnight|"
                        r"deadly|reported|new)\s+)?(?:operation|strikes?|airstrikes?|attacks?|raids?|offensive)\s+"
                        r"(?:took\s+place|happened|occurred|was\s+carried\s+out)\b[^.;]{0,80}?\s(?:at|in|near)\s+"
                        r"(?:the\s+)?(?:(?:Russian-|Israeli-)?(?:occupied|besieged|liberated|frontline|front-line)\s+)?(?=[A-Z])")


def _took_place(f: Findings, s) -> None:
    m = TOOK_PLACE.search(s.text) if "took place" in s.text or "occurred" in s.text or "happened" in s.text \
        or "carried out" in s.text else None
    operation = _recent_operation(f, s.start + 1) if m else None
    if operation is None:
        return
    start = s.start + m.end()
    named = re.match(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}", f.text[start:s.end])
    place = place_at(f, start, s.end) or (place_named(f, start, named.group(0)) if named else None)
    if place is not None and place not in f.objects(operation, "gk:conductedBy"):
        f.add(operation, "gk:location", place, s)
    first = [x for x in f.mentions_in(start, s.end, "Where") if x.start == start]
    for x in f.coordinated(first + [y for y in f.mentions_in(start, s.end, "Where") if y.start > start])[1:] \
            if first else ():   # ('took place in Mubarak and Janale towns')
        other = f.country(x) or f.entity(x)
        if other is not None and other not in f.objects(operation, "gk:conductedBy"):
            f.add(operation, "gk:location", other, s)


def _recent_operation(f: Findings, offset: int):
    """The operation spoken of last in the two sentences before an offset, if any."""
    index = f.doc.sentence_at(offset).index
    return operation_spoken_of(f, f.doc.sentences[max(0, index - 2)].start, offset)


def operation_spoken_of(f: Findings, start: int, offset: int, exercise: bool = False):
    """The operation (an exercise, if asked for; else any other) the text spoke of last between two
    offsets: as a claim's subject, as what a system was used in ('X jets joined in a joint strike
    on ...'), or by its name."""
    def wanted(node) -> bool:
        return getattr(node, "kind", None) == "MilitaryOperation" and bool(node.attrs.get("exercise")) == exercise

    said = [(c.start, c.subject) for c in f.claims if start <= c.start < offset and wanted(c.subject)]
    said += [(c.start, c.object) for c in f.claims if start <= c.start < offset and c.predicate == "gk:usedIn"
             and wanted(c.object)]
    said += [(m.start, f.entity(m)) for m in f.mentions_in(start, offset, "MilitaryOperation") if wanted(f.entity(m))]
    return max(said, key=lambda x: x[0])[1] if said else None


def _last_operation(f: Findings, offset: int):
    ops = [e for e in f.extra_entities if e.kind == "MilitaryOperation"
                  and not e.attrs.get("exercise") and not e.attrs.get("weapon_test")]
    if ops:
        return ops[-1]
    m = f.last_mention_before(offset, "MilitaryOperation", within=3000)
    return f.entity(m) if m else None


def branch_country(f: Findings, mention):
    """The country of a branch named in the text ('US armed forces'), else the branch."""
    branch = f.entity(mention)
    if branch is None:
        return None
    from .. import gazetteer
    if "country" in mention.attrs:
        return f._country_entity(gazetteer.by_key()[mention.attrs["country"]])
    return branch
