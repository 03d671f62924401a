"""The graph view's data: the entity graph read from the store, and what a page draws of it.

How the view is chosen, and why:

* **Data.** The view reads the store only through two small functions, ``select``
  (SPARQL SELECT -> rows in the SPARQL 1.1 Results JSON shape) and ``construct``
  (CONSTRUCT/DESCRIBE -> N-Triples). The CLI gets them from an ``OxigraphStore``
  (:func:`store_source`), the web app from its time-bounded query functions, so both
  draw the same view. They are async because the web app's are; over a store they
  never wait, so the CLI runs them to the end with :func:`run_now`.
* **Graph work in networkx.** Entities (anything typed with a ``gk:`` class) and
  events (deals, talks, statements...) become nodes of a ``networkx.MultiDiGraph``;
  claims, evidence selectors and articles never do. The k-hop neighbourhood
  (``ego_graph``), the class filter, the degree ranking behind the node cap and the
  summary in ``graphkb stats`` (connected components, most connected entities) are
  networkx calls.
* **Evidence.** For each fact about a drawn node the view looks up the ``gk:Claim``
  whose ``rdf:subject/predicate/object`` match it, and keeps its sentence, article,
  modality and speaker with the node's details (:func:`details`), which the page's
  details panel shows on click.

The page itself (pyvis, the escaping template, the inlined assets, the physics) is
built by :mod:`graphkb.graphpage`, which reads a :class:`View` from here.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .errors import GraphkbError, QueryError
from .namespaces import GK, RDF, RDFS, SKOS, sparql_prefixes

Row = Mapping[str, Mapping[str, str]]
Select = Callable[[str], Awaitable[list[Row]]]
Construct = Callable[[str], Awaitable[str]]

DEFAULT_LIMIT = 300
DEFAULT_HOPS = 2

#: gk: classes that are records about the graph, not things in it: never drawn.
HIDDEN_CLASSES = {GK + "Claim", GK + "Article", GK + "Modality"}
#: Properties shown as the node's label, aliases and colour rather than as facts.
LABEL, ALT_LABEL, TYPE = RDFS + "label", SKOS + "altLabel", RDF + "type"
NOT_FACTS = {LABEL, ALT_LABEL, TYPE}


class ViewError(GraphkbError):
    """A graph view was asked for something the graph does not have (an entity, a class)."""


class EntityNotFound(ViewError):
    """No entity in the graph has that IRI or label."""


# --------------------------------------------------------------------------- terms

@dataclass(frozen=True)
class Term:
    """An RDF term as SPARQL Results JSON gives it; hashable, so facts can be matched."""

    kind: str  # "uri", "literal" or "bnode"
    value: str
    datatype: str = ""
    lang: str = ""

    @classmethod
    def from_json(cls, b: Mapping[str, str]) -> Term:
        kind = "literal" if b["type"] == "typed-literal" else b["type"]
        return cls(kind, b["value"], b.get("datatype", ""), b.get("xml:lang", ""))

    @classmethod
    def from_ox(cls, t) -> Term:
        if isinstance(t, ox.NamedNode):
            return cls("uri", t.value)
        if isinstance(t, ox.BlankNode):
            return cls("bnode", t.value)
        lang = t.language or ""
        return cls("literal", t.value, "" if lang else t.datatype.value, lang)

    @property
    def is_iri(self) -> bool:
        return self.kind == "uri"


_IRI_OK = re.compile(r'^[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>"{}|^`\\]*$')


def sparql_iri(iri: str) -> str:
    """``<iri>`` for a query text, refusing anything that could break out of the brackets.

    :raises ViewError: when ``iri`` is not an absolute IRI.
    """
    if not _IRI_OK.match(iri):
        raise ViewError(f"not an IRI: {iri!r}")
    return f"<{iri}>"


# ------------------------------------------------------------------ vocabulary

@dataclass
class Vocabulary:
    """Labels of classes and properties, and which classes are subclasses of which."""

    labels: dict[str, str] = field(default_factory=dict)
    parents: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def label(self, iri: str) -> str:
        """The ontology's label, else the local name split into words ("signedDate" -> "signed date")."""
        if iri in self.labels:
            return self.labels[iri]
        local = re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri
        return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).replace("_", " ").lower() \
            if not local[:1].isupper() else re.sub(r"(?<=[a-z0-9])(?=[A-Z][a-z])", " ", local)

    def class_label(self, iri: str) -> str:
        """A class's label as a heading: "air-defence system" -> "Air-defence system"."""
        text = self.label(iri)
        return text[:1].upper() + text[1:]

    def ancestors(self, cls: str) -> set[str]:
        seen, todo = set(), [cls]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen


