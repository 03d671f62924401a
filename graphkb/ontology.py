"""The ontology and the SHACL shapes: where they are, what they name, and validation.

The files live in ``ontology/`` at the top of the repository, where people read and
edit them. A wheel installs the same folder as ``graphkb/data/`` (see
``[tool.setuptools.package-dir]`` in pyproject.toml), so an installed graphkb finds
them without a checkout.

>>> property_labels()["https://w3id.org/graphkb/ontology#buyer"]
'buyer'
>>> class_labels()["https://w3id.org/graphkb/ontology#CruiseMissile"]
'cruise missile'
"""
from __future__ import annotations

import functools
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from .errors import GraphkbError
from .namespaces import GK, PREFIXES

ONTOLOGY_FILE = "graphkb.ttl"
SHAPES_FILE = "shapes.ttl"
SHAPES = "https://w3id.org/graphkb/shapes#"

_PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)


class OntologyError(GraphkbError):
    """The ontology or the shapes file is missing or does not parse."""


def ontology_dir() -> Path:
    """The folder holding graphkb.ttl and shapes.ttl.

    A checkout's ``ontology/`` wins, so edits show at once; otherwise the copy
    that ``pip install .`` put in ``graphkb/data/``.
    """
    here = Path(__file__).resolve().parent
    for folder in (here.parent / "ontology", here / "data"):
        if (folder / ONTOLOGY_FILE).is_file():
            return folder
    raise OntologyError(f"cannot find {ONTOLOGY_FILE} in {here.parent / 'ontology'} or {here / 'data'}")


def _parse(name: str) -> rdflib.Graph:
    path = ontology_dir() / name
    try:
        return rdflib.Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as e:  # rdflib's BadSyntax is a SyntaxError
        raise OntologyError(f"{path}: {e}") from e


def load_ontology() -> rdflib.Graph:
    """A fresh graph of ontology/graphkb.ttl (callers may add to it)."""
    return _parse(ONTOLOGY_FILE)


def load_shapes() -> rdflib.Graph:
    """A fresh graph of ontology/shapes.ttl."""
    return _parse(SHAPES_FILE)


@functools.lru_cache(maxsize=1)
def _labels() -> tuple[dict[str, str], dict[str, str]]:
    graph = load_ontology()
    properties, classes = {}, {}
    for term, label in graph.subject_objects(RDFS.label):
        if not isinstance(term, rdflib.URIRef):
            continue
        kinds = set(graph.objects(term, RDF.type))
        if kinds & set(_PROPERTY_TYPES):
            properties[str(term)] = str(label)
        elif OWL.Class in kinds:
            classes[str(term)] = str(label)
    return properties, classes


def property_labels() -> dict[str, str]:
    """IRI -> English label of every property the ontology defines or reuses."""
    return dict(_labels()[0])


def class_labels() -> dict[str, str]:
    """IRI -> English label of every class the ontology defines or reuses."""
    return dict(_labels()[1])


def validate_graph(data: rdflib.Graph) -> tuple[bool, str]:
    """Check ``data`` against the shapes; return (conforms, one line per problem).

    The whole ontology is merged into a copy of the data, so that sh:class follows
    rdfs:subClassOf and the modality scheme is there to check against (pyshacl's
    ``ont_graph`` copies only RDFS/OWL axioms, not the SKOS scheme). RDFS inference
    stays off on purpose: it would type a node from a property's range and so
    hide a person who "represents" an organisation.
    """
    import pyshacl  # slow to import; only `validate` needs it

    mixed = load_ontology()
    mixed += data
    conforms, results, _text = pyshacl.validate(
        mixed, shacl_graph=load_shapes(), inference="none", allow_warnings=True)
    lines = sorted(_result_lines(results))
    if not lines:
        return conforms, f"Conforms: {len(data)} triples, no violations."
    head = "Conforms, with warnings" if conforms else "Does not conform"
    return conforms, "\n".join([f"{head}: {len(lines)} result(s) in {len(data)} triples."] + lines)


