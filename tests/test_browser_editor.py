"""The query editor in a real headless Chromium: runs an example query, shows its rows,
and makes no request outside the server.

Set GRAPHKB_EDITOR_SCREENSHOT=docs/editor.png to also save a screenshot of the page.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from graphkb.web.app import create_app
from web_support import LiveServer, make_store, write_queries

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("browser")
    app = create_app(make_store(base / "store"), queries_dir=write_queries(base / "queries"))
    with LiveServer(app) as live:
        yield live


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


def test_editor_runs_an_example_query_without_leaving_the_server(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server.url + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    assert "quads in" in page.inner_text("header")

    page.get_by_role("button", name="Countries <named> & labelled").click()
    page.wait_for_function("window.graphkbYasgui.getTab().getYasqe().getValue().includes('gk:Country')")
    page.locator(".tabPanel.active .yasqe_queryButton").click()
    page.wait_for_selector(".tabPanel.active .yasr table tbody tr")
    rows = page.locator(".tabPanel.active .yasr table tbody tr")
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert len(texts) == 3
    assert ["Egypt" in texts[0], "India" in texts[1], "Russia" in texts[2]] == [True, True, True]

    if os.environ.get("GRAPHKB_EDITOR_SCREENSHOT"):
        page.screenshot(path=os.environ["GRAPHKB_EDITOR_SCREENSHOT"])
    page.close()
    outside = [u for u in requests if not (u.startswith(server.url + "/") or u.startswith("data:")
                                           or u.startswith("blob:"))]
    assert requests and not outside, f"requests outside the server: {outside}"
    assert any(u.startswith(server.url + "/sparql") for u in requests)


def test_construct_query_can_open_the_graph_view(server, browser):
    page = browser.new_page()
    page.goto(server.url + "/")
    page.wait_for_selector(".yasqe .CodeMirror")
    button = page.locator("#open-graph")
    page.get_by_role("button", name="The deal graph").click()
    page.wait_for_function("!document.getElementById('open-graph').disabled")
    with page.expect_popup() as popup:
        button.click()
    from urllib.parse import parse_qs, urlsplit

    opened = urlsplit(popup.value.url)
    assert opened.path == "/graph"
    assert "CONSTRUCT { ?deal ?p ?o }" in parse_qs(opened.query)["query"][0]
    page.get_by_role("button", name="Countries <named> & labelled").click()
    page.wait_for_function("document.getElementById('open-graph').disabled")
    page.close()


def test_a_linked_query_opens_and_runs(server, browser):
    """The graph view links to /?query=DESCRIBE <iri>: the editor opens that query and runs it."""
    from urllib.parse import quote

    page = browser.new_page()
    query = "SELECT ?label WHERE { ?c a gk:Country ; rdfs:label ?label } ORDER BY ?label"
    page.goto(server.url + "/?query=" + quote(query))
    page.wait_for_selector(".tabPanel.active .yasr table tbody tr")
    assert "Linked query" in page.inner_text(".tabsList")
    rows = page.locator(".tabPanel.active .yasr table tbody tr")
    assert rows.count() == 3 and "Egypt" in rows.nth(0).inner_text()
    page.close()
