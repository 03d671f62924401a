"""The store: where each article's graph is kept, replaced, removed and queried.

``GraphStore`` is the small interface the rest of graphkb talks to; ``OxigraphStore``
implements it on pyoxigraph's embedded RocksDB store. A remote SPARQL 1.1 server can
later implement the same methods.

Each article lives in a named graph of its own. Queries see the union of all graphs
as their default graph, so an analyst writes plain triple patterns; ``GRAPH ?g``
still reaches one article.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Protocol, Union

import pyoxigraph as ox

from .errors import QueryError, RdfParseError, StoreError
from .namespaces import ENTITIES_GRAPH, OUTPUT_PREFIXES, PREFIXES

JOURNAL = "graphkb-journal.nq"
_ENTITIES = ox.NamedNode(ENTITIES_GRAPH)
_JOURNAL_GRAPH = ox.NamedNode("https://w3id.org/graphkb/journal")
_PENDING = ox.NamedNode("https://w3id.org/graphkb/journal#pendingGraph")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]


class GraphStore(Protocol):
    """What graphkb needs of a store."""

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> None: ...
    def remove_graph(self, graph: str) -> bool: ...
    def graphs(self) -> list[str]: ...
    def query(self, sparql: str, **options) -> QueryResult: ...
    def update(self, sparql: str, **options) -> None: ...
    def dump(self, output: IO[bytes], format: ox.RdfFormat, graph: str | None = None) -> None: ...
    def load(self, data: bytes, format: ox.RdfFormat, graph: str | None = None) -> None: ...
    def __len__(self) -> int: ...


def _term(term) -> str:
    """A term in the N-Triples syntax that SPARQL's INSERT DATA also accepts."""
    return str(term)


