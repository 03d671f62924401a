"""Real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore) against a live `graphkb serve`
get the same answers as `graphkb query` for every competency query."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from graphkb.cli import cli
from graphkb.web.app import create_app
from web_support import QUERIES, LiveServer, make_store, write_queries

REPO = Path(__file__).resolve().parents[1]
COMPETENCY = sorted((REPO / "queries").glob("cq*.rq"))


def cli_answer(store: Path, query_file: Path):
    """What `graphkb query` answers: parsed results JSON, or an rdflib graph."""
    text = query_file.read_text(encoding="utf-8")
    kind = _kind(text)
    fmt = "turtle" if kind == "graph" else "json"
    result = CliRunner().invoke(cli, ["--store", str(store), "query", str(query_file), "-f", fmt])
    assert result.exit_code == 0, result.output
    if kind == "graph":
        return rdflib.Graph().parse(data=result.output, format="turtle")
    return _normal(json.loads(result.output))


def _kind(text: str) -> str:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")).upper()
    return "graph" if ("CONSTRUCT" in body or "DESCRIBE" in body) else "results"


def _normal(results: dict):
    """SPARQL results JSON as comparable data: booleans, or sorted rows of terms."""
    if "boolean" in results:
        return results["boolean"]
    rows = []
    for binding in results["results"]["bindings"]:
        row = []
        for var in results["head"]["vars"]:
            term = binding.get(var)
            if term is None:
                row.append(None)
            elif term["type"] == "bnode":
                row.append(("bnode",))
            elif term["type"] == "uri":
                row.append(("uri", term["value"]))
            else:
                row.append(("literal", term["value"], term.get("datatype"), term.get("xml:lang")))
        rows.append(tuple(row))
    return sorted(rows, key=repr)


def _rdflib_term(term):
    if term is None:
        return None
    if isinstance(term, rdflib.BNode):
        return ("bnode",)
    if isinstance(term, rdflib.URIRef):
        return ("uri", str(term))
    datatype = str(term.datatype) if term.datatype else None
    return ("literal", str(term), datatype, term.language)


def sparqlwrapper_answer(endpoint: str, text: str):
    client = SPARQLWrapper(endpoint)
    client.setQuery(text)
    if _kind(text) == "graph":
        client.setReturnFormat(TURTLE)
        data = client.query().convert()
        return rdflib.Graph().parse(data=data, format="turtle")
    client.setReturnFormat(JSON)
    return _normal(client.query().convert())


def rdflib_answer(endpoint: str, text: str):
    graph = rdflib.Graph(store=SPARQLStore(endpoint))
    result = graph.query(text)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph
    if result.type == "ASK":
        return result.askAnswer
    return sorted((tuple(_rdflib_term(row[v]) for v in result.vars) for row in result), key=repr)


def same(a, b) -> bool:
    if isinstance(a, rdflib.Graph):
        return isomorphic(a, b)
    return a == b


def check_all_clients(store: Path, query_file: Path, endpoint: str) -> None:
    text = query_file.read_text(encoding="utf-8")
    expected = cli_answer(store, query_file)
    assert same(sparqlwrapper_answer(endpoint, text), expected), "SPARQLWrapper differs from graphkb query"
    assert same(rdflib_answer(endpoint, text), expected), "rdflib SPARQLStore differs from graphkb query"


# ------------------------------------------------------------ on a small store of our own

@pytest.fixture(scope="module")
def small(tmp_path_factory):
    base = tmp_path_factory.mktemp("clients")
    store = make_store(base / "store")
    queries = write_queries(base / "queries")
    with LiveServer(create_app(store)) as server:
        yield store, queries, server.url + "/sparql"


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_clients_agree_with_the_cli_on_fixture_queries(small, name):
    store, queries, endpoint = small
    check_all_clients(store, queries / name, endpoint)


# ------------------------------------------------------------ on the seed graph with queries/cq*.rq

@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    store = tmp_path_factory.mktemp("seeded") / "store"
    result = CliRunner().invoke(cli, ["--store", str(store), "ingest", "-q", str(REPO / "seeds")])
    assert result.exit_code == 0, f"graphkb ingest seeds failed: {result.output}"
    with LiveServer(create_app(store)) as server:
        yield store, server.url + "/sparql"


def test_there_are_competency_queries():
    assert COMPETENCY, "no queries/cq*.rq in the repository"


@pytest.mark.parametrize("query_file", COMPETENCY, ids=[p.stem for p in COMPETENCY])
def test_clients_agree_with_the_cli_on_competency_queries(seeded, query_file):
    store, endpoint = seeded
    check_all_clients(store, query_file, endpoint)
