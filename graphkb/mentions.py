"""Mentions: where an article names a thing, and what kind of thing it is.

spaCy's blank English pipeline splits the text into tokens and sentences (line
breaks always end a sentence: headlines and list items carry no full stop), and
a PhraseMatcher finds the names the gazetteer knows. Things the gazetteer does not
know are found from cues in the text:

- designations such as Su-30MKI, AK-203, MQ-9B (letters, a hyphen, digits);
- "Operation X";
- titles before names ("Ambassador X", "Defence Minister X", "Secretary of State X");
- organisation suffixes (Aerospace, Industries, Corporation, Agency, Ministry of ...);
- a long name followed by its acronym in parentheses;
- a capitalised name followed by a kind of weapon ("Harop drones").

Every mention keeps its character offsets into the article text.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from . import gazetteer
from .articles import Article

# The kind of a weapon system, from the words that follow its name.
KIND_WORDS = [
    (r"(?:surface-to-air |air[- ]def[ea]nce |air and missile def[ea]nse |missile def[ea]nce )"
     r"(?:missile )?systems?", "AirDefenceSystem"),
    (r"(?:supersonic |hypersonic |subsonic )?cruise missiles?", "CruiseMissile"),
    (r"(?:ballistic |anti-ship |anti-tank |air-to-air |surface-to-air |hypersonic |supersonic )?"
     r"missiles?", "Missile"),
    (r"(?:multirole |multi-role |stealth |combat |fighter )?(?:fighter )?(?:jets?|fighters?|"
     r"fighter aircraft|combat aircraft|Joint Strike Fighters?)", "FighterAircraft"),
    (r"(?:attack |utility |transport |combat )?helicopters?", "Helicopter"),
    (r"(?:unmanned aerial (?:vehicles?|systems?)|drones?|UAVs?|UCAVs?)", "UnmannedAircraft"),
    (r"(?:transport |tanker |patrol |maritime patrol |military )?aircraft|airlifters?|planes?",
     "Aircraft"),
    (r"(?:main battle )?tanks?", "Tank"),
    (r"(?:heavy weapon carrier |armou?red |infantry fighting |combat )?vehicles?|APCs?|IFVs?",
     "ArmouredVehicle"),
    (r"howitzers?|artillery(?: systems?)?|rocket launchers?|rocket systems?|guns?", "Artillery"),
    (r"aircraft carriers?|carriers?|frigates?|destroyers?|corvettes?|warships?|ships?|"
     r"vessels?|patrol boats?", "Ship"),
    (r"submarines?", "Submarine"),
    (r"(?:assault )?rifles?|carbines?", "Rifle"),
    (r"radars?(?: systems?)?", "Radar"),
]
KIND_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(" + "|".join(f"(?:{p})" for p, _ in KIND_WORDS) + r")\b")
KIND_ONLY = [(re.compile(rf"^(?:{p})$"), kind) for p, kind in KIND_WORDS]

DESIGNATION = re.compile(
    r"^(?:[A-Z][A-Za-z]{0,4}-\d{1,4}[A-Za-z0-9]{0,4}|[A-Z]{1,3}/[A-Z]{1,4}-\d{1,4}[A-Z]?)$")
DESIGNATION_NAME = re.compile(r"^(?:[A-Z][a-z]{2,}|I{1,3}|IV)$")
NOT_DESIGNATION = re.compile(r"^(?:COVID|Covid|No|Section|Law|Article|Resolution|Title|"
                             r"Flight|Route|Gen|Class|Block|Phase|Level|Tier)-")

ORG_SUFFIXES = {
    "Company": "Aerospace Industries Limited Ltd Ltd. Corporation Corp Corp. Company Inc Inc. "
               "LLC Systems Dynamics Technologies Group Holdings Shipyard Shipyards Shipbuilding "
               "Electronics Motors Concern Enterprises Works",
    "GovernmentAgency": "Agency Ministry Department Office Bureau Directorate Commission "
                        "Council Command Administration Organisation Organization Authority "
                        "Service Committee Board",
    "Place": "Centre Center Facility Plant Factory Base Airbase Dockyard Range Complex",
    "Agreement": "Agreement Framework Treaty Accord Pact Arrangement Convention Memorandum "
                 "Letter",
}
ORG_SUFFIX_KIND = {w: kind for kind, words in ORG_SUFFIXES.items() for w in words.split()}
CONNECTORS = {"of", "and", "for", "on", "in", "the", "&", "-", "’s", "'s", "de"}

BRANCH = re.compile(r"\b(Navy|Army|Air Force|Marine Corps|Marines|Coast Guard|Space Force|"
                    r"Armed Forces|Special Forces|Rocket Forces|Ground Forces)\b")

MONTHS = ("January February March April May June July August September October November "
          "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today".split()
# Month names that are never people's names ('Jan', 'May' can be)
NAME_MONTHS = set(MONTHS[:12]) - {"May", "June"}

TITLES = [
    r"Prime Minister", r"Deputy Prime Minister", r"Vice President", r"President",
    r"(?:Defen[cs]e|Foreign|External Affairs|Home|Interior|Finance|Trade|[A-Z][a-z]+) Minister",
    r"Minister (?:of|for) (?:[A-Z][a-z]+|and|of|the)(?: (?:[A-Z][a-z]+|and|of|the)){0,4}",
    r"Minister of State", r"Minister", r"Secretary of (?:Defense|Defence|State|the Army|the Navy|"
    r"the Air Force|the Treasury|Homeland Security)", r"(?:Defen[cs]e|Foreign|Home|State|[A-Z][a-z]+) Secretary",
    r"Parliamentary State Secretary", r"Secretary-General", r"Secretary General", r"Secretary",
    r"Ambassador", r"High Commissioner", r"Special Envoy", r"Envoy", r"Consul General",
    r"Chief of (?:the )?(?:Army|Naval|Air|Defence|Defense) Staff", r"Chief of Staff",
    r"Chief of Defence", r"(?:Army|Navy|Air Force) Chief",
    r"Chairman of the Joint Chiefs of Staff", r"Air Chief Marshal", r"Air Marshal",
    r"Field Marshal", r"Marshal", r"Lieutenant General", r"Lt\. Gen\.", r"Major General",
    r"Maj\. Gen\.", r"Brigadier General", r"Brig\. Gen\.", r"General", r"Gen\.",
    r"Vice Admiral", r"Rear Admiral", r"Admiral", r"Adm\.", r"Colonel", r"Col\.",
    r"Lieutenant Colonel", r"Commander", r"Captain", r"Director General", r"Director",
    r"Department Spokesperson", r"Spokesperson", r"Spokesman", r"Spokeswoman", r"Chancellor",
    r"Senator", r"Sen\.", r"Rep\.", r"Governor", r"Chairman", r"Chairwoman",
    r"Chief Executive(?: Officer)?", r"CEO", r"King", r"Crown Prince", r"Emir", r"Sheikh",
]
HONORIFIC = r"(?:(?:the )?Hon\.? |His Excellency |Her Excellency |Mr\.? |Mrs\.? |Ms\.? |Dr\.? )"
NAME_TOKEN = r"(?:Mc[A-Z][a-z]+|[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.)"
NAME = (rf"{NAME_TOKEN}(?: (?:{NAME_TOKEN}|III|II|IV|Jr\.?|bin|al-[A-Z][a-z]+|de|van|von))"
        r"{0,3}")
LOWER_TITLES = [r"spokes(?:man|woman|person)", r"(?:defen[cs]e|foreign|prime|finance) minister",
                r"minister", r"(?:defen[cs]e|foreign|state) secretary", r"secretary", r"ambassador",
                r"envoy", r"army chief", r"navy chief", r"air force chief", r"chief executive",
                r"president", r"chancellor", r"director(?: general)?", r"commander"]
TITLE_RE = "(?:" + "|".join(TITLES) + "|" + "|".join(LOWER_TITLES) + ")"


@functools.lru_cache(maxsize=1)
def person_after_title() -> re.Pattern:
    countries = sorted({n for n, k in gazetteer.demonym_index().items() if n not in k.demonyms
                        or n == k.label}, key=len, reverse=True)
    place = "(?:the )?(?:" + "|".join(re.escape(c) for c in countries) + ")"
    return re.compile(
        rf"\b(?P<title>{TITLE_RE})(?: (?P<prep>to|of) (?P<place>{place}))?(?: to (?P<place2>{place}))?"
        rf",? (?:{HONORIFIC})?(?P<name>{NAME})")
PERSON_HONORIFIC = re.compile(rf"\b(?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Hon\.?|His Excellency|Her Excellency)"
                              rf" (?:Mr\.? )?(?P<name>{NAME})")
PERSON_SPEAKS = re.compile(
    rf"(?P<name>{NAME_TOKEN} {NAME})(?:,[^,\n]{{3,80}},)? (?:said|told|added|stated|says|"
    rf"noted|declared|announced|warned|insisted|explained)\b")
NAME_THEN_TITLE_LINE = re.compile(
    rf"^(?P<name>{NAME_TOKEN} {NAME})[ \t]*\n\s*(?P<title>(?:[A-Z][a-z]+ )?{TITLE_RE})[ \t]*$",
    re.M)
HEAD_OF = re.compile(rf"\b(?:its|their) (?P<title>director|chairman|chief executive|commander|"
                     rf"head|chief|spokesperson|president|deputy director),? (?P<name>{NAME})")
SPEAKS_PERSON = re.compile(rf"\b(?:said|says|according to) (?P<name>{NAME_TOKEN} {NAME})")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    key: str | None = None          # gazetteer key, or a normalised designation
    label: str | None = None        # the name to use when it differs from the text
    attrs: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.label or self.text


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Quote:
    start: int      # offsets of the quoted words, without the quote marks
    end: int
    text: str


@dataclass
class AnalysedArticle:
    article: Article
    sentences: list[Sentence]
    mentions: list[Mention]
    quotes: list[Quote]

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> Sentence:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return self.sentences[-1]


@Language.component("graphkb_line_breaks")
def line_breaks(doc):
    """A line break always starts a new sentence; headlines have no full stop."""
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text or ("\n" in token.whitespace_ and i + 1 < len(doc)):
            doc[i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def pipeline() -> tuple[Language, PhraseMatcher]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("graphkb_line_breaks")
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for known in gazetteer.load():
        names = {known.label, *known.aliases}
        if known.kind == "Country":
            names |= set(known.demonyms)
        names = {n[4:] if n.startswith("the ") else n for n in names}
        matcher.add(known.key, [nlp.make_doc(n) for n in sorted(names)])
    return nlp, matcher


def analyse(article: Article) -> AnalysedArticle:
    """Split an article into sentences and find its mentions."""
    nlp, matcher = pipeline()
    text = article.text
    doc = nlp(text)
    sentences = _sentences(doc)
    found = _gazetteer_mentions(doc, matcher)
    found += _designations(doc, {m.start for m in found})
    found += _operations(text)
    found += _persons(text)
    found += _organisations(doc)
    found += _branches(text)
    found += _named_kinds(doc)
    found += _possessed_organisations(doc, found)
    found += _described_companies(text)
    found += _acronym_expansions(doc, found)
    mentions = _resolve_overlaps(found)
    mentions = _add_acronyms(text, mentions)
    mentions = _add_name_repeats(text, mentions)
    _attach_kinds(text, mentions)
    for m in mentions:
        for s in sentences:
            if s.start <= m.start < s.end:
                s.mentions.append(m)
                break
    return AnalysedArticle(article, sentences, mentions, _quotes(text))


DATELINE_HEAD = re.compile(
    r"^[A-Z][A-Za-z.]+(?:[ -][A-Z][A-Za-z.]+){0,3}(?:, [A-Z][a-z]+\.?)?,? (?:[A-Z][a-z]+\.? \d{1,2}"
    r"(?:, \d{4})?|\d{1,2} [A-Z][a-z]+ \d{4})(?: \([^)]{2,60}\))?\s*(?::|-{1,3}|—|–)\s+|"
    r"^[A-Z]{3,}(?: [A-Z]{3,})?(?:, [A-Z][a-z]+\.?)?\s*(?:-{1,3}|—|–|:)\s+")
BULLET = re.compile(r"^(?:[-•*–]|\d+[.)])\s+")


def _sentences(doc) -> list[Sentence]:
    """Sentences with their offsets; a dateline ('New Delhi, May 29 (Outlet):') stands apart
    from the sentence it opens."""
    out = []
    for span in doc.sents:
        start, end = span.start_char, span.end_char
        raw = doc.text[start:end]
        stripped = raw.strip()
        if not stripped:
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        head = DATELINE_HEAD.match(stripped) if not out or len(out) < 4 else None
        if head and head.end() < len(stripped):
            cut = len(stripped[:head.end()].rstrip())
            out.append(Sentence(len(out), start, start + cut, stripped[:cut]))
            start += head.end()
            stripped = doc.text[start:end]
        out.append(Sentence(len(out), start, end, stripped))
    return out


def _gazetteer_mentions(doc, matcher) -> list[Mention]:
    out = []
    known = gazetteer.by_key()
    for match_id, start, end in matcher(doc):
        key = doc.vocab.strings[match_id]
        span = doc[start:end]
        entry = known[key]
        kind = entry.kind
        if kind == "Country" and span.text in entry.demonyms and span.text not in entry.aliases \
                and span.text != entry.label:
            kind = "Demonym"
        out.append(Mention(span.start_char, span.end_char, span.text, kind, key))
    return out


def _designations(doc, known_starts: set[int]) -> list[Mention]:
    out = []
    headlines = headline_lines(doc.text)
    i = 0
    while i < len(doc):
        token = doc[i]
        if DESIGNATION.match(token.text) and not NOT_DESIGNATION.match(token.text) \
                and token.idx not in known_starts:
            end = i + 1
            while end < len(doc) and end - i < 3 and DESIGNATION_NAME.match(doc[end].text) \
                    and not _in_lines(token.idx, headlines) \
                    and not doc[end].is_stop and not _kind_word(doc[end].text) \
                    and doc[end].text not in ORG_SUFFIX_KIND and doc[end].text not in ("System", "Systems"):
                end += 1
            span = doc[i:end]
            out.append(Mention(span.start_char, span.end_char, span.text, "WeaponSystem",
                               key=f"designation:{token.text.upper()}"))
            i = end
        elif re.fullmatch(r"[A-Z][\w]+-class", token.text) or (
                token.text[:1].isupper() and i + 2 < len(doc) and doc[i + 1].text == "-"
                and doc[i + 2].text == "class" and token.idx not in known_starts):
            end = i + 1 if token.text.endswith("-class") else i + 3
            span = doc[i:end]
            kind = "Submarine" if end < len(doc) and doc[end].text.startswith("submarine") else "Ship"
            out.append(Mention(span.start_char, span.end_char, span.text, kind,
                               key=f"designation:{span.text.upper()}"))
            i = end
        elif token.text in ("Type", "Project", "Class") and i + 1 < len(doc) \
                and re.fullmatch(r"\d{2,4}[A-Z]?", doc[i + 1].text) and token.idx not in known_starts:
            span = doc[i:i + 2]
            out.append(Mention(span.start_char, span.end_char, span.text, "WeaponSystem",
                               key=f"designation:{span.text.upper()}"))
            i += 2
        else:
            i += 1
    return out


def _kind_word(word: str) -> bool:
    return any(rx.match(word.lower()) for rx, _ in KIND_ONLY)


OPERATION = re.compile(r"\bOperation (?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2}")


def _operations(text: str) -> list[Mention]:
    out = []
    headlines = headline_lines(text)
    for m in OPERATION.finditer(text):
        words = m.group(0).split()
        if _in_lines(m.start(), headlines):
            words = words[:2]
        while len(words) > 2 and (words[-1] in MONTHS or words[-1] in DAYS):
            words.pop()
        name = " ".join(words)
        out.append(Mention(m.start(), m.start() + len(name), name, "MilitaryOperation",
                           key=f"operation:{name.lower()}"))
    return out


def _clean_name(name: str) -> str:
    words = name.split()
    while words and (words[-1] in NAME_MONTHS or words[-1] in DAYS or words[-1] in ("MP", "The")):
        words.pop()
    return " ".join(words)


def _persons(text: str) -> list[Mention]:
    out = []
    demonyms = gazetteer.demonym_index()
    for m in person_after_title().finditer(text):
        name = _clean_name(m.group("name"))
        if not _plausible_name(name, demonyms) or _former_name(text, m.start()):
            continue
        start = m.start("name")
        attrs = {"title": m.group("title"), "title_start": m.start("title")}
        if m.group("place"):
            attrs["posted_to" if m.group("prep") == "to" else "of"] = m.group("place")
        if m.group("place2"):
            attrs["posted_to"] = m.group("place2")
        out.append(Mention(start, start + len(name), name, "Person", attrs=attrs))
    for m in NAME_THEN_TITLE_LINE.finditer(text):
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms):
            out.append(Mention(m.start("name"), m.start("name") + len(name), name, "Person",
                               attrs={"title": m.group("title"), "title_start": m.start("title")}))
    for m in HEAD_OF.finditer(text):
        name = _clean_name(m.group("name"))
        if _plausible_name(name, demonyms):
            out.append(Mention(m.start("name"), m.start("name") + len(name), name, "Person",
                               attrs={"title": m.group("title"), "title_start": m.start("title"),
                                      "member_of_before": m.start()}))
    for rx in (PERSON_HONORIFIC, PERSON_SPEAKS, SPEAKS_PERSON):
        for m in rx.finditer(text):
            name = _clean_name(m.group("name"))
            if _plausible_name(name, demonyms):
                out.append(Mention(m.start("name"), m.start("name") + len(name), name, "Person"))
    _split_greedy_titles(text, out)
    return out


def _split_greedy_titles(text: str, persons: list[Mention]) -> None:
    """'Minister for Defence Industry Pat Conroy': the title's pattern also takes 'Pat'. When the
    article names 'Pat Conroy' elsewhere, the first name goes back to the name."""
    full = {m.text for m in persons}
    for m in persons:
        title = m.attrs.get("title")
        if not title:
            continue
        words = title.split()
        for cut in range(1, min(3, len(words) - 1) + 1):
            candidate = " ".join(words[-cut:] + [m.text])
            if candidate in full:
                m.attrs["title"] = " ".join(words[:-cut])
                m.start -= len(" ".join(words[-cut:])) + 1
                m.text = candidate
                break


def _former_name(text: str, start: int) -> bool:
    """'(formerly Admiral Gorshkov)' names a ship, not an admiral."""
    return bool(re.search(r"(?:formerly|former|ex-|renamed from|previously)\s*$",
                          text[max(0, start - 20):start]))


NOT_NAME_WORDS = NAME_MONTHS | set(DAYS) | {
    "The", "This", "That", "These", "Those", "It", "We", "Our", "They", "He", "She", "His", "Her",
    "In", "On", "At", "As", "And", "But", "With", "From", "For", "By", "Despite", "While",
    "Ministry", "Department", "Government", "Defence", "Defense", "Army", "Navy", "Force",
    "Forces", "Air", "State", "States", "United", "Office", "Agency", "Commission", "Council",
    "Industry", "Affairs", "General", "Operation", "Secretary", "Minister", "President", "Both",
}


TITLE_WORDS = {"Secretary", "Minister", "President", "Chancellor", "Ambassador", "General",
               "Admiral", "Spokesperson", "Spokesman", "Director", "Chief", "Commander", "Envoy"}


def _plausible_name(name: str, demonyms) -> bool:
    words = name.split()
    if not words or words[0] in NOT_NAME_WORDS or words[-1] in NOT_NAME_WORDS:
        return False
    if any(w in TITLE_WORDS for w in words):
        return False
    if any(w in demonyms for w in words):
        return False
    return any(len(w) > 2 and not w.endswith(".") for w in words)


def headline_lines(text: str) -> list[tuple[int, int]]:
    """Lines in title case ('Russia in Talks for More S-400 Systems'), where capitals
    say nothing about names."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        words = re.findall(r"[A-Za-z][\w-]{3,}", line.group(0))
        if len(words) >= 2 and not line.group(0).rstrip().endswith((".", "”", '"')) and \
                sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            out.append((line.start(), line.end()))
    return out