class OxigraphStore:
    """graphkb's store on pyoxigraph.

    >>> store = OxigraphStore()          # in memory
    >>> store.replace_graphs({"http://example.com/g": [ox.Quad(
    ...     ox.NamedNode("http://example.com/s"), ox.NamedNode("http://example.com/p"),
    ...     ox.Literal("o"), ox.NamedNode("http://example.com/g"))]})
    >>> [str(s["o"].value) for s in store.query("SELECT ?o WHERE { ?s ?p ?o }")]
    ['o']
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as e:
            raise StoreError(f"cannot open the store at {self.path}: {_first_line(e)}") from e
        if self.path is not None and not read_only:
            self._recover()

    @property
    def raw(self) -> ox.Store:
        """The pyoxigraph store underneath, for code that needs its full API."""
        return self._store

    def replace_graphs(self, graphs: Mapping[str, Iterable[ox.Quad]]) -> None:
        """Replace each article's graph by its quads; a crash leaves the old graphs or the
        new ones, never half of either.

        A quad in the default graph goes into the graph it is listed under; a quad in the
        shared entities graph stays there. Graphs the store already holds are replaced by
        one SPARQL update (forget, DROP, INSERT DATA), which Oxigraph runs as one
        transaction. Graphs it does not hold yet (the usual case when ingesting) are added
        by ``_add_new``.
        """
        graphs = self._one_label({g: list(_in_graph(quads, g)) for g, quads in graphs.items()})
        new = {g: quads for g, quads in graphs.items()
               if not self._store.contains_named_graph(ox.NamedNode(g))}
        if new:
            self._add_new(new)
        parts = []
        for graph, quads in graphs.items():
            if graph not in new:
                parts += [_forget_entities(graph), f"DROP SILENT GRAPH <{graph}>",
                          *_insert_data(quads)]
        if parts:
            self._write(" ;\n".join(parts))

    def _one_label(self, graphs: dict[str, list[ox.Quad]]) -> dict[str, list[ox.Quad]]:
        """Keep one rdfs:label per entity across articles: the one it was first given.

        Entities shared by articles are one node, and articles may spell an unknown name
        differently ('KAAN', 'Kaan'); another article's spelling becomes a skos:altLabel in
        that article's graph, like the other names an article uses, so that the entity keeps
        exactly one label (as ontology/shapes.ttl requires) and every spelling still finds it.
        """
        chosen: dict = {}
        out = {}
        for graph, quads in graphs.items():
            kept = []
            for q in quads:
                if q.predicate == _LABEL and q.graph_name == _ENTITIES:
                    label = chosen.get(q.subject)
                    if label is None:
                        known = next(iter(self._store.quads_for_pattern(q.subject, _LABEL, None, _ENTITIES)),
                                     None)
                        label = chosen[q.subject] = known.object if known is not None else q.object
                    if label != q.object:   # the article's own name for it, in its graph; and the
                        kept.append(ox.Quad(q.subject, _LABEL, label, _ENTITIES))   # label it keeps, in case
                        q = ox.Quad(q.subject, _ALT_LABEL, q.object, ox.NamedNode(graph))   # the article
                        #           that gave it names the entity in no fact and its graph is replaced
                kept.append(q)
            out[graph] = kept
        return out

    def _add_new(self, graphs: dict[str, list[ox.Quad]]) -> None:
        """Add graphs the store does not hold, with Oxigraph's bulk loader and an undo journal.

        The bulk loader writes index files and hands them to RocksDB whole, about three
        times faster than a transaction (which reads before it writes every index entry),
        but it is not atomic by itself. So before it runs, a journal beside the data names
        the graphs being added and the entity descriptions that are new to the shared
        graph; it is removed once the load has returned. If the load fails, or the process
        dies before the journal is removed, ``_undo`` deletes exactly those: at once, or
        the next time the store is opened for writing. A store in memory cannot outlive a
        crash, and takes one ``Store.extend`` transaction.
        """
        quads = [q for batch in graphs.values() for q in batch]
        try:
            if self.path is None:
                self._store.extend(quads)
                return
            # (no read of the store here: with many fresh index files, reads are what slows
            # a long ingest down; the undo looks at the store instead)
            journal = _Journal(list(graphs), list({q for q in quads if q.graph_name == _ENTITIES}))
            journal.write(self.path / JOURNAL)
            try:
                self._store.bulk_extend(quads)
            except BaseException:
                self._undo(journal)
                raise
            (self.path / JOURNAL).unlink()
        except OSError as e:
            raise StoreError(_first_line(e)) from e

    def _undo(self, journal: "_Journal") -> None:
        """Delete, in one transaction, what an interrupted bulk load may have written: its
        graphs, and of the entity descriptions it carried, those of entities that no other
        graph names (the others were there before, and stay)."""
        parts = [f"DROP SILENT GRAPH <{g}>" for g in journal.graphs]
        subjects = sorted({str(q.subject) for q in journal.described})
        if subjects:
            parts.append(_forget_unnamed(subjects, journal.graphs))
        self._write(" ;\n".join(parts))
        (self.path / JOURNAL).unlink(missing_ok=True)

    def _recover(self) -> None:
        """Undo a bulk load that a crash interrupted (see ``_add_new``)."""
        journal = _Journal.read(self.path / JOURNAL)
        if journal is not None:
            self._undo(journal)

    def remove_graph(self, graph: str) -> bool:
        """Remove an article's graph, and what the entities graph says of entities no other
        article names; False when there was no such graph."""
        node = ox.NamedNode(graph)
        if not self._store.contains_named_graph(node):
            return False
        self._write(f"{_forget_entities(graph)} ;\nDROP GRAPH <{graph}>")
        return True

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def query(self, sparql: str, *, union: bool = True, base_iri: str | None = None,
              default_graph: list[str] | None = None, named_graphs: list[str] | None = None,
              substitutions: dict | None = None) -> QueryResult:
        """Run a SPARQL query. The default graph is the union of all graphs unless a
        dataset is given.

        :raises QueryError: when the query does not parse or fails to run.
        """
        options: dict = {"prefixes": PREFIXES, "base_iri": base_iri}
        if default_graph is not None or named_graphs is not None:
            options["default_graph"] = [_graph_node(g) for g in (default_graph or [])]
            if named_graphs is not None:
                options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        else:
            options["use_default_graph_as_union"] = union
        if substitutions:
            options["substitutions"] = substitutions
        try:
            return self._store.query(sparql, **options)
        except SyntaxError as e:
            raise QueryError(f"syntax error: {_first_line(e)}") from e
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryError(_first_line(e)) from e

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        """Run a SPARQL update as one transaction.

        :raises QueryError: when the update does not parse or fails.
        """
        self._write(sparql, base_iri=base_iri)

    def dump(self, output: IO[bytes], format: ox.RdfFormat, graph: str | None = None) -> None:
        """Write the store (or one graph) to ``output``.

        Formats without named graphs get the union of all graphs as one graph.
        """
        try:
            if graph is not None:
                self._store.dump(output, format, from_graph=ox.NamedNode(graph), prefixes=OUTPUT_PREFIXES)
            elif format.supports_datasets:
                self._store.dump(output, format, prefixes=OUTPUT_PREFIXES)
            else:
                triples = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                            use_default_graph_as_union=True)
                ox.serialize(triples, output, format, prefixes=OUTPUT_PREFIXES)
        except OSError as e:
            raise StoreError(f"cannot write the export: {_first_line(e)}") from e

    def load(self, data: bytes, format: ox.RdfFormat, graph: str | None = None) -> None:
        """Load RDF data atomically; triples go to ``graph`` (or the default graph).

        :raises RdfParseError: when the data does not parse; nothing is written then.
        """
        options = {"format": format}
        if graph is not None:
            options["to_graph"] = ox.NamedNode(graph)
        try:
            self._store.load(data, **options)
        except SyntaxError as e:
            raise RdfParseError(_first_line(e)) from e
        except OSError as e:
            raise StoreError(_first_line(e)) from e

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        if self.path is not None:
            self._store.flush()

    def optimize(self) -> None:
        """Compact the store's index files, which makes queries faster after a large load."""
        if self.path is not None:
            try:
                self._store.optimize()
            except OSError as e:
                raise StoreError(_first_line(e)) from e

    def _write(self, sparql: str, base_iri: str | None = None) -> None:
        try:
            self._store.update(sparql, prefixes=PREFIXES, base_iri=base_iri)
        except SyntaxError as e:
            raise QueryError(f"syntax error: {_first_line(e)}") from e
        except OSError as e:
            raise StoreError(_first_line(e)) from e
        except (ValueError, RuntimeError) as e:
            raise QueryError(_first_line(e)) from e


