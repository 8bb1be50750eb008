package report_test

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image"
	"image/color/palette"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
	"github.com/runlint/runlint/internal/synth"
	"github.com/runlint/runlint/report"
)

// chromium finds Debian's Chromium; .ci/run installs it and sets
// RUNLINT_REQUIRE_TOOLS so that CI fails rather than skips without it.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("RUNLINT_REQUIRE_TOOLS") != "" {
		t.Fatal("chromium not found")
	}
	t.Skip("chromium not found (apt-get install chromium)")
	return ""
}

// headless runs Chromium offline on a local file with the given mode flag.
// It is given a minute (headlessWithin: longer, for a page of years): a
// dialog (an alert() that a payload got to run) holds --dump-dom open for
// ever.
func headless(t *testing.T, bin, page string, mode ...string) (stdout, stderr string) {
	return headlessWithin(t, time.Minute, bin, page, mode...)
}

func headlessWithin(t *testing.T, limit time.Duration, bin, page string, mode ...string) (stdout, stderr string) {
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--enable-logging=stderr", "--v=0", "--user-data-dir=" + t.TempDir(),
	}, mode...)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(args, "file://"+page)...)
	cmd.WaitDelay = 5 * time.Second
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			t.Fatalf("chromium did not finish in %v: is a dialog (alert) open?\n%s", limit, errb.String())
		}
		t.Fatalf("chromium: %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

// TestHTMLInChromium loads the report in a real headless Chromium, on a
// phone's width and on a wide screen: the page's script runs without
// errors, every chart is drawn, the runs' names are shown, nothing is
// fetched, the page is no wider than the window (its tables scroll in their
// own box) with every fold open too, no chart's text falls outside its
// chart, and chart text is at least 9.5 px.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	var b bytes.Buffer
	rep := synthetic(t)
	if err := report.HTML(&b, rep); err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`(src|href)="(https?:)?//`).Find(b.Bytes()); m != nil {
		t.Fatalf("the page loads something from the network: %s", m)
	}
	hardFlagged, all := 0, len(rep.Runs)
	for _, run := range rep.Runs {
		if run.Class == analyze.Hard && len(run.Findings) > 0 {
			hardFlagged++
		}
	}
	for _, sc := range screens {
		t.Run(fmt.Sprint(sc.width), func(t *testing.T) {
			m := measure(t, bin, b.String(), sc)
			checkPage(t, m, sc.width)
			if want := fmt.Sprintf("%d of %d shown", hardFlagged, all); m.attrs["filtered"] != want || hardFlagged == 0 {
				t.Errorf("the run table filtered to hard runs with a finding: %q, want %q", m.attrs["filtered"], want)
			}
			for _, want := range []string{"Recovery run", "2024-03-04", "2024-05-20", "Easy pace", "The last 8 weeks", "next run ("} { // a run's name; years on the axes
				if !strings.Contains(m.text, want) {
					t.Errorf("%q not in the page", want)
				}
			}
		})
	}
}

// screen is a window the page is measured in: a wide screen's, and a
// phone's (an iPhone's 390 x 844 CSS pixels).
type screen struct{ width, height int }

var screens = []screen{{1400, 900}, {390, 844}}

// measured is what the page's script recorded on its body, as the page
// opened and with its folds opened (runlintMeasure), and its text.
type measured struct {
	attrs map[string]string
	text  string
	logs  string
}

func (m measured) int(key string) int {
	n, _ := strconv.Atoi(strings.SplitN(m.attrs[key], "/", 2)[0])
	return n
}

// measure loads page in a frame of the screen's size, inside a window wide
// enough for it (headless Chromium's window is 500 px at the least),
// calls the page's runlintMeasure once it has loaded, and reads what the
// page recorded.
func measure(t *testing.T, bin, page string, sc screen) measured {
	t.Helper()
	frame := filepath.Join(t.TempDir(), "frame.html")
	os.WriteFile(frame, []byte(framePage(page, sc)), 0o644)
	// Five minutes: a page of seven years, every fold opened, on a machine
	// shared with other builds.
	dom, logs := headlessWithin(t, 5*time.Minute, bin, frame, "--dump-dom", fmt.Sprintf("--window-size=%d,%d", max(sc.width, 500)+40, sc.height+40))
	inner := regexp.MustCompile(`<textarea id="inner">([^<]*)</textarea>`).FindStringSubmatch(dom)
	if inner == nil {
		t.Fatalf("the frame did not report: %s", logs)
	}
	text := html.UnescapeString(inner[1])
	m := measured{attrs: map[string]string{}, text: text, logs: logs}
	body := regexp.MustCompile(`<body[^>]*>`).FindString(text)
	for _, kv := range regexp.MustCompile(`data-([a-z-]+)="([^"]*)"`).FindAllStringSubmatch(body, -1) {
		m.attrs[kv[1]] = html.UnescapeString(kv[2])
	}
	return m
}