#: Subclass links from docs/model.md, so filtering works before the ontology file exists.
_MODEL_PARENTS = {
    "Place": ["City", "Region", "Country"],
    "Organization": ["GovernmentAgency", "Company", "MilitaryBranch", "MediaOutlet",
                     "IntergovernmentalBody", "ArmedGroup"],
    "Company": ["JointVenture"],
    "WeaponSystem": ["AirDefenceSystem", "Missile", "Aircraft", "Tank", "ArmouredVehicle",
                     "Artillery", "Ship", "Submarine", "Rifle", "Radar", "Satellite", "MilitaryEquipment"],
    "Missile": ["CruiseMissile"],
    "Aircraft": ["FighterAircraft", "Helicopter", "UnmannedAircraft"],
    "Agreement": ["Deal"],
}


def _ontology_paths() -> list[Path]:
    from .ontology import ONTOLOGY_FILE, OntologyError, ontology_dir

    try:
        return [ontology_dir() / ONTOLOGY_FILE]
    except OntologyError:
        return []  # the view still works with local names


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Labels and subclass links from ``ontology/graphkb.ttl`` when present, over the model's."""
    vocab = Vocabulary()
    for parent, children in _MODEL_PARENTS.items():
        for child in children:
            vocab.parents[GK + child].add(GK + parent)
    for path in _ontology_paths():
        if path.is_file():
            _read_ontology(vocab, path)
            break
    return vocab


def _read_ontology(vocab: Vocabulary, path: Path) -> None:
    try:
        quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, OSError):
        return  # the view still works with local names; `graphkb validate` reports the file
    for q in quads:
        s, p, o = q.subject, q.predicate.value, q.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == LABEL and isinstance(o, ox.Literal) and (o.language in (None, "en")):
            if o.language == "en" or s.value not in vocab.labels:
                vocab.labels[s.value] = o.value
        elif p == RDFS + "subClassOf" and isinstance(o, ox.NamedNode):
            vocab.parents[s.value].add(o.value)


# ---------------------------------------------------------------- class styles

