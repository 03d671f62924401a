"""Military exercises: who holds them, where, with which systems.

'The Moroccan and US armed forces have conducted live-fire exercises using the HIMARS system in
the Agadir area', 'the annual India-Sri Lanka joint military exercise "Mitra Shakti"': an
exercise (`gk:MilitaryOperation` marked as one) with who conducted it, the systems used and
where. Exercises are no attacks: the operation rules leave them alone.
"""
from __future__ import annotations

import re

from . import Findings
from .common import mentions_any, place_at
from .operations import branch_country, country_of_body


def apply(f: Findings) -> None:
    for s in f.doc.sentences:
        _exercise(f, s)


# 'The Moroccan and US armed forces have conducted live-fire exercises using the HIMARS system in
# the Agadir area', 'the African Lion 2023 joint military exercises coordinated by Washington and
# Rabat': who held an exercise, with which systems, where
EXERCISED = re.compile(r"\b(?:have\s+|has\s+|had\s+|will\s+)?(?:also\s+)?(?:conducted|held|hold|carried\s+out|"
                       r"staged|stage|began|started|launched|kicked\s+off|completed|wrapped\s+up)\s+(?:a\s+|the\s+|their\s+)?"
                       r"(?:[\w-]+\s+){0,5}?(?:exercises?|drills?|war\s*games)\b")
EXERCISE_WORDS = ("xercise", "drill", "games")
EXERCISE_BY = re.compile(r",?\s+(?:coordinated|hosted|led|organi[sz]ed|conducted|held)\s+by\s+(?:the\s+)?")
EXERCISE_USING = re.compile(r"\s+(?:using|with|involving|featuring)\s+(?:the\s+)?")
EXERCISE_IN = re.compile(r"\s+(?:in|at|near|off|over)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?")


def _exercise(f: Findings, s) -> None:
    named = [m for m in f.mentions_in(s.start, s.end, "MilitaryOperation")
             if f.entity(m) is not None and f.entity(m).attrs.get("exercise")]
    held = EXERCISED.search(s.text) if mentions_any(s.text, EXERCISE_WORDS) else None
    if not named and not held:
        return
    end = s.start + held.end() if held else named[0].end
    conductors = _exercise_holders(f, s, held, named[0] if named else None, end)
    if not conductors and not named:
        return
    where = _exercise_place(f, s, end)
    where = None if where in conductors else where
    exercise = f.entity(named[0]) if named else f.new_entity(
        "MilitaryOperation", f"{' and '.join(c.label for c in conductors)} exercises"
        + (f" in {where.label}" if where is not None else ""), attrs={"exercise": True})
    for c in conductors:
        f.add(exercise, "gk:conductedBy", c, s)
    using = EXERCISE_USING.match(f.text, end)
    for w in f.mentions_in(using.end(), min(s.end, using.end() + 60), "Weapon") if using else ():
        if f.entity(w) is not None:
            f.add(f.entity(w), "gk:usedIn", exercise, s)
    if where is not None:
        f.add(exercise, "gk:location", where, s)


def _exercise_holders(f: Findings, s, held, named, end: int) -> list:
    """The countries (or branches) that held an exercise: the subject of 'have conducted
    exercises', and those it was 'coordinated by' (a capital standing for its country)."""
    holders = []
    for x in f.mentions_in(s.start, s.start + held.start(), "Country", "Demonym", "MilitaryBranch",
                           "GovernmentAgency") if held else ():
        force = f.entity(x) if x.kind in ("MilitaryBranch", "GovernmentAgency") and FORCE_NAMED.search(x.text) else None
        holder = force or f.country(x) or (branch_country(f, x) if x.kind == "MilitaryBranch" else None) \
            or (country_of_body(f, x) if x.kind == "GovernmentAgency" else None)   # (a force named whole
        #                                holds it: 'the Bangladesh Army', 'the United States Army Pacific Command')
        if holder is not None and holder not in holders:
            holders.append(holder)
    by = EXERCISE_BY.match(f.text, named.end if named is not None else end)
    if by is None and named is not None:   # ('the African Lion 2023 joint military exercises coordinated by')
        noun = re.match(r"(?:\s+[\w-]+){0,4}?\s+(?:exercises?|drills?|war\s*games)\b", f.text[named.end:s.end])
        by = EXERCISE_BY.match(f.text, named.end + noun.end()) if noun else None
    for x in f.coordinated(f.mentions_in(by.end(), s.end, "Country", "Demonym", "City")) if by else ():
        country = f.country(x) or f.governed_from(x.text)
        if country is not None and country not in holders:
            holders.append(country)
    for x in _exercise_partners(f, s, named) if named is not None and not holders else ():
        if x not in holders:
            holders.append(x)
    whose = WHOSE_EXERCISE.search(f.text, max(s.start, named.start - 90), named.start) \
        if named is not None and not holders else None
    for x in f.mentions_in(whose.start("np"), whose.end("np"), "Country", "Demonym") if whose else ():
        country = f.country(x)   # ('the annual India-Sri Lanka joint military exercise "Mitra Shakti"')
        if country is not None and country not in holders:
            holders.append(country)
    return holders


# 'China has said that its first ever joint military exercise with Nepal, dubbed “X”': the country
# that owns it and the one it is held with; 'Named ‘Y’ by Nepal, the joint military drill began'
EXERCISE_WITH = re.compile(r"(?<![\w-])(?:(?P<own>its|their)\s+)?(?:[\w-]+\s+){0,4}?(?:exercises?|drills?)\s+with\s+"
                           r"(?:the\s+)?"
                           r"(?=[A-Z][^,]*,?\s+(?:dubbed|named|called|code-?named)(?:\s+as)?\s+\S?$)")
NAMED_BY = re.compile(r"[”\"’′']\s+by\s+(?=[A-Z])")


def _exercise_partners(f: Findings, s, named) -> list:
    """The countries that hold a named exercise, as the words around its name give them."""
    out = []
    with_ = EXERCISE_WITH.search(f.text, s.start, named.start)
    if with_:
        if with_.group("own"):
            owner = f.mentions_in(s.start, with_.start(), "Country")
            if owner and re.fullmatch(r"\s*", f.text[s.start:owner[0].start]):
                out.append(f.country(owner[0]))
        partner = [x for x in f.mentions_in(with_.end(), named.start, "Country") if x.start == with_.end()]
        out += [f.country(x) for x in partner]
    by = NAMED_BY.match(f.text, named.end)
    if by:
        out += [f.country(x) for x in f.mentions_in(by.end(), s.end, "Country") if x.start == by.end()]
    return [x for x in out if x is not None]


# A force named in full, not by its country's words ('US armed forces'): it holds an exercise itself
FORCE_NAMED = re.compile(r"^(?:[Tt]he\s+)?[A-Z]\S*(?:\s+[A-Z]\S*)*\s+(?:Army|Navy|Air\s+Force|Marines?|Command|"
                         r"Guard)\b")


WHOSE_EXERCISE = re.compile(r"(?P<np>(?:[A-Z][\w’'-]*[\s-]+){1,4})(?:(?:joint|bilateral|trilateral|combined|annual|"
                            r"military|naval|air|army)\s+){0,3}(?:exercises?|drills?)\s+[“\"‘]$")


def _exercise_place(f: Findings, s, end: int):
    """Where an exercise was held: the first place named right after 'in', 'at', 'near'."""
    return next((p for p in (place_at(f, m.end(), s.end) for m in EXERCISE_IN.finditer(f.text, end, s.end))
                 if p is not None), None)
