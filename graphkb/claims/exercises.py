"""Military exercises: who holds them, where, with which systems.

'The Moroccan and US armed forces have conducted live-fire exercises using the HIMARS system in
the Agadir area', 'the annual India-Sri Lanka joint military exercise "Mitra Shakti"': an
exercise (`gk:MilitaryOperation` marked as one) with who conducted it, the systems used and
where. Exercises are no attacks: the operation rules leave them alone.
"""
from __future__ import annotations

import re

from . import Findings, Lit
from .common import mentions_any, place_at
from .dates import parse_count
from .operations import branch_country, country_of_body, operation_spoken_of


def apply(f: Findings) -> None:
    if not mentions_any(f.text, EXERCISE_WORDS):
        return   # (every rule here reads an exercise the text names with one of these words)
    for s in f.doc.sentences:
        if not _exercise(f, s):
            _exercise_named_by_holders(f, s)
        _participants(f, s)
        _led_by(f, s)
        _taking_part(f, s)
        _systems_taking_part(f, s)
        _personnel(f, s)


# 'The Moroccan and US armed forces have conducted live-fire exercises using the HIMARS system in
# the Agadir area', 'the African Lion 2023 joint military exercises coordinated by Washington and
# Rabat': who held an exercise, with which systems, where
EXERCISED = re.compile(r"\b(?:have\s+|has\s+|had\s+|will\s+)?(?:also\s+)?(?:conducted|conduct|held|hold|carried\s+out|"
                       r"staged|stage|began|started|launched|kicked\s+off|completed|wrapped\s+up|"
                       r"(?:been\s+|are\s+|were\s+|is\s+)(?:conducting|holding|staging))\s+(?:a\s+|the\s+|their\s+)?"
                       r"(?:[\w-]+\s+){0,5}?(?:[Ee]xercises?|drills?|war\s*games)\b")
EXERCISE_WORDS = ("xercise", "drill", "games")
EXERCISE_BY = re.compile(r",?\s+(?:coordinated|hosted|led|organi[sz]ed|conducted|held)\s+by\s+(?:the\s+)?")
EXERCISE_USING = re.compile(r"\s+(?:using|with|involving|featuring)\s+(?:the\s+)?")
EXERCISE_IN = re.compile(r"\s+(?:in|at|near|off|over)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?")


def _exercise(f: Findings, s) -> bool:
    named = _named_exercises(f, s.start, s.end)
    held = EXERCISED.search(s.text) if mentions_any(s.text, EXERCISE_WORDS) else None
    if not named and not held:
        return False
    end = s.start + held.end() if held else named[0].end
    conductors = _exercise_holders(f, s, held, named[0] if named else None, end)
    where = _exercise_place(f, s, end)
    where = None if where in conductors else where
    following = _named_next(f, s) if not named else None
    if not conductors and not named and (following is None or where is None):
        return False   # ('Troops from 34 nations began two weeks of war drills in Egypt. The military
    #                    exercises, code-named Bright Star, ...': where the exercise the next names was held)
    exercise = f.entity(named[0]) if named else following or _new_exercise(f, conductors, where)
    for c in conductors:
        f.add(exercise, "gk:conductedBy", c, s)
    using = EXERCISE_USING.match(f.text, end)
    for w in f.mentions_in(using.end(), min(s.end, using.end() + 60), "Weapon") if using else ():
        if f.entity(w) is not None:
            f.add(f.entity(w), "gk:usedIn", exercise, s)
    if where is not None:
        f.add(exercise, "gk:location", where, s)
    return True


def _named_exercises(f: Findings, start: int, end: int) -> list:
    return [m for m in f.mentions_in(start, end, "MilitaryOperation")
            if f.entity(m) is not None and f.entity(m).attrs.get("exercise")]


def _new_exercise(f: Findings, conductors: list, where):
    return f.new_entity("MilitaryOperation", f"{' and '.join(c.label for c in conductors)} exercises"
                        + (f" in {where.label}" if where is not None else ""), attrs={"exercise": True})