# (class, colour, vis shape), most specific first: a node typed Deal and Agreement is a Deal.
_STYLES = [
    ("Country", "#4e79a7", "dot"), ("City", "#76b7b2", "dot"), ("Region", "#59a14f", "dot"),
    ("JointVenture", "#b07aa1", "square"), ("GovernmentAgency", "#e15759", "square"),
    ("MilitaryBranch", "#9c755f", "square"), ("MediaOutlet", "#bab0ac", "square"),
    ("IntergovernmentalBody", "#d37295", "square"), ("ArmedGroup", "#7f3c8d", "square"),
    ("Company", "#f28e2b", "square"), ("Person", "#edc948", "hexagon"),
    ("AirDefenceSystem", "#d62728", "triangle"), ("CruiseMissile", "#ff7f0e", "triangle"),
    ("Missile", "#ffbb78", "triangle"), ("FighterAircraft", "#1f77b4", "triangle"),
    ("Helicopter", "#aec7e8", "triangle"), ("UnmannedAircraft", "#17becf", "triangle"),
    ("Aircraft", "#9edae5", "triangle"), ("Tank", "#8c564b", "triangle"),
    ("ArmouredVehicle", "#c49c94", "triangle"), ("Artillery", "#e377c2", "triangle"),
    ("Ship", "#393b79", "triangle"), ("Submarine", "#5254a3", "triangle"),
    ("Rifle", "#637939", "triangle"), ("Radar", "#8ca252", "triangle"), ("Satellite", "#9c9ede", "triangle"),
    ("MilitaryEquipment", "#b5cf6b", "triangle"), ("WeaponSystem", "#cedb9c", "triangle"),
    ("MilitaryOperation", "#843c39", "triangleDown"), ("MilitaryExercise", "#ad494a", "triangleDown"),
    ("WeaponTest", "#d6616b", "triangleDown"),
    ("Deal", "#2ca02c", "diamond"), ("AidPackage", "#2ca02c", "diamond"), ("Acquisition", "#2ca02c", "diamond"), ("Negotiation", "#98df8a", "diamond"),
    ("Cooperation", "#31a354", "diamond"), ("Agreement", "#74c476", "diamond"),
    ("Statement", "#9467bd", "diamond"), ("Sanction", "#7b4173", "diamond"),
    ("LineItem", "#a1d99b", "diamond"),
    ("Post", "#c5b0d5", "star"), ("Place", "#8cd17d", "dot"),
    ("Organization", "#ff9d9a", "square"), ("Entity", "#a5a5a5", "dot"),
]
STYLES = {GK + name: (colour, shape) for name, colour, shape in _STYLES}
_RANK = {GK + name: i for i, (name, _, _) in enumerate(_STYLES)}
_SPARE_COLOURS = ["#6b6ecf", "#bd9e39", "#ad494a", "#a55194", "#3182bd", "#e6550d"]


def style(cls: str) -> tuple[str, str]:
    """Colour and vis shape of a class; unknown classes get a stable spare colour."""
    if cls in STYLES:
        return STYLES[cls]
    return _SPARE_COLOURS[sum(map(ord, cls)) % len(_SPARE_COLOURS)], "dot"


def primary_class(types: Iterable[str], vocab: Vocabulary | None = None) -> str:
    """The class a node is drawn as: its most specific drawable gk: class."""
    vocab = vocab or vocabulary()
    gk_types = {t for t in types if t.startswith(GK) and t not in HIDDEN_CLASSES}
    if not gk_types:
        return GK + "Entity"
    inherited = set().union(*(vocab.ancestors(t) for t in gk_types))
    specific = (gk_types - inherited) or gk_types
    return min(specific, key=lambda t: (_RANK.get(t, -1), t))


# -------------------------------------------------------------------- the graph

@dataclass
class Node:
    """What the store says about one drawable resource."""

    iri: str
    types: set[str] = field(default_factory=set)
    labels: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    facts: list[tuple[str, Term]] = field(default_factory=list)  # (property, object)

    @property
    def cls(self) -> str:
        return primary_class(self.types)


@dataclass
class KnowledgeGraph:
    """Drawable nodes with their facts, and the networkx graph of links between them."""

    nodes: dict[str, Node]
    graph: nx.MultiDiGraph
    names: dict[str, str] = field(default_factory=dict)  # labels of IRIs that are not nodes

    def label(self, iri: str, vocab: Vocabulary | None = None) -> str:
        node = self.nodes.get(iri)
        if node is None:
            return self.names.get(iri) or _local_name(iri)
        if node.labels:
            return node.labels[0]
        return event_label(self, node, vocab or vocabulary())


def _drawable(var: str) -> str:
    hidden = ", ".join(f"<{c}>" for c in sorted(HIDDEN_CLASSES))
    return (f"FILTER EXISTS {{ {var} a ?_c{var[1:]} . FILTER(STRSTARTS(STR(?_c{var[1:]}), \"{GK}\") "
            f"&& ?_c{var[1:]} NOT IN ({hidden})) }}")


def _triples_query(restriction: str = "") -> str:
    return (f"{sparql_prefixes()}SELECT DISTINCT ?s ?p ?o WHERE {{ {restriction} ?s ?p ?o . "
            f"{_drawable('?s')} }}")


