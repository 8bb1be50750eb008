package report

// pageScript is the page's only script: tooltips from each shape's <title>,
// and the run table's filters. Nothing is fetched. The data-* marks on the
// body let a headless browser check that the page ran, that the charts are
// drawn, and how the page lays out (see report/browser_test.go):
// data-width (the page's width against the window's), data-height and
// data-recent (the page's height and where "the last weeks" begin, as it
// opens); runlintMeasure() opens every fold, counts the chart texts that
// fall outside their chart (data-clipped) and the smallest chart text in
// px (data-minfont), and folds them again.
const pageScript = `
(function () {
  var body = document.body;
  var errors = [];
  var record = function (m) { errors.push(String(m)); body.dataset.errors = errors.join(" | "); };
  window.addEventListener("error", function (e) { record(e.message); });
  var consoleError = console.error;
  console.error = function () { record(Array.prototype.join.call(arguments, " ")); consoleError.apply(console, arguments); };
  var tip = document.getElementById("tip");
  document.querySelectorAll(".chart title").forEach(function (t) {
    var shape = t.parentNode, text = t.textContent;
    shape.addEventListener("mousemove", function (e) { tip.textContent = text; tip.style.display = "block"; tip.style.left = Math.min(e.clientX + 12, window.innerWidth - 370) + "px"; tip.style.top = (e.clientY + 12) + "px"; });
    shape.addEventListener("mouseleave", function () { tip.style.display = "none"; });
  });

  // The run table's filters: each row carries its class, rules and date.
  var rows = document.querySelectorAll("#runtable tbody tr");
  var get = function (id) { return document.getElementById(id); };
  var filter = function () {
    var c = get("f-class").value, r = get("f-rule").value, from = get("f-from").value, to = get("f-to").value, shown = 0;
    rows.forEach(function (tr) {
      var d = tr.dataset, rules = d.rules ? d.rules.split(" ") : [];
      var ok = (c === "" || d.class === c) &&
        (r === "" || (r === "*" ? rules.length > 0 : r === "-" ? rules.length === 0 : rules.indexOf(r) >= 0)) &&
        (from === "" || d.date >= from) && (to === "" || d.date <= to);
      tr.hidden = !ok;
      if (ok) { shown++; }
    });
    get("f-count").textContent = shown + " of " + rows.length + " shown";
  };
  if (rows.length) {
    ["f-class", "f-rule", "f-from", "f-to"].forEach(function (id) { get(id).addEventListener("input", filter); });
    filter();
  }

  var count = function (sel) { return document.querySelectorAll(sel).length; };
  body.dataset.charts = ["volume:" + count("#volume .bar"), "zones:" + count("#zones .bar"), "load:" + count("#load polyline"), "scatter:" + count("#scatter .dot"),
    "calendar:" + count("#calendar .day"), "pace-history:" + count("#pace-history .pt"), "hr-history:" + count("#hr-history .pt"),
    "runs:" + count("details.run"), "run-charts:" + count("details.run svg.spark"), "table:" + rows.length].join(" ");
  var measure = function () { body.dataset.width = document.documentElement.scrollWidth + "/" + window.innerWidth; };
  measure();
  window.addEventListener("resize", measure);
  var recent = get("recent");
  body.dataset.height = String(document.documentElement.scrollHeight);
  body.dataset.recent = String(Math.round(recent.getBoundingClientRect().top + window.scrollY));

  window.runlintMeasure = function () {
    var closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
    var clipped = [], minFont = 1000;
    document.querySelectorAll("svg.chart").forEach(function (svg) {
      var vb = svg.viewBox.baseVal, scale = svg.getBoundingClientRect().width / vb.width;
      svg.querySelectorAll("text").forEach(function (t) {
        if (getComputedStyle(t).display === "none") { return; }
        var b = t.getBBox();
        if (b.x < vb.x - 1 || b.y < vb.y - 1 || b.x + b.width > vb.x + vb.width + 1 || b.y + b.height > vb.y + vb.height + 1) {
          clipped.push((svg.id || svg.getAttribute("aria-label")) + ": " + t.textContent);
        }
        minFont = Math.min(minFont, parseFloat(getComputedStyle(t).fontSize) * scale);
      });
    });
    measure();
    body.dataset.openWidth = document.documentElement.scrollWidth + "/" + window.innerWidth;
    body.dataset.clipped = clipped.length + (clipped.length ? ": " + clipped.slice(0, 5).join(" | ") : "");
    body.dataset.minfont = minFont.toFixed(1);
    closed.forEach(function (d) { d.open = false; });
    measure();
  };
  body.dataset.ready = "yes";
})();
`