def _in_lines(offset: int, lines: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in lines)


def _organisations(doc) -> list[Mention]:
    """Capitalised names that end in an organisation suffix ('BrahMos Aerospace')."""
    out = []
    headlines = headline_lines(doc.text)
    for i, token in enumerate(doc):
        kind = ORG_SUFFIX_KIND.get(token.text)
        if kind is None or i == 0 or _in_lines(token.idx, headlines):
            continue
        start = i
        while start > 0:
            prev = doc[start - 1]
            if prev.text[:1].isupper() and not prev.is_stop and prev.text not in DAYS \
                    and prev.text not in MONTHS:
                start -= 1
            elif prev.text in CONNECTORS and start - 2 >= 0 and doc[start - 2].text[:1].isupper() \
                    and prev.text not in ("the", "and", "’s", "'s") and not prev.is_sent_start:
                start -= 1
            else:
                break
            if doc[start].is_sent_start:
                break
        while start < i and doc[start].text in CONNECTORS:
            start += 1
        end = i + 1
        # "Ministry of Defence", "Department of State", "Centre of Excellence"
        if end + 1 < len(doc) and doc[end].text == "of" and doc[end + 1].text[:1].isupper():
            end += 2
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].text not in DAYS:
                end += 1
        if end - start < 2 or (token.text == "Letter" and end == i + 1):
            continue
        span = doc[start:end]
        out.append(Mention(span.start_char, span.end_char, span.text, kind,
                           key=f"name:{span.text.lower()}"))
    return out


