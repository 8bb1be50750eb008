package report_test

import (
	"bytes"
	"context"
	"html"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

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
// It is given a minute: a dialog (an alert() that a payload got to run)
// holds --dump-dom open for ever.
func headless(t *testing.T, bin, page string, mode ...string) (stdout, stderr string) {
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--enable-logging=stderr", "--v=0", "--user-data-dir=" + t.TempDir(),
	}, mode...)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(args, "file://"+page)...)
	cmd.WaitDelay = 5 * time.Second
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			t.Fatalf("chromium did not finish in a minute: is a dialog (alert) open?\n%s", errb.String())
		}
		t.Fatalf("chromium: %v\n%s", err, errb.String())
	}
	return out.String(), errb.String()
}

// TestHTMLInChromium loads the report in a real headless Chromium, on a
// phone's width and on a wide screen: the page's script runs without
// errors, every chart is drawn, the runs' names are shown, nothing is
// fetched, and at 390 px the page is no wider than the window (its tables
// scroll in their own box).
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	var b bytes.Buffer
	if err := report.HTML(&b, synthetic(t)); err != nil {
		t.Fatal(err)
	}
	if m := regexp.MustCompile(`(src|href)="(https?:)?//`).Find(b.Bytes()); m != nil {
		t.Fatalf("the page loads something from the network: %s", m)
	}
	page := filepath.Join(t.TempDir(), "report.html")
	os.WriteFile(page, b.Bytes(), 0o644)
	t.Run("390", func(t *testing.T) {
		// Headless Chromium's window is 500 px wide at the least: the
		// page is measured in a frame of a phone's width instead.
		frame := filepath.Join(filepath.Dir(page), "phone.html")
		os.WriteFile(frame, []byte(phoneFrame(b.String())), 0o644)
		dom, logs := headless(t, bin, frame, "--dump-dom", "--window-size=500,2400")
		inner := regexp.MustCompile(`<textarea id="inner">([^<]*)</textarea>`).FindStringSubmatch(dom)
		if inner == nil {
			t.Fatalf("the frame did not report: %s", logs)
		}
		checkPage(t, html.UnescapeString(inner[1]), logs, 390)
		if dir := os.Getenv("RUNLINT_SCREENSHOT"); dir != "" { // RUNLINT_SCREENSHOT=$PWD/docs go test ./report -run Chromium
			shot := filepath.Join(dir, "report-390.png")
			headless(t, bin, frame, "--window-size=500,2400", "--hide-scrollbars", "--screenshot="+shot)
			cropWidth(t, shot, 390)
		}
	})
	t.Run("1400", func(t *testing.T) {
		dom, logs := headless(t, bin, page, "--dump-dom", "--window-size=1400,1800")
		checkPage(t, dom, logs, 1400)
		if dir := os.Getenv("RUNLINT_SCREENSHOT"); dir != "" {
			headless(t, bin, page, "--window-size=1400,1800", "--hide-scrollbars", "--screenshot="+filepath.Join(dir, "report-1400.png"))
		}
	})
}

// phoneFrame is a page that shows the report in a frame 390 px wide and,
// once it has loaded, copies the report's body tag and text into a
// textarea that --dump-dom prints (it prints only the top document).
func phoneFrame(report string) string {
	return `<!DOCTYPE html><html><body style="margin:0"><iframe id="f" style="width:390px;height:2400px;border:0;display:block" srcdoc="` +
		html.EscapeString(report) + `"></iframe><textarea id="inner"></textarea><script>
window.addEventListener("load", function () {
  var d = document.getElementById("f").contentDocument;
  document.getElementById("inner").textContent = d.body.outerHTML.slice(0, d.body.outerHTML.indexOf(">") + 1) + d.body.textContent;
});
</script></body></html>`
}

// cropWidth cuts a screenshot to its first w columns.
func cropWidth(t *testing.T, path string, w int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	sub := img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(image.Rect(0, 0, w, img.Bounds().Dy()))
	var out bytes.Buffer
	if err := png.Encode(&out, sub); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, out.Bytes(), 0o644)
}

// chartCounts are the charts the page must draw, by id, and how many of
// their shapes the synthetic block gives at least.
var chartCounts = map[string]int{
	"volume": 10, "zones": 30, "load": 2, "scatter": 10, "calendar": 10, "pace-history": 10, "hr-history": 10,
}

func checkPage(t *testing.T, dom, logs string, width int) {
	t.Helper()
	body := regexp.MustCompile(`<body[^>]*>`).FindString(dom)
	if !strings.Contains(body, `data-ready="yes"`) {
		t.Fatalf("the script did not finish: %s\n%s", body, logs)
	}
	if strings.Contains(body, "data-errors") || strings.Contains(logs, "Uncaught") {
		t.Fatalf("console errors: %s\n%s", body, logs)
	}
	charts := regexp.MustCompile(`data-charts="([^"]*)"`).FindStringSubmatch(body)
	if charts == nil {
		t.Fatalf("no chart counts: %s", body)
	}
	got := map[string]int{}
	for _, kv := range strings.Fields(charts[1]) {
		k, v, _ := strings.Cut(kv, ":")
		got[k], _ = strconv.Atoi(v)
	}
	for id, least := range chartCounts {
		if got[id] < least { // counted by the page's script under #id: no element, no count
			t.Errorf("chart %s: %d shapes drawn, want at least %d", id, got[id], least)
		}
	}
	m := regexp.MustCompile(`data-width="(\d+)/(\d+)"`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no width measured: %s", body)
	}
	scroll, inner := atoi(m[1]), atoi(m[2])
	if inner != width || scroll > inner {
		t.Errorf("at %d px: the page is %d px wide in a window of %d", width, scroll, inner)
	}
	for _, want := range []string{"Recovery run", "2024-03-04", "2024-05-20"} { // a run's name; years on the axes
		if !strings.Contains(dom, want) {
			t.Errorf("%q not in the page", want)
		}
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
