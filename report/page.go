package report

// pageSource is the HTML report; {{chart}} marks where each chart goes, in
// the order HTML lists them. The layout is one column on a phone (tables
// scroll inside their own box, never the page) and pairs of charts side by
// side where the screen is wide enough for both.
const pageSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>runlint training report</title>
<style>
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;max-width:1400px;margin:24px auto;padding:0 20px;overflow-wrap:break-word}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}h3{font-size:15px;margin:12px 0 4px}
.muted{color:#666}.chart{display:block;width:100%;height:auto;background:#fff}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,540px),1fr));gap:0 32px}
.grid{stroke:#e6e6e6}.speed{stroke:#2a6fb0;stroke-width:1.5}.hr{stroke:#c0392b;stroke-width:1.5}details.run{border-bottom:1px solid #eee;padding:4px 0}details.run summary{cursor:pointer}.spark{max-height:140px}.acute{stroke:#b8323d;stroke-width:2}.chronic{stroke:#e7a1a6;stroke-width:2}.spike{fill:#fbe3c4;opacity:.7}.note{font-size:13px;color:#555}.axis{font-size:13px;fill:#555}.lrp{stroke:#7a3db8;stroke-dasharray:4 3}
.noweek{fill:none;stroke:#bbb;stroke-dasharray:3 3}.eighty{stroke:#111;stroke-dasharray:6 4;stroke-width:1.5}
.lrpline{stroke:#7a3db8;stroke-width:2}.easyline{stroke:#2c9f48;stroke-width:2}.hrline{stroke:#d7301f;stroke-width:2}.hrmax{stroke:#888;stroke-dasharray:5 4}
.pt{stroke:#fff;stroke-width:1}.pt.lrpline{fill:#7a3db8}.pt.easyline{fill:#2c9f48}.pt.hrline{fill:#d7301f}.pt.hrmax{display:none}
.dot{stroke:#fff;stroke-width:1;opacity:.85}.day{stroke:#fff}.rest{fill:#f0f0f0}
.flagged{fill:none;stroke:#111;stroke-width:2}.flagmark{font-size:12px;font-weight:700;fill:#fff}
.cal{max-width:380px}.key{margin-right:14px;font-size:13px;white-space:nowrap}.key i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
.key i.flag{border:2px solid #111;width:7px;height:7px}
.scroll{overflow-x:auto;max-width:100%}#findings,#story{min-width:720px}#weeks{min-width:520px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}td.nowrap{white-space:nowrap}
.error{color:#b00020;font-weight:600}.warning{color:#a15c00;font-weight:600}.info{color:#555}
.rest-day{color:#2b7bba}.another-hard-day{color:#b00020;font-weight:600}
#tip{position:fixed;pointer-events:none;background:#222;color:#fff;padding:4px 8px;border-radius:4px;font-size:12px;display:none;max-width:360px}
@media (max-width:600px){body{margin:12px auto;padding:0 10px;font-size:14px}.axis{font-size:19px}.key{display:inline-block;margin:2px 10px 2px 0}}
</style>
</head>
<body>
<h1>runlint training report</h1>
<p class="muted">{{.Range}}. {{.Summary.Runs}} runs: {{get .Summary.ByClass "hard"}} hard, {{get .Summary.ByClass "long"}} long, {{get .Summary.ByClass "easy"}} easy, {{get .Summary.ByClass "recovery"}} recovery. Findings: {{.Counts}}.</p>
<p>{{clean .Profile.LongRunPace.Reason}}.<br>{{clean .Profile.MaxHRReason}}.</p>
<p>{{.Legend}}</p>
<div class="pair"><div>
<h2>Weekly volume by class</h2>
{{chart}}
<p class="note">Dashed outlines are weeks without a judged run.</p>
</div><div>
<h2>Time in zones, week by week, against 80/20</h2>
{{chart}}
<p>{{.ZoneLegend}}</p>
<p class="note">{{.Def8020}} The dashed line is 80 %: a week whose zone 1 reaches it is polarised.</p>
</div></div>
<div class="pair"><div>
<h2>Week by week</h2>
<div class="scroll"><table id="weeks"><thead><tr><th>week</th><th class="num">runs</th><th class="num">km</th><th class="num">time</th><th class="num">hard share</th><th>80/20 by time</th></tr></thead><tbody>
{{range .Weeks}}<tr><td class="nowrap">{{.Monday}}</td><td class="num">{{.Runs}}</td><td class="num">{{.Km}}</td><td class="num">{{.Time}}</td><td class="num">{{.HardShare}}</td><td>{{.EightyTwenty}}</td></tr>
{{end}}</tbody></table></div>
<p class="note">Hard share: the time of hard sessions, warm-ups and jogs included (a session counts by its goal); 80/20 counts the time itself, zone by zone.</p>
</div><div>
<h2>Load: acute and chronic</h2>
{{chart}}
<p class="note">Each run's load is its TRIMP. Acute (dark) and chronic (light) load are exponentially weighted averages of the daily load over 7 and 28 days; shaded weeks are those whose acute:chronic ratio passed load-spike's bound.</p>
</div></div>
{{if .Cross}}<h2>Cross-training</h2>
<p>{{crossSummary .Cross | clean}}.</p>
<div class="scroll"><table id="cross"><thead><tr><th>date</th><th>sport</th><th>name</th><th>time</th><th>km</th><th>HR</th><th>load</th></tr></thead><tbody>
{{range .Cross}}<tr><td class="nowrap">{{.Date}}</td><td>{{clean .Sport}}</td><td>{{clean .Name}}</td><td>{{.Time}}</td><td>{{.Km}}</td><td>{{.HR}}</td><td>{{.Load}}</td></tr>
{{end}}</tbody></table></div>
<p class="note">{{.CrossNote}}</p>{{end}}
<h2>After each hard or long day</h2>
{{if .Story}}<p>{{summary .Story}}</p>
<div class="scroll"><table id="story"><thead><tr><th>day</th><th>the day</th><th>next day</th><th>what followed</th><th>findings on it</th></tr></thead><tbody>
{{range .Story}}<tr><td class="nowrap">{{.Day}}</td><td>{{runs .Runs}}</td><td class="nowrap">{{.Next}}</td><td class="{{slug .Followed}}">{{.Followed}}</td><td>{{found .Findings}}</td></tr>
{{end}}</tbody></table></div>
<p class="note">A day counts as its weightiest run (hard, then long, easy, recovery); a date with no run is a rest day.</p>{{else}}<p>No hard or long day.</p>{{end}}
<div class="pair"><div>
<h2>Pace against heart rate</h2>
{{chart}}
</div><div>
<h2>The block, day by day</h2>
{{chart}}
</div></div>
<div class="pair"><div>
<h2>Long-run pace and easy pace over time</h2>
{{chart}}
<p class="note">As the profile worked them out for each week (faster at the top): purple the long-run pace, green the easy pace.</p>
</div><div>
<h2>Highest heart rate over time</h2>
{{chart}}
<p class="note">Red: each week's highest heart rate over its runs whose heart rate can be trusted; dashed: the profile's HRmax.</p>
</div></div>
<h2>Findings</h2>
{{if .Findings}}<p>{{.Counts}}; errors first, then warnings, then info, each oldest first.</p>
<div class="scroll"><table id="findings"><thead><tr><th>severity</th><th>date</th><th>run</th><th>rule</th><th>finding</th><th>the run</th></tr></thead><tbody>
{{range .Findings}}<tr><td class="{{sev .Severity}}">{{.Severity}}</td><td class="nowrap">{{.Date}}</td><td title="{{clean (base .File)}}">{{label .}}</td><td>{{.Rule}}</td><td>{{clean .Message}}</td><td>{{if .Run}}{{clean (why .Run)}}{{end}}</td></tr>
{{end}}</tbody></table></div>{{else}}<p>None.</p>{{end}}
{{chart}}
{{if .Errors}}<h2>Files that could not be read</h2><ul>{{range .Errors}}<li><code>{{clean .File}}</code>: {{clean .Message}}</li>{{end}}</ul>{{end}}
<div id="tip"></div>
<script>
// Tooltips from each shape's <title>; nothing is fetched. The data-* marks
// let a headless browser check that the page ran, the charts are drawn and
// the page is no wider than the window.
(function () {
  var errors = [];
  var record = function (m) { errors.push(String(m)); document.body.dataset.errors = errors.join(" | "); };
  window.addEventListener("error", function (e) { record(e.message); });
  var consoleError = console.error;
  console.error = function () { record(Array.prototype.join.call(arguments, " ")); consoleError.apply(console, arguments); };
  var tip = document.getElementById("tip");
  document.querySelectorAll(".chart title").forEach(function (t) {
    var shape = t.parentNode, text = t.textContent;
    shape.addEventListener("mousemove", function (e) { tip.textContent = text; tip.style.display = "block"; tip.style.left = (e.clientX + 12) + "px"; tip.style.top = (e.clientY + 12) + "px"; });
    shape.addEventListener("mouseleave", function () { tip.style.display = "none"; });
  });
  var count = function (sel) { return document.querySelectorAll(sel).length; };
  document.body.dataset.charts = ["volume:" + count("#volume .bar"), "zones:" + count("#zones .bar"), "load:" + count("#load polyline"), "scatter:" + count("#scatter .dot"),
    "calendar:" + count("#calendar .day"), "pace-history:" + count("#pace-history .pt"), "hr-history:" + count("#hr-history .pt")].join(" ");
  var measure = function () { document.body.dataset.width = document.documentElement.scrollWidth + "/" + window.innerWidth; };
  measure();
  window.addEventListener("resize", measure);
  document.body.dataset.ready = "yes";
})();
</script>
</body>
</html>
`
