"""Where places are: 'a plant in Vadodara, Gujarat', 'the factory in Unterlüss in Lower Saxony',
'Camden, Arkansas': a city the text places in a region (a state, a province), told by a comma
or 'in' right after its name (`gk:locatedIn`, as an organisation is in a place)."""
from __future__ import annotations

import re

from . import Findings

PLACE_KINDS = ("City", "Region", "Place", "Country")
# Between a place and the one it is in: 'Vadodara, Gujarat', 'Unterlüss in Lower Saxony', 'Hisar
# (India)', 'Lviv in western Ukraine'
WITHIN = re.compile(r",\s+|\s+\(|\s+in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-?eastern|"
                    r"north-?western|south-?eastern|south-?western)\s+)?(?:(?:state|region|province|county)\s+of\s+)?")
# A list of places goes on after the second: 'Paris, London, Berlin', 'in Europe, Middle East and
# South America', 'in Ilam, Khuzestan, and Tehran provinces'
LIST_GOES_ON = re.compile(r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")


# The region opens a clause: 'The delegation met in Lyon, Texas officials said'
CLAUSE_AFTER = re.compile(r"\s+(?:officials?|said|says|has|have|had|is|was|were|are|will|would|and\s+[A-Z])\b")


def apply(f: Findings) -> None:
    for s in f.doc.sentences:
        places = f.mentions_in(s.start, s.end, *PLACE_KINDS)
        for i, (a, b) in enumerate(zip(places, places[1:])):
            if a.kind == "Country" or b.kind != "Region" or not WITHIN.fullmatch(f.text, a.end, b.start) \
                    or CLAUSE_AFTER.match(f.text, b.end):
                continue   # (a city's country is read with the organisations' places: 'in Hisar, India')
            if (i and re.fullmatch(r",\s+(?:and\s+)?", f.text[places[i - 1].end:a.start])
                    and not _paired(f, places, i - 2)) \
                    or (_list_after(f, b) and not _paired(f, places, i + 2) and not _paired(f, places, i - 2)):
                continue   # ('France, Germany, Italy': a list, not places within places; but 'Tucson, Ariz.,
                #            Pontiac, Mich., and Huntsville' lists each city with its state)
            inner, outer = f.entity(a), f.entity(b)
            if inner is not None and not inner.key.startswith("name:"):
                continue   # (a city the reference data knows is one city: 'Melbourne, Florida' is another
                #            Melbourne, which the graph cannot tell apart, so it says nothing of where it is)
            if inner is not None and outer is not None and inner is not outer:
                f.add(inner, "gk:locatedIn", outer, s)


def _paired(f: Findings, places: list, j: int) -> bool:
    """Whether the places at j and j + 1 are a city and its region, written 'Pontiac, Mich.'."""
    return 0 <= j < len(places) - 1 and places[j].kind == "City" and places[j + 1].kind == "Region" \
        and re.fullmatch(r",\s+", f.text[places[j].end:places[j + 1].start]) is not None


def _list_after(f: Findings, b) -> bool:
    """Whether a list the two places are in goes on after the second."""
    return LIST_GOES_ON.match(f.text, b.end) is not None
