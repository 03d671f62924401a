"""The graph view's core, its CLI command and its routes, over real stores."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from starlette.applications import Starlette
from starlette.testclient import TestClient

from graphkb import graphpage as gp
from graphkb import graphview as gv
from graphkb.cli import cli
from graphkb.errors import GraphkbError, QueryError
from graphkb.store import OxigraphStore
from graphkb.web import graph as graph_routes
from graphkb.web.http import HttpError, error_response, from_graphkb

from graphview_fixtures import ATTACKS, DEAL, DEAL_SENTENCE, JOINT_VENTURE, JV_SENTENCE, XSS, load

ID = "https://w3id.org/graphkb/id/"
KESTREL = ID + "system/kestrel-7"
DEAL_IRI = ID + "deal/deal-article/1"
ENTITIES = {"Freedonia", "Sylvania", "Kestrel-7", "Sylvan Arms", "Maria Quint", "Daily Ledger",
            "Freedonia Aerospace", "Aurora Dynamics", "Falcon",
            "Deal: Freedonia – Kestrel-7", "Statement: Maria Quint – Kestrel-7"}


@pytest.fixture
def store():
    s = OxigraphStore()
    load(s, DEAL, JOINT_VENTURE)
    return s


def labels(view: gv.View) -> set[str]:
    return {view.kb.label(i) for i in view.shown}


def test_whole_graph_draws_entities_and_events_but_no_claims_evidence_or_articles(store):
    view = gv.store_view(store)
    assert labels(view) == ENTITIES
    assert view.total == len(ENTITIES)
    assert not [i for i in view.shown if re.search(r"/(claim|article)/", i)]


def test_facts_carry_the_sentence_article_modality_and_speaker_that_state_them(store):
    view = gv.store_view(store)
    facts = gp.payload(view)["details"][KESTREL]["facts"]
    item = next(f for f in facts if f["propIri"].endswith("#item"))
    assert (item["dir"], item["value"], item["node"]) == ("in", "Deal: Freedonia – Kestrel-7", DEAL_IRI)
    assert item["evidence"] == [{"sentence": DEAL_SENTENCE, "article": ID + "article/deal-article",
                                 "title": "Freedonia orders Kestrel-7 batteries",
                                 "modality": "Asserted", "speaker": "Daily Ledger"}]
    jv = gp.payload(view)["details"][ID + "org/aurora-dynamics"]
    assert {e["modality"] for f in jv["facts"] for e in f["evidence"]} == {"Planned"}
    assert jv["facts"][0]["evidence"][0]["sentence"] == JV_SENTENCE


def test_details_list_types_names_aliases_and_literal_facts(store):
    details = gp.payload(gv.store_view(store))["details"]
    assert details[KESTREL]["types"] == ["Air-defence system"]
    assert details[KESTREL]["aliases"] == ["K7"]
    deal = {(f["prop"], f["value"]) for f in details[DEAL_IRI]["facts"]}
    assert {("quantity", "12"), ("currency", "USD"), ("buyer", "Freedonia")} <= deal
    quantity = next(f for f in details[DEAL_IRI]["facts"] if f["prop"] == "quantity")
    assert quantity["evidence"][0]["sentence"] == DEAL_SENTENCE


def test_focus_by_alias_draws_the_k_hop_neighbourhood(store):
    assert labels(gv.store_view(store, focus="k7", hops=0)) == {"Kestrel-7"}
    assert labels(gv.store_view(store, focus="K7", hops=1)) == {
        "Kestrel-7", "Deal: Freedonia – Kestrel-7", "Statement: Maria Quint – Kestrel-7", "Sylvan Arms"}
    two = gv.store_view(store, focus=KESTREL, hops=2)
    assert {"Freedonia", "Sylvania", "Maria Quint", "Aurora Dynamics"} <= labels(two)
    assert two.focus == KESTREL and two.title == "graphkb: Kestrel-7"


def test_unknown_entity_or_class_is_an_error(store):
    with pytest.raises(gv.EntityNotFound, match="no entity called 'Atlantis'"):
        gv.store_view(store, focus="Atlantis")
    with pytest.raises(gv.ViewError, match="unknown class 'Spaceship'"):
        gv.store_view(store, types=["Spaceship"])


def test_class_filter_takes_subclasses_and_any_spelling(store):
    assert labels(gv.store_view(store, types=["WeaponSystem"])) == {"Kestrel-7", "Falcon"}
    assert labels(gv.store_view(store, types=["gk:Company"])) == {
        "Sylvan Arms", "Freedonia Aerospace", "Aurora Dynamics"}
    assert labels(gv.store_view(store, types=["country,Person"])) == {"Freedonia", "Sylvania", "Maria Quint"}


def test_limit_draws_the_best_connected_nodes_and_keeps_the_focus(store):
    view = gv.store_view(store, limit=4)
    assert (len(view.shown), view.total) == (4, len(ENTITIES))
    degrees = sorted((view.kb.graph.degree(n) for n in view.kb.nodes), reverse=True)
    assert sorted((view.kb.graph.degree(n) for n in view.shown), reverse=True) == degrees[:4]
    assert gv.store_view(store, focus="Falcon", hops=3, limit=1).shown == [ID + "system/falcon"]


def test_construct_query_draws_its_result_named_from_the_store(store):
    view = gv.store_view(store, query="CONSTRUCT { ?d gk:item ?i } WHERE { ?d a gk:Deal ; gk:item ?i }")
    assert labels(view) == {"Deal: Freedonia – Kestrel-7", "Kestrel-7"}
    assert list(view.kb.graph.edges(keys=True)) == [(DEAL_IRI, KESTREL, gv.GK + "item")]
    with pytest.raises(QueryError, match="CONSTRUCT or DESCRIBE"):
        gv.store_view(store, query="SELECT * WHERE { ?s ?p ?o }")


def test_property_labels_come_from_the_ontology_else_the_local_name():
    assert gv.vocabulary().label(gv.GK + "buyer") == "buyer"
    assert gv.Vocabulary().label("http://example.com/v#signedDate") == "signed date"
    assert gv.Vocabulary().label("http://example.com/v/WeaponSystem") == "Weapon System"


def test_iris_put_into_queries_cannot_break_out():
    assert gv.sparql_iri(KESTREL) == f"<{KESTREL}>"
    for bad in ["http://x> } ; DROP ALL ; #", "no-scheme", "http://x y", 'http://x"']:
        with pytest.raises(gv.ViewError):
            gv.sparql_iri(bad)


def test_json_in_the_page_cannot_end_its_script_element():
    text = gp.safe_json({"a": "</script><!-- & \u2028\u2029"})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029"}


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_page_escapes_article_text_and_runs_only_its_own_scripts(store):
    load(store, XSS)
    html = gp.render_html(gv.store_view(store))
    parser = _Tags()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    assert tags.count("script") == 3 and "img" not in tags and "svg" not in tags
    assert not [a for _, a in parser.tags if any(k.startswith("on") for k in a)]
    data = re.search(r'<script id="graphkb-data" type="application/json">(.*?)</script>', html, re.S)
    outside_scripts = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S)
    for attack in ATTACKS:
        assert attack not in outside_scripts
    assert "<" not in data.group(1)
    page = json.loads(data.group(1))
    assert {d["label"] for d in page["details"].values()} >= {ATTACKS[0], ATTACKS[1], ATTACKS[3]}
    csp = next(a["content"] for t, a in parser.tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "connect-src 'none'" in csp


def test_standalone_page_needs_nothing_outside_itself(store):
    html = gp.render_html(gv.store_view(store))
    parser = _Tags()
    parser.feed(html)
    assert [a for _, a in parser.tags if "src" in a or "href" in a] == []
    assert "<link" not in html and "cdn" not in html.lower()
    assert "sourceMappingURL" not in html


def test_summary_counts_components_and_ranks_entities(store):
    summary = gv.summarize(gv.store_view(store).kb, top=3)
    assert (summary.nodes, summary.components, summary.largest) == (len(ENTITIES), 2, 10)
    assert [label for label, _, _ in summary.top] == ["Aurora Dynamics", "Freedonia", "Kestrel-7"]
    assert summary.top[0][1:] == ("Joint venture", 3)


# ------------------------------------------------------------------------ CLI

@pytest.fixture
def store_dir(tmp_path):
    s = OxigraphStore(tmp_path / "store")
    load(s, DEAL, JOINT_VENTURE)
    s.flush()
    del s
    return tmp_path / "store"


def test_viz_writes_one_page(store_dir, tmp_path):
    out = tmp_path / "g.html"
    result = CliRunner().invoke(cli, ["--store", str(store_dir), "viz", "-o", str(out),
                                      "--focus", "Kestrel-7", "--hops", "1"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out}: showing 4 of 4 entities.\n"
    assert "Sylvan Arms" in out.read_text(encoding="utf-8")


def test_viz_query_file_and_errors(store_dir, tmp_path):
    rq = tmp_path / "deals.rq"
    rq.write_text("CONSTRUCT { ?d gk:buyer ?b } WHERE { ?d gk:buyer ?b }", encoding="utf-8")
    runner = CliRunner()
    args = ["--store", str(store_dir), "viz", "-o", str(tmp_path / "q.html")]
    assert runner.invoke(cli, args + ["--query", str(rq)]).output.endswith("showing 2 of 2 entities.\n")
    result = runner.invoke(cli, args + ["--focus", "Atlantis"])
    assert (result.exit_code, result.output) == (1, "Error: no entity called 'Atlantis' in the graph\n")
    result = runner.invoke(cli, args + ["--type", "Spaceship"])
    assert (result.exit_code, result.output) == (1, "Error: unknown class 'Spaceship'\n")


def test_stats_shows_the_graph_summary(store_dir):
    result = CliRunner().invoke(cli, ["--store", str(store_dir), "stats"])
    assert result.exit_code == 0, result.output
    tail = result.output.split("\n\n", 1)[1]
    assert tail.splitlines()[:3] == [
        "graph     11 nodes, 12 links, 2 components (largest: 10 nodes)",
        "most connected:",
        "  Aurora Dynamics      Joint venture       3",
    ]


# --------------------------------------------------------------------- routes

def small_app(store: OxigraphStore) -> Starlette:
    """The graph routes over a store, with the two query functions the serve app provides."""
    async def sparql_select(query: str) -> dict:
        result = store.query(query)
        return json.loads(result.serialize(format=ox.QueryResultsFormat.JSON))

    async def sparql_construct(query: str) -> str:
        result = store.query(query)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("this is not a CONSTRUCT or DESCRIBE query")
        return result.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8")

    async def http_error(request, e):
        return error_response(e.status, e.reason)

    async def graphkb_error(request, e):
        return await http_error(request, from_graphkb(e))

    app = Starlette(routes=graph_routes.routes(),
                    exception_handlers={HttpError: http_error, GraphkbError: graphkb_error})
    app.state.sparql_select = sparql_select
    app.state.sparql_construct = sparql_construct
    return app


def test_graph_page_and_its_json_twin(store):
    client = TestClient(small_app(store))
    page = client.get("/graph", params={"focus": "K7", "hops": "1"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<script src="/graph/vis-network.min.js"></script>' in page.text
    parser = _Tags()
    parser.feed(page.text)
    csp = next(a["content"] for t, a in parser.tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "connect-src 'self'" in csp and "script-src 'self' 'sha256-" in csp
    data = client.get("/graph.json", params=[("type", "Country"), ("type", "Company")]).json()
    assert (data["shown"], data["total"]) == (5, 5)
    assert {n["label"] for n in data["nodes"]} == {"Freedonia", "Sylvania", "Sylvan Arms",
                                                   "Freedonia Aerospace", "Aurora Dynamics"}
    script = client.get("/graph/vis-network.min.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")


def test_graph_route_errors_are_json(store):
    client = TestClient(small_app(store))
    assert client.get("/graph", params={"focus": "Atlantis"}).json() == {
        "status": 404, "error": "no entity called 'Atlantis' in the graph"}
    assert client.get("/graph", params={"hops": "many"}).status_code == 400
    assert client.get("/graph", params={"limit": "0"}).status_code == 400
    assert client.get("/graph", params={"type": "Spaceship"}).status_code == 400
    assert client.get("/graph", params={"query": "SELECT * {?s ?p ?o}"}).status_code == 400


def test_neighbours_api_returns_what_a_double_click_adds(store):
    client = TestClient(small_app(store))
    data = client.get("/graph/neighbours", params={"node": KESTREL}).json()
    assert {n["label"] for n in data["nodes"]} == {
        "Kestrel-7", "Deal: Freedonia – Kestrel-7", "Statement: Maria Quint – Kestrel-7", "Sylvan Arms"}
    assert {(e["from"], e["label"], e["to"]) for e in data["edges"]} >= {
        (DEAL_IRI, "item", KESTREL), (DEAL_IRI, "buyer", ID + "country/freedonia")}
    item = next(f for f in data["details"][KESTREL]["facts"] if f["prop"] == "item")
    assert item["evidence"][0]["sentence"] == DEAL_SENTENCE
    assert client.get("/graph/neighbours", params={"node": ID + "nothing"}).status_code == 404
    assert client.get("/graph/neighbours", params={"node": "x> } DROP ALL"}).status_code == 400
    assert client.get("/graph/neighbours").status_code == 400
