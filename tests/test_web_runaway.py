"""A runaway query is stopped at the timeout while other clients keep being answered."""
from __future__ import annotations

import threading

import httpx
import pytest

from graphkb.web.app import create_app
from web_support import LiveServer, make_store

RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
QUICK = "SELECT ?label WHERE { ?c a gk:Country ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture
def server(tmp_path):
    # 3,000 filler triples: the 4-way cartesian product has 8e13 rows.
    app = create_app(make_store(tmp_path / "store", extra_triples=3000), timeout=1.0, workers=2)
    with LiveServer(app) as live:
        yield live


def test_runaway_query_times_out_while_another_client_is_served(server):
    pool = server.app.state.service.pool
    runaway: dict = {}

    def run_runaway():
        with httpx.Client(base_url=server.url, timeout=60) as c:
            runaway["response"] = c.get("/sparql", params={"query": RUNAWAY})

    thread = threading.Thread(target=run_runaway)
    thread.start()
    while pool._free.qsize() == pool.size:   # wait until a worker has taken the runaway query
        threading.Event().wait(0.01)
    with httpx.Client(base_url=server.url, timeout=60) as other:
        answers = [other.get("/sparql", params={"query": QUICK}) for _ in range(3)]
        served_meanwhile = thread.is_alive()
    thread.join()
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert served_meanwhile, "the second client was only answered after the runaway query ended"
    response = runaway["response"]
    assert response.status_code == 503
    assert "ran longer than 1 s" in response.json()["error"]
    # the killed worker was replaced: the server still answers every client
    with httpx.Client(base_url=server.url, timeout=60) as c:
        assert c.get("/sparql", params={"query": QUICK}).status_code == 200
    assert pool._free.qsize() == pool.size


def test_runaway_property_path_times_out(server):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a (<http://x/p>|!<http://x/q>)* ?b . ?c ?d ?e }"
    with httpx.Client(base_url=server.url, timeout=60) as c:
        assert c.get("/sparql", params={"query": query}).status_code == 503
