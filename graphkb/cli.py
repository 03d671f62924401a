"""The `graphkb` command: a thin layer that gathers options and calls the library.

Library errors (GraphkbError) become one line "Error: ..." on stderr with exit
code 1; nothing else is caught here.
"""
from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click
import pyoxigraph as ox

from . import pipeline
from .articles import read_article
from .config import STORE_ENV, default_store_path
from .errors import GraphkbError, StoreError
from .namespaces import ENTITIES_GRAPH, OUTPUT_PREFIXES, graph_iri
from .results import RDF_FORMATS, RESULT_FORMATS, render
from .store import OxigraphStore


def fail_cleanly(func):
    """Turn a GraphkbError into one line on stderr and exit code 1."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except GraphkbError as e:
            message = str(e)
        # Raised outside the except block, so that no traceback keeps the command's frames (and
        # the store they opened) alive after the command.
        raise click.ClickException(message)
    return wrapper


@click.group()
@click.version_option(package_name="graphkb")
@click.option("--store", "store_path", type=click.Path(file_okay=False, path_type=Path),
              envvar=STORE_ENV, default=None, show_envvar=True,
              help="Folder of the embedded store [default: ./graphkb-store].")
@click.pass_context
def cli(ctx, store_path):
    """graphkb: an evidence-backed knowledge graph of defence and geopolitics news."""
    ctx.obj = {"store_path": store_path or default_store_path()}


def open_store(ctx, read_only: bool = False) -> OxigraphStore:
    path = ctx.obj["store_path"]
    if read_only and not (Path(path) / "CURRENT").exists():
        raise click.ClickException(f"no store at {path} (run `graphkb ingest` first, or pass "
                                   "--store)")
    return OxigraphStore(path, read_only=read_only)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.pass_context
@fail_cleanly
def ingest(ctx, inputs, quiet):
    """Extract the knowledge graph of article FILES or DIRS into the store.

    Re-ingesting an article replaces its graph. A bad file is reported and
    skipped (exit code 1); the others are ingested. After 500 or more
    articles the store is compacted, which makes queries faster.
    """
    store = open_store(ctx)
    paths = list(pipeline.article_paths(inputs))
    errors = []

    def on_error(e):
        errors.append(e)
        click.echo(f"Error: {e}", err=True)

    show_bar = not quiet and len(paths) > 1 and sys.stderr.isatty()
    with click.progressbar(length=len(paths), label="Ingesting", file=sys.stderr,
                           hidden=not show_bar) as bar:
        report = pipeline.ingest(store, paths, on_error=on_error,
                                 on_article=lambda _id: bar.update(1))
    store.flush()
    if not quiet:
        click.echo(f"Ingested {len(report.ingested)} article(s), {report.quads} quads; "
                   f"store holds {len(store)} quads.", err=True)
    if errors:
        sys.exit(1)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@fail_cleanly
def extract(file):
    """Print one article's triples as TriG without storing them."""
    article = read_article(file)
    quads = pipeline.article_quads(article)
    click.echo(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=OUTPUT_PREFIXES).decode("utf-8"),
               nl=False)


@cli.command()
@click.argument("query")
@click.option("-f", "--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", *RESULT_FORMATS, *(f for f in RDF_FORMATS if f != "xml")]),
              help="SELECT/ASK: table, json (SPARQL 1.1 Results JSON), csv, tsv, xml. "
                   "CONSTRUCT/DESCRIBE: Turtle unless an RDF format is named.")
@click.pass_context
@fail_cleanly
def query(ctx, query, fmt):
    """Run a SPARQL QUERY: a query string, a .rq file, or - for stdin."""
    text = _query_text(query)
    result = open_store(ctx, read_only=True).query(text)
    if isinstance(result, ox.QueryTriples):
        click.echo(render(result, fmt if fmt in RDF_FORMATS else "turtle"), nl=False)
    elif fmt in RDF_FORMATS and fmt not in RESULT_FORMATS:
        raise click.UsageError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries")
    else:
        click.echo(render(result, fmt), nl=False)


