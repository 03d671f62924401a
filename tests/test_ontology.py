"""The ontology, the SHACL shapes and `graphkb validate`.

The data here is written by hand in the shape of docs/model.md: an invented arms
deal (Poland buys Naval Strike Missiles from Kongsberg) with its claim and evidence.
Each defect test adds one mistake to that conforming graph and checks that exactly
the expected violation appears.
"""
from __future__ import annotations

import doctest
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

import graphkb.ontology
from graphkb.cli import cli
from graphkb.namespaces import GK
from graphkb.ontology import (class_labels, load_ontology, load_shapes, property_labels,
                              reference_markdown, validate_graph, validate_store)
from graphkb.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
GKNS = rdflib.Namespace(GK)
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES = """
@prefix gk: <https://w3id.org/graphkb/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix country: <https://w3id.org/graphkb/id/country/> .
@prefix org: <https://w3id.org/graphkb/id/organization/> .
@prefix weapon: <https://w3id.org/graphkb/id/weapon/> .
@prefix person: <https://w3id.org/graphkb/id/person/> .
@prefix place: <https://w3id.org/graphkb/id/place/> .
@prefix article: <https://w3id.org/graphkb/id/article/> .
@prefix deal: <https://w3id.org/graphkb/id/deal/t1/> .
@prefix claim: <https://w3id.org/graphkb/id/claim/t1/> .
"""

GOOD = PREFIXES + """
country:poland a gk:Country ; rdfs:label "Poland" .
country:norway a gk:Country ; rdfs:label "Norway" ; skos:altLabel "Kingdom of Norway" .
place:gdynia a gk:City ; rdfs:label "Gdynia" .
org:kongsberg a gk:Company ; rdfs:label "Kongsberg Defence & Aerospace" ; skos:altLabel "KDA" ;
    gk:country country:norway .
org:polish-navy a gk:MilitaryBranch ; rdfs:label "Polish Navy" ; gk:country country:poland .
org:coastal-wire a gk:MediaOutlet ; rdfs:label "Coastal Wire" .
weapon:nsm a gk:CruiseMissile ; rdfs:label "Naval Strike Missile" ; skos:altLabel "NSM" ;
    gk:manufacturer org:kongsberg ; gk:operator org:polish-navy, country:poland ;
    gk:producedAt place:gdynia ; gk:producedUnderLicence true ; gk:licenseeCountry country:poland .
person:ewa-lis a gk:Person ; rdfs:label "Ewa Lis" ; schema:jobTitle "Ambassador" ;
    gk:represents country:poland ; gk:postedTo country:norway .

article:t1 a gk:Article ; dct:identifier "t1" ; dct:title "Poland orders more coastal missiles" ;
    dct:publisher org:coastal-wire ; gk:datelinePlace place:gdynia ;
    gk:datelineDate "--05-29"^^xsd:gMonthDay ; dct:source "seeds/t1.txt" .

deal:1 a gk:Deal ; gk:buyer country:poland ; gk:seller org:kongsberg ; gk:item weapon:nsm ;
    gk:quantity 48 ; gk:amount 1950000000.0 ; gk:currency "NOK" ; gk:signedDate "2023-12"^^xsd:gYearMonth ;
    gk:deliveredCount 12 ; gk:pendingCount 36 ; gk:status "signed" .

claim:1 a gk:Claim ; rdf:subject deal:1 ; rdf:predicate gk:buyer ; rdf:object country:poland ;
    gk:modality gk:Reported ; prov:wasAttributedTo person:ewa-lis ;
    prov:wasDerivedFrom article:t1 ; gk:evidence claim:1-ev .
claim:1-ev a oa:SpecificResource ; oa:hasSource article:t1 ;
    oa:hasSelector claim:1-quote, claim:1-pos .
claim:1-quote a oa:TextQuoteSelector ; oa:exact "Poland has reportedly ordered 48 more missiles." .
claim:1-pos a oa:TextPositionSelector ; oa:start "120"^^xsd:nonNegativeInteger ; oa:end 167 .

claim:2 a gk:Claim ; rdf:subject deal:1 ; rdf:predicate gk:quantity ; rdf:object 48 ;
    gk:modality gk:Asserted ; prov:wasAttributedTo org:coastal-wire ;
    prov:wasDerivedFrom article:t1 ;
    gk:evidence [ a oa:SpecificResource ; oa:hasSource article:t1 ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "The order covers 48 missiles." ] ,
                       [ a oa:TextPositionSelector ; oa:start 0 ; oa:end 29 ] ] .
"""


