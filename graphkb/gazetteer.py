"""Reference data: names, aliases, kinds and checked Wikidata ids of well-known things.

The gazetteer helps the extractor recognise a mention and decide what kind of thing
it names; it never adds a relation between entities (every relation in the graph
comes from an article's text). For countries it also knows demonyms and the
capital's name, which are needed to resolve "Indian Navy" or "talks between New
Delhi and Moscow" to a country.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GraphkbError

PACKAGE_DATA = Path(__file__).resolve().parent / "data"
REPO_ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology"


@dataclass
class Known:
    key: str
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    wikidata: str | None = None


def data_file(name: str) -> Path:
    """Find a file of ``ontology/``: in the checkout, else as installed package data."""
    for folder in (REPO_ONTOLOGY, PACKAGE_DATA):
        if (folder / name).is_file():
            return folder / name
    raise GraphkbError(f"reference file {name} not found in {REPO_ONTOLOGY} or {PACKAGE_DATA}")


def parse(text: str) -> list[Known]:
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 2:
            raise GraphkbError(f"gazetteer line {number}: expected 'Kind | label | ...'")
        kind, label = parts[0], parts[1]
        known = Known(key=f"{kind}:{label}", kind=kind, label=label)
        for part in parts[2:]:
            name, _, value = part.partition(":")
            values = [v.strip() for v in value.split(";") if v.strip()]
            if name == "aliases":
                known.aliases = values
            elif name == "demonyms":
                known.demonyms = values
            elif name == "capital":
                known.capitals = values
            elif name == "wd":
                known.wikidata = values[0]
            else:
                raise GraphkbError(f"gazetteer line {number}: unknown field {name!r}")
        entries.append(known)
    return entries


@functools.lru_cache(maxsize=1)
def load() -> tuple[Known, ...]:
    entries = parse(data_file("gazetteer.txt").read_text(encoding="utf-8"))
    for k in entries:
        _other_spellings(k)
    return tuple(entries + _capital_cities(entries))


# British and American spellings of the words bodies' names are made of
SPELLINGS = (("Defence", "Defense"), ("Organisation", "Organization"))


GENERIC_WORDS = {"the", "of", "for", "National", "Ministry", "Department", "Defence", "Defense", "Organisation",
                 "Organization"}


def _other_spellings(k: Known) -> None:
    """A body's name in the other spelling is the body too: 'Diehl Defense' is 'Diehl Defence'.
    Not a name every government uses ('Department of Defense' is the Pentagon's; 'Department of
    Defence' Australia's)."""
    if k.kind == "Country":
        return
    names = [k.label, *k.aliases]
    for name in names:
        if set(name.split()) <= GENERIC_WORDS:
            continue
        for ours, theirs in SPELLINGS + tuple((b, a) for a, b in SPELLINGS):
            other = name.replace(ours, theirs)
            if other != name and other not in names and other not in k.aliases:
                k.aliases.append(other)


def _capital_cities(entries: list[Known]) -> list[Known]:
    """A country's capital is a city the extractor must recognise even when the file lists it
    only as the capital."""
    listed = {name for k in entries if k.kind == "City" for name in [k.label, *k.aliases]}
    return [Known(key=f"City:{c}", kind="City", label=c) for k in entries if k.kind == "Country"
            for c in k.capitals[:1] if c not in listed]


@functools.lru_cache(maxsize=1)
def by_key() -> dict[str, Known]:
    """Every entry by its key ('Country:India'); built once, read by every article."""
    return {k.key: k for k in load()}


@functools.lru_cache(maxsize=1)
def by_name() -> dict[str, Known]:
    """Every name of a thing other than a country, as written -> its entry ('AVIC', 'DRDO',
    'Lockheed Martin')."""
    index = {}
    for k in load():
        if k.kind != "Country":
            for name in [k.label, *k.aliases]:
                index.setdefault(name, k)
    return index


@functools.lru_cache(maxsize=1)
def demonym_index() -> dict[str, Known]:
    """'Indian' -> India, also the country's own name ('India' -> India)."""
    index = {}
    for k in load():
        if k.kind == "Country":
            for name in [k.label, *k.aliases, *k.demonyms]:
                index.setdefault(name, k)
    return index


@functools.lru_cache(maxsize=None)
def ends_other_demonym(word: str) -> bool:
    """Whether a demonym is also the last word of another country's ('Korean' of 'North
    Korean', 'Sudanese' of 'South Sudanese'): at the head of a name it may be either country's."""
    owner = demonym_index().get(word)
    if owner is None or word not in owner.demonyms:
        return False   # ('Korea Aerospace Industries', "China's foreign ministry": the country's name)
    return any(d.endswith(" " + word) for k in load() if k.kind == "Country" and k is not owner
               for d in k.demonyms)


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, Known]:
    """'India', 'the U.S.' -> the country: its names and aliases, not its demonyms."""
    return {name: k for k in load() if k.kind == "Country" for name in [k.label, *k.aliases]}


@functools.lru_cache(maxsize=1)
def capital_index() -> dict[str, Known]:
    """'New Delhi' -> India: a capital used for its government."""
    return {c: k for k in load() if k.kind == "Country" for c in k.capitals}
