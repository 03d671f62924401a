"""The graph view in a real browser: Debian's headless Chromium driven by Playwright.

Each test records every request the page makes, every dialog and every page error:
the page must ask for nothing outside itself (or its server) and must run nothing
that came from an article.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

from graphkb import graphpage as gp
from graphkb import graphview as gv
from graphkb.store import OxigraphStore
from graphkb.web.app import create_app

from graphview_fixtures import ATTACKS, DEAL, DEAL_SENTENCE, JOINT_VENTURE, XSS, load
from web_support import LiveServer

ID = "https://w3id.org/graphkb/id/"
KESTREL = ID + "system/kestrel-7"
FREEDONIA = ID + "country/freedonia"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Watched:
    page: object
    requests: list = field(default_factory=list)
    dialogs: list = field(default_factory=list)
    errors: list = field(default_factory=list)


def open_graph(browser, url: str) -> Watched:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    seen = Watched(page)
    page.on("request", lambda r: seen.requests.append(r.url))
    page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector("body[data-state=ready]")
    return seen


def node_point(page, iri: str) -> dict:
    """Centre the view on a node and return its position on the screen."""
    return page.evaluate("""(id) => {
        const net = window.graphkb.network;
        net.focus(id, {scale: 1.5, animation: false});
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const box = document.getElementById("network").getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""", iri)


def click_node(page, iri: str) -> None:
    """Click a node until its panel shows: on a loaded machine the layout may still move between
    reading a node's position and the click, which then lands beside it."""
    selector = f'#details[data-iri="{iri}"]:not([hidden])'
    for _ in range(3):
        point = node_point(page, iri)
        page.mouse.click(point["x"], point["y"])
        try:
            page.wait_for_selector(selector, timeout=5000)
            return
        except PlaywrightTimeout:
            continue
    page.wait_for_selector(selector)


def write_page(tmp_path, *fixtures: str, **params) -> str:
    store = OxigraphStore()
    load(store, *fixtures)
    path = tmp_path / "graph.html"
    path.write_text(gp.render_html(gv.store_view(store, **params)), encoding="utf-8")
    return path.as_uri()


def test_file_page_draws_the_graph_and_shows_the_sentence_behind_a_link(browser, tmp_path):
    url = write_page(tmp_path, DEAL, JOINT_VENTURE)
    seen = open_graph(browser, url)
    page = seen.page
    assert page.evaluate("window.graphkb.nodes.length") == 11
    assert page.text_content("#notice") == "showing 11 of 11 entities"
    legend = page.inner_text("#legend-list")
    assert "Country (2)" in legend and "Company (2)" in legend and "Deal (1)" in legend
    click_node(page, KESTREL)
    panel = page.inner_text("#details")
    assert "Kestrel-7" in panel and "Also: K7" in panel
    assert DEAL_SENTENCE in panel and "Freedonia orders Kestrel-7 batteries" in panel
    assert "DESCRIBE" not in panel  # a file has no query editor to link to
    assert seen.requests == [url] and seen.errors == [] and seen.dialogs == []


def test_hover_shows_a_plain_text_tooltip(browser, tmp_path):
    page = open_graph(browser, write_page(tmp_path, DEAL, JOINT_VENTURE)).page
    point = node_point(page, KESTREL)
    page.mouse.move(point["x"] - 40, point["y"] - 40)
    page.mouse.move(point["x"], point["y"])
    tooltip = page.wait_for_selector("div.vis-tooltip", state="visible")
    assert tooltip.inner_text().splitlines()[:3] == ["Air-defence system", "Kestrel-7", "also: K7"]


def test_search_focuses_an_entity_and_the_class_filter_hides_a_class(browser, tmp_path):
    page = open_graph(browser, write_page(tmp_path, DEAL, JOINT_VENTURE)).page
    page.fill("#search-input", "k7")
    page.press("#search-input", "Enter")
    page.wait_for_selector(f'#details[data-iri="{KESTREL}"]:not([hidden])')
    assert page.evaluate("window.graphkb.network.getSelectedNodes()") == [KESTREL]

    country = page.locator(f'#legend-list input[data-cls="{gv.GK}Country"]')
    country.uncheck()
    hidden = page.evaluate("window.graphkb.nodes.get().filter(n => n.hidden).map(n => n.label)")
    assert sorted(hidden) == ["Freedonia", "Sylvania"]
    page.fill("#search-input", "Freedonia")
    page.press("#search-input", "Enter")
    page.wait_for_selector(f'#details[data-iri="{FREEDONIA}"]:not([hidden])')
    assert page.evaluate(f"window.graphkb.nodes.get('{FREEDONIA}').hidden") is False
    assert page.locator(f'#legend-list input[data-cls="{gv.GK}Country"]').is_checked()

    page.fill("#search-input", "Atlantis")
    page.press("#search-input", "Enter")
    assert "no entity matches" in page.text_content("#notice")


def test_notice_says_how_many_nodes_the_cap_left_out(browser, tmp_path):
    page = open_graph(browser, write_page(tmp_path, DEAL, JOINT_VENTURE, limit=3)).page
    assert page.text_content("#notice") == "showing 3 of 11 entities (best connected first)"


def _attack_everything(seen: Watched, searches=ATTACKS) -> str:
    """Hover, click and search every node; return the text the panel showed."""
    page = seen.page
    texts = []
    for iri in page.evaluate("window.graphkb.nodes.getIds()"):
        point = node_point(page, iri)
        page.mouse.move(point["x"], point["y"])
        click_node(page, iri)
        texts.append(page.inner_text("#details"))
    for attack in searches:
        page.fill("#search-input", attack)
        page.press("#search-input", "Enter")
    page.wait_for_timeout(300)  # let anything injected get its chance to run
    return "\n".join(texts)


def test_article_text_cannot_run_in_the_file_page(browser, tmp_path):
    url = write_page(tmp_path, DEAL, XSS)
    seen = open_graph(browser, url)
    shown = _attack_everything(seen)
    assert ATTACKS[0] in shown and ATTACKS[1] in shown and ATTACKS[3] in shown  # shown as text
    assert seen.dialogs == [] and seen.errors == []
    assert seen.page.evaluate("document.querySelectorAll('script').length") == 3
    assert seen.page.evaluate("document.querySelectorAll('img, svg, iframe').length") == 0
    assert seen.requests == [url]


# ------------------------------------------------------------------ served

@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "store"
    store = OxigraphStore(path)
    load(store, DEAL, JOINT_VENTURE, XSS)
    store.flush()
    del store
    with LiveServer(create_app(path, timeout=10, workers=2)) as live:
        yield live


def test_served_page_expands_a_node_on_double_click(browser, server):
    seen = open_graph(browser, server.url + "/graph?focus=Kestrel-7&hops=0")
    page = seen.page
    assert page.evaluate("window.graphkb.nodes.getIds()") == [KESTREL]
    point = node_point(page, KESTREL)
    page.mouse.dblclick(point["x"], point["y"])
    page.wait_for_function("() => window.graphkb.nodes.length === 4")
    assert sorted(page.evaluate("window.graphkb.edges.get().map(e => e.label)")) == [
        "about", "item", "manufacturer"]
    click_node(page, KESTREL)
    link = page.get_attribute("#details .actions a", "href")
    assert link == "/?query=" + "DESCRIBE%20%3C" + KESTREL.replace(":", "%3A").replace("/", "%2F") + "%3E"
    assert DEAL_SENTENCE in page.inner_text("#details")
    assert all(u.startswith(server.url + "/") for u in seen.requests), seen.requests
    assert seen.errors == [] and seen.dialogs == []


def test_served_search_for_an_entity_not_drawn_asks_the_server(browser, server):
    page = open_graph(browser, server.url + "/graph?focus=Falcon&hops=0").page
    page.fill("#search-input", "Sylvania")
    page.press("#search-input", "Enter")
    page.wait_for_url("**/graph?focus=Sylvania")
    page.wait_for_load_state()
    page.wait_for_selector("body[data-state=ready]")
    assert "Sylvania" in page.evaluate("window.graphkb.nodes.get().map(n => n.label)")


def test_article_text_cannot_run_in_the_served_page(browser, server):
    seen = open_graph(browser, server.url + "/graph")
    shown = _attack_everything(seen)  # searches for names not drawn ask the server, find nothing
    assert "no entity matches" in seen.page.text_content("#notice")
    assert ATTACKS[1] in shown
    evil = ID + "system/evil"
    point = node_point(seen.page, evil)
    seen.page.mouse.dblclick(point["x"], point["y"])
    seen.page.wait_for_timeout(300)
    assert seen.dialogs == [] and seen.errors == []
    assert seen.page.evaluate("document.querySelectorAll('script').length") == 3
    assert all(u.startswith(server.url + "/") for u in seen.requests)


# ------------------------------------------------------------- the seed graph

@pytest.fixture(scope="module")
def seed_page(tmp_path_factory):
    """The seed articles ingested by the real pipeline, drawn as a file."""
    from pathlib import Path

    from graphkb import pipeline

    folder = tmp_path_factory.mktemp("seed")
    store = OxigraphStore(folder / "store")
    report = pipeline.ingest(store, [Path(__file__).resolve().parents[1] / "seeds"])
    assert report.ingested and not report.failed
    path = folder / "seed.html"
    path.write_text(gp.render_html(gv.store_view(store)), encoding="utf-8")
    return path.as_uri()


def test_seed_graph_renders_and_s400_shows_the_deal_sentence(browser, seed_page):
    seen = open_graph(browser, seed_page)
    page = seen.page
    drawn = page.evaluate("window.graphkb.nodes.get().map(n => n.label)")
    assert {"India", "Russia", "S-400", "BrahMos", "Deal: India – S-400"} <= set(drawn)
    s400 = page.evaluate("window.graphkb.nodes.get().find(n => n.label === 'S-400').id")
    click_node(page, s400)
    deal = page.locator("#details li.fact", has_text="Deal: India – S-400")
    assert "5.43 billion" in deal.locator("blockquote").first.inner_text()
    assert seen.requests == [seed_page] and seen.errors == [] and seen.dialogs == []