def _named_next(f: Findings, s):
    """The exercise the next sentence opens with, by name: the one this sentence reported
    unnamed ('Egypt and the US have launched their latest round of military drills. Exercise
    Bright Star at the Mohamed Naguib Military Base includes ...')."""
    if s.index + 1 >= len(f.doc.sentences):
        return None
    following = f.doc.sentences[s.index + 1]
    named = _named_exercises(f, following.start, following.end)
    if named and (re.fullmatch(r"\s*(?:The\s+)?(?:Exercise\s+)?", f.text[following.start:named[0].start])
                  or CODE_NAMED_NEXT.fullmatch(f.text, following.start, named[0].start)):
        return f.entity(named[0])
    return None


CODE_NAMED_NEXT = re.compile(r"\s*The\s+(?:[\w-]+\s+){0,2}(?:exercises?|drills?|war\s*games),?\s+"
                             r"(?:code-?named|dubbed|called|named)\s+")


# 'The maiden Indian Navy and European Union Naval Force (EUNAVFOR) exercise began in the Gulf of
# Aden', 'An annual NATO military exercise focused this year on ... begins this week': an exercise
# called by who holds it, as the subject of its sentence
EXERCISE_SUBJECT = re.compile(
    r"^(?:The|An?)\s+(?:(?:maiden|first|annual|latest|biennial|yearly|\d+(?:st|nd|rd|th)|[\w]+-day|joint|bilateral|"
    r"trilateral|multinational|combined)\s+)*"
    r"(?P<holders>[A-Z][\w’'.-]*(?:\s+(?:[A-Z(][\w’'.()-]*|and|of|the|for))*?)\s+"
    r"(?:(?:joint|bilateral|naval|military|air|maritime|combined|army|amphibious|live-fire)\s+)*"
    r"(?:exercises?|drills?|war\s*games)\b(?P<rest>[^.;]{0,160}?)\s+"
    r"(?:began|begins|begin|started|starts|start|kicked\s+off|kicks\s+off|opened|opens|ended|ends|concluded|"
    r"(?:is|are|was|were)\s+(?:now\s+)?(?:underway|held|being\s+held)|took\s+place|takes\s+place|"
    r"will\s+(?:begin|start|take\s+place))\b")
HOLDER_KINDS = ("Country", "Demonym", "MilitaryBranch", "GovernmentAgency", "IntergovernmentalBody")


def _exercise_named_by_holders(f: Findings, s) -> None:
    m = EXERCISE_SUBJECT.match(s.text) if mentions_any(s.text, EXERCISE_WORDS) else None
    if m is None:
        return
    holders = []
    for x in f.mentions_in(s.start + m.start("holders"), s.start + m.end("holders"), *HOLDER_KINDS):
        holder = _holder(f, x)
        if holder is not None and holder not in holders:
            holders.append(holder)
    if not holders:
        return
    where = _exercise_place(f, s, s.start + m.start("rest"))
    where = None if where in holders else where
    exercise = _named_next(f, s) or _new_exercise(f, holders, where)
    for holder in holders:
        f.add(exercise, "gk:conductedBy", holder, s)
    if where is not None:
        f.add(exercise, "gk:location", where, s)


def _holder(f: Findings, x):
    """Who a mention says holds an exercise: a force named whole ('the Indian Navy', 'EUNAVFOR'),
    else its country; an alliance itself."""
    if x.kind == "IntergovernmentalBody":
        return f.entity(x)
    force = f.entity(x) if x.kind in ("MilitaryBranch", "GovernmentAgency") and FORCE_NAMED.search(x.text) else None
    return force or f.country(x) or (branch_country(f, x) if x.kind == "MilitaryBranch" else None) \
        or (country_of_body(f, x) if x.kind == "GovernmentAgency" else None)


