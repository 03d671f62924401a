"""Entities: mentions that name the same thing, joined into one entity with a stable IRI.

One thing, one entity: 'S-400', 'S-400 Triumf' and 'the S-400 system' share a
gazetteer key; 'Alipov' resolves to 'Denis Alipov'; an acronym resolves to its long
name. The IRI depends only on the entity's broad category and name, so the same
entity found in two articles is one node in the graph.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from . import cues, gazetteer
from .mentions import COUNTABLE_KINDS, SHIP_KINDS, AnalysedArticle, Mention
from .namespaces import ID, slug

# The ontology class of each mention kind; kinds the ontology folds together map here.
CLASS_OF_KIND = {
    "AircraftCarrier": "Ship", "TransportAircraft": "Aircraft",
}
CATEGORY = {
    "Country": "country", "City": "place", "Region": "place", "Place": "place",
    "Person": "person", "MilitaryOperation": "operation",
    "Organization": "org", "GovernmentAgency": "org", "Company": "org", "JointVenture": "org",
    "MilitaryBranch": "org", "MediaOutlet": "org", "IntergovernmentalBody": "org",
    "ArmedGroup": "org", "Post": "post", "Agreement": "agreement", "PartyGroup": "group",
}
GENERIC = {"WeaponSystem", "Organization", "Place"}


def category(kind: str) -> str:
    return CATEGORY.get(kind, "system")


@dataclass(eq=False)
class Entity:
    key: str
    kind: str
    label: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    wikidata: str | None = None
    attrs: dict = field(default_factory=dict)

    @property
    def iri(self) -> str:
        """Made from the entity's name, so the same entity in two articles is one node; a
        branch's name is its country's and its own ('India Navy'), however it is written."""
        return f"{ID}{category(self.kind)}/{slug(self.attrs.get('iri_name') or self.label)}"

    @property
    def cls(self) -> str:
        if self.attrs.get("exercise"):   # (an operation in all the rules' eyes, but not in a war)
            return "MilitaryExercise"
        if self.attrs.get("weapon_test"):
            return "WeaponTest"
        return CLASS_OF_KIND.get(self.kind, self.kind)


@dataclass
class Resolved:
    entities: list[Entity]
    of_mention: dict[int, Entity]          # id(mention) -> entity

    def entity(self, mention: Mention) -> Entity | None:
        return self.of_mention.get(id(mention))

    def by_key(self, key: str) -> Entity | None:
        return next((e for e in self.entities if e.key == key), None)


def resolve(doc: AnalysedArticle) -> Resolved:
    """Group an article's mentions into entities."""
    known = gazetteer.by_key()
    groups: dict[str, Entity] = {}
    of_mention: dict[int, Entity] = {}
    for m in doc.mentions:
        if m.kind == "Demonym":
            continue
        key = _key(m)
        if key.startswith("name:") and m.kind in ("Company", "Organization", "JointVenture"):
            # 'Bharat Electronics Limited (BEL)' and 'Bharat Electronics' are one company
            key = "name:" + LEGAL_TAIL_LOWER.sub("", key[5:])
        entity = groups.get(key)
        if entity is None:
            entity = groups[key] = _new_entity(key, m, known)
            base = cues.LEGAL_TAIL.sub("", m.text)
            if key.startswith("name:") and base != m.text and len(base) >= 2:
                entity.attrs["iri_name"] = base   # the same IRI however the article writes it
        entity.mentions.append(m)
        if m.attrs.get("exercise"):
            entity.attrs["exercise"] = True
        if m.text != entity.label and m.kind != "Person":   # the names the article uses, as written
            entity.aliases.add(m.text)
        of_mention[id(m)] = entity
    _merge_partial_names(groups, of_mention)
    _merge_ship_names(groups, of_mention)
    _merge_same_acronym(groups, of_mention)
    _merge_designations_with_long_forms(doc, groups, of_mention)
    for entity in groups.values():
        if entity.attrs.get("exercise"):   # 'African Lion' in a headline, 'African Lion 2023' below it
            entity.label = max((m.label or m.text for m in entity.mentions),   # (with its year, if the
                               key=lambda name: (bool(re.search(r"\d", name)), len(name)))   # text gives one)
        entity.kind = _best_kind(entity, known)
        acronym = next((m.attrs["acronym"] for m in entity.mentions if "acronym" in m.attrs), None)
        if acronym:
            entity.aliases.add(acronym)
        suffix = NAME_SUFFIX.search(entity.label) if entity.kind == "Person" else None
        if suffix:   # 'Gilberto Teodoro Jnr' is also found as 'Gilberto Teodoro'
            entity.aliases.add(entity.label[:suffix.start()])
        entity.aliases.discard(entity.label)
    return Resolved(list(groups.values()), of_mention)


NAME_SUFFIX = re.compile(r",? (?:Jr|Jnr|Sr|Snr)\.?$")