def graph_from_triples(triples: Iterable[tuple[Term, Term, Term]]) -> KnowledgeGraph:
    """Build the graph from triples: subjects typed with a drawable ``gk:`` class become
    nodes, and an IRI object that is also a node makes an edge."""
    nodes = _collect(triples)
    return _link({iri: nodes[iri] for iri in _drawable_iris(nodes)})


def _collect(triples: Iterable[tuple[Term, Term, Term]]) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    for s, p, o in triples:
        if not s.is_iri:
            continue
        node = nodes.setdefault(s.value, Node(s.value))
        if p.value == TYPE and o.is_iri:
            node.types.add(o.value)
        elif p.value == LABEL and o.kind == "literal":
            _add_once(node.labels, o.value)
        elif p.value == ALT_LABEL and o.kind == "literal":
            _add_once(node.aliases, o.value)
        elif (p.value, o) not in node.facts:
            node.facts.append((p.value, o))
    return nodes


def _drawable_iris(nodes: Mapping[str, Node]) -> set[str]:
    return {iri for iri, n in nodes.items()
            if any(t.startswith(GK) for t in n.types) and not n.types & HIDDEN_CLASSES}


def _link(nodes: dict[str, Node], edges: Iterable[tuple[str, str, str]] | None = None) -> KnowledgeGraph:
    """The graph of ``nodes``; its edges are their IRI facts between nodes unless given."""
    if edges is None:
        edges = [(n.iri, p, o.value) for n in nodes.values() for p, o in n.facts if o.is_iri]
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((s, o, p) for s, p, o in edges if s in nodes and o in nodes)
    return KnowledgeGraph(nodes, graph)


async def fetch_names(select: Select, kb: KnowledgeGraph) -> None:
    """Labels of the IRIs that facts and edges point to but that are not nodes here."""
    wanted = {o.value for n in kb.nodes.values() for _, o in n.facts if o.is_iri}
    wanted |= set(kb.graph.nodes)
    wanted = sorted(wanted - kb.nodes.keys() - kb.names.keys())
    for chunk in _chunks(wanted):
        values = " ".join(sparql_iri(i) for i in chunk if _IRI_OK.match(i))
        rows = await select(f"{sparql_prefixes()}SELECT ?s ?l WHERE {{ VALUES ?s {{ {values} }} "
                            f"?s rdfs:label ?l }} ORDER BY ?s ?l")
        for r in rows:
            kb.names.setdefault(r["s"]["value"], r["l"]["value"])


def _add_once(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)


def _rows_to_triples(rows: Iterable[Row]) -> list[tuple[Term, Term, Term]]:
    return [(Term.from_json(r["s"]), Term.from_json(r["p"]), Term.from_json(r["o"]))
            for r in rows if "s" in r and "p" in r and "o" in r]


async def fetch_graph(select: Select) -> KnowledgeGraph:
    """The whole drawable graph: every entity and event with its facts."""
    return graph_from_triples(_rows_to_triples(await select(_triples_query())))


async def fetch_around(select: Select, iri: str) -> KnowledgeGraph:
    """A node, its neighbours and their facts, for expanding a node in the browser.

    Facts pointing into the neighbourhood from nodes outside it come too, so the
    page can draw edges from nodes it already shows.
    """
    node = sparql_iri(iri)
    around = (f"{{ BIND({node} AS ?n) }} UNION {{ {node} ?_p ?n . FILTER(isIRI(?n)) }} "
              f"UNION {{ ?n ?_p {node} }}")
    rows = await select(f"{sparql_prefixes()}SELECT DISTINCT ?n WHERE {{ {around} {_drawable('?n')} }}")
    near = sorted({r["n"]["value"] for r in rows if r.get("n", {}).get("type") == "uri"})
    if not near:
        raise EntityNotFound(f"no entity {iri} in the graph")
    kb = graph_from_triples(await _subject_triples(select, near))
    # Links to and from nodes outside: the page draws those whose other end it shows.
    outgoing = [(n.iri, p, o.value) for n in kb.nodes.values() for p, o in n.facts if o.is_iri]
    for s, p, o in outgoing + await _incoming_edges(select, near):
        kb.graph.add_edge(s, o, key=p)
    await fetch_names(select, kb)
    return kb