def _branches(text: str) -> list[Mention]:
    """'Indian Navy', "India's Army", and the elliptic 'the Indian Navy, Army, and Air Force'."""
    out = []
    demonyms = gazetteer.demonym_index()
    prefix = re.compile(r"([A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)(?:’s|'s)? $")
    for m in BRANCH.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        p = prefix.search(before)
        country = None
        start = m.start()
        if p and p.group(1) in demonyms:
            country = demonyms[p.group(1)]
            start = m.start() - len(before) + p.start(1)
        elif p and p.group(1).split()[-1] in demonyms:
            country = demonyms[p.group(1).split()[-1]]
            start = m.start() - len(before) + p.start(1) + p.group(1).rfind(" ") + 1
        else:
            country = _elliptic_branch_country(text, m.start(), out)
        if country is None:
            continue
        demonym = country.demonyms[0] if country.demonyms else country.label
        label = f"{demonym} {m.group(1)}"
        out.append(Mention(start, m.end(), text[start:m.end()], "MilitaryBranch",
                           key=f"branch:{country.label}:{m.group(1)}", label=label,
                           attrs={"country": country.key}))
    return out


def _elliptic_branch_country(text: str, start: int, found: list[Mention]):
    """In 'the Indian Navy, Army, and Air Force', Army and Air Force are Indian too."""
    if not found:
        return None
    last = found[-1]
    between = text[last.end:start]
    if re.fullmatch(r"(?:,\s*(?:and\s+)?|\s+and\s+)((?:[A-Z][a-z]+ ?)+,\s*(?:and\s+)?)*", between):
        return gazetteer.by_key()[last.attrs["country"]]
    return None