def graph(text: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=text, format="turtle")


def problems(report: str) -> list[tuple[str, str, str]]:
    """(severity, focus, path) of each result line of a validation report."""
    return [tuple(line.split("  ")[:3]) for line in report.splitlines()[1:]]


# -- the ontology -------------------------------------------------------------

@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return load_ontology()


def test_ontology_has_a_header(onto):
    header = rdflib.URIRef(GK.rstrip("#"))
    assert (header, RDF.type, OWL.Ontology) in onto
    for prop in (rdflib.namespace.DCTERMS.title, rdflib.namespace.DCTERMS.description, OWL.versionInfo):
        assert onto.value(header, prop) is not None, prop


def model_terms() -> set[str]:
    text = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")
    return set(re.findall(r"\bgk:([A-Za-z]+)", text))


def test_model_doc_mentions_many_terms():
    assert {"Deal", "buyer", "Claim", "modality", "CruiseMissile", "chair"} <= model_terms()


@pytest.mark.parametrize("name", sorted(model_terms()))
def test_every_term_of_the_model_is_defined(onto, name):
    term = GKNS[name]
    kinds = set(onto.objects(term, RDF.type))
    assert kinds, f"gk:{name} is used in docs/model.md but not defined"
    assert onto.value(term, RDFS.label) is not None
    if SKOS.Concept in kinds:
        assert (term, SKOS.inScheme, GKNS.ModalityScheme) in onto
        assert onto.value(term, SKOS.definition) is not None
        return
    assert onto.value(term, RDFS.comment) is not None
    if kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}:
        assert onto.value(term, RDFS.domain) is not None
        assert onto.value(term, RDFS.range) is not None
    else:
        assert kinds == {OWL.Class}


def _members(onto, node) -> list:
    union = onto.value(node, OWL.unionOf)
    return list(rdflib.collection.Collection(onto, union)) if union is not None else [node]


def test_every_own_term_is_documented_and_typed_consistently(onto):
    own = {s for s in onto.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(GK)}
    assert len(own) > 80
    for term in own:
        label = onto.value(term, RDFS.label)
        assert label is not None and label.language == "en", term
        kinds = set(onto.objects(term, RDF.type))
        ranges = _members(onto, onto.value(term, RDFS.range)) if kinds & {
            OWL.ObjectProperty, OWL.DatatypeProperty} else []
        if OWL.DatatypeProperty in kinds:
            assert all(str(r).startswith(XSD) for r in ranges), term
        if OWL.ObjectProperty in kinds:
            assert ranges and not any(str(r).startswith(XSD) for r in ranges), term
            for cls in _members(onto, onto.value(term, RDFS.domain)) + ranges:
                assert (cls, RDF.type, OWL.Class) in onto, (term, cls)


def test_unions_where_a_property_applies_to_several_classes(onto):
    assert set(_members(onto, onto.value(GKNS.buyer, RDFS.range))) == {GKNS.Country, GKNS.Organization, GKNS.Person}
    assert set(_members(onto, onto.value(GKNS.buyer, RDFS.domain))) == {GKNS.Deal, GKNS.Negotiation}


def test_alignment_with_standard_vocabularies(onto):
    schema, prov = rdflib.Namespace("https://schema.org/"), rdflib.Namespace("http://www.w3.org/ns/prov#")
    expected = {GKNS.Person: {schema.Person, prov.Agent}, GKNS.Organization: {schema.Organization, prov.Agent},
                GKNS.Article: {schema.NewsArticle, prov.Entity}, GKNS.Claim: {prov.Entity, RDF.Statement},
                GKNS.Country: {schema.Country}, GKNS.MilitaryOperation: {schema.Event}}
    for cls, parents in expected.items():
        assert parents <= set(onto.objects(cls, RDFS.subClassOf)), cls