async def _subject_triples(select: Select, iris: list[str]) -> list[tuple[Term, Term, Term]]:
    triples = []
    for chunk in _chunks(iris):
        values = " ".join(sparql_iri(i) for i in chunk)
        triples += _rows_to_triples(await select(_triples_query(f"VALUES ?s {{ {values} }}")))
    return triples


async def _incoming_edges(select: Select, iris: list[str]) -> list[tuple[str, str, str]]:
    edges = []
    for chunk in _chunks(iris):
        values = " ".join(sparql_iri(i) for i in chunk)
        rows = await select(f"{sparql_prefixes()}SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?o {{ {values} }} "
                            f"?s ?p ?o . FILTER(?p != rdf:type) {_drawable('?s')} }}")
        edges += [(r["s"]["value"], r["p"]["value"], r["o"]["value"]) for r in rows
                  if r["s"]["type"] == "uri"]
    return edges


def _chunks(items: list[str], size: int = 400) -> Iterable[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


async def fetch_construct(construct: Construct, select: Select, query: str) -> KnowledgeGraph:
    """The graph a CONSTRUCT (or DESCRIBE) query returns, with types and labels from the store.

    Every IRI of the result that is an entity or event (by the result's types or the
    store's) is a node; classes, claims, evidence and articles are not. Edges are the
    result's; names and literal facts the result left out come from the store.
    """
    triples = list(_parse_ntriples(await construct(query)))
    nodes = _collect(triples)
    mentioned = {t.value for s, p, o in triples for t in (s, o)
                 if t.is_iri and not (p.value == TYPE and t is o)}
    known = _collect(await _subject_triples(select, sorted(mentioned))) if mentioned else {}
    keep = (_drawable_iris(nodes) | _drawable_iris(known)) & mentioned
    keep -= {i for i, n in (*nodes.items(), *known.items()) if n.types & HIDDEN_CLASSES}
    for iri in keep:
        node = nodes.setdefault(iri, Node(iri))
        if iri in known:
            stored = known[iri]
            node.types |= stored.types
            node.labels = node.labels or stored.labels
            node.aliases = node.aliases or stored.aliases
            node.facts += [f for f in stored.facts if f not in node.facts]
    edges = [(s.value, p.value, o.value) for s, p, o in triples if o.is_iri and p.value != TYPE]
    kb = _link({iri: nodes[iri] for iri in keep}, edges)
    await fetch_names(select, kb)
    return kb


def _parse_ntriples(text: str) -> Iterable[tuple[Term, Term, Term]]:
    try:
        for t in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES):
            yield Term.from_ox(t.subject), Term.from_ox(t.predicate), Term.from_ox(t.object)
    except SyntaxError as e:
        raise QueryError(f"the query result is not N-Triples: {e}") from e


# ----------------------------------------------------------- choosing the nodes

def find_entity(kb: KnowledgeGraph, text: str) -> str:
    """The node an analyst means by ``text``: an IRI, else a label or alias, exact before partial.

    Several matches go to the best connected one.

    :raises EntityNotFound: when nothing matches.
    """
    text = text.strip()
    if text in kb.nodes:
        return text
    wanted = text.casefold()
    exact, partial = [], []
    for iri, node in kb.nodes.items():
        names = [n.casefold() for n in (*node.labels, *node.aliases, kb.label(iri))]
        if wanted in names or iri.casefold().endswith("/" + wanted):
            exact.append(iri)
        elif any(wanted in n for n in names):
            partial.append(iri)
    found = exact or partial
    if not found:
        raise EntityNotFound(f"no entity called {text!r} in the graph")
    return max(found, key=lambda i: (kb.graph.degree(i), -len(kb.label(i)), i))


def neighbourhood(kb: KnowledgeGraph, focus: str, hops: int) -> set[str]:
    """The nodes within ``hops`` links of ``focus``, whichever way the links point."""
    return set(nx.ego_graph(kb.graph.to_undirected(as_view=True), focus, radius=hops))


