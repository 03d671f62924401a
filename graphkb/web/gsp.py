"""The SPARQL 1.1 Graph Store HTTP Protocol at /store (https://www.w3.org/TR/sparql11-http-rdf-update/).

``/store?graph=IRI`` names a graph (a relative IRI resolves against the request URL),
``/store?default`` the default graph. GET and HEAD read, PUT replaces, POST merges,
DELETE removes; a new graph answers 201, a replaced or merged one 204, a missing one
404. ``GET /store`` alone returns the whole dataset (TriG or N-Quads, or the union of
all graphs in a triple format); ``POST /store`` alone creates a graph with a new IRI.
"""
from __future__ import annotations

import uuid
from urllib.parse import urljoin

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import Response

from ..namespaces import GRAPH
from .http import HttpError, media_type, negotiate, read_body, require_writer, with_charset
from .sparql import parse_params

TRIPLE_OFFERS = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
DATASET_OFFERS = ["application/trig", "application/n-quads", *TRIPLE_OFFERS]


def _target(request: Request) -> tuple[bool, str | None]:
    """(names a graph?, its IRI or None for the default graph)."""
    params = parse_params(request.scope.get("query_string", b""), "the query string")
    if "graph" in params and "default" in params:
        raise HttpError(400, "use either ?graph=IRI or ?default, not both")
    if "default" in params:
        return True, None
    if "graph" in params:
        if len(params["graph"]) != 1 or not params["graph"][0]:
            raise HttpError(400, "give exactly one non-empty ?graph=IRI")
        iri = urljoin(str(request.url.replace(query="", fragment="")), params["graph"][0])
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise HttpError(400, f"?graph={params['graph'][0]} is not a valid IRI") from None
        return True, iri
    return False, None


async def store(request: Request) -> Response:
    named, graph = _target(request)
    if request.method in ("GET", "HEAD"):
        return await _get(request, named, graph)
    require_writer(request, request.app.state.settings["write_token"])
    service = request.app.state.service
    if request.method == "DELETE":
        if not named:
            raise HttpError(400, "DELETE needs ?graph=IRI or ?default")
        if not await service.delete(graph):
            raise HttpError(404, f"no graph <{graph}> in the store")
        return Response(status_code=204)
    if not named:
        if request.method == "PUT":
            raise HttpError(400, "PUT needs ?graph=IRI or ?default")
        graph = f"{GRAPH}upload-{uuid.uuid4()}"   # POST to the store creates a graph
    fmt = _body_format(request)
    data = await read_body(request, request.app.state.settings["max_body"])
    created = await service.put(graph, data, fmt, base_iri=graph or str(request.url),
                                merge=request.method == "POST")
    if not named:
        return Response(status_code=201, headers={"Location": graph})
    return Response(status_code=201 if created else 204)


def _body_format(request: Request) -> str:
    kind, _ = media_type(request)
    if not kind:
        raise HttpError(400, "the RDF data needs a Content-Type such as text/turtle")
    fmt = ox.RdfFormat.from_media_type(kind)
    if fmt is None:
        raise HttpError(415, f"unsupported Content-Type {kind}: send Turtle, N-Triples, "
                             "RDF/XML, JSON-LD, TriG or N-Quads")
    return fmt.media_type


async def _get(request: Request, named: bool, graph: str | None) -> Response:
    accept = request.headers.get("accept")
    chosen = negotiate(accept, TRIPLE_OFFERS if named else DATASET_OFFERS)
    if chosen is None:
        raise HttpError(406, f"no acceptable RDF format in Accept: {accept}")
    body = await request.app.state.service.dump(chosen, graph=graph, dataset=not named)
    if body is None:
        raise HttpError(404, f"no graph <{graph}> in the store")
    headers = {"Vary": "Accept"}
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(b"", media_type=with_charset(chosen), headers=headers)
    return Response(body, media_type=with_charset(chosen), headers=headers)