def test_labels_for_the_graph_view():
    props, classes = property_labels(), class_labels()
    assert props[GK + "postedTo"] == "posted to"
    assert props["http://purl.org/dc/terms/publisher"] == "publisher"
    assert classes[GK + "AirDefenceSystem"] == "air-defence system"
    assert GK + "buyer" not in classes and GK + "Deal" not in props


def test_module_examples_run():
    assert doctest.testmod(graphkb.ontology).failed == 0


# -- the shapes ---------------------------------------------------------------

def test_shapes_name_only_classes_and_properties_the_ontology_defines(onto):
    shapes = load_shapes()
    used = set(shapes.objects(None, SH["class"])) | set(shapes.objects(None, SH.targetClass))
    used |= {p for p in shapes.objects(None, SH.path) if isinstance(p, rdflib.URIRef)}
    ours = [t for t in used if str(t).startswith((GK, "http://www.w3.org/ns/oa#"))]
    assert len(ours) > 40
    for term in ours:
        assert set(onto.objects(term, RDF.type)), f"shapes.ttl uses {term}, undefined in graphkb.ttl"


def test_conforming_graph_validates():
    conforms, report = validate_graph(graph(GOOD))
    assert conforms, report
    assert report.startswith("Conforms:")


DEFECTS = {
    "quantity as a string": (
        'deal:1 gk:quantity "forty-eight" .',
        [("Violation", "gkid:deal/t1/1", "gk:quantity")]),
    "claim without evidence": (
        "claim:3 a gk:Claim ; rdf:subject deal:1 ; rdf:predicate gk:item ; rdf:object weapon:nsm ;"
        " gk:modality gk:Asserted ; prov:wasDerivedFrom article:t1 .",
        [("Violation", "gkid:claim/t1/3", "gk:evidence")]),
    "person representing an organisation": (
        "person:ewa-lis gk:represents org:kongsberg .",
        [("Violation", "gkid:person/ewa-lis", "gk:represents")]),
    "lower-case currency": (
        'deal:1 gk:currency "nok" .',
        [("Violation", "gkid:deal/t1/1", "gk:currency")]),
    "negative amount": (
        "deal:1 gk:amount -5.0 .",
        [("Violation", "gkid:deal/t1/1", "gk:amount")]),
    "buyer that is a weapon": (
        "deal:1 gk:buyer weapon:nsm .",
        [("Violation", "gkid:deal/t1/1", "gk:buyer")]),
    "entity without a label": (
        "weapon:k9 a gk:Artillery .",
        [("Violation", "gkid:weapon/k9", "rdfs:label")]),
    "entity with two labels": (
        'country:norway rdfs:label "Kingdom of Norway" .',
        [("Violation", "gkid:country/norway", "rdfs:label")]),
    "modality outside the scheme": (
        "claim:1 gk:modality gk:Asserted, gk:Likely .",
        [("Violation", "gkid:claim/t1/1", "gk:modality")]),
    "start after end": (
        "claim:1-pos oa:start 170 .",
        [("Violation", "gkid:claim/t1/1-pos", "oa:start")]),
    "claim whose fact is not in the graph": (
        "claim:4 a gk:Claim ; rdf:subject deal:1 ; rdf:predicate gk:seller ; rdf:object country:norway ;"
        " gk:modality gk:Asserted ; prov:wasDerivedFrom article:t1 ; gk:evidence claim:1-ev .",
        [("Violation", "gks:KnowledgeGraph", "-")]),
    "evidence without a position": (
        "claim:5 a gk:Claim ; rdf:subject deal:1 ; rdf:predicate gk:item ; rdf:object weapon:nsm ;"
        " gk:modality gk:Asserted ; prov:wasDerivedFrom article:t1 ; gk:evidence claim:5-ev ."
        " claim:5-ev a oa:SpecificResource ; oa:hasSource article:t1 ; oa:hasSelector claim:1-quote .",
        [("Violation", "gkid:claim/t1/5-ev", "oa:hasSelector")]),
    "misspelt property": (
        "deal:1 gk:byer country:poland .",
        [("Violation", "gks:KnowledgeGraph", "-")]),
    "line item without its count": (
        "deal:1 gk:lineItem deal:1-line . deal:1-line a gk:LineItem ; gk:item weapon:nsm .",
        [("Violation", "gkid:deal/t1/1-line", "gk:quantity")]),
    "statement by a weapon": (
        'deal:st a gk:Statement ; gk:quote "Ready." ; gk:speaker weapon:nsm .',
        [("Violation", "gkid:deal/t1/st", "gk:speaker")]),
    "sameAs outside Wikidata": (
        "country:norway owl:sameAs <http://dbpedia.org/resource/Norway> .",
        [("Violation", "gkid:country/norway", "owl:sameAs")]),
}


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_each_defect_is_reported(name):
    extra, expected = DEFECTS[name]
    conforms, report = validate_graph(graph(GOOD + extra))
    assert not conforms
    assert sorted(set(problems(report))) == expected, report