def resolve_classes(kb: KnowledgeGraph, names: Iterable[str], vocab: Vocabulary) -> set[str]:
    """Class IRIs for names like ``Country``, ``gk:Country`` or a full IRI.

    :raises ViewError: for a name that is no class of the model or the graph.
    """
    known = set(STYLES) | {t for n in kb.nodes.values() for t in n.types}
    known |= set(vocab.parents) | {p for ps in vocab.parents.values() for p in ps}
    ours_first = sorted(known, key=lambda i: (not i.startswith(GK), i))  # gk:Organization, not schema's
    exact = {_local_name(iri): iri for iri in reversed(ours_first)}
    loose: dict[str, str] = {}
    for iri in ours_first:
        loose.setdefault(_local_name(iri).casefold(), iri)
        loose.setdefault(vocab.label(iri).casefold(), iri)
    classes = set()
    for name in (n.strip() for raw in names for n in raw.split(",")):
        if not name:
            continue
        short = name.removeprefix("gk:")
        iri = name if name in known else exact.get(short) or loose.get(short.casefold())
        if iri is None:
            raise ViewError(f"unknown class {name!r}")
        classes.add(iri)
    return classes


def of_classes(kb: KnowledgeGraph, nodes: Iterable[str], classes: set[str],
               vocab: Vocabulary) -> set[str]:
    """The nodes with a type among ``classes`` or one of their subclasses."""
    def wanted(types: set[str]) -> bool:
        return any(t in classes or vocab.ancestors(t) & classes for t in types)
    return {n for n in nodes if wanted(kb.nodes[n].types)}


def cap(kb: KnowledgeGraph, nodes: set[str], limit: int, keep: str | None = None) -> list[str]:
    """At most ``limit`` nodes, best connected first (within ``nodes``); ``keep`` always stays."""
    sub = kb.graph.subgraph(nodes)
    ranked = sorted(nodes, key=lambda n: (n != keep, -sub.degree(n), -kb.graph.degree(n), n))
    return ranked[:max(limit, 1)]


# --------------------------------------------------------------------- evidence

@dataclass(frozen=True)
class Evidence:
    sentence: str
    article: str
    title: str
    modality: str
    speaker: str


FactKey = tuple[Term, Term, Term]


def _claims_query(values: str) -> str:
    return f"""{sparql_prefixes()}SELECT DISTINCT ?c ?s ?p ?o ?sentence ?article ?title ?modality ?speaker ?speakerLabel
WHERE {{
  VALUES ?n {{ {values} }}
  {{ ?c rdf:subject ?n }} UNION {{ ?c rdf:object ?n }}
  ?c a gk:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL {{ ?c gk:evidence ?ev . ?ev oa:hasSelector ?sel . ?sel oa:exact ?sentence }}
  OPTIONAL {{ ?c prov:wasDerivedFrom ?article . OPTIONAL {{ ?article dct:title ?title }} }}
  OPTIONAL {{ ?c gk:modality ?modality }}
  OPTIONAL {{ ?c prov:wasAttributedTo ?speaker . OPTIONAL {{ ?speaker rdfs:label ?speakerLabel }} }}
}}"""


async def fetch_evidence(select: Select, iris: list[str]) -> dict[FactKey, list[Evidence]]:
    """The claim records behind every fact whose subject or object is one of ``iris``."""
    found: dict[FactKey, dict[str, Evidence]] = defaultdict(dict)
    for chunk in _chunks(iris, 200):
        values = " ".join(sparql_iri(i) for i in chunk)
        for r in await select(_claims_query(values)):
            key = (Term.from_json(r["s"]), Term.from_json(r["p"]), Term.from_json(r["o"]))
            claim = r["c"]["value"]
            if claim in found[key]:
                continue
            found[key][claim] = Evidence(
                sentence=_value(r, "sentence"), article=_value(r, "article"),
                title=_value(r, "title"), modality=_local_name(_value(r, "modality")),
                speaker=_value(r, "speakerLabel") or _local_name(_value(r, "speaker")))
    return {k: sorted(v.values(), key=lambda e: (e.title, e.sentence)) for k, v in found.items()}


