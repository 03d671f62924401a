"""Small graphs in the shape of docs/model.md, for the graph view's tests.

Two articles: an arms deal (with a minister's statement) and a joint venture; and an
article whose names and sentences are attacks on the page.
"""
from __future__ import annotations

import re

import pyoxigraph as ox

PREFIXES = """
@prefix gk: <https://w3id.org/graphkb/ontology#> .
@prefix gkid: <https://w3id.org/graphkb/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix schema: <https://schema.org/> .
"""

DEAL_SENTENCE = ("Freedonia will buy twelve Kestrel-7 air defence batteries from Sylvania "
                 "for 2.1 billion dollars, the ministry said on Monday.")
QUOTE_SENTENCE = "\"The Kestrel-7 closes our northern sky,\" Defence Minister Maria Quint said."
JV_SENTENCE = ("Sylvan Arms and Freedonia Aerospace set up Aurora Dynamics, a joint venture "
               "that will build the Falcon drone.")


def _claim(article: str, n: int, s: str, p: str, o: str, sentence: str, *,
           modality: str = "gk:Asserted", speaker: str = "gkid:org/daily-ledger") -> str:
    literal = sentence.replace("\\", "\\\\").replace('"', '\\"')
    return f"""
    gkid:claim/{article}/{n} a gk:Claim ; rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} ;
        gk:modality {modality} ; prov:wasAttributedTo {speaker} ;
        prov:wasDerivedFrom gkid:article/{article} ; gk:evidence gkid:claim/{article}/{n}/ev .
    gkid:claim/{article}/{n}/ev a oa:SpecificResource ; oa:hasSource gkid:article/{article} ;
        oa:hasSelector gkid:claim/{article}/{n}/q .
    gkid:claim/{article}/{n}/q a oa:TextQuoteSelector ; oa:exact "{literal}" .
"""


DEAL = PREFIXES + f"""
GRAPH <https://w3id.org/graphkb/graph/deal-article> {{
    gkid:article/deal-article a gk:Article ; dct:identifier "deal-article" ;
        dct:title "Freedonia orders Kestrel-7 batteries" ; dct:publisher gkid:org/daily-ledger .
    gkid:org/daily-ledger a gk:MediaOutlet ; rdfs:label "Daily Ledger" .
    gkid:country/freedonia a gk:Country ; rdfs:label "Freedonia" .
    gkid:country/sylvania a gk:Country ; rdfs:label "Sylvania" ; skos:altLabel "Republic of Sylvania" .
    gkid:system/kestrel-7 a gk:AirDefenceSystem ; rdfs:label "Kestrel-7" ; skos:altLabel "K7" ;
        gk:manufacturer gkid:org/sylvan-arms .
    gkid:org/sylvan-arms a gk:Company ; rdfs:label "Sylvan Arms" ; gk:country gkid:country/sylvania .
    gkid:person/maria-quint a gk:Person ; rdfs:label "Maria Quint" ; schema:jobTitle "Defence Minister" ;
        gk:represents gkid:country/freedonia .
    gkid:deal/deal-article/1 a gk:Deal ; gk:buyer gkid:country/freedonia ;
        gk:seller gkid:country/sylvania ; gk:item gkid:system/kestrel-7 ;
        gk:quantity 12 ; gk:amount 2100000000.0 ; gk:currency "USD" .
    gkid:statement/deal-article/1 a gk:Statement ; gk:speaker gkid:person/maria-quint ;
        gk:about gkid:system/kestrel-7 ; gk:quote "The Kestrel-7 closes our northern sky" .
    {_claim("deal-article", 1, "gkid:deal/deal-article/1", "gk:buyer", "gkid:country/freedonia", DEAL_SENTENCE)}
    {_claim("deal-article", 2, "gkid:deal/deal-article/1", "gk:seller", "gkid:country/sylvania", DEAL_SENTENCE)}
    {_claim("deal-article", 3, "gkid:deal/deal-article/1", "gk:item", "gkid:system/kestrel-7", DEAL_SENTENCE)}
    {_claim("deal-article", 4, "gkid:deal/deal-article/1", "gk:quantity", "12", DEAL_SENTENCE)}
    {_claim("deal-article", 5, "gkid:statement/deal-article/1", "gk:speaker", "gkid:person/maria-quint",
            QUOTE_SENTENCE, speaker="gkid:person/maria-quint")}
}}
"""

