"""Settings that the CLI and the web app share, declared once with their defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

STORE_ENV = "GRAPHKB_STORE"
DEFAULT_STORE = "graphkb-store"


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str
    env: str | None = None


SETTINGS = [
    Setting("store", DEFAULT_STORE, "Folder of the embedded store", STORE_ENV),
    Setting("host", "127.0.0.1", "Address the server binds", None),
    Setting("port", 8001, "Port the server listens on (0 picks a free one)", None),
    Setting("timeout", 5.0, "Seconds a query may run before it is stopped", "GRAPHKB_TIMEOUT"),
    Setting("write_token", None, "Bearer token that allows writes; read-only without it",
            "GRAPHKB_WRITE_TOKEN"),
]


def default_store_path() -> Path:
    """The store folder: $GRAPHKB_STORE, else ./graphkb-store."""
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)