def _in_graph(quads: Iterable[ox.Quad], graph: str):
    """The quads, those in the default graph placed in ``graph``."""
    node = ox.NamedNode(graph)
    for q in quads:
        yield ox.Quad(q.subject, q.predicate, q.object, node) \
            if isinstance(q.graph_name, ox.DefaultGraph) else q


def _insert_data(quads: list[ox.Quad]) -> list[str]:
    """INSERT DATA for quads of any graphs, grouped by graph."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(
            f"{_term(q.subject)} {_term(q.predicate)} {_term(q.object)}")
    separator = " .\n"
    return [f"INSERT DATA {{ GRAPH {g} {{\n{separator.join(lines)} .\n}} }}"
            for g, lines in by_graph.items()]


class _Journal:
    """What a bulk load is adding: the graphs, and the entity descriptions they carry.

    Written as N-Quads, the graphs as ``<graph> <...#pendingGraph> "" <journal>`` lines, and
    made durable (fsync, then an atomic rename) before the load begins.
    """

    def __init__(self, graphs: list[str], described: list[ox.Quad]) -> None:
        self.graphs, self.described = graphs, described

    def write(self, path: Path) -> None:
        marks = [ox.Quad(ox.NamedNode(g), _PENDING, ox.Literal(""), _JOURNAL_GRAPH)
                 for g in self.graphs]
        data = ox.serialize(marks + self.described, format=ox.RdfFormat.N_QUADS)
        partial = path.with_suffix(".partial")
        with open(partial, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, path)

    @classmethod
    def read(cls, path: Path) -> "_Journal | None":
        if not path.exists():
            return None
        graphs, described = [], []
        for q in ox.parse(path.read_bytes(), format=ox.RdfFormat.N_QUADS):
            if q.graph_name == _JOURNAL_GRAPH:
                graphs.append(q.subject.value)
            else:
                described.append(q)
        return cls(graphs, described)


def _forget_entities(graph: str) -> str:
    """The update that deletes, from the shared entities graph, what it says of the entities
    this graph names and no other graph does."""
    return _forget(f"{{ SELECT DISTINCT ?e WHERE {{ GRAPH <{graph}> {{ {{ ?e ?a ?b }} UNION "
                   f"{{ ?b ?a ?e }} }} FILTER(isIRI(?e)) }} }}", [graph])


def _forget_unnamed(entities: list[str], leaving: list[str]) -> str:
    """The update that deletes what the entities graph says of these entities, unless a graph
    other than those ``leaving`` names them."""
    return _forget(f"VALUES ?e {{ {' '.join(entities)} }}", leaving)


def _forget(candidates: str, leaving: list[str]) -> str:
    """DELETE from the entities graph what it says of each ``?e`` the ``candidates`` pattern
    binds, unless a graph other than those ``leaving`` (and the entities graph) names it."""
    leaving_list = ", ".join(f"<{g}>" for g in [*leaving, ENTITIES_GRAPH])
    return (f"DELETE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{\n"
            f"  {candidates}\n"
            f"  GRAPH <{ENTITIES_GRAPH}> {{ ?e ?p ?o }}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?other {{ {{ ?e ?c ?d }} UNION {{ ?d ?c ?e }} }}\n"
            f"    FILTER(?other NOT IN ({leaving_list})) }}\n}}")


def _graph_node(graph: str):
    return ox.DefaultGraph() if graph in ("", "default") else ox.NamedNode(graph)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else error.__class__.__name__