JOINT_VENTURE = PREFIXES + f"""
GRAPH <https://w3id.org/graphkb/graph/jv-article> {{
    gkid:article/jv-article a gk:Article ; dct:identifier "jv-article" ;
        dct:title "Aurora Dynamics to build Falcon drones" .
    gkid:org/sylvan-arms a gk:Company ; rdfs:label "Sylvan Arms" .
    gkid:org/freedonia-aerospace a gk:Company ; rdfs:label "Freedonia Aerospace" ;
        gk:country gkid:country/freedonia .
    gkid:country/freedonia a gk:Country ; rdfs:label "Freedonia" .
    gkid:org/aurora-dynamics a gk:JointVenture, gk:Company ; rdfs:label "Aurora Dynamics" ;
        gk:partner gkid:org/sylvan-arms, gkid:org/freedonia-aerospace ;
        gk:product gkid:system/falcon .
    gkid:system/falcon a gk:UnmannedAircraft ; rdfs:label "Falcon" .
    {_claim("jv-article", 1, "gkid:org/aurora-dynamics", "gk:partner", "gkid:org/sylvan-arms", JV_SENTENCE,
            modality="gk:Planned")}
    {_claim("jv-article", 2, "gkid:org/aurora-dynamics", "gk:product", "gkid:system/falcon", JV_SENTENCE,
            modality="gk:Planned")}
}}
"""

# Every string an article controls tries to run code in the page.
ATTACKS = [
    "<script>alert('label')</script>",
    "<img src=x onerror=alert('img')>",
    "\" href=\"javascript:alert('href')\"",
    "</script><script>alert('close')</script>",
    "x' onmouseover='alert(1)' '",
    "<svg onload=alert('svg')>\u2028\u2029",
]

_ESCAPED_HREF = ATTACKS[2].replace('"', '\\"')

XSS = PREFIXES + f"""
GRAPH <https://w3id.org/graphkb/graph/xss-article> {{
    gkid:article/xss-article a gk:Article ; dct:identifier "xss-article" ;
        dct:title "{ATTACKS[3]} title" .
    gkid:country/evil a gk:Country ; rdfs:label "{ATTACKS[0]}" ;
        skos:altLabel "{_ESCAPED_HREF}" .
    gkid:org/evil-corp a gk:Company ; rdfs:label "{ATTACKS[1]}" ; gk:country gkid:country/evil .
    gkid:system/evil a gk:Missile ; rdfs:label "{ATTACKS[3]}" ; gk:formerName "{ATTACKS[4]}" ;
        gk:manufacturer gkid:org/evil-corp .
    gkid:deal/xss-article/1 a gk:Deal ; gk:buyer gkid:country/evil ; gk:item gkid:system/evil ;
        gk:status "{ATTACKS[5]}" .
    {_claim("xss-article", 1, "gkid:deal/xss-article/1", "gk:item", "gkid:system/evil",
            " ".join(ATTACKS))}
}}
"""


def load(store, *texts: str) -> None:
    """Load TriG texts into an OxigraphStore."""
    for text in texts:
        store.load(trig(text).encode("utf-8"), ox.RdfFormat.TRIG)


def trig(text: str) -> str:
    """The fixture as TriG: ``gkid:a/b`` is written out, as Turtle's prefixed names have no '/'."""
    return re.sub(r"gkid:([\w/-]+)", r"<https://w3id.org/graphkb/id/\1>", text)
