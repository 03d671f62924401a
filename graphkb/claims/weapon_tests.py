"""Weapon tests: a country or force test-firing a missile or flight-testing a system.

'North Korea said Friday it successfully test-fired the new Hwasong-19 missile', 'India
flight-tested the Agni-5 from Abdul Kalam Island', 'Iran conducted a test of its Khorramshahr
missile': a test (`gk:WeaponTest`, a kind of operation, though against no one) with who
conducted it, the systems tested and where. A later 'missile test' by the same party in the
article is the same test, which the operation rules leave alone (a test is no attack).
"""
from __future__ import annotations

import re

from . import Findings
from .common import place_at, place_named

TEST_WORDS = ("test", "Test", "trial")
TESTED = re.compile(
    r"\b(?:(?:successfully|again|also|first)\s+)?"
    r"(?:test[- ]?(?:fired|fires|launched|launches|flew|flies)|flight[- ]tested|flight[- ]tests|tested|tests"
    r"|(?:conducted|conducts|carried\s+out|carries\s+out|held|staged|performed|oversaw|oversees|supervised|"
    r"observed|watched|guided)\s+(?:successfully,?\s+)?(?:a|an|the|its|another)\s+"
    r"(?P<noun>(?:[\w\"“”-]+\s+){0,4}?(?:test(?:-firing|-launch|\s+launch|\s+firing|\s+flight)?|"
    r"flight[- ]test|trial)s?)(?:\s+of)?)"
    r"\s+(?P<what>[^.;]{0,120}?)(?=\s+(?:from|off|over|into|in|near|at|on|to|the\s+previous|last|this|earlier|"
    r"early|late|and\s+said|according)\b|[,.;]|$)")
# 'The DRDO achieved a milestone with the successful test flight of an Indigenous Technology Cruise
# Missile (ITCM) from the Integrated Test Range': a test named as a noun, by the sentence's subject
TEST_NOUN = re.compile(r"\b(?:with|after|in|through)\s+(?:the|a|its|their)\s+(?:(?:successful|maiden|first|second|"
                       r"third|latest|recent)\s+)*(?P<noun>test[- ]flight|flight[- ]test|test[- ]firing|test[- ]launch|"
                       r"test\s+launch|test\s+firing)\s+of\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
                       r"(?P<what>[^.;]{0,120}?)(?=\s+(?:from|off|over|into|in|near|at|on)\b|[,.;]|$)")
# 'The test launch of the new ICBM, the Hwasong-17, was conducted under the guidance of leader
# Kim': a test named as the sentence's subject, its conductor named after it or before
TEST_OF = re.compile(r"^(?:The|A|An)\s+(?:[\w-]+\s+)?(?P<noun>test(?:-firing|-launch|\s+launch|\s+firing|"
                     r"\s+flight)?|flight[- ]test|trials?)\s+of\s+(?P<what>[^.;]{0,120}?)(?=\s+(?:was|were|is|are|has|"
                     r"have|had|from|off|over|into|in|near|at|on)\b|[.;]|$)")
# ... 'under the direct guidance of leader Kim', 'by the Indian Navy'
CONDUCTED_BY = re.compile(r"\b(?:by|guidance\s+of|supervision\s+of|oversight\s+of)\s+(?:the\s+)?")
# 'the Hwasong-15, North Korea tested in October 2017': a system, then who tested it
TESTED_AFTER = re.compile(r"\s+(?:had\s+|has\s+|have\s+|last\s+|first\s+)?(?:test[- ]?fired|tested|"
                          r"test[- ]launched|flight[- ]tested)\b")
# 'North Korea fired two ballistic missiles ..., in its third missile test this month': a launch
# the same sentence calls a test
FIRED = re.compile(r"\b(?:fired|fires|launched|launches)\s+(?P<noun>)(?P<what>[^.;]{0,120}?)"
                   r"(?=\s+(?:from|off|over|into|in|near|at|on|toward|towards|early|late)\b|[,.;]|$)")
