"""The store on disk: article graphs replaced and removed atomically, entities shared once."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from graphkb import pipeline
from graphkb.articles import Article
from graphkb.errors import QueryError, StoreError
from graphkb.namespaces import ENTITIES_GRAPH
from graphkb.store import JOURNAL, OxigraphStore, _Journal

FIRST = "Poland signed a $2.6 billion contract with South Korea for 212 K9 Thunder howitzers."
SECOND = "Estonia ordered 12 K9 Thunder howitzers from South Korea in 2023."
CHANGED = "Poland signed a $1 billion contract with Germany for 10 Leopard 2 tanks."


def put(store: OxigraphStore, article_id: str, text: str) -> None:
    article = Article(id=article_id, path=f"{article_id}.txt", text=text)
    store.replace_graphs({article.graph: pipeline.article_quads(article)})


def labels(store: OxigraphStore) -> set[str]:
    rows = store.query(f"SELECT ?l WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e rdfs:label ?l }} }}",
                       union=False)
    return {row["l"].value for row in rows}


@pytest.fixture
def store(tmp_path):
    return OxigraphStore(tmp_path / "store")


def test_an_entity_named_by_two_articles_is_described_once(store):
    put(store, "first", FIRST)
    put(store, "second", SECOND)
    rows = list(store.query("SELECT ?t WHERE { ?e rdfs:label 'K9 Thunder' ; a ?t }"))
    assert len(rows) == 1
    count = next(iter(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ENTITIES_GRAPH}> "
                                  "{ ?e rdfs:label 'South Korea' } }", union=False)))
    assert int(count["n"].value) == 1


def test_an_entity_spelt_two_ways_keeps_one_label_and_the_other_as_alias(store):
    put(store, "first", "Indonesia ordered 48 KAAN fighter jets from Turkish Aerospace.")
    put(store, "second", "Indonesia will receive the first Kaan fighter jets in 2028.")
    put(store, "first", "Indonesia ordered 48 KAAN fighter jets from Turkish Aerospace.")   # again
    rows = [(r["l"].value, r["a"].value if r["a"] else None) for r in store.query(
        "SELECT ?l ?a WHERE { ?e skos:altLabel 'Kaan' ; rdfs:label ?l . "
        "OPTIONAL { ?e skos:altLabel ?a FILTER(?a = 'Kaan') } }")]
    assert rows == [("KAAN", "Kaan")]
    batch = OxigraphStore(store.path.parent / "batch")
    articles = [Article(id=i, path=f"{i}.txt", text=t) for i, t in
                (("a", "Poland bought Piorun launchers from PGZ."), ("b", "Latvia bought PIORUN launchers."))]
    batch.replace_graphs({a.graph: pipeline.article_quads(a) for a in articles})
    assert "Piorun" in labels(batch) and "PIORUN" not in labels(batch)


def test_re_ingesting_keeps_the_label_an_article_with_no_fact_about_the_entity_gave(store):
    """One article names a firm in passing, another spells it otherwise and says something of it:
    ingesting both again leaves the firm its one label."""
    articles = [Article(id="a", path="a.txt", text="The statement came from Zarvex Systems on Monday."),
                Article(id="b", path="b.txt", text="Peru bought 12 drones from Zarvex-Systems in 2024.")]
    for _ in range(2):
        store.replace_graphs({a.graph: pipeline.article_quads(a) for a in articles})
    rows = [(r["e"].value, r["n"].value) for r in store.query(
        f"SELECT ?e (COUNT(?l) AS ?n) WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?t }} "
        f"OPTIONAL {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e rdfs:label ?l }} }} }} GROUP BY ?e", union=False)]
    assert rows and all(int(n) == 1 for _, n in rows), rows


def test_removing_an_article_keeps_what_others_still_name(store):
    put(store, "first", FIRST)
    put(store, "second", SECOND)
    assert store.remove_graph(Article("first", "f", FIRST).graph)
    assert {"K9 Thunder", "South Korea", "Estonia"} <= labels(store)
    assert "Poland" not in labels(store)
    assert store.remove_graph(Article("second", "s", SECOND).graph)
    assert labels(store) == set()
    assert not store.remove_graph(Article("second", "s", SECOND).graph)


def test_reingesting_replaces_the_graph_and_forgets_entities_no_longer_named(store):
    put(store, "first", FIRST)
    before = len(store)
    put(store, "first", FIRST)
    assert len(store) == before          # idempotent
    put(store, "first", CHANGED)
    assert "Germany" in labels(store) and "South Korea" not in labels(store)
    rows = store.query("SELECT ?i WHERE { ?d a gk:Deal ; gk:item/rdfs:label ?i }")
    assert [row["i"].value for row in rows] == ["Leopard 2"]


def test_a_failed_write_leaves_the_store_as_it_was(store):
    put(store, "first", FIRST)
    before = len(store)
    with pytest.raises(QueryError):
        store.update("INSERT DATA { <http://example.com/a> <http://example.com/b> 'c' } ; "
                     "THIS IS NOT SPARQL")
    assert len(store) == before


def test_quads_in_the_default_graph_go_into_the_graph_they_are_listed_under(store):
    quad = ox.Quad(ox.NamedNode("http://example.com/s"), ox.NamedNode("http://example.com/p"),
                   ox.Literal("o"))
    store.replace_graphs({"http://example.com/g": [quad]})
    assert store.graphs() == ["http://example.com/g"]


class _FailingBulkLoad:
    """The real store, except that its bulk loader writes half of what it is given and
    then fails, as a full disk would."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def __getattr__(self, name):
        return getattr(self._store, name)

    def __contains__(self, quad) -> bool:
        return quad in self._store

    def bulk_extend(self, quads) -> None:
        quads = list(quads)
        self._store.bulk_extend(quads[: len(quads) // 2])
        raise OSError("No space left on device")


def test_a_bulk_load_that_fails_halfway_is_undone_at_once(store):
    put(store, "first", FIRST)
    before = set(store.raw)
    store._store = _FailingBulkLoad(store.raw)
    with pytest.raises(StoreError, match="No space left"):
        put(store, "second", SECOND)
    store._store = store._store._store
    assert set(store.raw) == before
    assert not (store.path / JOURNAL).exists()


def test_a_bulk_load_cut_short_by_a_crash_is_undone_when_the_store_is_next_opened(tmp_path):
    path = tmp_path / "store"
    store = OxigraphStore(path)
    put(store, "first", FIRST)
    before = set(store.raw)
    # What a process killed in the middle of ingesting "second" leaves behind: the
    # journal, and part of the article's quads.
    article = Article(id="second", path="second.txt", text=SECOND)
    quads = [ox.Quad(q.subject, q.predicate, q.object,
                     ox.NamedNode(article.graph) if q.graph_name == ox.DefaultGraph() else q.graph_name)
             for q in pipeline.article_quads(article)]
    new_descriptions = [q for q in quads if q.graph_name == ox.NamedNode(ENTITIES_GRAPH)
                        and q not in store.raw]
    assert new_descriptions                     # "Estonia" is new to the store
    _Journal([article.graph], new_descriptions).write(path / JOURNAL)
    store.raw.bulk_extend(quads[: len(quads) // 2] + new_descriptions)
    del store

    reopened = OxigraphStore(path)
    assert set(reopened.raw) == before
    assert "Estonia" not in labels(reopened)
    assert not (path / JOURNAL).exists()
    put(reopened, "second", SECOND)             # and the article can be ingested again
    assert "Estonia" in labels(reopened)


def test_ingesting_leaves_no_journal_behind(store):
    put(store, "first", FIRST)
    put(store, "second", SECOND)
    assert not (store.path / JOURNAL).exists()
    assert "Estonia" in labels(store)