def _current_exercise(f: Findings, s, offset: int, sentences: int = 5):
    """The exercise spoken of last before an offset of a sentence, in it or the few before it."""
    return operation_spoken_of(f, f.doc.sentences[max(0, s.index - sentences)].start, offset, exercise=True)


# 'Participating countries include Saudi Arabia, Qatar, the UAE ...', 'The exercise includes 20
# NATO allies, including Estonia, Latvia ...', 'includes participation from Nato', 'Joining
# co-hosts Thailand and the United States this year are Indonesia, Japan ...'
PARTICIPANTS = re.compile(
    r"\b(?:(?:[Pp]articipating|[Cc]ontributing)\s+(?:countries|nations|states|navies|forces|militaries)|"
    r"[Pp]articipants)\s+(?:include|included|includes|are|were|will\s+be)\s+(?:the\s+)?"
    r"|\bparticipation\s+(?:from|of|by)\s+(?:the\s+)?"
    r"|\b(?:includes?|included|involves?|involved|involving|brings?\s+together|brought\s+together)\s+"
    r"(?:[\w,]+\s+)?(?:NATO\s+|Nato\s+)?(?:allies|nations|countries|partners|navies|militaries|states)\s*,?\s+"
    r"(?:including|among\s+them|such\s+as)\s+(?:the\s+)?"
    r"|\b[Jj]oining\s+(?:co-?hosts?|hosts?)\s+(?P<hosts>[^.;]{1,60}?)\s+(?:this\s+year\s+|in\s+the\s+exercises?\s+)?"
    r"(?:are|were|is|was)\s+(?:the\s+)?"
    # 'more than 35,000 participants from 19 nations, including the United States and Australia'
    r"|\b(?:participants|troops|personnel|service\s*members)\s+from\s+(?:some\s+|more\s+than\s+|over\s+)?"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:nations|countries|allies|partner\s+nations),?\s+(?:including|among\s+them|such\s+as)\s+"
    r"(?:the\s+)?"
    # 'What started as a U.S.-Australia bilateral effort now includes Canada, Fiji, ...'
    r"|\b(?:now|also)\s+(?:includes?|included|involves?)\s+(?:the\s+)?"
    # 'the personnel of military contingents delegated by Armenia, Belarus, India ...'
    r"|\b(?:contingents?|troops|forces|units)\s+(?:delegated|sent|contributed|provided|dispatched)\s+by\s+(?:the\s+)?"
    # 'At least 8,000 troops are taking part in Bright Star 2023, including first-time participant India'
    r"|\b(?:taking\s+part|participating)\s+in\s+[^,.;]{1,40},\s+including\s+"
    r"(?:(?:first-time\s+|new\s+)?participants?\s+)?(?:the\s+)?")
PARTY_KINDS = ("Country", "Demonym", "IntergovernmentalBody", "MilitaryBranch")
# Between two members of a list: 'and', a comma, an aside ('and, for the first time, the')
LIST_GAP = re.compile(r"\s*(?:,\s*and|,|and)\s*,?\s*(?:(?:for\s+the\s+first\s+time|this\s+year|also|as\s+well)\s*,\s*)?"
                      r"(?:the\s+)?")


def _participants(f: Findings, s) -> None:
    for m in PARTICIPANTS.finditer(s.text):
        exercise = _current_exercise(f, s, s.start + m.end())
        if exercise is None:
            return
        parties = _listed(f, s.start + m.end(), s.end, PARTY_KINDS)
        if m.group("hosts"):
            parties = _listed(f, s.start + m.start("hosts"), s.start + m.end("hosts"), PARTY_KINDS) + parties
        for x in parties:
            f.add(exercise, "gk:conductedBy", _holder(f, x), s)