def _query_text(query: str) -> str:
    if query == "-":
        return sys.stdin.read()
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise click.ClickException(f"cannot read query file {query}: {e}") from None
    return query


@cli.command()
@click.option("-f", "--format", "fmt", default="turtle", show_default=True,
              type=click.Choice(list(RDF_FORMATS)),
              help="turtle, nt and xml hold one graph: the union of all articles' graphs. "
                   "trig, nq and jsonld keep each article's named graph.")
@click.option("--graph", default=None, help="Export only this named graph (IRI or article id).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of stdout.")
@click.pass_context
@fail_cleanly
def export(ctx, fmt, graph, output):
    """Export the knowledge graph as RDF."""
    store = open_store(ctx, read_only=True)
    graph = _graph_name(graph) if graph else None
    if graph and graph not in store.graphs():
        raise click.ClickException(f"no graph {graph} in the store")
    if output:
        with open(output, "wb") as fh:
            store.dump(fh, RDF_FORMATS[fmt], graph=graph)
        return
    try:
        store.dump(sys.stdout.buffer, RDF_FORMATS[fmt], graph=graph)
        sys.stdout.buffer.flush()
    except (BrokenPipeError, StoreError) as e:   # `graphkb export | head` closed the pipe early
        if isinstance(e, StoreError) and "Broken pipe" not in str(e):
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())   # nothing left to say


def _graph_name(name: str) -> str:
    return name if ":" in name else graph_iri(name)


@cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--graph", default=None, help="Named graph for triples (IRI); default graph if omitted.")
@click.pass_context
@fail_cleanly
def import_(ctx, file, graph):
    """Load an RDF FILE (format from its extension) into the store atomically."""
    fmt = ox.RdfFormat.from_extension(file.suffix.lstrip("."))
    if fmt is None:
        raise click.ClickException(f"{file}: unknown RDF format (use .ttl, .nt, .nq, .trig, .jsonld, .rdf)")
    store = open_store(ctx)
    before = len(store)
    store.load(file.read_bytes(), fmt, graph=graph)
    store.flush()
    click.echo(f"Imported {len(store) - before} quads from {file}.", err=True)


@cli.command()
@click.pass_context
@fail_cleanly
def articles(ctx):
    """List the ingested articles."""
    result = open_store(ctx, read_only=True).query(
        "SELECT ?id ?title ?graph WHERE { GRAPH ?graph { ?a a gk:Article ; dct:identifier ?id . "
        "OPTIONAL { ?a dct:title ?title } } } ORDER BY ?id", union=False)
    click.echo(render(result, "table"), nl=False)


@cli.command()
@click.argument("article")
@click.pass_context
@fail_cleanly
def remove(ctx, article):
    """Remove an ARTICLE (its id or graph IRI) and every fact it contributed."""
    store = open_store(ctx)
    if not store.remove_graph(_graph_name(article)):
        raise click.ClickException(f"no article {article} in the store")
    store.flush()
    click.echo(f"Removed {article}.", err=True)


@cli.command()
@click.pass_context
@fail_cleanly
def stats(ctx):
    """Counts: quads, articles, entities per class, claims."""
    store = open_store(ctx, read_only=True)
    click.echo(f"quads     {len(store)}")
    click.echo(f"articles  {len([g for g in store.graphs() if g != ENTITIES_GRAPH])}")
    result = store.query(
        "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?class } GROUP BY ?class ORDER BY DESC(?n)")
    click.echo(render(result, "table"), nl=False)
    _echo_graph_summary(store)


def _echo_graph_summary(store) -> None:
    """The entity graph's shape: its connected components and best connected entities."""
    from .graphview import store_summary

    summary = store_summary(store)
    click.echo(f"\ngraph     {summary.nodes} nodes, {summary.edges} links, "
               f"{summary.components} components (largest: {summary.largest} nodes)")
    if summary.top:
        click.echo("most connected:")
        width = max(len(label) for label, _, _ in summary.top)
        cls_width = max(len(cls) for _, cls, _ in summary.top)
        for label, cls, degree in summary.top:
            click.echo(f"  {label.ljust(width)}  {cls.ljust(cls_width)}  {degree}")


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("graph.html"), show_default=True, help="The HTML file to write.")
@click.option("--focus", metavar="ENTITY", default=None,
              help="Draw only the neighbourhood of this entity (label, alias or IRI).")