def validate_store(store) -> tuple[bool, str]:
    """Validate the union of every graph in ``store`` (a graphkb OxigraphStore)."""
    triples = store.raw.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                              use_default_graph_as_union=True)
    data = rdflib.Graph().parse(data=triples.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt")
    return validate_graph(data)


def _result_lines(results: rdflib.Graph):
    """One line per validation result: severity, focus node, path, message (value)."""
    for result in results.objects(None, SH.result):  # top level only, not sh:detail
        severity = results.value(result, SH.resultSeverity)
        focus = _short(results.value(result, SH.focusNode), results)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage) or "violates " + _short(
            results.value(result, SH.sourceConstraintComponent), results)
        value = results.value(result, SH.value)
        parts = [_short(severity, results).replace("sh:", ""), focus,
                 _short(path, results) if path is not None else "-", str(message)]
        if value is not None and str(value) not in str(message):
            parts.append(f"(value: {_short(value, results)})")
        yield "  ".join(parts)


_NAMES = sorted([*PREFIXES.items(), ("sh", str(SH)), ("gks", SHAPES)], key=lambda p: -len(p[1]))


def _short(term, graph: rdflib.Graph) -> str:
    """A term as a reader wants it: prefixed name, quoted literal, or a path."""
    if isinstance(term, rdflib.Literal):
        quoted = rdflib.Literal(str(term)).n3()
        if term.language:
            return f"{quoted}@{term.language}"
        return f"{quoted}^^{_short(term.datatype, graph)}" if term.datatype else quoted
    if isinstance(term, rdflib.BNode):
        return _path(term, graph)
    text = str(term)
    for prefix, iri in _NAMES:
        if text.startswith(iri):
            return f"{prefix}:{text[len(iri):]}"
    return f"<{text}>"


def _path(node: rdflib.BNode, graph: rdflib.Graph) -> str:
    """A complex SHACL path (sequence or inverse) in SPARQL path syntax, else _:b."""
    inverse = graph.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + _short(inverse, graph)
    items = list(Collection(graph, node)) if graph.value(node, RDF.first) else []
    return "/".join(_short(i, graph) for i in items) if items else "_:" + str(node)[:8]


def reference_markdown() -> str:
    """docs/ontology.md: the ontology's classes and properties as Markdown tables.

    Generated so that the page cannot drift from the Turtle:
    ``python -m graphkb.ontology > docs/ontology.md`` (a test compares them).
    """
    g = load_ontology()
    header = g.value(rdflib.URIRef(GK.rstrip("#")), DCTERMS.description)
    lines = ["## The ontology", "",
             f"Namespace `gk:` = `{GK}` (`ontology/graphkb.ttl`); SHACL shapes in "
             "`ontology/shapes.ttl`, checked by `graphkb validate`. "
             "Generated by `python -m graphkb.ontology`; do not edit by hand.", "",
             " ".join(str(header).split()), "", "### Classes", "",
             "| class | label | subclass of | meaning |", "|---|---|---|---|"]
    for cls, depth in _class_tree(g):
        parents = ", ".join(sorted(_md(p, g) for p in g.objects(cls, RDFS.subClassOf)))
        lines.append(f"| {'&nbsp;&nbsp;' * depth}{_md(cls, g)} | {g.value(cls, RDFS.label)} | "
                     f"{parents} | {g.value(cls, RDFS.comment)} |")
    lines += ["", "### Properties", "", "| property | label | kind | domain | range | meaning |",
              "|---|---|---|---|---|---|"]
    for prop in sorted(_own(g, _PROPERTY_TYPES), key=lambda t: str(t).lower()):
        kind = "object" if (prop, RDF.type, OWL.ObjectProperty) in g else "datatype"
        lines.append(f"| {_md(prop, g)} | {g.value(prop, RDFS.label)} | {kind} | "
                     f"{_md(g.value(prop, RDFS.domain), g)} | {_md(g.value(prop, RDFS.range), g)} | "
                     f"{g.value(prop, RDFS.comment)} |")
    lines += ["", "### Claim modalities (`gk:ModalityScheme`)", "", "| concept | meaning |", "|---|---|"]
    for concept in sorted(g.subjects(SKOS.inScheme, rdflib.URIRef(GK + "ModalityScheme")), key=str):
        lines.append(f"| {_md(concept, g)} | {g.value(concept, SKOS.definition)} |")
    lines += ["", "### Reused terms", "", "| term | how graphkb uses it |", "|---|---|"]
    for term in sorted(g.subjects(SKOS.scopeNote, None), key=lambda t: _md(t, g)):
        lines.append(f"| {_md(term, g)} | {g.value(term, SKOS.scopeNote)} |")
    return "\n".join(lines + ["", VALIDATION_NOTES]) + "\n"


