"""`graphkb serve`: --get answers in process; --port 0 picks a port and prints the URL."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys

import httpx
from click.testing import CliRunner

from graphkb.cli import cli
from web_support import make_store


def test_get_answers_one_request(tmp_path):
    store = make_store(tmp_path / "store")
    result = CliRunner().invoke(cli, ["--store", str(store), "serve", "--get",
                                      "/sparql?query=ASK%7B%3Fs%20a%20gk%3ADeal%7D"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {"head": {}, "boolean": True}


def test_get_exits_non_zero_on_an_error_status(tmp_path):
    store = make_store(tmp_path / "store")
    result = CliRunner().invoke(cli, ["--store", str(store), "serve", "--get", "/sparql?query=ASK"])
    assert result.exit_code == 1
    assert json.loads(result.output)["status"] == 400


def test_serving_a_missing_store_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "none"), "serve", "--get", "/"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: no store at {tmp_path / 'none'}")


def test_port_zero_picks_a_free_port_and_prints_the_url(tmp_path):
    store = make_store(tmp_path / "store")
    process = subprocess.Popen([sys.executable, "-m", "graphkb", "--store", str(store), "serve",
                                "--port", "0"], stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert url and url.group(1) != "0", line
        response = httpx.get(url.group(0) + "sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert response.json()["boolean"] is True
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(30)