@click.option("--hops", type=click.IntRange(0, 10), default=2, show_default=True,
              help="How many links away from --focus to draw.")
@click.option("--type", "types", metavar="CLASS", multiple=True,
              help="Draw only entities of this class (e.g. Country, gk:Deal); repeat or comma-separate.")
@click.option("--query", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Draw the result of this CONSTRUCT or DESCRIBE query (.rq file).")
@click.option("--limit", type=click.IntRange(min=1), default=300, show_default=True,
              help="Draw at most this many nodes, best connected first.")
@click.option("--open", "open_page", is_flag=True, help="Open the page in a browser.")
@click.pass_context
@fail_cleanly
def viz(ctx, output, focus, hops, types, query_file, limit, open_page):
    """Write the knowledge graph as one self-contained interactive HTML page."""
    from . import graphpage, graphview

    query = _query_text(str(query_file)) if query_file else None
    view = graphview.store_view(open_store(ctx, read_only=True), focus=focus, hops=hops,
                                types=types, query=query, limit=limit)
    try:
        output.write_text(graphpage.render_html(view), encoding="utf-8")
    except OSError as e:
        raise click.ClickException(f"cannot write {output}: {e.strerror or e}") from None
    click.echo(f"Wrote {output}: showing {len(view.shown)} of {view.total} entities.", err=True)
    if open_page:
        click.launch(str(output.resolve()))


@cli.command()
@click.pass_context
@fail_cleanly
def validate(ctx):
    """Validate the store against ontology/shapes.ttl (SHACL) and print violations."""
    from .ontology import validate_store

    conforms, report = validate_store(open_store(ctx, read_only=True))
    click.echo(report)
    if not conforms:
        sys.exit(1)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on; 0 picks a free port.")
@click.option("--open", "open_browser", is_flag=True, help="Open the query editor in a browser.")
@click.option("--cors", is_flag=True, help="Allow cross-origin requests from any origin.")
@click.option("--timeout", default=5.0, show_default=True, type=click.FloatRange(min=0.1),
              envvar="GRAPHKB_TIMEOUT", show_envvar=True, help="Seconds a query may run.")
@click.option("--write-token", default=None, envvar="GRAPHKB_WRITE_TOKEN", show_envvar=True,
              help="Bearer token that allows updates and Graph Store writes (read-only without).")
@click.option("--workers", default=None, type=click.IntRange(1, 64),
              help="Query worker processes [default: twice the CPUs, at least 4].")
@click.option("--cache-size", default=64, show_default=True, type=click.IntRange(min=0), metavar="MB",
              help="Keep recent query answers, up to this many MB, until the store changes (0: off).")
@click.option("--queries", "queries_dir", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of example .rq queries for the editor [default: the repo's queries/].")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Answer one GET request for PATH in process, print it and exit (non-zero on 4xx/5xx).")
@click.pass_context
@fail_cleanly
def serve(ctx, host, port, open_browser, cors, timeout, write_token, workers, cache_size, queries_dir,
          get_path):
    """Serve the store: SPARQL endpoint at /sparql, Graph Store at /store, editor at /."""
    from .web.app import create_app
    from .web.runner import ensure_store, get_once, serve as run_server

    store_path = Path(ctx.obj["store_path"])
    ensure_store(store_path, create=write_token is not None)
    app = create_app(store_path, timeout=timeout, write_token=write_token, cors=cors,
                     workers=workers, cache_bytes=cache_size * 2 ** 20, queries_dir=queries_dir)
    if get_path is not None:
        status, body = get_once(app, get_path)
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()
        if status >= 400:
            sys.exit(1)
        return
    run_server(app, host, port, open_browser,
               announce=lambda url: click.echo(f"graphkb serve: {url} (Ctrl-C to stop)"))


def main():  # pragma: no cover - python -m graphkb
    cli(prog_name="graphkb")
