"""Military operations and sanctions.

A named operation ('Operation Sindoor', or 'the operation' once one is named) in a
sentence with weapon systems says those systems were used in it; 'India's
Operation X', 'Operation X, launched by India', or 'India launched Operation X'
says who conducted it. Unnamed strikes ('U.S. and British forces launched strikes
on Houthi targets in Yemen') become an operation of their own with who conducted
them, what they targeted and where. 'X imposed sanctions on Y and Z' is a sanction
by X on each target.
"""
from __future__ import annotations

import re

from . import Findings, Lit
from .common import mentions_any

CONDUCT = r"(?:launched|conducted|carried out|began|mounted|executed|undertook)"
STRIKES = re.compile(rf"\b{CONDUCT}\s+(?:a\s+)?(?:series of\s+|wave of\s+|round of\s+)?"
                     r"(?:[a-z]+\s+){0,2}(?P<what>strikes|airstrikes|air strikes|raids|operations?|"
                     r"offensive)\s+(?:on|against|targeting)\s+(?P<target>[^.]+?)(?:\s+in\s+"
                     r"(?P<place>[A-Z][\w ]+?))?(?=\s+(?:in response|to|after|following|as)\b|[,.]|$)")
SANCTION = re.compile(
    r"\b(?:imposed|imposes|impose|imposing|announced|slapped)\s+(?:[a-z]+\s+)?"
    r"sanctions\b(?P<mid>[^.]*?)\bon\s+(?P<targets>[^.]+?)(?=\s+(?:for|over|after|because)\b|[.;]|$)"
    r"|\b(?:sanction(?:ed|s|ing)|designat(?:ed|es|ing)|blacklisted)\s+(?:today\s+)?"
    r"(?P<targets2>[A-Z0-9][^.]+?)"
    r"(?=\s+(?:for|over|after|because|pursuant)\b|[.;]|$)"
    r"|\b(?:those|the\s+(?:individuals|entities|companies|firms|persons|people))\s+"
    r"(?:designated|sanctioned)\s+(?:today\s+)?(?:is|are|were|was|include|includes)\s+"
    r"(?P<targets3>[A-Z][^.]+?)(?=[.;]|$)"
    r"|\b(?:arms\s+)?embargo\s+(?:on|against)\s+(?:the\s+)?(?P<targets4>[A-Z][^.]+?)"
    r"(?=\s+(?:for|over|after|because|since|until)\b|[.;,]|$)"
    r"|\bsuspend\w*\s+(?:[^.;]{0,40}?\s)?(?:arms\s+)?export\s+licen[cs]es\s+(?:to|for)\s+(?:the\s+)?"
    r"(?P<targets5>[A-Z][^.]+?)(?=\s+(?:for|over|after|because|since|until)\b|[.;,]|$)"
    r"|\b[Tt]he\s+(?:listed|designated|sanctioned|targeted|blacklisted)\s+(?:individuals|entities|"
    r"companies|firms|persons|people)\s+(?:include|includes|are|were)\s+(?P<targets6>[A-Z][^.]+?)(?=[.;]|$)")
TARGET_GROUPS = ("targets", "targets2", "targets3", "targets4", "targets5", "targets6")
# What a list of sanctioned names says about one of them, up to the next name of the list or
# the list's end: an apposition or a relative clause ('X, which produces the Mohajer-6 drone,
# and Y'); the names in it are not targets.
ASIDE = re.compile(r"(?:,\s+(?:a|an|the|who|which|that|whose)\b|\s+(?:who|which|that)\b).*?"
                   r"(?=,\s+and\s|$)", re.S)


def apply(f: Findings) -> None:
    for s in f.doc.sentences:
        _named_operation(f, s)
        if not _strikes(f, s) and not _launched_at(f, s):
            _struck(f, s)
        _targets(f, s)
        _sanctions(f, s)


def _operation_in(f: Findings, s):
    found = f.mentions_in(s.start, s.end, "MilitaryOperation")
    if found:
        return f.entity(found[0]), found[0]
    if re.search(r"\b(?:the|this) (?:operation|offensive|strikes?)\b", s.text, re.I):
        m = f.last_mention_before(s.start, "MilitaryOperation", within=2500)
        if m:
            return f.entity(m), None
    return None, None


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
        return
    before = f.text[max(s.start, mention.start - 40):mention.start]
    whose = re.search(r"([A-Z][\w.]+)(?:’s|'s)\s+(?:[a-z]+\s+){0,3}$", before)
    conductor = f.country_named(whose.group(1)) if whose else None
    after = re.match(rf",?\s+(?:which was\s+|was\s+)?{CONDUCT}\s+by\s+(?:the\s+)?"
                     r"(?P<who>[A-Z][\w.]+(?: [A-Z][\w.]+)?)", f.text[mention.end:s.end])
    if conductor is None and after:
        conductor = f.country_named(after.group("who"))
    subject = re.search(rf"(?P<who>[A-Z][\w.]+(?: [A-Z][\w.]+)?)\s+(?:has\s+|had\s+)?{CONDUCT}\s+$",
                        f.text[s.start:mention.start])
    if conductor is None and subject:
        conductor = f.country_named(subject.group("who"))
    if conductor is not None:
        f.add(operation, "gk:conductedBy", conductor, s)


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


