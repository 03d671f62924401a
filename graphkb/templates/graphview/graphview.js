// graphkb's graph view. Every piece of text goes into the page through textContent
// or a DOM property, never as HTML: entity names and sentences come from articles.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graphkb-data").textContent);
  var links = data.links;          // null in a standalone file
  var classes = data.classes;      // class IRI -> {label, color, shape}
  var details = data.details;      // node IRI -> what the side panel shows
  var total = data.total;
  var hiddenClasses = new Set();
  var SYMBOLS = {dot: "\u25cf", square: "\u25a0", triangle: "\u25b2", triangleDown: "\u25bc",
                 diamond: "\u25c6", star: "\u2605", hexagon: "\u2b22"};

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("network"),
                                {nodes: nodes, edges: edges}, data.options);
  window.graphkb = {network: network, nodes: nodes, edges: edges, details: details};

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // Physics stops once the layout has settled: a still picture, and no CPU spent.
  function settle() {
    network.setOptions({physics: {enabled: false}});
    setNotice();
    document.body.setAttribute("data-state", "ready");
  }
  network.on("stabilizationIterationsDone", settle);
  network.on("stabilizationProgress", function (p) {
    setNotice("laying out " + Math.round(100 * p.iterations / p.total) + "%");
  });
  if (nodes.length === 0) settle();

  function setNotice(extra) {
    var shown = nodes.length, text;
    if (shown === 0) text = "nothing to draw";
    else text = "showing " + shown + " of " + Math.max(total, shown) + " entities";
    if (shown < total) text += " (best connected first)";
    if (extra) text += " \u2013 " + extra;
    var notice = document.getElementById("notice");
    notice.textContent = text;
    notice.className = shown < total ? "warn" : "";
  }

  // ---- legend and class filter
  function drawLegend() {
    var counts = {};
    nodes.forEach(function (n) { counts[n.cls] = (counts[n.cls] || 0) + 1; });
    var list = document.getElementById("legend-list");
    list.replaceChildren();
    Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || classes[a].label.localeCompare(classes[b].label);
    }).forEach(function (cls) {
      var item = el("li"), label = el("label"), box = el("input");
      box.type = "checkbox";
      box.checked = !hiddenClasses.has(cls);
      box.dataset.cls = cls;
      box.addEventListener("change", function () { showClass(cls, box.checked); });
      var swatch = el("span", SYMBOLS[classes[cls].shape] || "\u25cf", "swatch");
      swatch.style.color = classes[cls].color;
      label.append(box, swatch, el("span", classes[cls].label + " (" + counts[cls] + ")"));
      item.dataset.cls = cls;
      item.append(label);
      list.append(item);
    });
  }

  function showClass(cls, visible) {
    if (visible) hiddenClasses.delete(cls); else hiddenClasses.add(cls);
    nodes.update(nodes.getIds({filter: function (n) { return n.cls === cls; }})
      .map(function (id) { return {id: id, hidden: !visible}; }));
  }

  // ---- search
  function fillSearchNames() {
    var list = document.getElementById("search-names");
    list.replaceChildren();
    nodes.forEach(function (n) { var o = el("option"); o.value = n.label; list.append(o); });
  }

  function names(id) {
    var d = details[id] || {labels: [], aliases: []};
    return [d.label || ""].concat(d.labels, d.aliases).map(function (s) { return s.toLowerCase(); });
  }

  function findNode(query) {
    var q = query.trim().toLowerCase(), ids = nodes.getIds();
    if (!q) return null;
    return ids.find(function (id) { return id.toLowerCase() === q || names(id).indexOf(q) >= 0; }) ||
      ids.find(function (id) { return names(id).some(function (n) { return n.indexOf(q) >= 0; }); }) ||
      null;
  }

  function focusNode(id) {
    var cls = nodes.get(id).cls;
    if (hiddenClasses.has(cls)) {
      showClass(cls, true);
      drawLegend();
    }
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: false});
    showDetails(id);
  }

  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("search-input").value, id = findNode(query);
    if (id) focusNode(id);
    else if (links && query.trim()) askServer(query.trim());
    else setNotice("no entity matches \u201c" + query + "\u201d");
  });

  // A served page can draw an entity it does not show: ask whether the graph has it first.
  function askServer(query) {
    var focus = "?focus=" + encodeURIComponent(query);
    fetch(links.data + focus + "&hops=0&limit=1", {headers: {Accept: "application/json"}})
      .then(function (r) {
        if (r.ok) window.location.assign(links.graph + focus);
        else setNotice("no entity matches \u201c" + query + "\u201d");
      })
      .catch(function (e) { setNotice("search failed: " + e.message); });
  }

  // ---- details panel
  function nodeButton(id, text) {
    if (!nodes.get(id)) return el("span", text);
    var b = el("button", text, "node-link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }

  function factItem(fact) {
    var li = el("li", null, "fact"), line = el("div");
    var value = fact.node ? nodeButton(fact.node, fact.value) : el("span", fact.value, "value");
    if (fact.dir === "out") line.append(el("span", fact.prop, "prop"), document.createTextNode(": "), value);
    else line.append(value, document.createTextNode(" \u2192 "), el("span", fact.prop, "prop"));
    li.append(line);
    fact.evidence.forEach(function (ev) {
      if (ev.sentence) li.append(el("blockquote", ev.sentence, "sentence"));
      var source = [ev.title || ev.article, ev.modality, ev.speaker && "according to " + ev.speaker]
        .filter(Boolean).join(" \u00b7 ");
      var s = el("div", source, "source");
      if (ev.article) s.title = ev.article;
      li.append(s);
    });
    return li;
  }

  function factList(title, facts) {
    var frag = document.createDocumentFragment();
    frag.append(el("h3", title + " (" + facts.length + ")"));
    if (!facts.length) { frag.append(el("p", "none", "none")); return frag; }
    var ul = el("ul", null, "facts");
    facts.forEach(function (f) { ul.append(factItem(f)); });
    frag.append(ul);
    return frag;
  }

  function showDetails(id) {
    var d = details[id], body = document.getElementById("details-body");
    if (!d) return;
    body.replaceChildren();
    body.append(el("h2", d.label), el("p", d.types.join(", "), "types"));
    var also = d.labels.slice(1).concat(d.aliases);
    if (also.length) body.append(el("p", "Also: " + also.join(", "), "aliases"));
    body.append(el("div", d.iri, "iri"));
    if (links) {
      var actions = el("div", null, "actions"), a = el("a", "DESCRIBE in the query editor");
      a.href = links.editor + "?query=" + encodeURIComponent("DESCRIBE <" + d.iri + ">");
      var more = el("button", "Draw neighbours");
      more.type = "button";
      more.addEventListener("click", function () { expand(id); });
      actions.append(a, more);
      body.append(actions);
    }
    var isOut = function (f) { return f.dir === "out"; };
    body.append(factList("Facts and outgoing links", d.facts.filter(isOut)),
                factList("Incoming links", d.facts.filter(function (f) { return !isOut(f); })));
    var panel = document.getElementById("details");
    panel.hidden = false;
    panel.setAttribute("data-iri", id);
  }

  document.getElementById("details-close").addEventListener("click", function () {
    document.getElementById("details").hidden = true;
  });
  network.on("click", function (p) { if (p.nodes.length) showDetails(p.nodes[0]); });

  // ---- expanding a node (served pages only)
  function expand(id) {
    if (!links) return;
    setNotice("loading neighbours");
    fetch(links.neighbours + "?node=" + encodeURIComponent(id), {headers: {Accept: "application/json"}})
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error((body && body.error) || r.statusText);
          return body;
        });
      })
      .then(function (more) { merge(id, more); })
      .catch(function (e) { setNotice("could not load neighbours: " + e.message); });
  }

  function merge(id, more) {
    var at = network.getPositions([id])[id] || {x: 0, y: 0};
    Object.assign(classes, more.classes);
    Object.assign(details, more.details);
    var added = more.nodes.filter(function (n) { return !nodes.get(n.id); });
    nodes.add(added.map(function (n, i) {
      var angle = 2 * Math.PI * i / Math.max(added.length, 1);
      return Object.assign({}, n, {x: at.x + 120 * Math.cos(angle), y: at.y + 120 * Math.sin(angle),
                                   hidden: hiddenClasses.has(n.cls)});
    }));
    edges.add(more.edges.filter(function (e) {
      return !edges.get(e.id) && nodes.get(e.from) && nodes.get(e.to);
    }));
    total = Math.max(total, nodes.length);
    drawLegend();
    fillSearchNames();
    setNotice(added.length + " added");
    if (added.length) {
      network.setOptions({physics: {enabled: true}});
      network.stabilize(120);
    }
    showDetails(id);
  }
  network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });

  drawLegend();
  fillSearchNames();
  setNotice();
})();
