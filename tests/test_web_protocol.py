"""SPARQL 1.1 Protocol at /sparql, through the app in process and through a real uvicorn server."""
from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
import rdflib
from starlette.testclient import TestClient

from graphkb.web.app import create_app
from web_support import GRAPH, ID, client_for, make_store, write_queries

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
A1, A2 = GRAPH + "a1", GRAPH + "a2"
SELECT = "SELECT ?label WHERE { ?c a gk:Country ; rdfs:label ?label } ORDER BY ?label"
LABELS = ["Egypt", "India", "Russia"]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    base = tmp_path_factory.mktemp("protocol")
    return create_app(make_store(base / "store"), timeout=5, max_body=4096,
                      queries_dir=write_queries(base / "queries"))


@pytest.fixture(scope="module", params=["asgi", "live"])
def client(request, app):
    """The same tests run against the ASGI app in process and against a real server."""
    with client_for(request.param, app) as c:
        yield c


def labels(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [b["label"]["value"] for b in response.json()["results"]["bindings"]]


# ------------------------------------------------------------ the three ways to send a query

def test_query_by_get(client):
    response = client.get("/sparql", params={"query": SELECT})
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert labels(response) == LABELS


def test_query_by_urlencoded_post(client):
    assert labels(client.post("/sparql", data={"query": SELECT})) == LABELS


def test_query_by_direct_post(client):
    response = client.post("/sparql", content=SELECT.encode(),
                           headers={"Content-Type": "application/sparql-query"})
    assert labels(response) == LABELS


def test_default_graph_is_the_union_of_all_graphs(client):
    response = client.get("/sparql", params={"query": "SELECT (COUNT(?d) AS ?n) { ?d a gk:Deal }"})
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "2"


# ------------------------------------------------------------ content negotiation

@pytest.mark.parametrize("accept, expected", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/*;q=0.3, text/tab-separated-values;q=0.1", "text/csv; charset=utf-8"),
    ("*/*", "application/sparql-results+json"),
    ("application/json", "application/json"),
])
def test_select_results_are_negotiated(client, accept, expected):
    response = client.get("/sparql", params={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"] == expected
    if expected.startswith("text/csv"):
        assert [row[0] for row in csv.reader(io.StringIO(response.text))] == ["label", *LABELS]


def test_ask_answers_a_boolean(client):
    response = client.get("/sparql", params={"query": "ASK { ?s a gk:Deal }"})
    assert response.json()["boolean"] is True
    xml = client.get("/sparql", params={"query": "ASK { ?s a gk:Tank }"},
                     headers={"Accept": "application/sparql-results+xml"})
    assert "<boolean>false</boolean>" in xml.text


@pytest.mark.parametrize("accept, media, rdflib_format", [
    (None, "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
])
def test_construct_results_are_negotiated(client, accept, media, rdflib_format):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?d a gk:Deal ; gk:buyer ?b }"},
                          headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    assert len(graph) == 4


def test_nothing_acceptable_is_406(client):
    response = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    construct = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                           headers={"Accept": "text/csv"})
    assert construct.status_code == 406


# ------------------------------------------------------------ the protocol dataset

def test_default_graph_uri_restricts_the_default_graph(client):
    response = client.get("/sparql", params={"query": SELECT, "default-graph-uri": A2})
    assert labels(response) == ["Egypt"]


def test_protocol_dataset_overrides_from(client):
    query = f"SELECT ?label FROM <{A1}> WHERE {{ ?c a gk:Country ; rdfs:label ?label }} ORDER BY ?label"
    assert labels(client.get("/sparql", params={"query": query})) == ["India", "Russia"]
    assert labels(client.get("/sparql", params={"query": query, "default-graph-uri": A2})) == ["Egypt"]


def test_named_graph_uri_limits_graph_patterns(client):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.get("/sparql", params={"query": query, "named-graph-uri": A1})
    assert [b["g"]["value"] for b in response.json()["results"]["bindings"]] == [A1]


def test_relative_iris_resolve_against_the_endpoint(client):
    response = client.get("/sparql", params={"query": "SELECT (<thing> AS ?i) {}"})
    iri = response.json()["results"]["bindings"][0]["i"]["value"]
    assert iri == str(client.base_url).rstrip("/") + "/thing"


# ------------------------------------------------------------ refusals and bad requests

@pytest.mark.parametrize("query, reason", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is refused"),
    ("SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }", "no such graph"),
    ("SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "no such graph"),
])
def test_outside_reaching_queries_are_refused(client, query, reason):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400
    assert reason in response.json()["error"]


def test_dataset_graph_not_in_store_is_refused(client):
    response = client.get("/sparql", params={"query": SELECT,
                                             "default-graph-uri": "http://example.org/remote"})
    assert response.status_code == 400
    assert "default-graph-uri <http://example.org/remote>" in response.json()["error"]


def test_syntax_error_is_400_with_the_parser_message(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("syntax error: error at 1:")


@pytest.mark.parametrize("params", [
    [("query", SELECT), ("query", SELECT)],
    [("query", SELECT), ("update", "CLEAR ALL")],
])
def test_more_than_one_operation_is_400(client, params):
    response = client.post("/sparql", content=httpx.QueryParams(params).__str__().encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400


def test_update_by_get_is_refused(client):
    response = client.get("/sparql", params={"update": "CLEAR ALL"})
    assert response.status_code == 400
    assert "POST" in response.json()["error"]


def test_unsupported_media_type_is_415(client):
    response = client.post("/sparql", content=SELECT.encode(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 415


def test_missing_media_type_is_400(client):
    response = client.post("/sparql", content=SELECT.encode(), headers={"Content-Type": ""})
    assert response.status_code == 400


@pytest.mark.parametrize("content, kind", [
    (b"SELECT * WHERE { ?s ?p '\xff' }", "application/sparql-query"),
    (b"query=SELECT%20%FF", "application/x-www-form-urlencoded"),
])
def test_non_utf8_body_is_400(client, content, kind):
    response = client.post("/sparql", content=content, headers={"Content-Type": kind})
    assert response.status_code == 400
    assert "UTF-8" in response.json()["error"]


def test_other_methods_are_405(client):
    response = client.put("/sparql", content=b"x")
    assert response.status_code == 405
    assert "PUT" in response.json()["error"]


def test_body_over_the_limit_is_413(client):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    response = client.post("/sparql", content=big.encode(),
                           headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413


def test_get_without_query_is_the_service_description(client):
    response = client.get("/sparql")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    endpoint = next(graph.objects(None, sd.endpoint))
    assert str(endpoint) == str(client.base_url).rstrip("/") + "/sparql"
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Update) not in graph   # read-only server
    assert {str(n) for n in graph.objects(None, sd.name)} == {A1, A2}


def test_cors_is_off_by_default(client):
    response = client.get("/sparql", params={"query": SELECT}, headers={"Origin": "http://elsewhere"})
    assert "access-control-allow-origin" not in response.headers


def test_cors_on_request(tmp_path):
    app = create_app(make_store(tmp_path / "store"), cors=True)
    with TestClient(app) as c:
        response = c.get("/sparql", params={"query": SELECT}, headers={"Origin": "http://elsewhere"})
    assert response.headers["access-control-allow-origin"] == "*"


# ------------------------------------------------------------ the state functions the graph view uses

@pytest.fixture(scope="module")
def in_process(tmp_path_factory):
    """An app of its own, driven in process, to call the functions it sets on app.state."""
    app = create_app(make_store(tmp_path_factory.mktemp("state") / "store"), timeout=5)
    with TestClient(app) as c:
        yield app, c.portal


def test_state_functions_run_through_the_workers(in_process):
    app, portal = in_process
    results = portal.call(app.state.sparql_select, SELECT)
    assert [b["label"]["value"] for b in results["results"]["bindings"]] == LABELS
    triples = portal.call(app.state.sparql_construct, "CONSTRUCT WHERE { ?d gk:quantity ?q }")
    assert len(triples.strip().splitlines()) == 2
    assert f"<{ID}deal/a1/1>" in triples


def test_state_functions_raise_graphkb_errors(in_process):
    from graphkb.errors import QueryError, QueryRefused

    app, portal = in_process
    with pytest.raises(QueryRefused):
        portal.call(app.state.sparql_select, "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")
    with pytest.raises(QueryError):
        portal.call(app.state.sparql_select, "SELECT * {")
    with pytest.raises(QueryError):
        portal.call(app.state.sparql_construct, SELECT)
    assert app.state.timeout == 5 and app.state.store_path.name == "store"


# ------------------------------------------------------------ the page and the export

def test_editor_page_names_the_store_and_escapes_titles(client):
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert "Countries &lt;named&gt; &amp; labelled" in page and "<named>" not in page
    assert 'href="/graph"' in page and 'href="/export.ttl"' in page
    assert "store" in page and ">25<" in page   # the store's name and its size in quads
    assert "/static/yasgui/yasgui.min.js" in page


def test_editor_page_has_a_json_twin(client):
    data = client.get("/", headers={"Accept": "application/json"}).json()
    assert data["quads"] == 25 and data["graphs"] == 2
    assert [q["name"] for q in data["queries"]] == ["cq_countries", "cq_deal_graph", "cq_deals"]
    assert data["queries"][2]["title"] == "Deals: who buys what"


def test_yasgui_assets_are_served(client):
    response = client.get("/static/yasgui/yasgui.min.js")
    assert response.status_code == 200, "run `npm ci` at the repo top"
    assert client.get("/static/editor.js").status_code == 200


def test_export_is_the_whole_graph_as_turtle(client):
    response = client.get("/export.ttl")
    assert response.status_code == 200
    assert len(rdflib.Graph().parse(data=response.text, format="turtle")) == 25
    assert client.get("/export.exe").status_code == 404


def test_results_json_parses_as_sparql_results(client):
    response = client.get("/sparql", params={"query": SELECT})
    data = json.loads(response.content)
    assert data["head"]["vars"] == ["label"]