A_TEST = re.compile(r"\b(?:test|tests|test-firing|test\s+launch)\b")
# A test with no system named is a weapon test only if it says which kind of weapon
WEAPON_NOUN = re.compile(r"\b(?:missiles?|rockets?|ICBMs?|SLBMs?|nuclear|hypersonic|ballistic|cruise|"
                         r"torpedo(?:es)?|warheads?|interceptors?|weapons?)\b")
# Where the test took place: 'from Abdul Kalam Island', 'off the coast of Odisha'
TEST_PLACE = re.compile(r"\s+(?:from|off|over|near|at|in)\s+(?:the\s+)?(?:(?:coast|shores?|waters)\s+of\s+)?")
CONDUCTOR_KINDS = ("Country", "Demonym", "MilitaryBranch", "GovernmentAgency", "Company", "Organization")
# 'X said ... that the missile tests will be conducted March 28 and 29 at the Jiupeng military
# base': tests the sentence's subject will conduct, no system named
TESTS_CONDUCTED = re.compile(r"\b(?:the\s+)?(?P<noun>(?:[\w-]+\s+)?(?:missile|rocket|weapons?)\s+(?:test(?:-firing)?s?|"
                             r"trials?))\s+(?:will\s+be|would\s+be|were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
                             r"(?:conducted|held|carried\s+out|staged)\b(?P<what>[^.;]{0,60}?)"
                             r"(?=\s+(?:from|off|over|into|in|near|at)\b|[,.;]|$)")


def apply(f: Findings) -> None:
    for s in f.doc.sentences:
        if any(w in s.text for w in TEST_WORDS):
            tested = list(TESTED.finditer(s.text)) + list(TESTS_CONDUCTED.finditer(s.text)) \
                + list(TEST_NOUN.finditer(s.text))
            if not tested and A_TEST.search(s.text):
                tested = [m for m in [FIRED.search(s.text)] if m]
            for m in tested:
                _test(f, s, m)
            subject = TEST_OF.match(s.text)
            tests = _tests(f) if subject else []
            if subject and not f.mentions_in(s.start + subject.start("what"), s.start + subject.end("what"), "Weapon") \
                    and tests:   # ('The trials of the 300 km-range missiles were carried out by X': the
                conductor = _conducted_by(f, s, subject.end())   # test just reported, by X as well)
                if conductor is not None:
                    f.add(tests[-1], "gk:conductedBy", conductor, s)
            elif subject:
                _test(f, s, subject, _conducted_by(f, s, subject.end()))
            _tested_after(f, s)


def _test(f: Findings, s, m: re.Match, conductor=None) -> None:
    start, end = s.start + m.start("what"), s.start + m.end("what")
    weapons = [f.entity(w) for w in f.mentions_in(start, end, "Weapon") if f.entity(w) is not None]
    if not weapons and not WEAPON_NOUN.search(f"{m.group('noun') or ''} {m.group('what')}"):
        return   # ('tested the waters', 'tests of resolve')
    conductor = conductor or _conductor(f, s, s.start + m.start())
    if conductor is None:
        return
    _add_test(f, s, conductor, weapons, end)


def _add_test(f: Findings, s, conductor, weapons: list, end: int) -> None:
    test = _same_test(f, conductor, weapons) or f.new_entity(
        "MilitaryOperation", f"{conductor.label} test of {weapons[0].label}" if weapons
        else f"{conductor.label} missile test",
        attrs={"weapon_test": True, "iri_name": f"{f.doc.article.id} {conductor.label} test"
               + (f" {weapons[0].label}" if weapons else "")})
    f.add(test, "gk:conductedBy", conductor, s)
    if weapons and test.label.endswith(" missile test"):   # (named now: 'the test launch of ... the X')
        test.label = f"{conductor.label} test of {weapons[0].label}"
    for w in dict.fromkeys(weapons):
        f.add(w, "gk:usedIn", test, s)
    place = _place(f, s, end)
    if place is not None and place is not conductor:
        f.add(test, "gk:location", place, s)


