"""The SPARQL 1.1 Protocol at /sparql (https://www.w3.org/TR/sparql11-protocol/).

Queries come by GET, URL-encoded POST or direct POST (``application/sparql-query``);
updates by URL-encoded POST or direct POST (``application/sparql-update``), never by
GET. Results are negotiated on ``Accept`` with q-values. A GET without a query
answers the service description. Relative IRIs resolve against the endpoint URL.
"""
from __future__ import annotations

from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response

from ..namespaces import PREFIXES
from .http import HttpError, media_type, negotiate, read_body, require_writer, utf8, with_charset

FORM = "application/x-www-form-urlencoded"
RESULT_OFFERS = ["application/sparql-results+json", "application/sparql-results+xml",
                 "text/csv", "text/tab-separated-values", "application/json", "application/xml"]
RESULT_ALIASES = {"application/json": "application/sparql-results+json",
                  "application/xml": "application/sparql-results+xml"}
GRAPH_OFFERS = ["text/turtle", "application/n-triples", "application/ld+json",
                "application/rdf+xml", "application/trig", "application/n-quads"]
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"


def parse_params(raw: bytes | str, what: str) -> dict[str, list[str]]:
    """URL-encoded parameters, each name with all its values; 400 if not UTF-8."""
    text = raw.decode("latin-1") if isinstance(raw, bytes) else raw
    try:
        pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise HttpError(400, f"{what} is not UTF-8") from None
    params: dict[str, list[str]] = {}
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params


def endpoint_url(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


async def sparql(request: Request) -> Response:
    """GET or POST /sparql: a query, an update, or (GET alone) the service description."""
    settings = request.app.state.settings
    url_params = parse_params(request.scope.get("query_string", b""), "the query string")
    if request.method in ("GET", "HEAD"):
        if "update" in url_params:
            raise HttpError(400, "updates must be sent by POST, never by GET")
        if "query" not in url_params:
            return await service_description(request)
        return await _query(request, _one(url_params, "query"), url_params)
    kind, _ = media_type(request)
    body = await read_body(request, settings["max_body"])
    if kind == FORM:
        params = parse_params(body, "the request body")
        for name, values in url_params.items():
            params.setdefault(name, []).extend(values)
    elif kind == "application/sparql-query":
        params = {**url_params, "query": [utf8(body)] + url_params.get("query", [])}
    elif kind == "application/sparql-update":
        params = {**url_params, "update": [utf8(body)] + url_params.get("update", [])}
    elif not kind:
        raise HttpError(400, "a POST needs a Content-Type: application/sparql-query, "
                             "application/sparql-update or application/x-www-form-urlencoded")
    else:
        raise HttpError(415, f"unsupported Content-Type {kind}: use application/sparql-query, "
                             "application/sparql-update or application/x-www-form-urlencoded")
    if "query" in params and "update" in params:
        raise HttpError(400, "a request carries either a query or an update, not both")
    if "update" in params:
        return await _update(request, _one(params, "update"), params)
    if "query" in params:
        return await _query(request, _one(params, "query"), params)
    raise HttpError(400, "the request has neither a query nor an update parameter")


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params[name]
    if len(values) != 1:
        raise HttpError(400, f"the request has {len(values)} '{name}' parameters; exactly one is allowed")
    return values[0]


async def _query(request: Request, text: str, params: dict[str, list[str]]) -> Response:
    accept = request.headers.get("accept")
    results = negotiate(accept, RESULT_OFFERS)
    graph = negotiate(accept, GRAPH_OFFERS)
    if results is None and graph is None:
        raise HttpError(406, f"no acceptable format for query results in Accept: {accept}")
    dataset = "default-graph-uri" in params or "named-graph-uri" in params
    reply = await request.app.state.service.query(
        text, base_iri=endpoint_url(request),
        default_graph=params.get("default-graph-uri", []) if dataset else None,
        named_graphs=params.get("named-graph-uri", []) if dataset else None,
        results_format=RESULT_ALIASES.get(results, results), rdf_format=graph)
    if reply.header.get("error") == "not_acceptable":
        raise HttpError(406, f"no acceptable format for this result in Accept: {accept}")
    chosen = results if reply.header["kind"] != "graph" else graph
    return Response(reply.body, media_type=with_charset(chosen), headers={"Vary": "Accept"})


async def _update(request: Request, text: str, params: dict[str, list[str]]) -> Response:
    require_writer(request, request.app.state.settings["write_token"])
    await request.app.state.service.update(
        text, base_iri=endpoint_url(request),
        using=params.get("using-graph-uri"), using_named=params.get("using-named-graph-uri"))
    return Response(status_code=204)


async def service_description(request: Request) -> Response:
    """The SPARQL 1.1 Service Description of this endpoint, in a negotiated RDF format."""
    accept = request.headers.get("accept")
    chosen = negotiate(accept, GRAPH_OFFERS[:4])
    if chosen is None:
        raise HttpError(406, f"no acceptable format for the service description in Accept: {accept}")
    facts = await request.app.state.service.facts()
    writable = request.app.state.settings["write_token"] is not None
    languages = f"<{SD}SPARQL11Query>" + (f", <{SD}SPARQL11Update>" if writable else "")
    formats = ", ".join(f"<{FORMATS}{f}>" for f in (
        "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
        "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"))
    named = "".join(f" ; <{SD}namedGraph> [ a <{SD}NamedGraph> ; <{SD}name> <{_iri(g)}> ]"
                    for g in sorted(facts.graphs))
    turtle = (f"[] a <{SD}Service> ; <{SD}endpoint> <{_iri(endpoint_url(request))}> ;\n"
              f"  <{SD}supportedLanguage> {languages} ;\n  <{SD}resultFormat> {formats} ;\n"
              f"  <{SD}feature> <{SD}UnionDefaultGraph> ;\n"
              f"  <{SD}defaultDataset> [ a <{SD}Dataset> ; <{SD}defaultGraph> [ a <{SD}Graph> ]{named} ] .\n")
    triples = ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    fmt = ox.RdfFormat.from_media_type(chosen)
    body = ox.serialize(triples, format=fmt, prefixes={"sd": SD, **PREFIXES})
    return Response(body, media_type=with_charset(chosen), headers={"Vary": "Accept"})


def _iri(text: str) -> str:
    """An IRI safe to write between < > in Turtle."""
    return "".join(c if c not in '<>"{}|^`\\ ' else "%{:02X}".format(ord(c)) for c in text)