def _possessed_organisations(doc, found: list[Mention]) -> list[Mention]:
    """"France's Safran", "Israel's Elbit": a capitalised name owned by a country is most often
    one of its companies or agencies (unless it names a person: "India's Singh")."""
    out = []
    countries = gazetteer.demonym_index()
    people = {w for m in found if m.kind == "Person" for w in m.text.split()}
    for i, token in enumerate(doc[:-2]):
        if token.text not in countries or doc[i + 1].text not in ("’s", "'s"):
            continue
        end = i + 2
        while end < len(doc) and end - i < 5 and re.fullmatch(r"[A-Z][\w&-]*", doc[end].text) \
                and doc[end].text not in NOT_NAME_WORDS and doc[end].text not in TITLE_WORDS \
                and doc[end].text != "Operation":
            end += 1
        if end == i + 2 or any(t.text in people for t in doc[i + 2:end]):
            continue
        span = doc[i + 2:end]
        out.append(Mention(span.start_char, span.end_char, span.text, "Organization",
                           key=f"name:{span.text.lower()}", attrs={"weak": True}))
    return out


COMPANY_NOUNS = (r"maker|manufacturer|company|firm|group|contractor|shipbuilder|shipyard|builder|"
                 r"producer|giant|conglomerate|exporter|supplier|corporation|concern")