// framePage is a page that shows the report in a frame of the screen's
// size and, once it has loaded, has it measure itself, filters its run
// table to the hard runs with a finding (data-filtered), and copies its
// body tag and text into a textarea that --dump-dom prints (it prints only
// the top document).
func framePage(report string, sc screen) string {
	return fmt.Sprintf(`<!DOCTYPE html><html><body style="margin:0"><iframe id="f" style="width:%dpx;height:%dpx;border:0;display:block" srcdoc="`, sc.width, sc.height) +
		html.EscapeString(report) + `"></iframe><textarea id="inner"></textarea><script>
window.addEventListener("load", function () {
  var w = document.getElementById("f").contentWindow, d = w.document;
  if (w.runlintMeasure) { w.runlintMeasure(); }
  var c = d.getElementById("f-class"), r = d.getElementById("f-rule");
  if (c && r) { // the run table's filters: hard runs with a finding
    c.value = "hard"; r.value = "*";
    r.dispatchEvent(new Event("input"));
    d.body.dataset.filtered = d.getElementById("f-count").textContent;
  }
  document.getElementById("inner").textContent = d.body.outerHTML.slice(0, d.body.outerHTML.indexOf(">") + 1) + d.body.textContent;
});
</script></body></html>`
}

// screenshot saves the first height pixels of the page at the screen's
// width as a PNG of the 216 web-safe colours (a report's flat colours lose
// little, and the file is a quarter of the size).
func screenshot(t *testing.T, bin, page string, sc screen, height int, path string) {
	t.Helper()
	frame := filepath.Join(t.TempDir(), "shot.html")
	os.WriteFile(frame, []byte(framePage(page, screen{sc.width, height})), 0o644)
	headless(t, bin, frame, fmt.Sprintf("--window-size=%d,%d", max(sc.width, 500)+40, height), "--hide-scrollbars", "--screenshot="+path)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	r := image.Rect(0, 0, sc.width, height)
	pal := image.NewPaletted(r, palette.WebSafe)
	draw.Draw(pal, r, img, image.Point{}, draw.Src)
	var out bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&out, pal); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, out.Bytes(), 0o644)
}

// chartCounts are the charts the page must draw, by id, and how many of
// their shapes the synthetic block gives at least.
var chartCounts = map[string]int{
	"volume": 10, "zones": 30, "load": 2, "scatter": 10, "calendar": 10, "pace-history": 10, "hr-history": 10,
	"runs": 30, "run-charts": 30, "table": 60,
}

func checkPage(t *testing.T, m measured, width int) {
	t.Helper()
	a := m.attrs
	if a["ready"] != "yes" {
		t.Fatalf("the script did not finish: %v\n%s", a, m.logs)
	}
	if a["errors"] != "" || strings.Contains(m.logs, "Uncaught") {
		t.Fatalf("console errors: %s\n%s", a["errors"], m.logs)
	}
	got := map[string]int{}
	for _, kv := range strings.Fields(a["charts"]) {
		k, v, _ := strings.Cut(kv, ":")
		got[k], _ = strconv.Atoi(v)
	}
	for id, least := range chartCounts {
		if got[id] < least { // counted by the page's script under #id: no element, no count
			t.Errorf("chart %s: %d shapes drawn, want at least %d", id, got[id], least)
		}
	}
	for _, key := range []string{"width", "open-width"} {
		scroll, inner, _ := strings.Cut(a[key], "/")
		if atoi(inner) != width || atoi(scroll) > atoi(inner) {
			t.Errorf("at %d px (%s): the page is %s px wide in a window of %s", width, key, scroll, inner)
		}
	}
	if a["clipped"] != "0" {
		t.Errorf("at %d px, chart text outside its chart: %s", width, a["clipped"])
	}
	if f, _ := strconv.ParseFloat(a["minfont"], 64); f < 9.5 {
		t.Errorf("at %d px, chart text of %s px", width, a["minfont"])
	}
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// TestHTMLInjectionInChromium loads a report whose file names, names and
// messages hold markup and script in headless Chromium: none of it runs or
// becomes an element (the payloads would mark the body with data-pwned), it
// shows as text, and the page's own script still runs without errors.
func TestHTMLInjectionInChromium(t *testing.T) {
	bin := chromium(t)
	var b bytes.Buffer
	if err := report.HTML(&b, hostileReport(t)); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "hostile.html")
	os.WriteFile(page, b.Bytes(), 0o644)
	dom, logs := headless(t, bin, page, "--dump-dom")
	body := regexp.MustCompile(`<body[^>]*>`).FindString(dom)
	switch {
	case strings.Contains(body, "data-pwned"):
		t.Fatalf("a payload ran: %s", body)
	case !strings.Contains(body, `data-ready="yes"`) || strings.Contains(body, "data-errors"):
		t.Fatalf("the page's script did not run cleanly: %s\n%s", body, logs)
	case strings.Count(dom, "<script") != 1 || strings.Contains(dom, "<img") || strings.Contains(dom, "<a "):
		t.Fatal("a file's markup became an element")
	case !strings.Contains(dom, "<title>runlint training report</title>"):
		t.Fatal("the title changed")
	case !strings.Contains(dom, "&lt;img src=x onerror=alert(1)&gt;") || !strings.Contains(dom, "[link](javascript:alert(1))"):
		t.Fatal("the hostile names are not shown as text")
	}
}

