"""The graph view inside `graphkb serve` (being written; see graphkb/graphview.py).

Contract with graphkb/web/app.py: ``routes()`` returns Starlette routes; handlers
run queries only through ``await request.app.state.sparql_select(query) -> dict``
(SPARQL 1.1 Results JSON, parsed) and ``await request.app.state.sparql_construct(query)
-> str`` (N-Triples), which the app bounds in time.
"""


def routes() -> list:
    return []
