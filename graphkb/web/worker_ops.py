"""What a worker process does with each request (see workers.py for why processes).

Every operation returns ``(header, body)``: the header says what happened, the body
holds the bytes the server sends on unchanged (results already serialized).
Errors become ``{"ok": False, "error": kind, "message": one line}``.
"""
from __future__ import annotations

import json
import sys

import pyoxigraph as ox

from ..namespaces import OUTPUT_PREFIXES, PREFIXES


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else error.__class__.__name__


def _graph(name: str | None):
    return ox.DefaultGraph() if name is None else ox.NamedNode(name)


class Operations:
    def __init__(self, path: str, read_only: bool) -> None:
        self.store = ox.Store.read_only(path) if read_only else ox.Store(path)

    def handle(self, header: dict, body: bytes) -> tuple[dict, bytes]:
        op = getattr(self, "op_" + header.get("op", ""), None)
        if op is None:
            return {"ok": False, "error": "request", "message": f"unknown operation {header.get('op')}"}, b""
        try:
            return op(header, body)
        except SyntaxError as e:
            return {"ok": False, "error": "syntax", "message": f"syntax error: {_first_line(e)}"}, b""
        except (OSError, ValueError, RuntimeError, TypeError) as e:
            return {"ok": False, "error": "query", "message": _first_line(e)}, b""

    # -- reads
    def op_query(self, h: dict, _body: bytes):
        options: dict = {"prefixes": PREFIXES, "base_iri": h.get("base_iri")}
        if h.get("default_graph") is not None or h.get("named_graphs") is not None:
            options["default_graph"] = [_graph(g) for g in h.get("default_graph") or []]
            options["named_graphs"] = [ox.NamedNode(g) for g in h.get("named_graphs") or []]
        else:
            options["use_default_graph_as_union"] = h.get("union", True)
        result = self.store.query(h["query"], **options)
        if isinstance(result, ox.QueryTriples):
            kind, fmt = "graph", h.get("rdf_format")
            if fmt is None:
                return {"ok": False, "error": "not_acceptable", "kind": kind}, b""
            data = ox.serialize(result, format=ox.RdfFormat.from_media_type(fmt), prefixes=OUTPUT_PREFIXES)
        else:
            kind = "boolean" if isinstance(result, ox.QueryBoolean) else "solutions"
            fmt = h.get("results_format")
            if fmt is None:
                return {"ok": False, "error": "not_acceptable", "kind": kind}, b""
            data = result.serialize(format=ox.QueryResultsFormat.from_media_type(fmt))
        return {"ok": True, "kind": kind, "media_type": fmt}, data

    def op_facts(self, _h: dict, _body: bytes):
        """The named graphs and the number of quads: what the pages and checks need."""
        graphs = sorted(g.value for g in self.store.named_graphs())
        return {"ok": True}, json.dumps({"graphs": graphs, "quads": len(self.store)}).encode()

    def op_dump(self, h: dict, _body: bytes):
        fmt = ox.RdfFormat.from_media_type(h["format"])
        graph = h.get("graph")
        if graph is not None and not self.store.contains_named_graph(ox.NamedNode(graph)):
            return {"ok": True, "exists": False}, b""
        if h.get("dataset"):
            if fmt.supports_datasets:
                data = self.store.dump(format=fmt, prefixes=OUTPUT_PREFIXES)
            else:   # a triple format gets the union of all graphs
                union = self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                         use_default_graph_as_union=True)
                data = ox.serialize(union, format=fmt, prefixes=OUTPUT_PREFIXES)
        else:
            data = self.store.dump(format=fmt, from_graph=_graph(graph), prefixes=OUTPUT_PREFIXES)
        return {"ok": True, "exists": True}, data

    # -- writes (only in the read-write writer process)
    def op_update(self, h: dict, _body: bytes):
        self.store.update(h["update"], prefixes=PREFIXES, base_iri=h.get("base_iri"))
        return {"ok": True}, b""

    def op_put(self, h: dict, body: bytes):
        """Replace (or with ``merge``, add to) one graph, atomically; say if it is new."""
        graph = h.get("graph")
        existed = graph is None or self.store.contains_named_graph(ox.NamedNode(graph))
        quads = [ox.Quad(t.subject, t.predicate, t.object, _graph(graph)) for t in
                 ox.parse(body, format=ox.RdfFormat.from_media_type(h["format"]),
                          base_iri=h.get("base_iri"), without_named_graphs=True)]
        if h.get("merge"):
            self.store.extend(quads)
        else:   # one transaction: pyoxigraph's update runs DROP + INSERT atomically
            self._replace(graph, quads)
        if not existed and not quads and graph is not None:
            self.store.add_graph(ox.NamedNode(graph))
        return {"ok": True, "created": not existed}, b""

    def _replace(self, graph: str | None, quads: list) -> None:
        target = "DEFAULT" if graph is None else f"GRAPH <{graph}>"
        body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in quads)
        text = f"CLEAR SILENT {target}"
        if body:
            inner = body if graph is None else f"GRAPH <{graph}> {{ {body} . }}"
            text += f" ;\nINSERT DATA {{ {inner} {' .' if graph is None else ''} }}"
        self.store.update(text)

    def op_delete(self, h: dict, _body: bytes):
        graph = h.get("graph")
        if graph is None:
            self.store.clear_graph(ox.DefaultGraph())
            return {"ok": True, "existed": True}, b""
        node = ox.NamedNode(graph)
        if not self.store.contains_named_graph(node):
            return {"ok": True, "existed": False}, b""
        self.store.remove_graph(node)
        return {"ok": True, "existed": True}, b""

    def op_close(self, _h: dict, _body: bytes):
        self.store.flush()
        del self.store
        from .workers import _write   # the last frame: the server waits for it
        _write(sys.stdout.buffer, {"ok": True}, b"")
        sys.exit(0)
