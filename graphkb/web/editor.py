"""The query editor at / : YASGUI preset for this endpoint, with the example queries.

YASGUI comes from npm (``@zazuko/yasgui``, installed by ``npm ci`` at the repo top)
and is served from /static/yasgui/; nothing on the page loads from another host.
The page's machine-readable twin is ``GET /`` with ``Accept: application/json``.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from ..namespaces import ENTITIES_GRAPH, PREFIXES
from .http import negotiate

TEMPLATE = Path(__file__).parent / "templates" / "editor.html"


@dataclass(frozen=True)
class Example:
    name: str       # the file name without .rq
    title: str      # the first comment line
    comment: str    # the other leading comment lines
    text: str       # the whole query


def load_examples(folder: Path) -> list[Example]:
    """Every ``*.rq`` in ``folder``, titled by its first ``#`` line."""
    examples = []
    for path in sorted(Path(folder).glob("*.rq")) if folder else []:
        text = path.read_text(encoding="utf-8")
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line.lstrip("#").strip())
        title = header[0] if header and header[0] else path.stem
        examples.append(Example(path.stem, title, " ".join(h for h in header[1:] if h), text))
    return examples


def _script_json(value) -> str:
    """JSON that is safe inside a <script> element (no '</script>' or '<!--')."""
    return (json.dumps(value).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))


async def editor(request: Request) -> Response:
    state = request.app.state
    facts = await state.service.facts()
    articles = len(facts.graphs - {ENTITIES_GRAPH})
    examples = state.examples
    if negotiate(request.headers.get("accept"), ["text/html", "application/json"]) == "application/json":
        return JSONResponse({"store": str(state.store_path), "quads": facts.quads,
                             "graphs": articles, "endpoint": "/sparql",
                             "queries": [e.__dict__ for e in examples]})
    items = "\n".join(
        f'<li><button type="button" class="example" data-index="{i}" title="{html.escape(e.comment)}">'
        f'{html.escape(e.title)}</button> <small>{html.escape(e.name)}</small></li>'
        for i, e in enumerate(examples)) or "<li>No queries in the queries folder.</li>"
    config = {"endpoint": str(request.url_for("sparql")), "prefixes": PREFIXES,
              "examples": [{"title": e.title, "name": e.name, "query": e.text} for e in examples],
              "default": _default_query(examples)}
    page = TEMPLATE.read_text(encoding="utf-8")
    for key, value in {
        "store": html.escape(state.store_path.name or str(state.store_path)),
        "store_path": html.escape(str(state.store_path)),
        "quads": f"{facts.quads:,}", "graphs": f"{articles:,}",
        "examples": items, "config": _script_json(config),
        "assets_missing": "" if state.assets_ok else
            '<p class="warning">The YASGUI files are missing: run <code>npm ci</code> at the top of the '
            "graphkb repository, then restart the server.</p>",
    }.items():
        page = page.replace("{{" + key + "}}", value)
    return HTMLResponse(page)


def _default_query(examples: list[Example]) -> str:
    if examples:
        return examples[0].text
    return ("SELECT ?entity ?label WHERE {\n  ?entity a gk:Entity ; rdfs:label ?label .\n}\nLIMIT 25\n")
