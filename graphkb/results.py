"""Query results as text: the formats `graphkb query` prints.

SELECT and ASK results use the W3C result formats that pyoxigraph writes (JSON,
XML, CSV, TSV) plus a plain table for people; CONSTRUCT and DESCRIBE results are
RDF and print as Turtle (or another RDF format).
"""
from __future__ import annotations

import io

import pyoxigraph as ox

from .namespaces import OUTPUT_PREFIXES, PREFIXES

RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


def render(result, fmt: str = "table") -> str:
    """Render a pyoxigraph query result in ``fmt`` ("table", "json", ..., or an RDF format)."""
    if isinstance(result, ox.QueryTriples):
        rdf = RDF_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
        return ox.serialize(result, format=rdf, prefixes=OUTPUT_PREFIXES).decode("utf-8")
    if fmt == "table":
        return _table(result)
    out = io.BytesIO()
    result.serialize(out, RESULT_FORMATS[fmt])
    return out.getvalue().decode("utf-8")


def term_text(term) -> str:
    """A term as a person reads it: IRIs shortened with known prefixes, literals bare."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _table(result) -> str:
    if isinstance(result, ox.QueryBoolean):
        return ("true" if bool(result) else "false") + "\n"
    names = [v.value for v in result.variables]
    rows = [[term_text(solution[name]) for name in names] for solution in result]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(out) + "\n"