# 'The drills have since been co-led by the Egyptian armed forces and US Central Command'
LED_BY = re.compile(r"^(?:The|These|Those|Both)\s+(?:[\w-]+\s+){0,2}(?:exercises?|drills?|war\s*games)\s+"
                    r"(?:have|has|had|are|were|is|was|will\s+be)\s+(?:since\s+|also\s+|jointly\s+|traditionally\s+)?"
                    r"(?:been\s+)?(?:co-?led|led|co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed|conducted|run)\s+by\s+"
                    r"(?:the\s+)?")


def _led_by(f: Findings, s) -> None:
    m = LED_BY.match(s.text) if mentions_any(s.text, EXERCISE_WORDS) else None
    exercise = _current_exercise(f, s, s.start) if m else None
    for x in _listed(f, s.start + m.end(), s.end, PARTY_KINDS) if exercise is not None else ():
        f.add(exercise, "gk:conductedBy", _holder(f, x), s)


def _listed(f: Findings, start: int, end: int, kinds) -> list:
    """The mentions of a list that opens at an offset ('Saudi Arabia, Qatar, the UAE and Italy')."""
    found = f.mentions_in(start, end, *kinds)
    if not found or found[0].start != start:
        return []
    out = found[:1]
    for prev, nxt in zip(found, found[1:]):
        if not LIST_GAP.fullmatch(f.text, prev.end, nxt.start):
            break
        out.append(nxt)
    return out


# 'with China participating for the first time', 'INS Trikand ... is participating in the exercise',
# 'Sweden is taking part in the drills'
WITH_TAKING_PART = re.compile(r"\bwith\s+(?:the\s+)?(?=[A-Z])(?P<who>[^,.;]{1,40}?)\s+(?:participating|taking\s+part)\b")
TAKING_PART = re.compile(r"\s+(?:is|are|was|were|will\s+be)\s+(?:also\s+)?(?:participating|taking\s+part)\s+in\s+"
                         r"(?:the|this|these)\s+(?:[\w-]+\s+){0,2}?(?:exercises?|drills?|war\s*games)\b")


def _taking_part(f: Findings, s) -> None:
    if "participating" not in s.text and "taking part" not in s.text:
        return
    exercise = _current_exercise(f, s, s.end)
    if exercise is None:
        return
    for m in WITH_TAKING_PART.finditer(s.text):
        for x in _listed(f, s.start + m.start("who"), s.start + m.end("who"), PARTY_KINDS):
            f.add(exercise, "gk:conductedBy", _holder(f, x), s)
    m = TAKING_PART.search(s.text)
    subject = f.mentions_in(s.start, s.start + m.start(), "Weapon", *PARTY_KINDS) if m else []
    if not subject or not re.fullmatch(r"\s*(?:The\s+)?", f.text[s.start:subject[0].start]) \
            or not re.fullmatch(r"(?:,[^,]{1,80},)?", f.text[subject[0].end:s.start + m.start()]):
        return   # (the sentence's subject, an aside allowed: 'INS Trikand, mission deployed ..., is participating')
    if subject[0].kind in PARTY_KINDS:
        f.add(exercise, "gk:conductedBy", _holder(f, subject[0]), s)
    else:
        f.add(f.entity(subject[0]), "gk:usedIn", exercise, s)


# How many take part: 'more than 35,000 participants from 19 nations', 'Of the more than 16,000
# participants in the joint military exercises', 'At least 8,000 troops are taking part in Bright
# Star 2023', 'Participating in the exercise will be up to 200,000 officers and men'
PERSONNEL = re.compile(r"(?<![\w$£€.,])(?P<n>\d{1,3}(?:,\d{3})+|\d{3,7})\s+(?:(?:US|U\.S\.|American|foreign|allied|military)\s+)?"
                       r"(?:participants|troops|personnel|service\s*members|soldiers|servicemen|officers\s+and\s+men)\b"
                       r"(?!\s+(?:from|of)\s+(?:the\s+)?[A-Z])")
TAKES_PART = re.compile(r"\b(?:[Pp]articipa\w+|[Tt]aking\s+part|take\s+part|took\s+part)\b")


