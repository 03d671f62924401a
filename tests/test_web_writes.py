"""Writes: SPARQL updates and the Graph Store Protocol at /store, in process and on a real server."""
from __future__ import annotations

import uuid

import pytest
import rdflib
from starlette.testclient import TestClient

from graphkb.web.app import create_app
from web_support import GRAPH, client_for, make_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TURTLE = {**AUTH, "Content-Type": "text/turtle"}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return create_app(make_store(tmp_path_factory.mktemp("writes") / "store"), timeout=5,
                      write_token=TOKEN)


@pytest.fixture(scope="module", params=["asgi", "live"])
def client(request, app):
    with client_for(request.param, app) as c:
        yield c


@pytest.fixture
def graph():
    """A fresh graph IRI for each test, so tests sharing the store stay independent."""
    return f"http://example.org/test/{uuid.uuid4()}"


def count(client, graph: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    response = client.get("/sparql", params={"query": query})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


# ------------------------------------------------------------ authorisation

@pytest.mark.parametrize("headers, status", [({}, 401), ({"Authorization": "Bearer wrong"}, 403),
                                             ({"Authorization": "Basic czNjcmV0"}, 401)])
def test_update_needs_the_token(client, graph, headers, status):
    update = f"INSERT DATA {{ GRAPH <{graph}> {{ <http://ex/s> <http://ex/p> 1 }} }}"
    response = client.post("/sparql", data={"update": update}, headers=headers)
    assert response.status_code == status
    if status == 401:
        assert response.headers["www-authenticate"].startswith("Bearer")
    assert count(client, graph) == 0


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_graph_store_writes_need_the_token(client, graph, method):
    response = client.request(method, "/store", params={"graph": graph}, content=b"<a:s> <a:p> 1 .",
                              headers={"Content-Type": "text/turtle"})
    assert response.status_code == 401
    wrong = client.request(method, "/store", params={"graph": graph}, content=b"<a:s> <a:p> 1 .",
                           headers={"Content-Type": "text/turtle", "Authorization": "Bearer no"})
    assert wrong.status_code == 403


def test_a_server_without_token_is_read_only(tmp_path):
    app = create_app(make_store(tmp_path / "store"))
    with TestClient(app) as c:
        response = c.post("/sparql", data={"update": "CLEAR ALL"}, headers=AUTH)
        assert response.status_code == 403
        assert "read-only" in response.json()["error"]
        assert c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


# ------------------------------------------------------------ SPARQL updates

def test_update_is_seen_by_later_queries(client, graph):
    update = f"INSERT DATA {{ GRAPH <{graph}> {{ <http://ex/s> <http://ex/p> 1, 2 }} }}"
    for kind, body in [("application/sparql-update", update.encode()), (None, None)]:
        if kind:
            response = client.post("/sparql", content=body, headers={**AUTH, "Content-Type": kind})
        else:
            response = client.post("/sparql", data={"update": f"DELETE DATA {{ GRAPH <{graph}> "
                                                              "{ <http://ex/s> <http://ex/p> 2 } }"},
                                   headers=AUTH)
        assert response.status_code == 204, response.text
    assert count(client, graph) == 1


def test_update_is_atomic(client, graph):
    update = (f"INSERT DATA {{ GRAPH <{graph}> {{ <http://ex/s> <http://ex/p> 1 }} }} ;\n"
              f"CREATE GRAPH <{GRAPH}a1>")   # fails: the graph exists
    response = client.post("/sparql", data={"update": update}, headers=AUTH)
    assert response.status_code == 400
    assert count(client, graph) == 0


def test_load_and_service_in_updates_are_refused(client, graph):
    for update, reason in [(f"LOAD <http://example.org/data.ttl> INTO GRAPH <{graph}>", "LOAD is refused"),
                           (f"INSERT {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE "
                            "{ SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
                           (f"INSERT {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} USING <http://example.org/x> "
                            "WHERE { ?s ?p ?o }", "no such graph")]:
        response = client.post("/sparql", data={"update": update}, headers=AUTH)
        assert response.status_code == 400
        assert reason in response.json()["error"]
    assert count(client, graph) == 0


def test_using_graph_uri_sets_the_update_dataset(client, graph):
    update = f"INSERT {{ GRAPH <{graph}> {{ ?c a <http://ex/Seen> }} }} WHERE {{ ?c a gk:Country }}"
    response = client.post("/sparql", data={"update": update, "using-graph-uri": GRAPH + "a2"},
                           headers=AUTH)
    assert response.status_code == 204, response.text
    assert count(client, graph) == 1   # only Egypt is in a2


def test_using_graph_uri_conflicts_with_using_or_with(client, graph):
    update = f"WITH <{graph}> INSERT {{ ?c a <http://ex/Seen> }} WHERE {{ ?c a gk:Country }}"
    response = client.post("/sparql", data={"update": update, "using-graph-uri": GRAPH + "a2"},
                           headers=AUTH)
    assert response.status_code == 400
    assert "cannot be combined" in response.json()["error"]


def test_update_syntax_error_is_400(client):
    response = client.post("/sparql", data={"update": "INSERT DATA { <a"}, headers=AUTH)
    assert response.status_code == 400
    assert response.json()["error"].startswith("syntax error")


# ------------------------------------------------------------ Graph Store Protocol

def test_put_creates_then_replaces_a_graph(client, graph):
    first = client.put("/store", params={"graph": graph}, content=b"<http://ex/s> <http://ex/p> 1, 2 .",
                       headers=TURTLE)
    assert first.status_code == 201
    second = client.put("/store", params={"graph": graph}, content=b"<http://ex/s> <http://ex/p> 3 .",
                        headers=TURTLE)
    assert second.status_code == 204
    response = client.get("/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert response.text.strip() == '<http://ex/s> <http://ex/p> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .'


def test_post_merges_into_a_graph(client, graph):
    assert client.post("/store", params={"graph": graph}, content=b"<http://ex/s> <http://ex/p> 1 .",
                       headers=TURTLE).status_code == 201
    assert client.post("/store", params={"graph": graph}, content=b"<http://ex/s> <http://ex/p> 2 .",
                       headers=TURTLE).status_code == 204
    assert count(client, graph) == 2


def test_post_to_the_store_creates_a_new_graph(client):
    response = client.post("/store", content=b"<http://ex/s> <http://ex/p> 1 .", headers=TURTLE)
    assert response.status_code == 201
    assert count(client, response.headers["location"]) == 1


def test_get_head_and_delete(client, graph):
    assert client.get("/store", params={"graph": graph}).status_code == 404
    assert client.head("/store", params={"graph": graph}).status_code == 404
    client.put("/store", params={"graph": graph}, content=b"<http://ex/s> <http://ex/p> 1 .", headers=TURTLE)
    got = client.get("/store", params={"graph": graph})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=got.text, format="turtle")) == 1
    head = client.head("/store", params={"graph": graph})
    assert head.status_code == 200 and head.content == b""
    assert client.delete("/store", params={"graph": graph}, headers=AUTH).status_code == 204
    assert client.delete("/store", params={"graph": graph}, headers=AUTH).status_code == 404
    assert client.get("/store", params={"graph": graph}).status_code == 404


def test_relative_graph_iri_resolves_against_the_store_url(client):
    name = f"relative-{uuid.uuid4()}"
    assert client.put("/store", params={"graph": name}, content=b"<http://ex/s> <http://ex/p> 1 .",
                      headers=TURTLE).status_code == 201
    assert count(client, str(client.base_url).rstrip("/") + "/" + name) == 1


def test_default_graph(client):
    assert client.put("/store?default", content=b"<http://ex/d> <http://ex/p> 1 .", headers=TURTLE
                      ).status_code == 204   # the default graph always exists
    got = client.get("/store?default", headers={"Accept": "application/n-triples"})
    assert "<http://ex/d>" in got.text
    assert client.delete("/store?default", headers=AUTH).status_code == 204
    assert "<http://ex/d>" not in client.get("/store?default").text


def test_whole_dataset_as_trig_or_nquads(client):
    trig = client.get("/store")
    assert trig.headers["content-type"].startswith("application/trig")
    dataset = rdflib.Dataset()
    dataset.parse(data=trig.text, format="trig")
    assert rdflib.URIRef(GRAPH + "a1") in {g.identifier for g in dataset.graphs()}
    nquads = client.get("/store", headers={"Accept": "application/n-quads"})
    assert f"<{GRAPH}a2> ." in nquads.text


def test_bad_rdf_and_bad_media_types(client, graph):
    bad = client.put("/store", params={"graph": graph}, content=b"<http://ex/s> <http://ex/p> .",
                     headers=TURTLE)
    assert bad.status_code == 400
    unsupported = client.put("/store", params={"graph": graph}, content=b"x",
                             headers={**AUTH, "Content-Type": "application/pdf"})
    assert unsupported.status_code == 415
    both = client.get("/store", params={"graph": graph, "default": ""})
    assert both.status_code == 400
    not_acceptable = client.get("/store", params={"graph": GRAPH + "a1"}, headers={"Accept": "text/csv"})
    assert not_acceptable.status_code == 406
    assert count(client, graph) == 0


def test_writes_to_an_empty_store_created_with_a_token(tmp_path):
    from graphkb.web.runner import ensure_store

    ensure_store(tmp_path / "new", create=True)
    with TestClient(create_app(tmp_path / "new", write_token=TOKEN)) as c:
        assert c.put("/store", params={"graph": "http://ex/g"}, content=b"<http://ex/s> <http://ex/p> 1 .",
                     headers=TURTLE).status_code == 201
        assert c.get("/", headers={"Accept": "application/json"}).json()["quads"] == 1


def test_using_named_graph_uri_may_name_a_graph_the_update_creates(client, graph):
    """As in the W3C protocol test update_dataset_named_graphs."""
    source = graph + "/source"
    update = (f"INSERT DATA {{ GRAPH <{source}> {{ <http://ex/s> <http://ex/p> 1 }} }} ;\n"
              f"INSERT {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
    response = client.post("/sparql", data={"update": update, "using-named-graph-uri": source},
                           headers=AUTH)
    assert response.status_code == 204, response.text
    assert count(client, graph) == 1