// TestHTMLAtScale loads the report of a real seven-year block (gareth's
// Strava export in ../shared/corpus, 1,965 judged runs) as a coach opens
// it: at most 15,000 px tall at 1,400 px and 25,000 px at 390 px, "the last
// 8 weeks" within the first three screens, and, every fold opened, nothing
// wider than the window and no chart text outside its chart.
func TestHTMLAtScale(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a block of 2,067 files")
	}
	block := "../../shared/corpus/block-gareth-strava-export"
	if _, err := os.Stat(block); err != nil {
		t.Skip("no shared corpus")
	}
	bin := chromium(t)
	res, err := check.Read([]string{block}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := analyze.Block(res, analyze.Defaults())
	if next := analyze.Next(rep, analyze.Defaults(), rep.LastDay().AddDate(0, 0, 1)); next.Kind != "none" {
		rep.Next = &next
	}
	var b bytes.Buffer
	if err := report.HTML(&b, rep); err != nil {
		t.Fatal(err)
	}
	for _, sc := range []struct {
		screen
		tallest int
	}{{screens[0], 15000}, {screens[1], 25000}} {
		t.Run(fmt.Sprint(sc.width), func(t *testing.T) {
			m := measure(t, bin, b.String(), sc.screen)
			h, recent := m.int("height"), m.int("recent")
			t.Logf("at %d px: %d px tall as it opens, the last 8 weeks at %d px (on screen %d of %d px), a page of %.1f MB, chart text at least %s px",
				sc.width, h, recent, recent/sc.height+1, sc.height, float64(b.Len())/1e6, m.attrs["minfont"])
			if h > sc.tallest || h == 0 {
				t.Errorf("at %d px the page is %d px tall, want at most %d", sc.width, h, sc.tallest)
			}
			if recent >= 3*sc.height || recent == 0 {
				t.Errorf("at %d px the last 8 weeks begin at %d px, past the third screen (%d px)", sc.width, recent, 3*sc.height)
			}
			for _, key := range []string{"width", "open-width"} {
				scroll, inner, _ := strings.Cut(m.attrs[key], "/")
				if atoi(inner) != sc.width || atoi(scroll) > atoi(inner) {
					t.Errorf("at %d px (%s): the page is %s px wide", sc.width, key, scroll)
				}
			}
			if m.attrs["clipped"] != "0" {
				t.Errorf("chart text outside its chart: %s", m.attrs["clipped"])
			}
		})
	}
}

// TestScreenshots takes the README's screenshots of the page as it opens,
// at both widths, of a synthetic runner's two years (the shared corpus's
// blocks are personal data, never to be committed):
//
//	RUNLINT_SCREENSHOT=$PWD/docs go test ./report -run Screenshots
//
// RUNLINT_SCREENSHOT_BLOCK=DIR shoots that block instead, to look at.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("RUNLINT_SCREENSHOT")
	if dir == "" {
		t.Skip("RUNLINT_SCREENSHOT=DIR takes the screenshots")
	}
	bin := chromium(t)
	block := os.Getenv("RUNLINT_SCREENSHOT_BLOCK")
	if block == "" {
		block = filepath.Join(t.TempDir(), "two-years")
		opt := synth.DefaultOptions()
		opt.Weeks = 104
		if _, err := synth.WriteBlock(block, "fit", opt); err != nil {
			t.Fatal(err)
		}
	}
	res, err := check.Read([]string{block}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := analyze.Block(res, analyze.Defaults())
	if next := analyze.Next(rep, analyze.Defaults(), rep.LastDay().AddDate(0, 0, 1)); next.Kind != "none" {
		rep.Next = &next
	}
	var b bytes.Buffer
	if err := report.HTML(&b, rep); err != nil {
		t.Fatal(err)
	}
	screenshot(t, bin, b.String(), screens[0], 2*screens[0].height, filepath.Join(dir, "report-1400.png"))
	screenshot(t, bin, b.String(), screens[1], 3*screens[1].height, filepath.Join(dir, "report-390.png"))
}

// TestHTMLOfNothingInChromium: the page of a block with no run, or of
// broken files only, opens without a script error at either width.
func TestHTMLOfNothingInChromium(t *testing.T) {
	bin := chromium(t)
	for name, rep := range nothingReports(t) {
		var b bytes.Buffer
		if err := report.HTML(&b, rep); err != nil {
			t.Fatal(err)
		}
		m := measure(t, bin, b.String(), screens[1])
		if m.attrs["ready"] != "yes" || m.attrs["errors"] != "" || m.attrs["clipped"] != "0" {
			t.Errorf("%s: ready %q, errors %q, clipped %q\n%s", name, m.attrs["ready"], m.attrs["errors"], m.attrs["clipped"], m.logs)
		}
	}
}
