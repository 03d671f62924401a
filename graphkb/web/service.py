"""The SPARQL service behind the HTTP layer: checks, then runs, every request in time.

Nothing here knows HTTP. Each query and update is first checked by
``graphkb.safety`` (no SERVICE, LOAD or outside graphs), then sent to the worker pool
(``workers.py``), which bounds it in time. The default graph is the union of all
named graphs, as for ``graphkb query``, unless the protocol or the query's FROM
names a dataset.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from ..errors import QueryError, QueryRefused, RdfParseError
from ..safety import add_using, check_query, check_update
from .cache import AnswerCache, is_volatile
from .workers import Reply, WorkerPool, raise_for

JSON_RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"


@dataclass(frozen=True)
class Facts:
    graphs: frozenset
    quads: int


class Service:
    def __init__(self, store_path: str, timeout: float, workers: int,
                 cache_bytes: int = 64 * 2 ** 20) -> None:
        self.timeout = timeout
        self.pool = WorkerPool(store_path, workers, timeout)
        self._facts: tuple[int, Facts] | None = None
        self.answers = AnswerCache(cache_bytes)

    @property
    def dump_timeout(self) -> float:
        """Exports and counts read everything, so they get longer than a query."""
        return max(60.0, 10 * self.timeout)

    async def facts(self) -> Facts:
        """The named graphs and the size of the store, cached until the next write."""
        generation = self.pool.generation
        if self._facts is None or self._facts[0] != generation:
            reply = raise_for(await self.pool.run({"op": "facts"}, timeout=self.dump_timeout))
            data = json.loads(reply.body)
            self._facts = (generation, Facts(frozenset(data["graphs"]), data["quads"]))
        return self._facts[1]

    async def query(self, text: str, *, base_iri: str | None = None,
                    default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
                    results_format: str | None = JSON_RESULTS, rdf_format: str | None = None) -> Reply:
        """Run a query; the reply's body is the result serialized in the format of its kind.

        A reply with ``header["error"] == "not_acceptable"`` means the result's kind
        has no format the caller accepts.

        :raises QueryRefused: SERVICE, or a dataset graph that is not in the store.
        :raises QueryTimeout: the query overran and was stopped.
        :raises QueryError: the query does not parse or failed.
        """
        key = (text, base_iri, _frozen(default_graph), _frozen(named_graphs),
               results_format, rdf_format)
        kept = self.answers.at(self.pool.generation).get(key)
        if kept is not None:
            return kept
        graphs = (await self.facts()).graphs
        # The check reads ``graphs`` only after a FROM keyword, which has to be spelt out
        # (codepoint escapes are refused), and copies it first: without "from" in the
        # text, it is spared that copy of every graph name on every request.
        checked = check_query(text, graphs if "from" in text.lower() else frozenset(), base_iri)
        dataset = default_graph is not None or named_graphs is not None
        if dataset:
            _check_dataset(default_graph or [], graphs, "default-graph-uri")
            _check_dataset(named_graphs or [], graphs, "named-graph-uri")
        header = {"op": "query", "query": text, "base_iri": base_iri,
                  "union": not checked.has_dataset,
                  "default_graph": default_graph if dataset else None,
                  "named_graphs": (named_graphs or []) if dataset else None,
                  "results_format": results_format, "rdf_format": rdf_format}
        if (checked.form in ("SELECT", "ASK") and results_format is None) or \
                (checked.form in ("CONSTRUCT", "DESCRIBE") and rdf_format is None):
            return Reply({"ok": False, "error": "not_acceptable"}, b"")   # without running it
        generation = self.pool.generation
        reply = await self.pool.run(header)
        if reply.header.get("error") == "not_acceptable":
            return reply
        raise_for(reply)
        if generation == self.pool.generation and self.answers.max_bytes and \
                not is_volatile(text):
            self.answers.put(key, reply, len(reply.body) + len(text))
        return reply

    async def update(self, text: str, *, base_iri: str | None = None,
                     using: list[str] | None = None, using_named: list[str] | None = None) -> None:
        """Run an update as one transaction; ``using*`` are the protocol's dataset.

        :raises QueryRefused: LOAD, SERVICE, or USING a graph not in the store.
        :raises QueryError: a conflict between the protocol dataset and USING/WITH, or
            an update that does not parse or fails.
        """
        graphs = (await self.facts()).graphs
        checked = check_update(text, graphs, base_iri)
        if using or using_named:
            if checked.has_using:
                raise QueryError("using-graph-uri/using-named-graph-uri cannot be combined "
                                 "with USING, USING NAMED or WITH in the update")
            known = graphs | checked.written   # graphs the update itself fills are fine too
            _check_dataset(using or [], known, "using-graph-uri")
            _check_dataset(using_named or [], known, "using-named-graph-uri")
            text = add_using(text, checked.tokens, using or [], using_named or [])
        raise_for(await self.pool.write({"op": "update", "update": text, "base_iri": base_iri}))

    async def select(self, text: str) -> dict:
        """A SELECT or ASK query's results as parsed SPARQL 1.1 Results JSON."""
        reply = await self.query(text, results_format=JSON_RESULTS, rdf_format=None)
        if reply.header.get("error") == "not_acceptable":
            raise QueryError("this is not a SELECT or ASK query")
        return json.loads(reply.body)

    async def construct(self, text: str) -> str:
        """A CONSTRUCT or DESCRIBE query's triples as N-Triples."""
        reply = await self.query(text, results_format=None, rdf_format=N_TRIPLES)
        if reply.header.get("error") == "not_acceptable":
            raise QueryError("this is not a CONSTRUCT or DESCRIBE query")
        return reply.body.decode("utf-8")

    async def dump(self, media_type: str, graph: str | None = None, dataset: bool = False) -> bytes | None:
        """One graph (None: the default graph) or the whole dataset; None if no such graph."""
        reply = raise_for(await self.pool.run(
            {"op": "dump", "format": media_type, "graph": graph, "dataset": dataset},
            timeout=self.dump_timeout))
        return reply.body if reply.header.get("exists") else None

    async def put(self, graph: str | None, data: bytes, media_type: str, *, base_iri: str | None,
                  merge: bool) -> bool:
        """Replace (or merge into) a graph atomically; True when the graph is new."""
        reply = await self.pool.write({"op": "put", "graph": graph, "format": media_type,
                                       "base_iri": base_iri, "merge": merge}, data)
        if reply.header.get("error") == "syntax":
            raise RdfParseError(reply.header["message"])
        return raise_for(reply).header["created"]

    async def delete(self, graph: str | None) -> bool:
        """Remove a graph (None: empty the default graph); False when there was none."""
        return raise_for(await self.pool.write({"op": "delete", "graph": graph})).header["existed"]


def _frozen(iris: list[str] | None) -> tuple[str, ...] | None:
    return None if iris is None else tuple(iris)


def _check_dataset(iris: list[str], graphs: frozenset, parameter: str) -> None:
    for iri in iris:
        if iri not in graphs:
            raise QueryRefused(f"{parameter} <{iri}> is refused: no such graph in the store "
                               "(graphkb never fetches graphs from outside)")
