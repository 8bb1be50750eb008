package report

// pageSource is the HTML report; {{chart}} marks where each of HTML's
// writers goes, in the order HTML lists them. The page tells the story
// first (the last weeks run by run, what followed each hard or long day,
// the next run), then the block at a glance, then the detail folded: a
// coach reads the first screens in two minutes, and opens the rest when a
// question comes up. One column on a phone (tables scroll inside their own
// box, never the page), pairs of charts where the screen is wide enough.
const pageSource = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>runlint training report</title>
<style>` + pageStyle + `</style>
</head>
<body>
<header>
<h1>runlint training report</h1>
<p class="muted">{{.Range}}{{if .LastRun}}; {{.LastRun}}{{end}}. {{.Summary.Runs}} runs: {{get .Summary.ByClass "hard"}} hard, {{get .Summary.ByClass "long"}} long, {{get .Summary.ByClass "easy"}} easy, {{get .Summary.ByClass "recovery"}} recovery. Findings: {{.Counts}}.</p>
<div class="yard">{{range .Yardsticks}}<div><b>{{.Value}}</b><span>{{clean .Reason}}</span></div>{{end}}</div>
{{if .State}}<p class="state">{{clean .State}}</p>{{end}}
{{if .Notes}}<ul class="notes">{{range .Notes}}<li><b>{{.Rule}}</b>: {{clean .Message}}</li>{{end}}</ul>{{end}}
<p>{{.Legend}}</p>
</header>
<section id="recent">
<h2>The last {{.RecentWeeks}} weeks, run by run</h2>
{{chart}}
<h3>After each hard or long day of these weeks</h3>
{{if .RecentStory}}<p>{{summary .RecentStory}}</p>
<div class="scroll"><table class="story"><thead><tr><th>day</th><th>the day</th><th>next day</th><th>what followed</th><th>findings on it</th></tr></thead><tbody>
{{range .RecentStory}}<tr><td class="nowrap">{{.Day}}</td><td>{{runs .Runs}}</td><td class="nowrap">{{.Next}}</td><td class="{{slug .Followed}}">{{.Followed}}</td><td>{{found .Findings}}</td></tr>
{{end}}</tbody></table></div>
<p class="note">A day counts as its weightiest run (hard, then long, easy, recovery); a date with no run is a rest day.</p>{{else}}<p>No hard or long day in these weeks.</p>{{end}}
<h3 id="next">The next run</h3>
{{if .Next}}<p class="next"><b>{{clean .Next.Line}}</b></p>
<ul class="why">{{range .Next.Because}}<li>{{clean .}}</li>{{end}}</ul>{{else}}<p>Nothing to advise from: no judged run.</p>{{end}}
</section>
<section id="overview">
<h2>The whole block</h2>
<div class="pair"><div>
<h3>Weekly volume by class, km</h3>
{{chart}}
<p class="note">Dashed outlines are weeks without a judged run.</p>
</div><div>
<h3>Time in zones, week by week, against 80/20</h3>
{{chart}}
<p>{{.ZoneLegend}}</p>
<p class="note">{{.Def8020}} The dashed line is 80 %: a week whose zone 1 reaches it is polarised.</p>
</div></div>
<div class="pair"><div>
<h3>Load: acute and chronic, TRIMP a day</h3>
{{chart}}
<p class="note">Each run's load is its TRIMP. Acute (dark) and chronic (light) load are exponentially weighted averages of the daily load over 7 and 28 days; shaded weeks are those whose acute:chronic ratio passed load-spike's bound ({{.SpikeBound}}).</p>
</div><div>
<h3>Long-run pace and easy pace, week by week, min/km</h3>
{{chart}}
<p class="note">As the profile worked them out for each week (faster at the top): purple the long-run pace, green the easy pace.</p>
</div></div>
<div class="pair"><div>
<h3>Highest heart rate, week by week, bpm</h3>
{{chart}}
<p class="note">Red: each week's highest heart rate over its runs whose heart rate can be trusted; dashed: the profile's HRmax.</p>
</div><div>
<h3>Pace against heart rate</h3>
{{chart}}
</div></div>
<h3>The block, day by day</h3>
{{chart}}
<p class="note">A row of squares a year, a column a week (Monday at the top), each day coloured by its weightiest run; a ringed day had a recovery run flagged.</p>
</section>
<section id="detail">
<h2>In detail</h2>
<details id="findings"><summary><b>Findings</b>: {{.Counts}}, by rule and by week</summary>
{{chart}}
</details>
<details id="all-runs"><summary><b>All {{.Summary.Activities}} activities</b>, filtered by class, rule and date</summary>
{{chart}}
</details>
<details><summary><b>Week by week</b>: {{len .Weeks}} weeks</summary>
<div class="scroll"><table id="weeks"><thead><tr><th>week</th><th class="num">runs</th><th class="num">km</th><th class="num">time</th><th class="num">hard share</th><th>80/20 by time</th></tr></thead><tbody>
{{range .Weeks}}<tr><td class="nowrap">{{.Monday}}</td><td class="num">{{.Runs}}</td><td class="num">{{.Km}}</td><td class="num">{{.Time}}</td><td class="num">{{.HardShare}}</td><td>{{.EightyTwenty}}</td></tr>
{{end}}</tbody></table></div>
<p class="note">Hard share: the time of hard sessions, warm-ups and jogs included (a session counts by its goal); 80/20 counts the time itself, zone by zone.</p>
</details>
<details><summary><b>After each hard or long day</b>, the whole block: {{len .Story}} days</summary>
{{if .Story}}<p>{{summary .Story}}</p>
<div class="scroll"><table class="story" id="story"><thead><tr><th>day</th><th>the day</th><th>next day</th><th>what followed</th><th>findings on it</th></tr></thead><tbody>
{{range .Story}}<tr><td class="nowrap">{{.Day}}</td><td>{{runs .Runs}}</td><td class="nowrap">{{.Next}}</td><td class="{{slug .Followed}}">{{.Followed}}</td><td>{{found .Findings}}</td></tr>
{{end}}</tbody></table></div>{{else}}<p>No hard or long day.</p>{{end}}
</details>
{{if .Cross}}<details><summary><b>Cross-training</b>: {{crossSummary .Cross | clean}}</summary>
<div class="scroll"><table id="cross"><thead><tr><th>date</th><th>sport</th><th>name</th><th>time</th><th>km</th><th>HR</th><th>load</th></tr></thead><tbody>
{{range .Cross}}<tr><td class="nowrap">{{.Date}}</td><td>{{clean .Sport}}</td><td>{{clean .Name}}</td><td>{{.Time}}</td><td>{{.Km}}</td><td>{{.HR}}</td><td>{{.Load}}</td></tr>
{{end}}</tbody></table></div>
<p class="note">{{.CrossNote}}</p></details>{{end}}
{{if .Errors}}<details open><summary><b>Files that could not be read</b>: {{len .Errors}}</summary><ul>{{range .Errors}}<li><code>{{clean .File}}</code>: {{clean .Message}}</li>{{end}}</ul></details>{{end}}
</section>
<div id="tip"></div>
<script>` + pageScript + `</script>
</body>
</html>
`
