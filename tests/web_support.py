"""Shared pieces of the web tests: a small store in the model's shape and a live server."""
from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path

import pyoxigraph as ox
import uvicorn

GRAPH = "https://w3id.org/graphkb/graph/"
ID = "https://w3id.org/graphkb/id/"

DATA = """
@prefix gk: <https://w3id.org/graphkb/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dct: <http://purl.org/dc/terms/> .
<https://w3id.org/graphkb/graph/a1> {
  <https://w3id.org/graphkb/id/article/a1> a gk:Article ; dct:identifier "a1" ; dct:title "India buys S-400" .
  <https://w3id.org/graphkb/id/country/india> a gk:Country ; rdfs:label "India" .
  <https://w3id.org/graphkb/id/country/russia> a gk:Country ; rdfs:label "Russia" .
  <https://w3id.org/graphkb/id/system/s-400> a gk:AirDefenceSystem ; rdfs:label "S-400 Triumf" .
  <https://w3id.org/graphkb/id/deal/a1/1> a gk:Deal ; gk:buyer <https://w3id.org/graphkb/id/country/india> ;
      gk:seller <https://w3id.org/graphkb/id/country/russia> ;
      gk:item <https://w3id.org/graphkb/id/system/s-400> ; gk:quantity 5 .
}
<https://w3id.org/graphkb/graph/a2> {
  <https://w3id.org/graphkb/id/article/a2> a gk:Article ; dct:identifier "a2" ; dct:title "Egypt talks" .
  <https://w3id.org/graphkb/id/country/egypt> a gk:Country ; rdfs:label "Egypt" .
  <https://w3id.org/graphkb/id/system/rafale> a gk:FighterAircraft ; rdfs:label "Rafale" .
  <https://w3id.org/graphkb/id/deal/a2/1> a gk:Deal ; gk:buyer <https://w3id.org/graphkb/id/country/egypt> ;
      gk:item <https://w3id.org/graphkb/id/system/rafale> ; gk:quantity 30 .
}
"""

# Example queries in the shape of queries/*.rq (the first comment line is the title).
QUERIES = {
    "cq_deals.rq": "# Deals: who buys what\n# Every deal with its buyer and item.\n"
                   "SELECT ?deal ?buyer ?item ?quantity WHERE {\n"
                   "  ?deal a gk:Deal ; gk:buyer ?buyer ; gk:item ?item ; gk:quantity ?quantity .\n"
                   "} ORDER BY ?deal\n",
    "cq_countries.rq": "# Countries <named> & labelled\n"
                       "SELECT ?country ?label WHERE { ?country a gk:Country ; rdfs:label ?label } "
                       "ORDER BY ?label\n",
    "cq_deal_graph.rq": "# The deal graph\nCONSTRUCT { ?deal ?p ?o } WHERE { ?deal a gk:Deal ; ?p ?o }\n",
}


def make_store(path: Path, extra_triples: int = 0) -> Path:
    """A store on disk holding DATA (and ``extra_triples`` filler triples in graph a3)."""
    store = ox.Store(str(path))
    store.load(DATA.encode("utf-8"), format=ox.RdfFormat.TRIG)
    if extra_triples:
        g = ox.NamedNode(GRAPH + "filler")
        p = ox.NamedNode(ID + "p")
        store.extend(ox.Quad(ox.NamedNode(f"{ID}x/{i}"), p, ox.Literal(str(i)), g)
                     for i in range(extra_triples))
    store.flush()
    del store
    return path


def write_queries(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in QUERIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


class LiveServer:
    """A real uvicorn server on a free loopback port, in a thread of this process."""

    def __init__(self, app) -> None:
        self.app = app
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            threading.Event().wait(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(30)


@contextlib.contextmanager
def client_for(kind: str, app):
    """An HTTP client of ``app``: in process ("asgi") or through a real uvicorn server ("live"),
    so that the same tests run against both."""
    import httpx
    from starlette.testclient import TestClient

    if kind == "asgi":
        with TestClient(app, base_url="http://testserver") as client:
            yield client
    else:
        with LiveServer(app) as server, httpx.Client(base_url=server.url) as client:
            yield client
