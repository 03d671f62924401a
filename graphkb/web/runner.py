"""Running the app: on a port with uvicorn, or for one request in process (``--get``)."""
from __future__ import annotations

import socket
import sys
import threading
import webbrowser
from pathlib import Path

from ..errors import StoreError
from ..store import OxigraphStore


def ensure_store(path: Path, create: bool) -> None:
    """A served store must exist; with a write token an empty one is created.

    :raises StoreError: when there is no store and none may be created.
    """
    if path.is_dir():
        return
    if not create:
        raise StoreError(f"no store at {path}: build one with `graphkb ingest`, or start with "
                         "--write-token to serve an empty, writable store")
    OxigraphStore(path).flush()


def get_once(app, path: str) -> tuple[int, bytes]:
    """Answer one GET request in process, without opening a port (like datasette --get)."""
    import asyncio

    import httpx

    async def get() -> httpx.Response:
        async with app.router.lifespan_context(app):   # starts and stops the query workers
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
                return await client.get(path)

    response = asyncio.run(get())
    return response.status_code, response.content


def serve(app, host: str, port: int, open_browser: bool, announce) -> None:
    """Serve ``app`` with uvicorn; port 0 picks a free port. ``announce(url)`` is called first."""
    import uvicorn

    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)   # connections wait in the backlog until uvicorn accepts them
    url = f"http://{host if ':' not in host else f'[{host}]'}:{sock.getsockname()[1]}/"
    announce(url)
    sys.stdout.flush()   # before the query workers fork, or each would print it again
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=[url]).start()
    # no access log: a line per request would cost the one event loop that serves them all
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False))
    server.run(sockets=[sock])
