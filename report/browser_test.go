package report_test

import (
	"bytes"
	"context"
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

// TestHTMLInChromium loads the report in a real headless Chromium: the page's
// script runs without errors and the charts are drawn, with nothing fetched.
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
	dom, logs := headless(t, bin, page, "--dump-dom")
	body := regexp.MustCompile(`<body[^>]*>`).FindString(dom)
	if !strings.Contains(body, `data-ready="yes"`) {
		t.Fatalf("the script did not finish: %s\n%s", body, logs)
	}
	if strings.Contains(body, "data-errors") || strings.Contains(logs, "Uncaught") {
		t.Fatalf("console errors: %s\n%s", body, logs)
	}
	charts := regexp.MustCompile(`data-charts="volume:(\d+) scatter:(\d+) calendar:(\d+)"`).FindStringSubmatch(body)
	if charts == nil {
		t.Fatalf("no chart counts: %s", body)
	}
	for i, name := range []string{"volume bars", "scatter dots", "calendar days"} {
		if n, _ := strconv.Atoi(charts[i+1]); n < 10 {
			t.Errorf("%s drawn: %d", name, n)
		}
	}
	if os.Getenv("RUNLINT_SCREENSHOT") != "" { // go test ./report -run Chromium with RUNLINT_SCREENSHOT=docs/report.png
		shot, _ := filepath.Abs(os.Getenv("RUNLINT_SCREENSHOT"))
		headless(t, bin, page, "--window-size=1000,1900", "--screenshot="+shot)
	}
}

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
