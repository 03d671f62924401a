"""The graph page: a :class:`~graphkb.graphview.View` drawn as interactive HTML, and its JSON.

How the page is built, and why:

* **Rendering through pyvis, with our own template.** pyvis builds the vis-network
  node, edge and option structures; the page is rendered from
  ``templates/graphview/graph.html`` by a Jinja environment with autoescaping on.
  pyvis's own template is not used because it does not escape (its heading, select
  menu and "href" titles run injected HTML) and because even ``cdn_resources="in_line"``
  links Bootstrap from a CDN. Everything the page needs is inlined: vis-network's
  JavaScript is read from the installed pyvis package at render time (served pages
  load it from the server instead), our small CSS and JS from the template folder.
  All data travels in one ``<script type="application/json">`` block with ``<``,
  ``>``, ``&`` and U+2028/9 escaped, and the page script builds every piece of
  text with ``textContent``; vis-network 9 shows a string ``title`` with
  ``innerText``, so tooltips are plain text. The page makes no request of its own.
  A content security policy lets only our own scripts run (by hash), a second wall
  behind the escaping.
* **Physics tuned for size.** Barnes-Hut, straight edges, no improved layout, a
  bounded number of stabilisation iterations (fewer for bigger graphs), and physics
  switched off once stabilised: pyvis's defaults (dynamic smooth edges, 1,000 iterations) take minutes
  to settle a few thousand nodes (see ``benchmarks/bench_graphview.py``).
* **One payload for every consumer.** :func:`payload` is the page's data; ``graphkb
  serve`` also returns it as ``/graph.json``, and :func:`expand` gives the same shape
  for the nodes a double-click adds. What to draw, and the evidence, come from
  :mod:`graphkb.graphview`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import GraphkbError
from .graphview import (KnowledgeGraph, Select, View, Vocabulary, details, fetch_around,
                        fetch_evidence, style, tooltip, vocabulary)

TEMPLATE_DIR = Path(__file__).parent / "templates" / "graphview"


async def expand(select: Select, iri: str) -> dict:
    """The JSON the page adds when a node is double-clicked: its neighbours, their edges, details."""
    kb = await fetch_around(select, iri)
    shown = sorted(kb.nodes)
    evidence = await fetch_evidence(select, shown)
    view = View(kb, shown, len(shown), len(shown), evidence, iri)
    data = payload(view)
    data["edges"] = _edges(kb, set(kb.graph.nodes), vocabulary())  # incl. edges from drawn nodes
    return data


def payload(view: View) -> dict:
    """Nodes, edges, details and classes for the page (JSON-ready)."""
    vocab = vocabulary()
    kb, shown = view.kb, set(view.shown)
    net = _pyvis_network(view, vocab)
    classes = {}
    for iri in view.shown:
        cls = kb.nodes[iri].cls
        colour, shape = style(cls)
        classes[cls] = {"label": vocab.class_label(cls), "color": colour, "shape": shape}
    return {
        "nodes": net.nodes, "edges": _edges(kb, shown, vocab), "classes": classes,
        "details": {iri: details(view, iri, vocab) for iri in view.shown},
        "shown": len(view.shown), "total": view.total, "limit": view.limit, "focus": view.focus,
        "options": net.options, "title": view.title,
    }


def _pyvis_network(view: View, vocab: Vocabulary):
    """The pyvis Network holding the drawn nodes (pyvis gives vis-network's node shape)."""
    from pyvis.network import Network

    net = Network(directed=True, heading=view.title, cdn_resources="remote")
    kb = view.kb
    for iri in view.shown:
        node = kb.nodes[iri]
        colour, shape = style(node.cls)
        net.add_node(iri, label=_short(kb.label(iri, vocab)), shape=shape, color=colour,
                     title=tooltip(kb, node, vocab), cls=node.cls,
                     size=12 + min(kb.graph.degree(iri), 18))
    net.options = graph_options(len(view.shown))
    return net


def _edges(kb: KnowledgeGraph, nodes: set[str], vocab: Vocabulary) -> list[dict]:
    """vis-network edges (through pyvis's Edge) between ``nodes``, labelled by property."""
    from pyvis.edge import Edge

    return [Edge(s, o, directed=True, id=f"{s} {p} {o}", label=vocab.label(p),
                 title=vocab.label(p), prop=p).options
            for s, o, p in sorted(kb.graph.edges(keys=True)) if s in nodes and o in nodes]


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def graph_options(nodes: int = 0) -> dict:
    """vis-network options tuned to settle thousands of nodes in seconds.

    Each Barnes-Hut iteration costs O(n log n), so big graphs get fewer of them: the
    layout is rougher but drawn in seconds, and physics stops once it is drawn.
    """
    iterations = 300 if nodes <= 300 else 150 if nodes <= 1000 else 100
    return {
        "physics": {
            "enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.3,
                          "springLength": 110, "springConstant": 0.04, "damping": 0.35,
                          "avoidOverlap": 0},
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 50,
                              "fit": True},
            "minVelocity": 2, "timestep": 0.5,
        },
        "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 9, "align": "middle", "color": "#555"},
                  "color": {"color": "#9aa5b1", "highlight": "#333"}},
        "nodes": {"font": {"size": 13}, "borderWidth": 1},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    }