def _value(row: Row, var: str) -> str:
    return row[var]["value"] if var in row else ""


def _local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] if iri else ""


# --------------------------------------------------------------------- labels

# Key facts that name an event without a label: "Deal: India – S-400".
_EVENT_KEYS = {
    "Deal": ["buyer", "item"], "AidPackage": ["seller", "buyer"], "Acquisition": ["buyer", "acquired"], "Negotiation": ["party", "buyer", "seller", "item"],
    "Cooperation": ["party", "project"], "Agreement": ["party", "about"],
    "Statement": ["speaker", "about"], "Sanction": ["imposedBy", "target"],
    "LineItem": ["item", "quantity"],
    "Post": ["roleName", "country"], "MilitaryOperation": ["conductedBy", "target"],
}


def event_label(kb: KnowledgeGraph, node: Node, vocab: Vocabulary) -> str:
    """A label for a node without one: its class and key facts, or its local name."""
    cls = node.cls
    keys = _EVENT_KEYS.get(_local_name(cls), [])
    parts: list[str] = []
    for key in keys:
        for prop, obj in node.facts:
            if prop == GK + key:
                text = _plain_name(kb, obj.value) if obj.is_iri else obj.value
                _add_once(parts, text)
    name = vocab.class_label(cls)
    return f"{name}: {' – '.join(parts[:4])}" if parts else f"{name} {_local_name(node.iri)}"


def _plain_name(kb: KnowledgeGraph, iri: str) -> str:
    """A name that never recurses into another event's label."""
    node = kb.nodes.get(iri)
    return (node.labels[0] if node and node.labels else kb.names.get(iri)) or _local_name(iri)


def literal_text(term: Term) -> str:
    return term.value if not term.lang else f"{term.value} @{term.lang}"


def tooltip(kb: KnowledgeGraph, node: Node, vocab: Vocabulary) -> str:
    """Plain text: the node's class, label and first few facts, one per line."""
    lines = [vocab.class_label(node.cls), kb.label(node.iri, vocab)]
    if node.aliases:
        lines.append("also: " + ", ".join(node.aliases[:4]))
    for prop, obj in node.facts[:8]:
        text = kb.label(obj.value, vocab) if obj.is_iri else literal_text(obj)
        lines.append(f"{vocab.label(prop)}: {text}")
    return "\n".join(lines)


# ------------------------------------------------------------------------ view

@dataclass
class View:
    """What a page draws: the chosen nodes of a graph, with their evidence."""

    kb: KnowledgeGraph
    shown: list[str]
    total: int
    limit: int
    evidence: dict[FactKey, list[Evidence]] = field(default_factory=dict)
    focus: str | None = None
    title: str = "graphkb graph"


async def build_view(select: Select, construct: Construct | None = None, *,
                     focus: str | None = None, hops: int = DEFAULT_HOPS,
                     types: Iterable[str] = (), query: str | None = None,
                     limit: int = DEFAULT_LIMIT) -> View:
    """Choose what to draw: the whole graph, a neighbourhood, some classes or a CONSTRUCT's result.

    :raises EntityNotFound: when ``focus`` names no entity.
    :raises ViewError: for an unknown class.
    :raises QueryError: when a query fails (or times out, through the caller's functions).
    """
    vocab = vocabulary()
    if query is not None:
        if construct is None:
            raise ViewError("this view cannot run CONSTRUCT queries")
        kb = await fetch_construct(construct, select, query)
    else:
        kb = await fetch_graph(select)
    nodes = set(kb.nodes)
    focus_iri = None
    if focus:
        focus_iri = find_entity(kb, focus)
        nodes = neighbourhood(kb, focus_iri, hops)
    types = list(types)
    if types:
        nodes = of_classes(kb, nodes, resolve_classes(kb, types, vocab), vocab)
    shown = cap(kb, nodes, limit, keep=focus_iri if focus_iri in nodes else None)
    evidence = await fetch_evidence(select, shown) if shown else {}
    title = f"graphkb: {kb.label(focus_iri)}" if focus_iri else "graphkb graph"
    return View(kb, shown, len(nodes), limit, evidence, focus_iri, title)