def _merge_partial_names(groups: dict[str, Entity], of_mention: dict[int, Entity]) -> None:
    """'Alipov' is 'Denis Alipov' when the article names him in full; 'Sheikh Mohammed' is
    'Sheikh Mohammed bin Zayed' when no full name ends with 'Mohammed'."""
    people = [e for e in groups.values() if e.kind == "Person"]
    for i, other in enumerate(people):   # 'Anthony Blinken' in a text that first wrote 'Antony Blinken'
        first = [e for e in people[:i] if e.key in groups and _misspelt(e.label, other.label)]
        if len(first) == 1:
            _join(groups, of_mention, other, first[0])
    people = [e for e in people if e.key in groups]
    for short in people:   # 'A.P. Singh' for 'Amar Preet Singh': the given names by their initials
        full = [e for e in people if e is not short and e.key in groups and _initialled(e.label) == short.label]
        if len(full) == 1:   # (first, so that 'Singh' then has one full name to join)
            _join(groups, of_mention, short, full[0])
    people = [e for e in people if e.key in groups]
    for short in people:
        full = [e for e in people if e is not short and e.label.endswith(" " + short.label)]
        if not full:   # 'Mohamed Khaled' for 'Mohamed Khaled Nordin', as Malay names are shortened
            full = [e for e in people if e is not short and e.label.startswith(short.label + " ")]
        if not full:   # 'Olufemi Oluyede' for 'Olufemi Olatubosun Oluyede': the middle name left out
            full = [e for e in people if e is not short and _without_middle_names(e.label) == short.label]
        if len(full) != 1:
            continue
        _join(groups, of_mention, short, full[0])


def _merge_ship_names(groups: dict[str, Entity], of_mention: dict[int, Entity]) -> None:
    """'ITS Caio Duilio', 'the destroyer Caio Duilio (D 554)' and 'the Duilio' are one ship: its
    name without the navy's prefix, and its last word once the article has named it in full."""
    ships = [e for e in groups.values() if e.kind in SHIP_KINDS]
    for e in ships:
        bare = cues.SHIP_PREFIX_WORD.sub("", e.label)
        same = [o for o in ships if o is not e and o.key in groups and e.key in groups and o.label == bare]
        if bare != e.label and len(same) == 1:
            _join(groups, of_mention, same[0], e)
    ships = [e for e in groups.values() if e.kind in SHIP_KINDS]
    for short in [e for e in groups.values() if " " not in e.label and e.kind in (*SHIP_KINDS, "WeaponSystem")]:
        full = [e for e in ships if e is not short and len(short.label) >= 5
                and cues.SHIP_PREFIX_WORD.sub("", e.label).split()[-1] == short.label and " " in e.label]
        if len(full) == 1 and short.key.startswith("name:") and short.key in groups:
            _join(groups, of_mention, short, full[0])
            full[0].aliases.add(short.label)


def _merge_same_acronym(groups: dict[str, Entity], of_mention: dict[int, Entity]) -> None:
    """'The Switzerland State Secretariat for Economic Affairs (SECO)', then 'Switzerland's State
    Secretariat for Economic Affairs (SECO)' and 'The Swiss State Secretariat ... (SECO)': one
    body, which the same acronym in brackets after each name says, under its shortest name."""
    by_acronym: dict[tuple[str, str], list[Entity]] = {}
    for entity in groups.values():
        if entity.kind in ("Person", "Country") or not entity.key.startswith("name:"):
            continue
        acronyms = {m.attrs["acronym"] for m in entity.mentions if "acronym" in m.attrs}
        if len(acronyms) == 1:
            by_acronym.setdefault((acronyms.pop(), entity.kind), []).append(entity)
    national = gazetteer.demonym_index()
    for same in by_acronym.values():   # (the name without its country's, if the text has one)
        target = min(same, key=lambda e: (re.sub(r"(?:’s|'s)$", "", e.label.split()[0]) in national, len(e.label)))
        for other in same:
            if other is not target:
                _join(groups, of_mention, other, target)


def _join(groups: dict[str, Entity], of_mention: dict[int, Entity], short: Entity, target: Entity) -> None:
    """One entity's mentions under the fuller (or the other) name; a name of two words or more
    stays an alias."""
    if " " in short.label:
        target.aliases.add(short.label)
    for m in short.mentions:
        target.mentions.append(m)
        of_mention[id(m)] = target
    del groups[short.key]


def _misspelt(first: str, other: str) -> bool:
    """The same two-word name but for one letter of the first name ('Antony'/'Anthony'), or the
    same name hyphenated otherwise ('Hong Jin-wook'/'Hong Jin Wook')."""
    if first != other and first.replace("-", " ").lower() == other.replace("-", " ").lower():
        return True
    if first != other and re.sub(r"(?<=\b[A-Z])\.", "", first) == re.sub(r"(?<=\b[A-Z])\.", "", other):
        return True   # ('H. Lawrence Culp Jr' and 'H Lawrence Culp Jr')
    a, b = first.split(), other.split()
    if len(a) != 2 or len(b) != 2 or a[1] != b[1] or a[0] == b[0] or min(len(a[0]), len(b[0])) < 4:
        return False
    x, y = sorted((a[0], b[0]), key=len)
    if len(y) - len(x) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) == 1
    return any(y[:i] + y[i + 1:] == x for i in range(len(y)))


