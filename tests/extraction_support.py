"""Helpers for extraction tests: run the pipeline on a text and read its facts plainly."""
from __future__ import annotations

from decimal import Decimal

from graphkb import claims, entities, mentions
from graphkb.articles import Article
from graphkb.claims import Lit


def findings(text: str, article_id: str = "test-article"):
    article = Article(id=article_id, path=f"{article_id}.txt", text=text)
    doc = mentions.analyse(article)
    resolved = entities.resolve(doc)
    return claims.extract(doc, resolved)


def name(node) -> object:
    if isinstance(node, Lit):
        value = node.value
        return int(value) if isinstance(value, Decimal) and value == value.to_integral() else value
    return getattr(node, "label", None) or node.kind


def facts(text: str) -> set[tuple]:
    """(subject, predicate without prefix, object) for every claim; events are named by kind."""
    out = set()
    for c in findings(text).claims:
        subject = c.subject.kind if c.subject.__class__.__name__ == "Event" else name(c.subject)
        obj = c.object.kind if c.object.__class__.__name__ == "Event" else name(c.object)
        out.add((subject, c.predicate.split(":", 1)[1], obj))
    return out


def events(text: str, kind: str) -> list[dict[str, list]]:
    """Each event of a kind that the graph holds, as {predicate: [objects]}."""
    f = findings(text)
    out = []
    for event in f.events:
        if event.kind != kind:
            continue
        props: dict[str, list] = {}
        for c in f.claims:
            if c.subject is event:
                props.setdefault(c.predicate.split(":", 1)[1], [])
                value = name(c.object)
                if value not in props[c.predicate.split(":", 1)[1]]:
                    props[c.predicate.split(":", 1)[1]].append(value)
        if props:   # (an event whose claims were all taken back is not in the graph)
            out.append(props)
    return out