def _conductor(f: Findings, s, verb: int):
    """Who tested: the party named last before the verb ('North Korea said Friday it
    test-fired'), not a source ('according to the KCNA') nor the owner of a post; a leader
    who oversaw the test stands for the country he represents."""
    found = f.mentions_in(s.start, verb, *CONDUCTOR_KINDS, "Person")
    for i, x in reversed(list(enumerate(found))):
        if i and found[i - 1].kind != "Person" and re.fullmatch(r"\s+of\s+(?:the\s+)?", f.text[found[i - 1].end:x.start]):
            x = found[i - 1]   # ('the Strategic Forces Command of the Indian Army conducted')
        if re.search(r"\baccording\s+to\s+(?:the\s+)?$", f.text[max(s.start, x.start - 20):x.start]) \
                or f.text.startswith(("’s", "'s"), x.end):
            continue
        if x.kind == "Person":
            countries = f.objects(f.entity(x), "gk:represents") if f.entity(x) is not None else []
            if countries:
                return countries[0]
            continue
        return f.entity(x) or f.country(x)
    return None


def _conducted_by(f: Findings, s, offset: int):
    """The conductor of a test named after it ('by the Indian Navy', 'under the guidance of
    leader Kim'), else the conductor of the article's last test."""
    by = CONDUCTED_BY.search(f.text, offset, s.end)
    if by is not None:
        after = _conductor(f, s, s.end) if f.mentions_in(by.end(), s.end, *CONDUCTOR_KINDS, "Person") else None
        if after is not None:
            return after
    tests = _tests(f)
    return next(iter(f.objects(tests[-1], "gk:conductedBy")), None) if tests else None


def _tests(f: Findings) -> list:
    """The weapon tests reported so far."""
    return [e for e in f.extra_entities if e.attrs.get("weapon_test")]


def _tested_after(f: Findings, s) -> None:
    """'the last ICBM, the Hwasong-15, North Korea tested in October 2017'."""
    for x in f.mentions_in(s.start, s.end, "Country"):
        if not TESTED_AFTER.match(f.text, x.end):
            continue
        weapon = [w for w in f.mentions_in(max(s.start, x.start - 60), x.start, "Weapon")
                  if re.fullmatch(r",?\s*", f.text[w.end:x.start])]
        if weapon and f.entity(weapon[-1]) is not None and f.country(x) is not None:
            _add_test(f, s, f.country(x), [f.entity(weapon[-1])], x.end)


def _same_test(f: Findings, conductor, weapons: list):
    """A test the article reported before by the same party, of the same system or (when this
    sentence names none) of any: 'carried out a crucial missile test' after the first report."""
    for e in _tests(f):
        if conductor in f.objects(e, "gk:conductedBy") \
                and (not weapons or any(e in f.objects(w, "gk:usedIn") for w in weapons)
                     or not any(c.predicate == "gk:usedIn" and c.object is e for c in f.claims)):   # (the test of 'a new ICBM' said again, named)
            return e
    return None


def _place(f: Findings, s, end: int):
    """The place named right after the tested system ('from Abdul Kalam Island', 'off the coast
    of Odisha'), past an apposition that says what the system is ('Agni-II, the versatile
    medium-range missile from ...')."""
    aside = TEST_ASIDE.match(f.text, end, s.end)
    at = TEST_PLACE.match(f.text, aside.end() if aside else end)
    if at is None:
        return None
    start = at.end() + len(re.match(r"(?:Dr\.?\s+)?", f.text[at.end():s.end]).group(0))   # ('Dr. Abdul Kalam Island')
    named = re.match(r"[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}", f.text[start:s.end])
    return place_at(f, start, s.end) or (place_named(f, start, named.group(0)) if named else None)


# What a tested system is, in an apposition before where it was fired from
TEST_ASIDE = re.compile(r"['’]?,\s+(?:the|a|an)\s+[^,;.]{1,100}?(?=\s+(?:from|off)\s)")