def test_a_country_speaks_and_a_cooperation_has_signatories():
    """'Norway said ...': a country's government speaks; the people who signed a cooperation
    agreement are its signatories."""
    extra = ('deal:st a gk:Statement ; gk:quote "We will buy more." ; gk:speaker country:norway .'
             ' deal:co a gk:Cooperation ; gk:party country:norway ; gk:signatory person:ewa-lis .')
    conforms, report = validate_graph(graph(GOOD + extra))
    assert conforms, report


def test_missing_title_is_only_a_warning():
    conforms, report = validate_graph(graph(GOOD.replace('dct:title "Poland orders more coastal missiles" ;', "")))
    assert conforms, report
    assert problems(report) == [("Warning", "gkid:article/t1", "dct:title")]
    assert report.startswith("Conforms, with warnings: 1 result(s)")


def test_report_names_the_offending_value():
    _, report = validate_graph(graph(GOOD + 'deal:1 gk:quantity "forty-eight" . deal:1 gk:byer deal:1 .'))
    assert '(value: "forty-eight")' in report
    assert "https://w3id.org/graphkb/ontology#byer is used but not defined" in report


# -- `graphkb validate` on a real store ------------------------------------------

def make_store(path: Path, graphs: dict[str, str]) -> Path:
    store = OxigraphStore(path)
    for name, text in graphs.items():
        store.load(text.encode("utf-8"), ox.RdfFormat.TURTLE, graph=f"https://w3id.org/graphkb/graph/{name}")
    store.flush()
    del store
    return path


def test_validate_store_checks_the_union_of_article_graphs(tmp_path):
    # the deal's buyer is typed in another article's graph only: fine in the union
    first = GOOD.replace("country:poland a gk:Country ; rdfs:label \"Poland\" .", "")
    second = PREFIXES + 'country:poland a gk:Country ; rdfs:label "Poland" .\n'
    assert not validate_graph(graph(first))[0]
    store = OxigraphStore(make_store(tmp_path / "store", {"t1": first, "t2": second}), read_only=True)
    conforms, report = validate_store(store)
    assert conforms, report


