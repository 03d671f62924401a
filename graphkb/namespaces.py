"""The IRIs graphkb mints and the vocabularies it reuses.

Our own terms live under ``GK`` (defined in ``ontology/graphkb.ttl``); the things we
describe (entities, deals, claims, articles) live under ``ID``. Each article's facts
go into a named graph of their own under ``GRAPH`` so that an article can be
replaced or removed as one unit.
"""
from __future__ import annotations

import functools
import re
import unicodedata

GK = "https://w3id.org/graphkb/ontology#"
ID = "https://w3id.org/graphkb/id/"
GRAPH = "https://w3id.org/graphkb/graph/"
# What graphkb says of each entity (its class, label, Wikidata id) once for all articles: kept
# in every article's graph, it would be repeated for each, and the union default graph of
# pyoxigraph 0.5 returns a triple once per graph that holds it.
ENTITIES_GRAPH = "https://w3id.org/graphkb/entities"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
DCT = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES: dict[str, str] = {
    "gk": GK,
    "gkid": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "schema": SCHEMA,
    "prov": PROV,
    "oa": OA,
    "dct": DCT,
    "wd": WD,
}


# Written into Turtle and TriG: without gkid:, whose IRIs have slashes that prefixed names
# would have to escape ('gkid:country\/india'); full IRIs read better.
OUTPUT_PREFIXES: dict[str, str] = {p: iri for p, iri in PREFIXES.items() if p != "gkid"}


def sparql_prefixes() -> str:
    """The PREFIX header every graphkb query may rely on."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


# Letters that no accent makes: NFKD leaves them whole and ASCII drops them ('Jære' -> 'jre')
LETTERS = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "Oe", "ß": "ss",
                         "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ð": "d",
                         "ı": "i"})


@functools.lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """A stable, readable IRI segment for a name: 'S-400 Triumf' -> 's-400-triumf'."""
    text = unicodedata.normalize("NFKD", text.replace("–", "-").replace("—", "-").translate(LETTERS))
    text = text.encode("ascii", "ignore").decode()
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "x"


def article_iri(article_id: str) -> str:
    return f"{ID}article/{slug(article_id)}"


def graph_iri(article_id: str) -> str:
    return f"{GRAPH}{slug(article_id)}"