VALIDATION_NOTES = """### What `graphkb validate` checks

`graphkb validate` runs pySHACL with `ontology/shapes.ttl` over the union of all article
graphs, with the ontology merged in (so `sh:class gk:WeaponSystem` accepts a
`gk:CruiseMissile`) and no RDFS inference (which would type a value from a property's range
and hide the errors). It prints one line per result (severity, focus node, path, message)
and exits with 1 when a violation is found. In short:

- every instance of a `gk:Entity` subclass has exactly one `rdfs:label` (an `xsd:string`,
  identical in every article that mentions it); `owl:sameAs` points only at `wd:Q…`;
- object properties point at instances of their range (`gk:represents` at a `gk:Country`,
  a deal's `gk:buyer` at a `gk:Country`, `gk:Organization` or `gk:Person`, …);
- deal figures are typed: `gk:quantity`, `gk:deliveredCount`, `gk:pendingCount` are
  non-negative `xsd:integer`s, `gk:amount` a non-negative `xsd:decimal` with a `gk:currency`
  of three capital letters; dates are `xsd:date`, `xsd:gYearMonth`, `xsd:gYear` or `xsd:gMonthDay`;
- every `gk:Claim` has one `rdf:subject`, `rdf:predicate` (a defined property), `rdf:object`,
  one `gk:modality` from `gk:ModalityScheme`, `prov:wasDerivedFrom` one `gk:Article`, and at
  least one `gk:evidence`; the fact it describes is itself in the graph;
- every evidence span has one `oa:hasSource`, a `oa:TextQuoteSelector` with `oa:exact` and a
  `oa:TextPositionSelector` with integer `oa:start` < `oa:end`;
- every article has one `dct:identifier` and one `dct:title`;
- every `gk:` property or class used in the data is defined in the ontology."""


def _own(g: rdflib.Graph, kinds) -> set:
    """Terms of the gk: namespace declared with one of ``kinds``."""
    return {t for k in kinds for t in g.subjects(RDF.type, k) if str(t).startswith(GK)}


def _class_tree(g: rdflib.Graph):
    """gk: classes depth first from gk:Entity and the other roots, alphabetical among siblings."""
    own = _own(g, [OWL.Class])

    def children(parent):
        return sorted((c for c in own if (c, RDFS.subClassOf, parent) in g), key=str)

    def walk(cls, depth):
        yield cls, depth
        for child in children(cls):
            yield from walk(child, depth + 1)

    roots = sorted((c for c in own if not any(p in own for p in g.objects(c, RDFS.subClassOf))),
                   key=lambda c: (c != rdflib.URIRef(GK + "Entity"), str(c)))
    for root in roots:
        yield from walk(root, 0)


def _md(term, g: rdflib.Graph) -> str:
    """A term for a Markdown cell: `gk:Deal`, or `gk:Country` or `gk:Organization` for a union."""
    if isinstance(term, rdflib.BNode):
        members = g.value(term, OWL.unionOf)
        if members is not None:
            return " or ".join(_md(m, g) for m in Collection(g, members))
    return f"`{_short(term, g)}`"


if __name__ == "__main__":  # python -m graphkb.ontology > docs/ontology.md
    print(reference_markdown(), end="")