def test_cli_validate_passes_on_a_conforming_store(tmp_path):
    path = make_store(tmp_path / "store", {"t1": GOOD, "t2": PREFIXES + 'country:poland rdfs:label "Poland" .'})
    result = CliRunner().invoke(cli, ["--store", str(path), "validate"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Conforms:")


def test_cli_validate_fails_and_lists_violations(tmp_path):
    broken = GOOD + 'deal:1 gk:quantity "forty-eight" .\nperson:ewa-lis gk:represents org:kongsberg .'
    path = make_store(tmp_path / "store", {"t1": broken})
    result = CliRunner().invoke(cli, ["--store", str(path), "validate"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("Does not conform:")
    assert any(l.startswith("Violation  gkid:deal/t1/1  gk:quantity") for l in lines)
    assert any(l.startswith("Violation  gkid:person/ewa-lis  gk:represents") for l in lines)


def test_the_seed_article_graph_conforms(tmp_path):
    store = tmp_path / "store"
    ingest = CliRunner().invoke(cli, ["--store", str(store), "ingest", "--quiet", str(ROOT / "seeds")])
    assert ingest.exit_code == 0, ingest.output
    result = CliRunner().invoke(cli, ["--store", str(store), "validate"])
    assert result.exit_code == 0 and result.output.startswith("Conforms"), result.output


TWO_COUNTED_ITEMS = (
    "Oslo, March 4 (Nordic Defence Wire): Norway signed a $1.2 billion contract with Germany's "
    "KNDS Deutschland for 54 Leopard 2 tanks and 12 Boxer vehicles in 2023.\n")


def _ingested_and_valid(tmp_path, name: str, text: str) -> str:
    """A store holding one article, which `graphkb validate` finds conforming; its path."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
    store = str(tmp_path / "store")
    ingest = CliRunner().invoke(cli, ["--store", store, "ingest", "--quiet", str(tmp_path / "articles")])
    assert ingest.exit_code == 0, ingest.output
    result = CliRunner().invoke(cli, ["--store", store, "validate"])
    assert result.exit_code == 0 and result.output.startswith("Conforms"), result.output
    return store


def test_a_deal_with_two_counted_items_conforms_and_cq02_pairs_each_count(tmp_path):
    # (two counts on the deal itself broke the shape's maxCount 1 and paired every item with
    # every count in cq02)
    store = _ingested_and_valid(tmp_path, "norway-tanks.txt", TWO_COUNTED_ITEMS)
    query = CliRunner().invoke(cli, ["--store", store, "query", str(ROOT / "queries" / "cq02-deals.rq"),
                                     "--format", "csv"])
    assert query.exit_code == 0, query.output
    rows = {tuple(line.split(",")[1:3]) for line in query.output.splitlines()[1:]}
    assert rows == {("Leopard 2", "54"), ("Boxer", "12")}, query.output


NEW_EVENTS = (
    "Naval forces aboard the USS Hawkins seized the rifles March 3 from a small craft in the Arabian Sea. "
    "Earlier, the Royal Canadian Navy’s HMCS Halifax intercepted a boat Feb. 11 that was carrying 900 rifles. "
    "Last week, state-owned shipbuilder Surya Marine won a licence from Norway-based shipbuilder Fjordverk to "
    "build four Bergen 90 (BG90) corvettes for the Malaysian Navy. Spanish Eurofighter jets have joined "
    "Italian aircraft in a joint strike on an underground depot in Libya. On Feb. 14, the Russian landing "
    "ship Yamal was sunk in the Black Sea after being attacked by Sea Baby naval drones. Iran's Supreme "
    "Leader Ali Khamenei personally oversaw the test-firing of the country's new ballistic missile.\n")


def test_the_events_of_the_seventh_round_conform(tmp_path):
    # (a seizure 'by' a ship once made the ship its conductor, which the shapes rightly refuse)
    store = _ingested_and_valid(tmp_path, "events.txt", NEW_EVENTS)
    count = CliRunner().invoke(cli, ["--store", store, "query", "--format", "csv",
                                     "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a gk:MilitaryOperation } }"])
    assert int(count.output.splitlines()[1]) >= 4, count.output


# -- docs ------------------------------------------------------------------------

def test_reference_page_is_current():
    page = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert page == reference_markdown(), "regenerate: python -m graphkb.ontology > docs/ontology.md"
    assert "| `gk:buyer` | buyer | object |" in page


def test_a_person_may_sell_in_a_deal_but_a_weapon_may_not():
    """In an export-control case the smuggler is the seller: a person passes the deal's shape."""
    from graphkb.ontology import validate_graph
    data = rdflib.Graph()
    data.parse(data="""
        @prefix gk: <https://w3id.org/graphkb/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <urn:x:deal> a gk:Deal ; rdfs:label "Deal" ; gk:seller <urn:x:smuggler> .
        <urn:x:smuggler> a gk:Person ; rdfs:label "A. Smuggler" .
    """, format="turtle")
    assert validate_graph(data)[0]
    data.parse(data="""
        @prefix gk: <https://w3id.org/graphkb/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <urn:x:deal> gk:buyer <urn:x:rifle> .
        <urn:x:rifle> a gk:Rifle ; rdfs:label "Rifle" .
    """, format="turtle")
    conforms, report = validate_graph(data)
    assert not conforms and "buyer" in report