def _initialled(name: str) -> str:
    """'Amar Preet Singh' -> 'A.P. Singh', as Indian and other outlets write a name."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] + "." for w in words[:-1]) + " " + words[-1]


def _without_middle_names(name: str) -> str:
    words = name.split()
    return f"{words[0]} {words[-1]}" if len(words) > 2 else ""


# Systems whose name a long form and acronym may follow ('Chunmoo Multiple Rocket Launcher System
# (MRLS)'); not ships, whose name is followed by their class's ('HMS X, a Type 26 Global Combat
# Ship (GCS)')
NAMED_AT_LENGTH = COUNTABLE_KINDS - {"Ship", "Submarine"}


def _merge_designations_with_long_forms(doc: AnalysedArticle, groups: dict[str, Entity],
                                       of_mention: dict[int, Entity]) -> None:
    """'AIM-120D Advanced Medium-Range Air-to-Air Missiles (AMRAAM)': the designation and the
    defined name are one system."""
    for a, b in zip(doc.mentions, doc.mentions[1:]):
        first, second = of_mention.get(id(a)), of_mention.get(id(b))
        if first is None or second is None or first is second or "acronym" not in b.attrs:
            continue
        if doc.text[a.end:b.start].strip() or not ((a.key or "").startswith("designation:") or (
                first.kind in NAMED_AT_LENGTH and second.kind in NAMED_AT_LENGTH)):
            continue   # ('Chunmoo Multiple Rocket Launcher System (MRLS)': one system)
        if not (a.key or "").startswith("designation:"):   # the named system keeps its name
            first, second = second, first
        for m in first.mentions:
            second.mentions.append(m)
            of_mention[id(m)] = second
        second.aliases.add(first.label)
        second.aliases |= first.aliases
        groups.pop(first.key, None)


LEGAL_TAIL_LOWER = re.compile(cues.LEGAL_TAIL.pattern, re.I)


def _key(m: Mention) -> str:
    if m.kind == "Person":
        return f"person:{m.label or m.text}"
    acronym = m.attrs.get("acronym")
    known = gazetteer.by_name().get(acronym) if acronym else None
    if known is not None and _same_sort(known.kind, m):
        return known.key   # 'Aviation Industry ... (AVIC)'; not the Allied Democratic Forces of
        #                    'the Australian Defence Force (ADF)'
    if m.key and m.key.startswith("name:") and "alias_of" in m.attrs and \
            m.text in gazetteer.by_name():
        return gazetteer.by_name()[m.text].key
    if m.key and m.key.startswith("designation:"):
        entry = known_designation(m.key.split(":", 1)[1])
        if entry:
            return entry.key
    key = m.key or f"name:{m.name.lower()}"
    return _one_spelling(key) if key.startswith("name:") else key


def _one_spelling(key: str) -> str:
    """One key for a name in British and in American spelling: a text that writes 'Swedish
    Defense Materiel Administration' and then 'Swedish Defence Materiel Administration' names
    one body."""
    for british, american in gazetteer.SPELLINGS:
        key = key.replace(american.lower(), british.lower())
    return key


def _same_sort(kind: str, m: Mention) -> bool:
    """Whether the gazetteer's thing of some initials may be what a long name in the text
    before those initials names: not when one is an armed group, a media outlet or a country
    and the other is not, nor when the text names a country's force ('Australian Defence Force')."""
    if m.key and m.key.startswith("branch:"):
        return kind == m.kind
    odd = {"ArmedGroup", "MediaOutlet", "Country"}
    return kind == m.kind or not ({kind, m.kind} & odd)


def known_designation(designation: str):
    return _designation_index().get(designation)


@functools.lru_cache(maxsize=1)
def _designation_index() -> dict:
    """Every known name in capitals -> its entry: 'MIG-29K' -> MiG-29."""
    index = {}
    for k in gazetteer.load():
        for name in [k.label, *k.aliases]:
            index.setdefault(name.upper(), k)
    return index


def _new_entity(key: str, m: Mention, known) -> Entity:
    entry = known.get(key)
    if entry:
        # Aliases are the names this article uses (added as mentions are grouped), not every
        # name the gazetteer knows: the graph records what the text says.
        return Entity(key, entry.kind, entry.label, wikidata=entry.wikidata,
                      attrs=dict(m.attrs))
    return Entity(key, m.kind, m.label or m.text, attrs=dict(m.attrs))


def _best_kind(entity: Entity, known) -> str:
    entry = known.get(entity.key)
    if entry:
        return entry.kind
    kinds = Counter(m.kind for m in entity.mentions if m.kind not in GENERIC)
    return kinds.most_common(1)[0][0] if kinds else entity.mentions[0].kind
