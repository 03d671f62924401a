"""The `graphkb serve` application: built by ``create_app(**plain settings)``.

Routes: ``/`` the query editor, ``/sparql`` the SPARQL 1.1 Protocol, ``/store`` the
Graph Store Protocol, ``/export.{ext}`` the whole graph as a file, ``/graph`` the
graph view (graphkb.web.graph), ``/static`` the page assets. Every error is an
``HttpError`` (or a graphkb error mapped to one) rendered by ``error_response``.

>>> app = create_app(store_path="graphkb-store")
>>> sorted(app.state.settings)[:3]
['cors', 'max_body', 'timeout']
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import GraphkbError
from . import graph
from .editor import editor, load_examples
from .gsp import store
from .http import HttpError, error_response, from_graphkb, with_charset
from .service import Service
from .sparql import sparql

REPO = Path(__file__).resolve().parents[2]
YASGUI = Path("node_modules") / "@zazuko" / "yasgui" / "build"


def _beside_checkout_or_here(relative: Path) -> Path:
    """A folder of the checkout (editable install) or, when graphkb is installed as a
    package, of the working directory (where `npm ci` ran)."""
    for base in (REPO, Path.cwd()):
        if (base / relative).is_dir():
            return base / relative
    return REPO / relative
EXPORTS = {"ttl": "text/turtle", "nt": "application/n-triples", "nq": "application/n-quads",
           "trig": "application/trig", "jsonld": "application/ld+json", "rdf": "application/rdf+xml"}


def create_app(store_path: str | Path, *, timeout: float = 5.0, write_token: str | None = None,
               cors: bool = False, workers: int | None = None, max_body: int = 10 * 2 ** 20,
               cache_bytes: int = 64 * 2 ** 20,
               queries_dir: str | Path | None = None, assets_dir: str | Path | None = None) -> Starlette:
    """Build the app from plain settings (the CLI and the tests both call this).

    :param store_path: folder of the store; it is only read unless ``write_token`` is set.
    :param timeout: seconds a query or update may run before it is stopped.
    :param write_token: bearer token that allows updates and Graph Store writes.
    :param cors: allow cross-origin requests from any origin.
    :param workers: number of query worker processes (default: twice the CPUs, at least 4).
    :param max_body: largest request body accepted, in bytes.
    :param cache_bytes: bound on the query answers kept until the store changes (0: none).
    :param queries_dir: folder of example ``*.rq`` queries (default: the repo's ``queries/``).
    :param assets_dir: folder of YASGUI's build files (default: ``node_modules/@zazuko/yasgui/build``).
    """
    store_path = Path(store_path)
    service = Service(str(store_path), timeout, workers or default_workers(), cache_bytes)
    assets = Path(assets_dir) if assets_dir else _beside_checkout_or_here(YASGUI)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await service.pool.start()
        try:
            yield
        finally:
            await service.pool.close()

    routes = [
        Route("/", editor, methods=["GET"], name="editor"),
        Route("/sparql", sparql, methods=["GET", "POST"], name="sparql"),
        Route("/store", store, methods=["GET", "HEAD", "PUT", "POST", "DELETE"], name="store"),
        Route("/export.{ext}", export, methods=["GET"], name="export"),
        *graph.routes(),
        *([Mount("/static/yasgui", StaticFiles(directory=assets), name="yasgui")]
          if assets.is_dir() else []),
        Mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static"),
    ]
    middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["*"],
                             allow_headers=["*"], expose_headers=["Location"])] if cors else []
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan, exception_handlers={
        HttpError: _http_error, GraphkbError: _graphkb_error, HTTPException: _starlette_error})
    app.state.settings = {"timeout": timeout, "write_token": write_token, "cors": cors,
                          "max_body": max_body}
    app.state.service = service
    app.state.store_path = store_path
    app.state.timeout = timeout
    app.state.examples = load_examples(Path(queries_dir) if queries_dir
                                       else _beside_checkout_or_here(Path("queries")))
    app.state.assets_ok = (assets / "yasgui.min.js").is_file()
    app.state.sparql_select = service.select
    app.state.sparql_construct = service.construct
    return app


def default_workers() -> int:
    """Twice the CPUs: a worker waits on the pipe and the disk part of each request."""
    return max(4, 2 * (os.cpu_count() or 2))


async def export(request: Request) -> Response:
    """The whole graph as one file: the union of all graphs, or every graph in TriG/N-Quads."""
    ext = request.path_params["ext"]
    if ext not in EXPORTS:
        raise HttpError(404, f"no export format .{ext}; use one of " + ", ".join(sorted(EXPORTS)))
    body = await request.app.state.service.dump(EXPORTS[ext], dataset=True)
    name = (request.app.state.store_path.name or "graphkb") + "." + ext
    return Response(body, media_type=with_charset(EXPORTS[ext]),
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


async def _http_error(request: Request, error: HttpError) -> Response:
    return error_response(error.status, error.reason, error.headers)


async def _graphkb_error(request: Request, error: GraphkbError) -> Response:
    return await _http_error(request, from_graphkb(error))


async def _starlette_error(request: Request, error: HTTPException) -> Response:
    """Starlette's own 404/405 in the same JSON shape."""
    reason = error.detail or "error"
    if error.status_code == 405:
        reason = f"method {request.method} is not allowed on {request.url.path}"
    return error_response(error.status_code, reason, getattr(error, "headers", None))