def _personnel(f: Findings, s) -> None:
    """The number of people taking part in an exercise: the first count of a sentence that
    names the exercise or says who takes part in it (not '5,000 personnel from the AFP', one
    side's share)."""
    m = PERSONNEL.search(s.text)
    if m is None or not (_named_exercises(f, s.start, s.end) or TAKES_PART.search(s.text)):
        return
    exercise = _current_exercise(f, s, s.end, sentences=3)
    if exercise is not None and not f.objects(exercise, "gk:personnelCount"):
        f.add(exercise, "gk:personnelCount", Lit(parse_count(m.group("n")), "integer"), s)


# The systems an exercise brings: 'Other warships include Italy’s ITS Carabinere, ...', 'Thai ships
# participating in the exercise are the HTMS Angthong', 'The US complement consists of the USS
# Denver', 'The allies have mobilized some 30 aircraft, including South Korea's F-35A ... jets'
SYSTEMS_TAKING_PART = re.compile(
    # ('Support assets included KJ-500 early warning aircraft', 'Naval elements included destroyers such
    # as the Type 055 Xianyang', 'Air units ... conducted sorties, including J-16 ... fighters')
    r"\b(?:(?:[Oo]ther\s+|[Ss]upport\s+|[Nn]aval\s+|[Aa]ir\s+)?(?:warships|ships|vessels|aircraft|assets|jets|"
    r"platforms|elements)"
    r"(?:\s+(?:taking\s+part|participating)\s+in\s+the\s+(?:[\w-]+\s+)?(?:exercises?|drills?))?"
    r"\s+(?:include|included|includes|are|were)"
    r"|(?:complement|contingent|contribution)\s+(?:consists|consisted|comprises|comprised|includes|included)(?:\s+of)?"
    r"|(?:conducted|flew)\s+(?:[a-z-]+\s+)?sorties,?\s+including"
    r"|(?:mobili[sz]ed|deployed|sent|fielded|brought|committed)\s+(?:some\s+|about\s+|around\s+|more\s+than\s+|over\s+)?"
    r"(?:\d+\s+)?(?:aircraft|ships|warships|vessels|jets|assets|platforms)\s*,?\s+(?:including|such\s+as))"
    r"\s+(?:the\s+)?")
OWNER_KINDS = ("Country", "Demonym", "MilitaryBranch")
# An owner before what it brings: 'Italy’s', 'the Spanish Navy’s', 'Thai ships', 'U.S. assets'
OWNS_NEXT = re.compile(r"(?:’s|'s)\s|\s+(?:warships|ships|vessels|aircraft|assets|jets|complement|contingent|forces)\b")
OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")


def _systems_taking_part(f: Findings, s) -> None:
    m = SYSTEMS_TAKING_PART.search(s.text)
    exercise = _current_exercise(f, s, s.start + m.start(), sentences=3) if m else None
    if exercise is None and m:   # ('... designated Strait Thunder 2025A. ... the drills were intended to test
        exercise = _the_only_exercise_said_again(f, s)   # ... Support assets included KJ-500 aircraft')
    if exercise is None:
        return
    end = s.start + (s.text.find(";", m.end()) if ";" in s.text[m.end():] else len(s.text))
    systems = [w for w in f.mentions_in(s.start + m.end(), end, "Weapon") if f.entity(w) is not None]
    owners = [x for x in f.mentions_in(s.start, end, *OWNER_KINDS) if OWNS_NEXT.match(f.text, x.end)]
    for i, w in enumerate(systems):
        f.add(f.entity(w), "gk:usedIn", exercise, s)
        before = next((x for x in reversed(owners) if x.end <= w.start), None)
        direct = before if before is not None and re.fullmatch(r"(?:’s|'s)\s+(?:the\s+)?", f.text[before.end:w.start]) \
            else None   # ('Italy’s ITS Carabinere, ..., and FS Tonnerre and FS Surcouf of France')
        owner = direct or _owner_after(f, systems[i:], end) or before
        entity = (f.country(owner) or f.entity(owner)) if owner is not None else None
        if entity is not None:
            f.add(f.entity(w), "gk:operator", entity, s)


