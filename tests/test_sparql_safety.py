"""graphkb.safety: what is refused before any engine sees a query or update."""
from __future__ import annotations

import doctest
import pathlib

import pyoxigraph as ox
import pytest

import graphkb.safety
from graphkb.errors import QueryRefused
from graphkb.safety import add_using, check_query, check_update

G = {"http://ex/g1", "http://ex/g2"}


def test_doctests():
    assert doctest.testmod(graphkb.safety).failed == 0


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }",
    "select * where { service silent ?endpoint { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SeRvIcE <http://x/> { ?s ?q ?r } } }",
    "SELECT * FROM <http://elsewhere/data.ttl> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX ex: <http://elsewhere/> SELECT * FROM ex:data WHERE { ?s ?p ?o }",
    "BASE <http://elsewhere/> SELECT * FROM <g1> WHERE { ?s ?p ?o }",
    "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }",
])
def test_refused_queries(query):
    with pytest.raises(QueryRefused):
        check_query(query, G, base_iri="http://ex/sparql")


@pytest.mark.parametrize("query", [
    "SELECT ?service WHERE { ?service <http://ex/p> 'SERVICE <x> {}' }",
    'SELECT * WHERE { ?s ?p """LOAD <http://x> SERVICE""" } # SERVICE <http://x> { }',
    "PREFIX service: <http://ex/> SELECT * WHERE { ?s service:load ?o ; <http://ex/q> 'x'@service }",
    "SELECT * FROM <http://ex/g1> FROM NAMED <g2> WHERE { ?s ?p ?o }",
    "ASK { FILTER(?a<?b&&?c>?d) }",
])
def test_allowed_queries(query):
    check_query(query, G, base_iri="http://ex/sparql")


def test_query_form_and_dataset():
    assert check_query("PREFIX x: <http://x/> CONSTRUCT WHERE { ?s ?p ?o }", G).form == "CONSTRUCT"
    assert check_query("SELECT * WHERE { { SELECT ?s { ?s ?p ?o } } }", G).has_dataset is False
    assert check_query("ASK FROM <http://ex/g1> { ?s ?p ?o }", G).has_dataset is True


@pytest.mark.parametrize("update", [
    "LOAD <http://elsewhere/data.ttl>",
    "load silent <file:///etc/passwd> into graph <http://ex/g1>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
    "INSERT { ?s ?p ?o } USING <http://elsewhere/> WHERE { ?s ?p ?o }",
])
def test_refused_updates(update):
    with pytest.raises(QueryRefused):
        check_update(update, G)


def test_using_a_graph_the_update_fills_is_allowed():
    update = ("INSERT DATA { GRAPH <http://ex/new> { <http://ex/s> <http://ex/p> 1 } } ;\n"
              "INSERT { GRAPH <http://ex/copy> { ?s ?p ?o } } USING <http://ex/new> WHERE { ?s ?p ?o }")
    assert check_update(update, G).written == {"http://ex/new", "http://ex/copy"}


def test_add_using_rewrites_every_where():
    text = "DELETE WHERE { ?s ?p 1 } ; INSERT { ?s ?p 2 } WHERE { { SELECT * WHERE { ?s ?p ?o } } }"
    rewritten = add_using(text, check_update(text, G).tokens, ["http://ex/g1"], ["http://ex/g2"])
    assert rewritten.count("USING <http://ex/g1> USING NAMED <http://ex/g2> WHERE") == 2
    assert rewritten.startswith("DELETE { ?s ?p 1 } USING")
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("1"),
                      ox.NamedNode("http://ex/g1")))
    store.update(rewritten)   # still valid SPARQL


@pytest.mark.parametrize("path", sorted(pathlib.Path(__file__).parents[1].glob("queries/*.rq")),
                         ids=lambda p: p.name)
def test_the_short_reading_finds_the_form_the_full_reading_finds(path):
    """A query that spells neither SERVICE nor FROM is read only up to its form."""
    text = path.read_text(encoding="utf-8")
    full = next(t.upper for t in graphkb.safety.tokenize(text) if t.upper in graphkb.safety.FORMS)
    assert check_query(text, G).form == full
    assert check_query("# SERVICE and FROM only in a comment\n" + text, G).form == full
