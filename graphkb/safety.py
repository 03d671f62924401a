"""Refusing SPARQL that would reach outside the store, before any engine sees it.

pyoxigraph (and rdflib) dereference IRIs by themselves: ``SERVICE`` calls another
endpoint, ``LOAD`` fetches a document, and ``FROM``/``USING`` of a graph the store
does not hold is fetched from the web. graphkb never does any of that, so a query
or update asking for it is refused with a reason.

The check reads the text with a small SPARQL tokenizer (comments, strings, IRIs,
prefixed names, variables and language tags are skipped as whole tokens), so the
keyword ``SERVICE`` inside a string or a prefixed name ``ex:service`` is not mistaken
for the keyword, while the keyword itself can never hide inside such a token: it
must be followed by an IRI or a variable and ``{``, none of which fit inside one.

>>> check_query("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }", graphs=set())
Traceback (most recent call last):
...
graphkb.errors.QueryRefused: SERVICE is refused: graphkb never calls other endpoints
>>> check_query("SELECT ('service' AS ?x) { ?s ex:service ?o }", graphs=set()).form
'SELECT'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from .errors import QueryRefused
from .namespaces import PREFIXES

_PN_CHARS = r"A-Za-z0-9_\-\u00B7\u00C0-\uFFFF"
# White space and comments before a token are part of its match (one match per token,
# not three), but not of its group; those at the end of the text match as "end", so
# the skipping never gives back part of a comment to be read as tokens.
_TOKEN = re.compile(
    r"""(?:\s+|\#[^\n\r]*)*
    (?:(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
        |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    |(?P<var>[?$][""" + _PN_CHARS + r"""]+)
    |(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    |(?P<pname>(?:[A-Za-z\u00C0-\uFFFF_](?:[""" + _PN_CHARS + r""".]*[""" + _PN_CHARS + r"""])?)?:
        (?:[""" + _PN_CHARS + r""":.%]|\\[^\s])*)
    |(?P<word>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<other>.)
    |(?P<end>\Z))""",
    re.VERBOSE | re.DOTALL,
)
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


@dataclass(slots=True)
class Token:
    kind: str
    text: str
    start: int
    end: int
    upper: str = ""   # a word's text in upper case, so keywords compare as such; "" otherwise


@dataclass
class Checked:
    """What the check learnt of a query or update."""

    form: str | None = None                  # SELECT, ASK, CONSTRUCT, DESCRIBE (queries)
    has_dataset: bool = False                # FROM / FROM NAMED (queries)
    has_using: bool = False                  # USING / USING NAMED / WITH (updates)
    written: set = field(default_factory=set)  # graphs an update names as its targets
    tokens: list[Token] = field(default_factory=list, repr=False)


def tokenize(text: str) -> list[Token]:
    """The tokens of a SPARQL text, without white space and comments.

    Codepoint escapes (``\\u0053ERVICE``) outside strings and IRIs are refused: SPARQL
    allows them anywhere, which would let a keyword hide from this reading.
    """
    return list(_tokens(text))


def _tokens(text: str):
    """The tokens of a SPARQL text, one by one, so that a reader can stop early."""
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "end":
            break
        value = m.group(kind)
        if kind == "pname":
            stripped = value.rstrip(".")   # a prefixed name never ends with '.'
            value = stripped
        if kind == "other" and value == "\\":
            raise QueryRefused("codepoint escapes outside strings and IRIs are not accepted")
        start = m.start(kind)
        yield Token(kind, value, start, start + len(value), value.upper() if kind == "word" else "")


def check_query(text: str, graphs: set[str], base_iri: str | None = None) -> Checked:
    """Check a query: no SERVICE, and FROM / FROM NAMED only of graphs in ``graphs``.

    :raises QueryRefused: with the reason.
    """
    upper = text.upper()
    if "\\" not in text and "SERVICE" not in upper and "FROM" not in upper:
        # Neither keyword is spelt anywhere, so no token can be one: only the form is
        # read, from the tokens up to it (the prologue). This spares the full reading,
        # which takes a few hundred microseconds for a long query, on every request.
        return Checked(form=_form(_tokens(text)))
    checked = _check(text, graphs, base_iri, dataset_keyword="FROM")
    checked.form = _form(checked.tokens)
    return checked


def _form(tokens) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of these keywords."""
    return next((t.upper for t in tokens if t.upper in FORMS), None)


def check_update(text: str, graphs: set[str], base_iri: str | None = None) -> Checked:
    """Check an update: no SERVICE or LOAD, and USING only of graphs in ``graphs``.

    :raises QueryRefused: with the reason.
    """
    checked = _check(text, graphs, base_iri, dataset_keyword="USING")
    for token in checked.tokens:
        if token.upper == "LOAD":
            raise QueryRefused("LOAD is refused: graphkb never fetches documents from the network "
                               "or the file system (use the Graph Store Protocol to send data)")
        if token.upper == "WITH":
            checked.has_using = True
    return checked


def _check(text: str, graphs: set[str], base_iri: str | None, dataset_keyword: str) -> Checked:
    tokens = tokenize(text)
    checked = Checked(tokens=tokens)
    words = {t.upper for t in tokens if t.upper}
    if "SERVICE" in words:
        raise QueryRefused("SERVICE is refused: graphkb never calls other endpoints")
    if dataset_keyword == "FROM" and "FROM" not in words:
        return checked   # no graph named for the dataset: no IRI to resolve and check
    iris = _resolved_iris(tokens, base_iri)
    allowed = set(graphs)
    if dataset_keyword == "USING":   # a graph the update itself creates or fills is no outside graph
        checked.written = {iris[i + 1] for i, t in enumerate(tokens) if t.upper in _TARGETS and i + 1 in iris}
        allowed |= checked.written
    for i, token in enumerate(tokens):
        if token.upper == dataset_keyword:
            if dataset_keyword == "FROM":
                checked.has_dataset = True
            else:
                checked.has_using = True
            j = i + 2 if i + 1 < len(tokens) and tokens[i + 1].upper == "NAMED" else i + 1
            if j in iris and iris[j] not in allowed:
                raise QueryRefused(f"{dataset_keyword} <{iris[j]}> is refused: no such graph in the "
                                   "store (graphkb never fetches graphs from outside)")
    return checked


_TARGETS = {"GRAPH", "INTO", "TO", "CREATE", "WITH"}


def _resolved_iris(tokens: list[Token], base: str | None) -> dict[int, str]:
    """The absolute IRI of every IRI and prefixed-name token, by token index.

    BASE and PREFIX declarations apply from where they stand, as in SPARQL.
    """
    prefixes = dict(PREFIXES)
    iris: dict[int, str] = {}
    for i, token in enumerate(tokens):
        if token.kind == "iri":
            iris[i] = _resolve(token.text[1:-1], base)
        elif token.kind == "pname":
            prefix, local = token.text.split(":", 1)
            if prefix in prefixes:   # an undeclared prefix is a syntax error the parser reports
                iris[i] = prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
        if i >= 1 and tokens[i - 1].upper == "BASE" and token.kind == "iri":
            base = iris[i]
        if i >= 2 and tokens[i - 2].upper == "PREFIX" and token.kind == "iri":
            prefixes[tokens[i - 1].text.split(":", 1)[0]] = iris[i]
    return iris


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base else iri


def add_using(text: str, tokens: list[Token], default: list[str], named: list[str]) -> str:
    """Give every DELETE/INSERT ... WHERE operation of an update the protocol's dataset.

    The SPARQL 1.1 Protocol's ``using-graph-uri`` / ``using-named-graph-uri`` act as
    USING / USING NAMED clauses; pyoxigraph takes no such option, so they are written
    into the text before each top-level WHERE. ``DELETE WHERE { P }`` cannot carry
    USING, so it becomes the equivalent ``DELETE { P } USING ... WHERE { P }``.
    """
    clauses = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named])
    out, last, depth = [], 0, 0
    for i, token in enumerate(tokens):
        if token.text == "{":
            depth += 1
        elif token.text == "}":
            depth -= 1
        elif depth == 0 and token.upper == "WHERE":
            before = tokens[i - 1] if i else None
            if before is not None and before.upper == "DELETE":
                pattern = _braced(text, tokens, i + 1)
                out.append(text[last:token.start] + f"{pattern} {clauses} WHERE ")
            else:
                out.append(text[last:token.start] + f"{clauses} WHERE ")
            last = token.end
    out.append(text[last:])
    return "".join(out)


def _braced(text: str, tokens: list[Token], start: int) -> str:
    """The text of the balanced { ... } group that begins at ``tokens[start]``."""
    depth = 0
    for token in tokens[start:]:
        if token.text == "{":
            depth += 1
        elif token.text == "}":
            depth -= 1
            if depth == 0:
                return text[tokens[start].start:token.end]
    return text[tokens[start].start:] if start < len(tokens) else ""
