"""HTTP helpers shared by the protocol modules: errors, content negotiation, bodies, auth.

Every error the web layer answers is an ``HttpError`` with a status and one line of
reason, rendered in one place (``error_response``) as one JSON shape.
"""
from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..errors import GraphkbError, QueryRefused, QueryTimeout, RdfParseError, StoreError


class HttpError(Exception):
    """An answer with an error status and a one-line reason."""

    def __init__(self, status: int, reason: str, headers: dict | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.headers = headers or {}


def from_graphkb(error: GraphkbError) -> HttpError:
    """The HTTP status of a library error: the client's fault is 4xx, a timeout 503."""
    if isinstance(error, QueryTimeout):
        return HttpError(503, str(error))
    if isinstance(error, (QueryRefused, RdfParseError)):
        return HttpError(400, str(error))
    if isinstance(error, StoreError):
        return HttpError(500, str(error))
    return HttpError(400, str(error))


def error_response(status: int, reason: str, headers: dict | None = None) -> JSONResponse:
    reason = " ".join(str(reason).split())   # one line
    return JSONResponse({"status": status, "error": reason}, status_code=status, headers=headers)


# ---------------------------------------------------------------- content negotiation

def _parse_accept(header: str) -> list[tuple[str, str, float]]:
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        if "/" not in fields[0]:
            continue
        main, sub = (x.strip().lower() for x in fields[0].split("/", 1))
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((main, sub, q))
    return ranges


def _quality(offer: str, ranges: list[tuple[str, str, float]]) -> float:
    """q of the most specific range that matches ``offer`` (RFC 9110 section 12.5.1)."""
    main, sub = offer.split(";")[0].lower().split("/")
    best, best_rank = 0.0, -1
    for r_main, r_sub, q in ranges:
        if r_main == main and r_sub == sub:
            rank = 2
        elif r_main == main and r_sub == "*":
            rank = 1
        elif r_main == "*" and r_sub == "*":
            rank = 0
        else:
            continue
        if rank > best_rank:
            best, best_rank = q, rank
    return best


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers (ties go to the earlier offer); None if none is acceptable.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", ["application/sparql-results+json", "application/sparql-results+xml", "text/csv"])
    'application/sparql-results+xml'
    >>> negotiate(None, ["text/turtle", "application/n-triples"])
    'text/turtle'
    >>> negotiate("image/png", ["text/turtle"]) is None
    True
    """
    if not accept or not accept.strip():
        return offers[0]
    ranges = _parse_accept(accept)
    scored = [(_quality(o, ranges), -i, o) for i, o in enumerate(offers)]
    q, _, offer = max(scored)
    return offer if q > 0 else None


def with_charset(media_type: str) -> str:
    return media_type + "; charset=utf-8" if media_type.startswith("text/") else media_type


# ---------------------------------------------------------------- bodies and auth

async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 beyond ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HttpError(413, f"the request body is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HttpError(413, f"the request body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def utf8(data: bytes, what: str = "the request body") -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise HttpError(400, f"{what} is not UTF-8") from None


def media_type(request: Request) -> tuple[str, dict]:
    """The request's Content-Type without parameters, and its parameters."""
    header = request.headers.get("content-type", "")
    main, *params = [p.strip() for p in header.split(";")]
    values = {}
    for p in params:
        name, _, value = p.partition("=")
        values[name.strip().lower()] = value.strip().strip('"')
    charset = values.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise HttpError(415, f"charset {charset} is not supported: send UTF-8")
    return main.lower(), values


def require_writer(request: Request, token: str | None) -> None:
    """Writes need ``Authorization: Bearer TOKEN``: 401 without it, 403 when wrong or read-only."""
    if token is None:
        raise HttpError(403, "this server is read-only: start it with --write-token to allow writes")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HttpError(401, "writes need an Authorization: Bearer token",
                        {"WWW-Authenticate": 'Bearer realm="graphkb"'})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HttpError(403, "the bearer token is not the server's write token")
