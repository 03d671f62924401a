"""Exceptions raised by graphkb's library core.

The core never prints or exits: it raises one of these, and the edge (the CLI or
the web app) shows it once, as one line.
"""


class GraphkbError(Exception):
    """Base class of every error graphkb raises on purpose."""


class ArticleError(GraphkbError):
    """An article could not be read: missing, unreadable, binary, empty or not UTF-8."""


class QueryError(GraphkbError):
    """A SPARQL query or update is malformed or was refused."""


class StoreError(GraphkbError):
    """The store could not be opened, read or written."""


class RdfParseError(GraphkbError):
    """RDF data to import could not be parsed."""


class ValidationError(GraphkbError):
    """The graph does not conform to the SHACL shapes."""


class QueryTimeout(QueryError):
    """A query ran longer than the time it was allowed and was stopped."""


class QueryRefused(QueryError):
    """A query or update asks for something graphkb never does (SERVICE, LOAD, outside graphs)."""
