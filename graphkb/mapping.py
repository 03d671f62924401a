"""Mapping: what the rules found, as RDF quads under the ontology, in the article's graph.

Each fact is written twice over: as the plain triple an analyst queries
(``?deal gk:buyer ?country``), and as a ``gk:Claim`` beside it that names the
triple (rdf:subject / rdf:predicate / rdf:object) and says where it comes from:
the article, the sentence (a W3C Web Annotation TextQuoteSelector and
TextPositionSelector with 0-based, half-open character offsets), who asserts it and
with what modality.
"""
from __future__ import annotations

import functools

import pyoxigraph as ox

from .articles import Article
from .claims import Claim, Event, Findings, Lit
from .entities import Entity, Resolved
from .namespaces import ENTITIES_GRAPH, ID, PREFIXES, RDF, RDFS, SKOS, WD, XSD, slug

TYPE = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")
ALT = ox.NamedNode(SKOS + "altLabel")
NON_NEGATIVE = ox.NamedNode(XSD + "nonNegativeInteger")


@functools.lru_cache(maxsize=4096)
def iri(name: str) -> ox.NamedNode:
    """'gk:buyer' -> the full IRI; a full IRI stays as it is."""
    prefix, _, local = name.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        return ox.NamedNode(PREFIXES[prefix] + local)
    return ox.NamedNode(name)


@functools.lru_cache(maxsize=65536)
def named(value: str) -> ox.NamedNode:
    """The node of an IRI that recurs: an article's, each claim's entities and evidence span.
    Made once, since pyoxigraph parses and checks every IRI it is given."""
    return ox.NamedNode(value)


def literal(lit: Lit) -> ox.Literal:
    if lit.datatype == "string":
        return ox.Literal(str(lit.value))
    value = str(lit.value).lower() if lit.datatype == "boolean" else str(lit.value)
    return ox.Literal(value, datatype=ox.NamedNode(XSD + lit.datatype))


def to_quads(article: Article, resolved: Resolved, found: Findings) -> list[ox.Quad]:
    """The article's quads: its facts, claims and evidence in its own graph; the class,
    label and Wikidata id of each entity it names in the shared entities graph."""
    graph = ox.NamedNode(article.graph)
    shared = ox.NamedNode(ENTITIES_GRAPH)
    triples: list[tuple] = []
    add = triples.append
    described: list[tuple] = []
    art = ox.NamedNode(article.iri)
    add((art, TYPE, iri("gk:Article")))
    add((art, iri("dct:identifier"), ox.Literal(article.id)))
    add((art, iri("dct:source"), ox.Literal(article.path)))
    for entity in _entities(resolved, found):
        _entity(described.append, add, entity)
    joined: dict[int, list[str]] = {}
    # (named in a fixed order of roles, buyer before seller before item, whichever sentence
    # said each: 'Deal: Vietnam – Hanwha Aerospace – K9 Thunder')
    for c in sorted(found.claims, key=lambda c: EVENT_NAMES.get(c.predicate, 99)):
        if c.predicate in EVENT_NAMES and not isinstance(c.object, Lit):
            joined.setdefault(id(c.subject), []).append(getattr(c.object, "label", None) or "")
    told = {id(c.subject) for c in found.claims}
    for event in found.events:   # (not one whose claims were all taken back or moved to another)
        if id(event) in told:
            _event(add, event, joined.get(id(event), []))
    evidence_done: set[tuple[int, int]] = set()
    for number, claim in enumerate(found.claims, 1):
        _claim(add, claim, number, article, found)
        if (claim.start, claim.end) not in evidence_done:
            evidence_done.add((claim.start, claim.end))
            _evidence(add, _evidence_node(article, claim), claim, article)
    quads = [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(triples)]
    quads += [ox.Quad(s, p, o, shared) for s, p, o in dict.fromkeys(described)]
    return quads


def _entities(resolved: Resolved, found: Findings) -> list[Entity]:
    out, ids = [], set()
    for entity in [*resolved.entities, *found.extra_entities]:
        if id(entity) not in ids:
            ids.add(id(entity))
            out.append(entity)
    return out


def _entity(describe, add, entity: Entity) -> None:
    """Class, label and Wikidata id are the entity's own (shared graph); the aliases are the
    names this article uses (article graph)."""
    node = ox.NamedNode(entity.iri)
    describe((node, TYPE, iri(f"gk:{entity.cls}")))
    describe((node, LABEL, ox.Literal(entity.label)))
    if entity.wikidata:
        describe((node, iri("owl:sameAs"), ox.NamedNode(WD + entity.wikidata)))
    for alias in sorted(entity.aliases):
        if alias != entity.label:
            add((node, ALT, ox.Literal(alias)))


EVENT_NAMES = {p: i for i, p in enumerate(("gk:buyer", "gk:seller", "gk:acquired", "gk:party", "gk:item", "gk:speaker",
                                           "gk:imposedBy", "gk:target"))}


def _event(add, event: Event, joined: list[str]) -> None:
    node = ox.NamedNode(event.iri)
    add((node, TYPE, iri(f"gk:{event.cls}")))
    add((node, LABEL, ox.Literal(_event_label(event, joined))))


def _event_label(event: Event, joined: list[str]) -> str:
    """'Deal: India – S-400': the kind of event and the names of what it joins."""
    names = []
    for label in joined:
        if label and label not in names:
            names.append(label)
    kind = {"Negotiation": "Talks", "Statement": "Statement by", "LineItem": "Line item"}.get(event.kind, event.kind)
    return f"{kind}: {' – '.join(names[:4])}" if names else f"{kind} {event.number}"


def _term(node):
    if isinstance(node, Lit):
        return literal(node)
    return named(node.iri)


def _claim(add, claim: Claim, number: int, article: Article, found: Findings) -> None:
    s, p, o = _term(claim.subject), iri(claim.predicate), _term(claim.object)
    add((s, p, o))
    node = ox.NamedNode(f"{ID}claim/{slug(article.id)}/{number}")
    add((node, TYPE, iri("gk:Claim")))
    add((node, iri("rdf:subject"), s))
    add((node, iri("rdf:predicate"), p))
    add((node, iri("rdf:object"), o))
    add((node, iri("gk:modality"), iri(f"gk:{claim.modality}")))
    add((node, iri("prov:wasDerivedFrom"), named(article.iri)))
    speaker = claim.speaker or getattr(found, "publisher", None)
    if speaker is not None:
        add((node, iri("prov:wasAttributedTo"), named(speaker.iri)))
    add((node, iri("gk:evidence"), _evidence_node(article, claim)))


def _evidence_node(article: Article, claim: Claim) -> ox.NamedNode:
    return named(f"{ID}evidence/{slug(article.id)}/{claim.start}-{claim.end}")


def _evidence(add, evidence, claim: Claim, article: Article) -> None:
    quote = ox.NamedNode(evidence.value + "/quote")
    position = ox.NamedNode(evidence.value + "/position")
    add((evidence, TYPE, iri("oa:SpecificResource")))
    add((evidence, iri("oa:hasSource"), named(article.iri)))
    add((evidence, iri("oa:hasSelector"), quote))
    add((evidence, iri("oa:hasSelector"), position))
    add((quote, TYPE, iri("oa:TextQuoteSelector")))
    add((quote, iri("oa:exact"), ox.Literal(article.text[claim.start:claim.end])))
    add((position, TYPE, iri("oa:TextPositionSelector")))
    nonneg = NON_NEGATIVE
    add((position, iri("oa:start"), ox.Literal(str(claim.start), datatype=nonneg)))
    add((position, iri("oa:end"), ox.Literal(str(claim.end), datatype=nonneg)))
