"""The graph view inside `graphkb serve`: ``/graph`` (HTML), ``/graph.json`` (its data),
``/graph/neighbours?node=IRI`` (what a double-click adds) and vis-network's script.

Contract with graphkb/web/app.py: ``routes()`` returns Starlette routes; handlers
run queries only through ``await request.app.state.sparql_select(query) -> dict``
(SPARQL 1.1 Results JSON, parsed) and ``await request.app.state.sparql_construct(query)
-> str`` (N-Triples), which the app bounds in time. Everything else is
graphkb.graphview (what to draw) and graphkb.graphpage (the page); errors go to the
app's handlers.

``/graph`` takes the parameters of ``graphkb viz``: ``focus``, ``hops``, ``type``
(repeatable or comma-separated), ``query`` (a CONSTRUCT or DESCRIBE) and ``limit``.
"""
from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .. import graphpage, graphview
from .http import HttpError

SCRIPT_PATH = "/graph/vis-network.min.js"
HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def routes() -> list:
    return [
        Route("/graph", graph_page, methods=["GET"], name="graph"),
        Route("/graph.json", graph_json, methods=["GET"], name="graph_json"),
        Route("/graph/neighbours", neighbours, methods=["GET"], name="graph_neighbours"),
        Route(SCRIPT_PATH, vis_script, methods=["GET"], name="graph_script"),
    ]


def _source(request: Request) -> tuple[graphview.Select, graphview.Construct]:
    state = request.app.state

    async def select(query: str) -> list:
        return (await state.sparql_select(query)).get("results", {}).get("bindings", [])

    return select, state.sparql_construct


def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise HttpError(400, f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise HttpError(400, f"{name} must be between {low} and {high}")
    return value


async def _view(request: Request) -> graphview.View:
    params = request.query_params
    select, construct = _source(request)
    try:
        return await graphview.build_view(
            select, construct, focus=params.get("focus") or None,
            hops=_int(request, "hops", graphview.DEFAULT_HOPS, 0, 10),
            types=params.getlist("type"), query=params.get("query") or None,
            limit=_int(request, "limit", graphview.DEFAULT_LIMIT, 1, 20000))
    except graphview.EntityNotFound as e:
        raise HttpError(404, str(e)) from None


async def graph_page(request: Request) -> Response:
    view = await _view(request)
    links = graphpage.Links(neighbours=request.url_for("graph_neighbours").path,
                            graph=request.url_for("graph").path,
                            data=request.url_for("graph_json").path, editor="/",
                            script=request.url_for("graph_script").path)
    html = await run_in_threadpool(graphpage.render_html, view, links)
    return HTMLResponse(html, headers=HEADERS)


async def graph_json(request: Request) -> Response:
    view = await _view(request)
    return JSONResponse(await run_in_threadpool(graphpage.payload, view), headers=HEADERS)


async def neighbours(request: Request) -> Response:
    node = request.query_params.get("node")
    if not node:
        raise HttpError(400, "give the node's IRI: /graph/neighbours?node=IRI")
    try:
        data = await graphpage.expand(_source(request)[0], node)
    except graphview.EntityNotFound as e:
        raise HttpError(404, str(e)) from None
    return JSONResponse(data, headers=HEADERS)


async def vis_script(request: Request) -> Response:
    return Response(graphpage.vis_network_js(), media_type="text/javascript; charset=utf-8",
                    headers={**HEADERS, "Cache-Control": "public, max-age=86400"})