# ---------------------------------------------------------------------- the page

@dataclass(frozen=True)
class Links:
    """Where a served page sends its requests; None for a standalone file."""

    neighbours: str = "/graph/neighbours"
    graph: str = "/graph"
    data: str = "/graph.json"
    editor: str = "/"
    script: str | None = None  # vis-network's URL; inlined when None


def render_html(view: View, links: Links | None = None) -> str:
    """The page, rendered through pyvis with graphkb's escaping template.

    ``links`` is None for the self-contained file that ``graphkb viz`` writes.
    """
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    data = payload(view)
    data["served"] = links is not None
    data["links"] = None if links is None else {
        "neighbours": links.neighbours, "graph": links.graph, "data": links.data,
        "editor": links.editor}
    net = _pyvis_network(view, vocabulary())
    net.set_template_dir(str(TEMPLATE_DIR) + "/", "graph.html")
    net.templateEnv = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)),
                                  autoescape=select_autoescape(default=True, default_for_string=True))
    inline = [_asset("graphview.js")] + ([] if links and links.script else [vis_network_js()])
    net.templateEnv.globals.update(
        page_data=Markup(safe_json(data)), served=links is not None,
        vis_js=Markup(vis_network_js()), vis_src=links.script if links else None,
        page_js=Markup(inline[0]), page_css=Markup(_asset("graphview.css")),
        csp=content_security_policy(inline, served=links is not None))
    return net.generate_html(name="graph.html")


def content_security_policy(inline_scripts: list[str], served: bool) -> str:
    """Only our own scripts run (by hash), and nothing is fetched but from the server.

    A second wall behind escaping: an injected ``<script>`` or ``onerror=`` would not run.
    """
    hashes = " ".join(f"'sha256-{_sha256(s)}'" for s in inline_scripts)
    scripts = f"'self' {hashes}" if served else hashes
    connect = "'self'" if served else "'none'"
    return (f"default-src 'none'; script-src {scripts}; style-src 'unsafe-inline'; "
            f"img-src data:; connect-src {connect}; base-uri 'none'; form-action 'none'")


@lru_cache(maxsize=8)
def _sha256(text: str) -> str:
    import base64
    import hashlib

    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def safe_json(data) -> str:
    """JSON that can sit inside a <script> element: no tag, entity or line separator can end it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def vis_network_path() -> Path:
    """vis-network's JavaScript as the installed pyvis package ships it."""
    import pyvis

    return Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"


@lru_cache(maxsize=1)
def vis_network_js() -> str:
    text = vis_network_path().read_text(encoding="utf-8")
    text = re.sub(r"//# sourceMappingURL=\S*\s*$", "", text)  # the page asks for nothing
    return _script_safe(text)


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return _script_safe((TEMPLATE_DIR / name).read_text(encoding="utf-8"))


def _script_safe(text: str) -> str:
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise GraphkbError("an inlined asset contains a closing script/style tag")
    return text
