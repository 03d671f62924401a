// graphkb's query editor: YASGUI preset for this endpoint; nothing is loaded from other hosts.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("graphkb-config").textContent);
  if (typeof Yasgui === "undefined") { return; }   // the page says how to install the files

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: config.endpoint }] },
    persistenceId: null,
    populateFromUrl: false,
    // The class and property autocompleters ask an outside service (LOV), and the
    // prefix one can ask prefix.cc: keep only what works offline.
    yasqe: { autocompleters: ["variables"], prefixCcApi: null, value: config.default },
    yasr: { prefixes: config.prefixes, defaultPlugin: "table" },
  });
  window.graphkbYasgui = yasgui;

  // The endpoint knows graphkb's prefixes; declaring the ones a query uses keeps
  // YASQE's syntax check (and any other endpoint the query is copied to) happy.
  function declarePrefixes(yasqe) {
    if (!yasqe) { return; }
    const text = yasqe.getValue();
    const declared = yasqe.getPrefixesFromQuery();
    const needed = {};
    for (const [prefix, iri] of Object.entries(config.prefixes)) {
      if (!(prefix in declared) && new RegExp("(^|[^\\w:?$])" + prefix + ":").test(text)) {
        needed[prefix] = iri;
      }
    }
    if (Object.keys(needed).length) { yasqe.addPrefixes(needed); }
  }
  declarePrefixes(yasgui.getTab() && yasgui.getTab().getYasqe());

  const graphButton = document.getElementById("open-graph");
  function isGraphQuery(tab) {
    const type = tab && tab.getYasqe() ? tab.getYasqe().getQueryType() : null;
    return type === "CONSTRUCT" || type === "DESCRIBE";
  }
  function refresh() { graphButton.disabled = !isGraphQuery(yasgui.getTab()); }
  graphButton.addEventListener("click", () => {
    const tab = yasgui.getTab();
    if (isGraphQuery(tab)) {
      window.open("/graph?query=" + encodeURIComponent(tab.getYasqe().getValue()), "_blank");
    }
  });
  yasgui.on("tabSelect", () => setTimeout(refresh, 0));
  yasgui.on("tabAdd", () => setTimeout(refresh, 0));
  yasgui.on("tabChange", refresh);
  yasgui.on("queryResponse", refresh);
  refresh();

  document.querySelectorAll("#examples button.example").forEach((button) => {
    button.addEventListener("click", () => {
      const example = config.examples[Number(button.dataset.index)];
      const tab = yasgui.addTab(true, { name: example.title, yasqe: { value: example.query } });
      tab.show();
      const yasqe = tab.getYasqe();
      if (yasqe) { yasqe.setValue(example.query); declarePrefixes(yasqe); }
      refresh();
    });
  });

  // A link such as /?query=DESCRIBE%20<iri> (from the graph view) opens and runs that query.
  const linked = new URLSearchParams(window.location.search).get("query");
  if (linked) {
    const tab = yasgui.addTab(true, { name: "Linked query", yasqe: { value: linked } });
    tab.show();
    const yasqe = tab.getYasqe();
    if (yasqe) { yasqe.setValue(linked); declarePrefixes(yasqe); yasqe.query(); }
    refresh();
  }
})();