DESCRIBED_COMPANY = re.compile(
    rf"(?:^|(?<=[.;:]\s)|(?<=\n))(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){{0,3}}),\s+(?:a|an|the)?\s*"
    rf"(?:[A-Z][\w.]+(?:’s|'s)?\s+)?(?:[\w-]+\s+){{0,3}}(?:{COMPANY_NOUNS})\b")


def _described_companies(text: str) -> list[Mention]:
    """'Kongsberg, Norway's state-controlled arms maker, ...': an apposition that says what a
    name is."""
    out = []
    for m in DESCRIBED_COMPANY.finditer(text):
        name = m.group("name")
        if name.split()[0] in NOT_NAME_WORDS or name in gazetteer.demonym_index():
            continue
        out.append(Mention(m.start("name"), m.end("name"), name, "Company",
                           key=f"name:{name.lower()}"))
    return out


def _named_kinds(doc) -> list[Mention]:
    """'Harop drones', 'Tomahawk missiles': an unknown capitalised name before a kind of weapon."""
    out = []
    demonyms = gazetteer.demonym_index()
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1].text.lower()
        if not token.text[:1].isupper() or token.is_stop or token.is_sent_start:
            continue
        if token.text in demonyms or token.text in NOT_NAME_WORDS or token.text in MONTHS:
            continue
        if not re.match(r"^(?:missiles?|drones?|jets?|fighters?|frigates?|tanks?|helicopters?|"
                        r"howitzers?|submarines?|corvettes?|destroyers?|rifles?|radars?)$", nxt):
            continue
        if not re.match(r"^[A-Z][a-z]+$", token.text):
            continue
        out.append(Mention(token.idx, token.idx + len(token.text), token.text, "WeaponSystem",
                           key=f"name:{token.text.lower()}", attrs={"weak": True}))
    return out