THE_EXERCISE = re.compile(r"\b(?:the|these|this)\s+(?:[a-z-]+\s+)?(?:exercises?|drills?)\b", re.I)


def _the_only_exercise_said_again(f: Findings, s):
    """The article's one exercise, when the sentence or the few before it speak of 'the drills'."""
    exercises = {id(e): e for e in [*f.resolved.entities, *f.extra_entities] if e.attrs.get("exercise")}
    if len(exercises) != 1:
        return None
    start = f.doc.sentences[max(0, s.index - 3)].start
    return next(iter(exercises.values())) if THE_EXERCISE.search(f.text, start, s.end) else None


def _owner_after(f: Findings, systems: list, end: int):
    """'FS Tonnerre and FS Surcouf of France': the owner named after a run of systems."""
    run = f.coordinated(systems)
    at = OF_OWNER.match(f.text, run[-1].end)
    found = f.mentions_in(at.end(), end, *OWNER_KINDS) if at else []
    return found[0] if found and found[0].start == at.end() else None


WHERE_BEFORE = re.compile(r"\b(?:in|into|inside|near|off|entered|enters|entering|towards?|over|around)\s+(?:the\s+)?$")


def _exercise_holders(f: Findings, s, held, named, end: int) -> list:
    """The countries (or branches) that held an exercise: the subject of 'have conducted
    exercises', and those it was 'coordinated by' (a capital standing for its country)."""
    holders = []
    for x in f.mentions_in(s.start, s.start + held.start(), "Country", "Demonym", "MilitaryBranch",
                           "GovernmentAgency") if held else ():
        if WHERE_BEFORE.search(f.text, max(s.start, x.start - 14), x.start):
            continue   # ('Liaoning ... entered Japan's exclusive economic zone, before exiting to conduct
            #            drills': where, not who)
        holder = _holder(f, x)   # (a force named whole holds it: 'the Bangladesh Army', 'the United States Army
        if holder is not None and holder not in holders:   # Pacific Command')
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
    of = OF_HOLDERS.search(f.text, max(s.start, named.start - 90), named.start) \
        if named is not None and not holders else None
    for x in f.mentions_in(of.start("np"), of.end("np"), "Country", "Demonym", "MilitaryBranch") if of else ():
        holder = _holder(f, x)   # ('exercise of the Russian and Belarusian armed forces Zapad-2021')
        if holder is not None and holder not in holders:
            holders.append(holder)
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
                            r"military|naval|air|army)\s+){0,3}(?:exercises?|drills?)(?:\s+[“\"‘]|,?\s+(?:dubbed|code-?named|"
                            r"called|designated)\s+[“\"‘]?)$")   # ('The Chinese drills, dubbed Joint Sword 2024A')


OF_HOLDERS = re.compile(r"\b(?:exercises?|drills?)\s+(?:of|between)\s+(?:the\s+)?(?P<np>[^,;.]{3,70}?)\s+$")


# Where a sentence goes on to other things than the exercise ('at a time of major conflicts in
# the Middle East', 'amid tensions in the region')
OTHER_MATTER = re.compile(r"\b(?:at\s+a\s+time|amid|amidst|as\s+tensions|while|despite|against\s+a\s+backdrop)\b")


def _exercise_place(f: Findings, s, end: int):
    """Where an exercise was held: the first place named right after 'in', 'at', 'near'."""
    other = OTHER_MATTER.search(f.text, end, s.end)
    stop = other.start() if other else s.end
    return next((p for p in (place_at(f, m.end(), stop) for m in EXERCISE_IN.finditer(f.text, end, stop))
                 if p is not None), None)