def details(view: View, iri: str, vocab: Vocabulary) -> dict:
    """What the side panel shows about a node: names, facts both ways, each with its evidence."""
    kb = view.kb
    node = kb.nodes[iri]
    facts = [_fact(view, "out", Term("uri", iri), p, o, vocab) for p, o in node.facts]
    for s, _, p in kb.graph.in_edges(iri, keys=True):
        facts.append(_fact(view, "in", Term("uri", s), p, Term("uri", iri), vocab))
    return {
        "iri": iri, "label": kb.label(iri, vocab),
        "types": sorted(vocab.class_label(t) for t in node.types if t.startswith(GK)),
        "labels": node.labels, "aliases": node.aliases, "facts": facts,
    }


def _fact(view: View, direction: str, s: Term, p: str, o: Term, vocab: Vocabulary) -> dict:
    kb = view.kb
    other = o if direction == "out" else s
    text = kb.label(other.value, vocab) if other.is_iri else literal_text(other)
    evidence = view.evidence.get((s, Term("uri", p), o), [])
    return {
        "dir": direction, "prop": vocab.label(p), "propIri": p, "value": text,
        "node": other.value if other.is_iri and other.value in kb.graph else None,
        "evidence": [{"sentence": e.sentence, "article": e.article, "title": e.title,
                      "modality": e.modality, "speaker": e.speaker} for e in evidence],
    }


# --------------------------------------------------------------------- the CLI side

def store_source(store) -> tuple[Select, Construct]:
    """``select`` and ``construct`` over an OxigraphStore, for the CLI."""
    async def select(query: str) -> list[Row]:
        result = store.query(query)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        return json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))["results"]["bindings"]

    async def construct(query: str) -> str:
        result = store.query(query)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("--query needs a CONSTRUCT or DESCRIBE query")
        return result.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")

    return select, construct


def store_view(store, **params) -> View:
    """:func:`build_view` over a store, synchronously."""
    select, construct = store_source(store)
    return run_now(build_view(select, construct, **params))


def run_now(coroutine):
    """Run a coroutine that never waits (the store's queries are synchronous) to its end.

    Unlike ``asyncio.run`` this works where an event loop is already running (a
    notebook, a test driving a browser).
    """
    try:
        coroutine.send(None)
    except StopIteration as done:
        return done.value
    coroutine.close()
    raise RuntimeError("a store query function suspended; await it from an event loop instead")


# --------------------------------------------------------------------- summary

@dataclass
class GraphSummary:
    nodes: int
    edges: int
    components: int
    largest: int
    top: list[tuple[str, str, int]]  # (label, class label, degree)


def summarize(kb: KnowledgeGraph, top: int = 5) -> GraphSummary:
    """Connected components and the most connected entities (events left out of the ranking)."""
    vocab = vocabulary()
    undirected = kb.graph.to_undirected(as_view=True)
    parts = [len(c) for c in nx.connected_components(undirected)]
    entities = [n for n in kb.nodes if _local_name(kb.nodes[n].cls) not in _EVENT_KEYS
                or _local_name(kb.nodes[n].cls) == "MilitaryOperation"]
    ranked = sorted(entities, key=lambda n: (-kb.graph.degree(n), kb.label(n, vocab)))[:top]
    return GraphSummary(kb.graph.number_of_nodes(), kb.graph.number_of_edges(), len(parts),
                        max(parts, default=0),
                        [(kb.label(n, vocab), vocab.class_label(kb.nodes[n].cls), kb.graph.degree(n))
                         for n in ranked])


def store_summary(store, top: int = 5) -> GraphSummary:
    select, _ = store_source(store)
    return summarize(run_now(fetch_graph(select)), top)