STRUCK = re.compile(r"\b(?P<who>[A-Z][\w.-]+(?:\s+and\s+[A-Z][\w.-]+)?)\s+(?:(?:fighter\s+)?jets|"
                    r"warplanes|aircraft|forces|troops|drones|artillery|missiles|navy|army|"
                    r"military)\s+(?:also\s+|reportedly\s+)?(?P<verb>struck|hit|attacked|bombed|"
                    r"shelled|pounded|raided|targeted)\s+(?P<target>[^.;]+?)(?:\s+in\s+"
                    r"(?P<place>(?:southern |northern |eastern |western |central )?[A-Z][\w ]+?))?"
                    r"(?=\s+(?:overnight|on|after|in response|early|late|last|this)\b|[,.;]|$)")


STRUCK_WORDS = ('struck', ' hit ', 'attacked', 'bombed', 'shelled', 'pounded', 'raided',
                'targeted')


LAUNCHED_AT = re.compile(
    r"\b(?:launched|fired)\s+(?P<what>(?:[\w,-]+\s+){1,10}?)(?:at|on|against|toward|towards)\s+"
    r"(?P<target>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})")
LAUNCH_WORDS = ("launched", "fired")


def _launched_at(f: Findings, s) -> bool:
    """'Russia launched 40 missiles and 30 Shahed drones at Kyiv overnight': an attack by
    Russia on Kyiv, with the systems it used."""
    if not mentions_any(s.text, LAUNCH_WORDS):
        return False
    m = LAUNCHED_AT.search(s.text)
    if not m:
        return False
    who = [x for x in f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym", "Org")
           if x.kind != "MediaOutlet"]
    target = f.mentions_in(s.start + m.start("target"), s.start + m.end("target"))
    if not who or not target:
        return False
    conductor = f.country(who[-1]) or f.entity(who[-1])
    aim = f.entity(target[0]) or f.country(target[0])
    if conductor is None or aim is None or conductor is aim:
        return False
    operation = f.new_entity("MilitaryOperation", f"attack on {aim.label}")
    f.add(operation, "gk:conductedBy", conductor, s)
    kind = "gk:location" if aim.kind in ("City", "Region", "Place", "Country") else "gk:target"
    f.add(operation, kind, aim, s)
    for w in f.mentions_in(s.start + m.start("what"), s.start + m.end("what"), "Weapon"):
        f.add(f.entity(w), "gk:usedIn", operation, s)
    return True


def _struck(f: Findings, s) -> None:
    """'Israeli fighter jets struck Hezbollah weapons depots in southern Lebanon': an
    operation by the country whose forces struck, on what they struck, where."""
    if not mentions_any(s.text, STRUCK_WORDS):
        return
    m = STRUCK.search(s.text)
    if not m:
        return
    conductors = []
    for x in f.mentions_in(s.start + m.start("who"), s.start + m.end("who"), "Country", "Demonym"):
        entity = f.country(x)
        if entity is not None and entity not in conductors:
            conductors.append(entity)
    targets = [f.entity(x) for x in f.mentions_in(s.start + m.start("target"),
                                                  s.start + m.end("target"), "Org", "Country")]
    targets = [t for t in targets if t is not None and t not in conductors]
    if not conductors or not targets:
        return
    operation = f.new_entity("MilitaryOperation", f"strikes on {targets[0].label}"
                             + (f" in {m.group('place')}" if m.group("place") else ""))
    for c in conductors:
        f.add(operation, "gk:conductedBy", c, s)
    for t in targets:
        f.add(operation, "gk:target", t, s)
    if m.group("place"):
        start = s.start + m.start("place")
        place = [f.entity(x) or f.country(x) for x in f.mentions_in(start, s.start + m.end("place"))]
        if place and place[0] is not None:
            f.add(operation, "gk:location", place[0], s)


STRIKE_WORDS = ('launched', 'conducted', 'carried out', 'began', 'mounted', 'executed',
                'undertook')


def _strikes(f: Findings, s) -> bool:
    if not mentions_any(s.text, STRIKE_WORDS):
        return False
    m = STRIKES.search(s.text)
    if not m:
        return False
    conductors = []
    for x in f.mentions_in(s.start, s.start + m.start(), "Country", "Demonym", "Org"):
        entity = f.country(x) or f.entity(x)
        if entity is not None and entity not in conductors:
            conductors.append(entity)
    if not conductors:
        return False
    target_start = s.start + m.start("target")
    targets = [f.entity(x) for x in f.mentions_in(target_start, s.start + m.end("target"),
                                                  "Org", "Country", "ArmedGroup")]
    label = f"{m.group('what')} on {m.group('target')}"
    operation = f.new_entity("MilitaryOperation", label[:80])
    for c in conductors:
        f.add(operation, "gk:conductedBy", c, s)
    for t in targets:
        if t is not None and t not in conductors:
            f.add(operation, "gk:target", t, s)
    if m.group("place"):
        start = s.start + m.start("place")
        place = [f.entity(x) for x in f.mentions_in(start, start + len(m.group("place")))]
        if place and place[0] is not None:
            f.add(operation, "gk:location", place[0], s)
    return True


