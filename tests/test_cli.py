"""The command line on a real store on disk: ingest, query, export, import, remove, errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphkb.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))

ARTICLE = """Warsaw Orders More Howitzers
Warsaw, June 4 (Defence Wire): Poland signed a $2.6 billion contract with South Korea's Hanwha
Aerospace for 212 K9 Thunder howitzers, the Armament Agency said.
"""


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def store(tmp_path):
    return tmp_path / "store"


def run(runner, store, *args, input=None):
    return runner.invoke(cli, ["--store", str(store), *args], input=input, catch_exceptions=False)


def quad_count(runner, store) -> int:
    result = run(runner, store, "query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                 "--format", "json")
    return int(json.loads(result.output)["results"]["bindings"][0]["n"]["value"])


def test_ingest_is_idempotent(runner, store, tmp_path):
    article = tmp_path / "warsaw.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run(runner, store, "ingest", "--quiet", str(article)).exit_code == 0
    first = quad_count(runner, store)
    assert run(runner, store, "ingest", "--quiet", str(article)).exit_code == 0
    assert quad_count(runner, store) == first > 0
    result = run(runner, store, "articles")
    assert "warsaw" in result.output and "Warsaw Orders More Howitzers" in result.output


def test_query_formats_and_a_query_file(runner, store, tmp_path):
    run(runner, store, "ingest", "--quiet", str(SEED))
    query = tmp_path / "buyers.rq"
    query.write_text("SELECT ?buyer WHERE { ?d a gk:Deal ; gk:buyer/rdfs:label ?buyer }")
    table = run(runner, store, "query", str(query))
    assert table.output == "buyer\n-----\nIndia\n"
    csv = run(runner, store, "query", str(query), "--format", "csv")
    assert csv.output.replace("\r\n", "\n") == "buyer\nIndia\n"
    data = json.loads(run(runner, store, "query", str(query), "--format", "json").output)
    assert data["results"]["bindings"] == [{"buyer": {"type": "literal", "value": "India"}}]
    from_stdin = run(runner, store, "query", "-", input="ASK { ?s a gk:Deal }")
    assert from_stdin.output == "true\n"


def test_construct_prints_turtle(runner, store):
    run(runner, store, "ingest", "--quiet", str(SEED))
    result = run(runner, store, "query",
                 "CONSTRUCT { ?d gk:buyer ?b } WHERE { ?d a gk:Deal ; gk:buyer ?b }")
    assert result.exit_code == 0
    assert "@prefix gk:" in result.output
    assert "gk:buyer <https://w3id.org/graphkb/id/country/india>" in result.output


def test_a_bad_query_shows_the_parser_message_and_position(runner, store):
    run(runner, store, "ingest", "--quiet", str(SEED))
    result = runner.invoke(cli, ["--store", str(store), "query", "SELECT ?x WHERE { ?x ?p }"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: syntax error: error at 1:")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"   \n", "empty article"),
    ("binary.txt", b"\x89PNG\x00\x01\x02", "binary file (contains NUL bytes), not an article"),
    ("latin1.txt", "Défense".encode("latin-1"), "not UTF-8 (invalid byte at offset 1)"),
])
def test_a_bad_article_is_reported_skipped_and_the_store_untouched(runner, store, tmp_path, name,
                                                                   content, message):
    run(runner, store, "ingest", "--quiet", str(SEED))
    before = quad_count(runner, store)
    bad = tmp_path / name
    bad.write_bytes(content)
    result = runner.invoke(cli, ["--store", str(store), "ingest", "--quiet", str(bad)])
    assert result.exit_code == 1
    assert result.output == f"Error: {bad}: {message}\n"
    assert quad_count(runner, store) == before


def test_a_missing_article_and_a_good_one(runner, store, tmp_path):
    good = tmp_path / "warsaw.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    missing = tmp_path / "nope.txt"
    result = runner.invoke(cli, ["--store", str(store), "ingest", "--quiet", str(missing), str(good)])
    assert result.exit_code == 1
    assert result.output == f"Error: {missing}: no such file\n"
    assert "warsaw" in run(runner, store, "articles").output


def test_export_formats_and_round_trip_through_import(runner, store, tmp_path):
    run(runner, store, "ingest", "--quiet", str(SEED))
    total = quad_count(runner, store)
    out = tmp_path / "all.nq"
    result = run(runner, store, "export", "--format", "nq", "-o", str(out))
    assert result.exit_code == 0 and len(out.read_text().splitlines()) == total
    turtle = run(runner, store, "export")
    assert "@prefix gk:" in turtle.output and "GRAPH" not in turtle.output
    other = tmp_path / "other"
    assert run(runner, other, "import", str(out)).exit_code == 0
    assert quad_count(runner, other) == total


def test_import_of_broken_rdf_changes_nothing(runner, store, tmp_path):
    run(runner, store, "ingest", "--quiet", str(SEED))
    before = quad_count(runner, store)
    broken = tmp_path / "broken.ttl"
    broken.write_text("<http://example.com/a> <http://example.com/b> <http://example.com/c> .\n"
                      "<http://example.com/a> <http://example.com/b> \"unterminated .\n")
    result = runner.invoke(cli, ["--store", str(store), "import", str(broken)])
    assert result.exit_code == 1 and result.output.startswith("Error: ")
    assert quad_count(runner, store) == before


def test_remove_an_article_keeps_shared_entities_of_others(runner, store, tmp_path):
    other = tmp_path / "warsaw.txt"
    other.write_text(ARTICLE.replace("Poland", "India"), encoding="utf-8")
    run(runner, store, "ingest", "--quiet", str(SEED), str(other))
    assert run(runner, store, "remove", SEED.stem).exit_code == 0
    result = run(runner, store, "query",
                 "SELECT ?l WHERE { <https://w3id.org/graphkb/id/country/india> rdfs:label ?l }")
    assert "India" in result.output
    result = run(runner, store, "query", "ASK { ?s gk:formerName ?n }")
    assert result.output == "false\n"
    missing = runner.invoke(cli, ["--store", str(store), "remove", SEED.stem])
    assert missing.exit_code == 1 and "no article" in missing.output


def test_extract_prints_trig_without_storing(runner, store):
    result = run(runner, store, "extract", str(SEED))
    assert result.exit_code == 0 and "gk:Claim" in result.output
    assert not store.exists()


def test_every_command_has_help(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0 and command.help, name
