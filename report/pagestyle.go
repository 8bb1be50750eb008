package report

// pageStyle is the page's stylesheet. Chart text is sized in the charts'
// own units (a viewBox 760 wide): 13 is 11-12 px in a pair of charts at
// 1,400 px; on a phone the chart is half as wide, so it takes 22 (10-11 px
// at 390 px), and every chart leaves room for text that size.
const pageStyle = `
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;max-width:1400px;margin:24px auto;padding:0 20px;overflow-wrap:break-word}
h1{font-size:24px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #ccc}h3{font-size:16px;margin:18px 0 6px}h4{font-size:14px;margin:14px 0 4px}
.muted{color:#555}.chart{display:block;width:100%;height:auto;background:#fff}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,540px),1fr));gap:0 32px}
.yard{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,300px),1fr));gap:8px;margin:10px 0}
.yard div{border-left:4px solid #2c9f48;padding:2px 10px;background:#f6f8f6}.yard div:nth-child(2){border-color:#7a3db8}.yard div:nth-child(3){border-color:#d7301f}
.yard b{display:block;font-size:17px}.yard span{font-size:13px;color:#555}
.state{font-size:15px;margin:4px 0 12px}
.notes{margin:6px 0;padding-left:20px;font-size:14px;color:#444}
.grid{stroke:#e6e6e6}.frame{stroke:#999}.speed{stroke:#2a6fb0;stroke-width:2}.hr{stroke:#c0392b;stroke-width:1.5}
.acute{stroke:#b8323d;stroke-width:2}.chronic{stroke:#e7a1a6;stroke-width:2}.spike{fill:#fbe3c4;opacity:.7}
.note{font-size:13px;color:#555}.axis{font-size:13px;fill:#555}.lrp{stroke:#7a3db8;stroke-dasharray:4 3}
.noweek{fill:none;stroke:#bbb;stroke-dasharray:3 3}.eighty{stroke:#111;stroke-dasharray:6 4;stroke-width:1.5}
.lrpline{stroke:#7a3db8;stroke-width:2}.easyline{stroke:#2c9f48;stroke-width:2}.hrline{stroke:#d7301f;stroke-width:2}.hrmax{stroke:#888;stroke-dasharray:5 4}
.pt{stroke:#fff;stroke-width:1}.pt.lrpline{fill:#7a3db8}.pt.easyline{fill:#2c9f48}.pt.hrline{fill:#d7301f}.pt.hrmax{display:none}
.dot{stroke:#fff;stroke-width:1;opacity:.85}.day{stroke:#fff;stroke-width:.5}.rest{fill:#f0f0f0}
.flagged{fill:none;stroke:#111;stroke-width:1.5}
.cal{max-width:900px}
.key{margin-right:14px;font-size:13px;white-space:nowrap}.key i{display:inline-block;width:11px;height:11px;margin-right:4px;vertical-align:-1px}
.key i.flag{border:2px solid #111;width:7px;height:7px}.key i.line{height:3px;vertical-align:3px;width:18px}
.scroll{overflow-x:auto;max-width:100%}.story{min-width:720px}#findings table{min-width:640px}#weeks{min-width:520px}#runtable{min-width:720px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap}td.nowrap{white-space:nowrap}
.error{color:#b00020;font-weight:600}.warning{color:#a15c00;font-weight:600}.info{color:#555}
.rest-day{color:#2b7bba}.another-hard-day{color:#b00020;font-weight:600}
.hard{color:#d7301f}.long{color:#7a3db8}.easy{color:#2c9f48}.recovery{color:#2b7bba}
.week{margin:16px 0 4px;font-size:14px;font-weight:400}.week b{font-size:15px}
.weeks{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,600px),1fr));gap:0 32px;align-items:start}
details{margin:4px 0}details>summary{cursor:pointer;padding:3px 0}
details.run{border-bottom:1px solid #eee;padding:2px 0}details.run>summary{list-style-position:outside;margin-left:18px;font-size:14px}
details.group{margin-left:14px}#detail>details{border-bottom:1px solid #ddd;padding:6px 0}
.spark{max-width:760px}.why{margin:4px 0 0;padding-left:20px;font-size:14px}.next{font-size:16px;margin:4px 0}
.filters{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;margin:8px 0;font-size:14px}.filters select,.filters input{font:inherit;font-size:14px}
#tip{position:fixed;pointer-events:none;background:#222;color:#fff;padding:4px 8px;border-radius:4px;font-size:12px;display:none;max-width:360px}
@media (max-width:600px){body{margin:12px auto;padding:0 10px;font-size:14px}.axis{font-size:22px}.key{display:inline-block;margin:2px 10px 2px 0}details.group{margin-left:6px}}
`
