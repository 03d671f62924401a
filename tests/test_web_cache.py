"""Answers kept until the store changes: hits skip the workers, writes and volatile queries do not."""
from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from graphkb.web.app import create_app
from graphkb.web.cache import AnswerCache, is_volatile
from web_support import make_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TOKEN = "t0ken"
DEALS = ("PREFIX gk: <https://w3id.org/graphkb/ontology#> "
         "SELECT ?deal ?q WHERE { ?deal a gk:Deal ; gk:quantity ?q } ORDER BY ?deal")
GRAPH = "http://example.org/cache-test"


def counting(app) -> list:
    """Record every request the service sends to its query workers."""
    pool, sent = app.state.service.pool, []
    run = pool.run

    async def counted(header, body=b"", timeout=None):
        sent.append(header.get("op"))
        return await run(header, body, timeout)

    pool.run = counted
    return sent


@pytest.fixture
def app(tmp_path):
    return create_app(make_store(tmp_path / "store"), timeout=5, write_token=TOKEN)


def test_a_repeated_query_is_answered_without_a_worker(app):
    with TestClient(app) as client:
        first = client.get("/sparql", params={"query": DEALS})
        sent = counting(app)
        second = client.get("/sparql", params={"query": DEALS})
        assert second.status_code == 200 and second.content == first.content
        assert sent == []
        as_csv = client.get("/sparql", params={"query": DEALS}, headers={"Accept": "text/csv"})
        assert as_csv.headers["content-type"].startswith("text/csv")
        assert as_csv.text.startswith("deal,q")
        assert sent == ["query"]   # another format is another answer


def test_a_write_drops_the_kept_answers(app):
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}> {{ ?s ?p ?o }} }}"

    def count(client) -> str:
        return client.get("/sparql", params={"query": query}).json()["results"]["bindings"][0]["n"]["value"]

    with TestClient(app) as client:
        assert count(client) == "0"
        response = client.put("/store", params={"graph": GRAPH}, content=b"<http://ex/s> <http://ex/p> 1 .",
                              headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 201
        assert count(client) == "1"


def test_answers_that_change_from_run_to_run_are_not_kept(app):
    query = "SELECT (STRUUID() AS ?id) WHERE {}"
    with TestClient(app) as client:
        answers = {client.get("/sparql", params={"query": query}).json()["results"]["bindings"][0]["id"]["value"]
                   for _ in range(3)}
    assert len(answers) == 3


def test_cache_size_zero_keeps_nothing(tmp_path):
    app = create_app(make_store(tmp_path / "store"), timeout=5, cache_bytes=0)
    with TestClient(app) as client:
        client.get("/sparql", params={"query": DEALS})
        sent = counting(app)
        client.get("/sparql", params={"query": DEALS})
    assert sent == ["query"]


def test_the_cache_drops_the_least_recently_used_answers_first():
    cache = AnswerCache(max_bytes=800)
    for name in "abc":
        cache.put(name, name.upper(), size=100)
    assert cache.get("a") == "A"          # now b is the least recently used
    for name in "defghi":
        cache.put(name, name.upper(), size=100)
    assert cache.bytes <= 800
    assert cache.get("b") is None and cache.get("a") == "A" and cache.get("i") == "I"
    cache.put("huge", "X", size=101)      # over an eighth of the bound: never kept
    assert cache.get("huge") is None


@pytest.mark.parametrize("query, volatile", [
    ("SELECT (NOW() AS ?t) {}", True),
    ("select (struuid() as ?id) {}", True),
    ("SELECT ?s { ?s ?p ?o } ORDER BY rand()", True),
    ("SELECT ?brand { ?s ex:brand ?brand ; foaf:knows ?o }", False),   # the names only inside words
    ("SELECT ?s { ?s ?p ?o }", False),
])
def test_volatile_queries_are_told_by_whole_words(query, volatile):
    assert is_volatile(query) is volatile