SANCTION_WORDS = ('sanction', 'designat', 'blacklisted', 'embargo', 'licen', 'listed')


def _sanctions(f: Findings, s) -> None:
    if not mentions_any(s.text, SANCTION_WORDS):
        return
    m = SANCTION.search(s.text)
    if not m:
        return
    group = next(g for g in TARGET_GROUPS if m.group(g))
    start, end = s.start + m.start(group), s.start + m.end(group)
    asides = [(start + a.start(), start + a.end()) for a in ASIDE.finditer(f.text[start:end])]
    targets = []
    for x in f.mentions_in(start, end, "Org", "Person", "Country"):
        entity = f.entity(x)
        if entity is not None and entity not in targets \
                and not any(a <= x.start < b for a, b in asides):
            targets.append(entity)
    imposers = _imposer(f, s, s.start + m.start())
    imposers = [i for i in (imposers if isinstance(imposers, list) else [imposers]) if i]
    if imposers:
        f.sanctioners = imposers
    elif not m.group("targets"):   # 'Among those designated is X': by whoever designated them
        imposers = getattr(f, "sanctioners", [])
    if not targets:
        return
    sanction = f.event("Sanction")
    for imposer in imposers:
        f.add(sanction, "gk:imposedBy", imposer, s)
    for t in targets:
        f.add(sanction, "gk:target", t, s)


def _imposer(f: Findings, s, offset: int):
    clause = f.text[s.start:offset]
    agents = f.mentions_in(s.start, offset, "Country", "Org", "Person", "Demonym")
    titled = re.match(r"^(?:[^,]*,\s*)?(?:[Tt]he\s+)?(?P<title>(?:Secretary|Minister|Department|"
                      r"Ministry|Treasury|President)[\w ]*?)(?:,|\s+(?:has|have|is|was|today)\b)",
                      clause)
    if titled and not agents:
        role = titled.group("title").strip()
        post = f.new_entity("Post", role)
        f.add(post, "gk:roleName", Lit(role), s, "Asserted")
        return post
    if agents:
        first = f.coordinated(agents)
        return [f.country(a) or f.entity(a) for a in first]
    return None


TARGETED = re.compile(r"\b(?:strikes|attacks|raids|operation|missiles)\s+(?:also\s+)?(?:targeted|hit|struck|"
                      r"destroyed)\s+(?:\w+\s+associated\s+with\s+|targets\s+including\s+)?"
                      r"(?P<list>(?:\b[A-Z]\.|[^.;])+)")
# ', a senior U.S. official said' after a list of targets
SAID_AFTER = re.compile(r",\s+(?:(?:an?|the|two|three|several)\s+)?(?:[\w.-]+\s+){0,3}"
                        r"(?:officials?|sources?|spokes\w+|they|he|she)\s+(?:said|say|says|told)\b.*$")
FACILITY_WORDS = re.compile(r"\b(?:facilities|facility|sites?|bases?|depots?|airfields?|ports?|"
                            r"headquarters|storage)\b")


TARGET_WORDS = ('targeted', ' hit ', 'struck', 'destroyed')


def _targets(f: Findings, s) -> None:
    """'The strikes targeted sites associated with the Houthis' weapons storage facilities,
    missile systems and launchers, ...': each listed kind of target, for the operation in hand."""
    if not mentions_any(s.text, TARGET_WORDS):
        return
    m = TARGETED.search(s.text)
    if not m:
        return
    operation = _last_operation(f, s.start)
    if operation is None:
        return
    items = re.split(r",\s*(?:and\s+)?", SAID_AFTER.sub("", m.group("list").strip()))
    for item in items:
        item = re.sub(r"^.*?(?:’s|'s|s'|s’)\s+", "", item)
        item = re.sub(r"^(?:the\s+)?(?:\w+ly\s+\w+ed\s+)?", "", item).strip()
        if not item or len(item.split()) > 6 or item[0].isupper():
            continue
        kind = "Place" if FACILITY_WORDS.search(item) else "MilitaryEquipment"
        f.add(operation, "gk:target", f.new_entity(kind, item), s)


def _last_operation(f: Findings, offset: int):
    ops = [e for e in f.extra_entities if e.kind == "MilitaryOperation"]
    if ops:
        return ops[-1]
    m = f.last_mention_before(offset, "MilitaryOperation", within=3000)
    return f.entity(m) if m else None