def _acronym_expansions(doc, found: list[Mention]) -> list[Mention]:
    """'Taipei Economic and Cultural Representative Office in the United States (TECRO)'."""
    out = []
    for i, token in enumerate(doc):
        if token.text != "(":
            continue
        close = next((j for j in range(i + 2, min(i + 7, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            continue
        acronym = doc.text[token.idx + 1:doc[close].idx]
        if not re.fullmatch(r"[A-Z][A-Za-z&/-]*[A-Z][A-Za-z&/-]*", acronym):
            continue
        start = _long_form_start(doc, i, acronym)
        if start is None or i - start < 2:
            continue
        span = doc[start:i]
        kind = _kind_of_name(span.text, found)
        if kind is None:
            continue
        out.append(Mention(span.start_char, span.end_char, span.text, kind,
                           key=f"name:{span.text.lower()}", attrs={"acronym": acronym}))
    return out


def _long_form_start(doc, paren: int, acronym: str) -> int | None:
    """Where the long form of an acronym begins: the nearest capitalised word, going back from
    the parenthesis over a run of capitalised words and connectors, from which the acronym's
    letters follow in order, first by word initials, else anywhere in the words (the way
    Schwartz and Hearst find abbreviation definitions)."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    first = paren
    while first > 0 and paren - first < 16:
        prev = doc[first - 1]
        if "\n" in prev.text or not (prev.text[:1].isupper() or prev.text in CONNECTORS):
            break
        first -= 1
        if prev.is_sent_start:
            break
    for start in range(paren - 1, first - 1, -1):
        word = doc[start].text
        if not word[:1].isupper() or word[0].lower() != letters[0]:
            continue
        words = [t.text for t in doc[start:paren] if t.text[:1].isupper()]
        if _subsequence(letters, [w[0].lower() for w in words]) or \
                _subsequence(letters, list(" ".join(words).lower())):
            return start
    return None


def _subsequence(needle: list[str], hay: list[str]) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


def _kind_of_name(name: str, found: list[Mention]) -> str | None:
    words = name.split()
    heads = [words[-1]] + [w for w, nxt in zip(words, words[1:]) if nxt == "of"]
    for w in heads:
        if w in ORG_SUFFIX_KIND:
            return ORG_SUFFIX_KIND[w]
    if any(w in ("Commission", "Council", "Committee") for w in words):
        return "GovernmentAgency"
    for rx, kind in KIND_ONLY:
        if rx.match(" ".join(words[-3:]).lower()) or rx.match(words[-1].lower()):
            return kind
    if words[-1] in ("Network", "System", "Systems", "Program", "Programme"):
        return "WeaponSystem"
    if words[0] in ("List", "Register"):
        return "Organization"
    return None


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Keep the longest mention where several overlap; the gazetteer wins ties."""
    def rank(m: Mention):
        return (m.end - m.start, m.key is not None and not m.key.startswith(("name:",)),
                not m.attrs.get("weak"))
    chosen: list[Mention] = []
    taken: set[int] = set()
    for m in sorted(found, key=rank, reverse=True):
        span = set(range(m.start, m.end))
        if span & taken:
            continue
        chosen.append(m)
        taken |= span
    return sorted(chosen, key=lambda m: m.start)


def _add_acronyms(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Long Name (ACR)': ACR becomes an alias, and later bare mentions of ACR resolve to it."""
    extra = []
    for m in mentions:
        acronym = m.attrs.get("acronym")
        after = re.match(r"\s*\(([A-Z][A-Za-z&/-]*[A-Z])\)", text[m.end:m.end + 40])
        if not acronym and after and m.kind != "Person":
            acronym = after.group(1)
        if not acronym:
            continue
        m.attrs["acronym"] = acronym
        for a in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if not any(o.start <= a.start() < o.end for o in mentions):
                extra.append(Mention(a.start(), a.end(), acronym, m.kind, m.key,
                                     label=m.name, attrs={"alias_of": m.start}))
    return sorted(mentions + extra, key=lambda m: m.start)


def _add_name_repeats(text: str, mentions: list[Mention]) -> list[Mention]:
    """Once 'Denis Alipov' is found, a bare 'Alipov' elsewhere names him too; likewise an
    organisation's full name found once is found everywhere."""
    extra = []
    names = {}
    for m in sorted(mentions, key=lambda m: m.kind != "Person"):
        if m.kind == "Person":
            names.setdefault(m.text, m)
            words = [w for w in m.text.split() if w not in ("III", "II", "IV", "Jr.", "Jr", "Sr.")]
            if len(words) > 1 and len(words[-1]) > 2:
                names.setdefault(words[-1], m)
        elif m.key and m.key.startswith(("name:", "designation:", "operation:")):
            names.setdefault(m.text, m)
    for name, source in names.items():
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(o.start < found.end() and found.start() < o.end for o in mentions + extra):
                label = source.text if source.kind == "Person" else source.name
                extra.append(Mention(found.start(), found.end(), name, source.kind, source.key,
                                     label=label if label != name else None))
    return sorted(mentions + extra, key=lambda m: m.start)


def _attach_kinds(text: str, mentions: list[Mention]) -> None:
    """'S-400 air defence systems' -> the S-400 is an air-defence system."""
    for m in mentions:
        if m.kind not in ("WeaponSystem",):
            if not (m.kind in KIND_CLASSES and m.key and m.key.startswith("designation:")):
                continue
        after = KIND_AFTER.match(text, m.end)
        if after:
            for rx, kind in KIND_ONLY:
                if rx.match(after.group(1)):
                    m.kind = kind
                    m.attrs["kind_words"] = after.group(1)
                    break


KIND_CLASSES = {k for _, k in KIND_WORDS}


def _quotes(text: str) -> list[Quote]:
    """Quoted passages: curly quotes pair by direction, straight ones alternate per paragraph."""
    out = []
    for m in re.finditer(r"“([^”“]{2,2000})(?:”|(?=\n\s*\n|\Z))", text):
        out.append(Quote(m.start(1), m.end(1), m.group(1)))
    for para in re.finditer(r"[^\n]+", text):
        for m in re.finditer(r'"([^"]{2,2000})"', para.group(0)):
            start = para.start() + m.start(1)
            out.append(Quote(start, start + len(m.group(1)), m.group(1)))
        if para.group(0).count('"') % 2 == 1:
            last = para.group(0).rfind('"')
            start = para.start() + last + 1
            if para.group(0)[last + 1:].strip():
                out.append(Quote(start, para.end(), para.group(0)[last + 1:]))
    return sorted(out, key=lambda q: q.start)
