package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The hostile inputs are made by the tests themselves, so nothing large is
// committed. Each case runs the real binary in a child process under an
// address-space limit and a timeout, and asserts the exit code, the one
// message naming the file, the peak memory, and that the good file beside
// the hostile one was still checked.

func TestHostileDecompressionBomb(t *testing.T) {
	bomb := gz(t, func(w *gzip.Writer) {
		w.Write([]byte(`<?xml version="1.0"?><gpx><trk><name>`))
		zeros := make([]byte, 1<<20)
		for range 300 { // 300 MB of name, 300 KB gzipped
			w.Write(zeros)
		}
	})
	files := map[string][]byte{}
	for i := range 8 {
		files[fmt.Sprintf("bomb%d.gpx.gz", i)] = bomb
	}
	dir := hostileFolder(t, files)
	one, _ := checkJSON(t, dir, "--workers", "1")
	r, doc := checkJSON(t, dir, "--workers", "8")
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (unreadable files are error findings)", r.code)
	}
	// The bound does not grow with the workers: big files wait for each
	// other, so eight workers on eight bombs cost at most two bombs (one
	// being read, one whose pages the runtime has not yet reused) more
	// than one worker, not eight (measured: 78 MB, 149 MB; 166 MB at 16).
	if r.rssMB > one.rssMB+2*64 {
		t.Errorf("peak %.0f MB with 8 workers, %.0f MB with 1", r.rssMB, one.rssMB)
	}
	if msg := errorFor(doc, "bomb0.gpx.gz"); !strings.Contains(msg, "inflates to more than 64 MB") {
		t.Errorf("bomb message %q", msg)
	}
	goodChecked(t, doc)
	t.Logf("peak %.0f MB", r.rssMB)
}

func TestHostileHugeName(t *testing.T) {
	name := bytes.Repeat([]byte("n"), 50<<20) // 50 MB, under the file limit
	data := gz(t, func(w *gzip.Writer) {
		g := goodRun()
		i := bytes.Index(g, []byte("<trkseg>"))
		w.Write(g[:i])
		w.Write([]byte("<name>"))
		w.Write(name)
		w.Write([]byte("</name>"))
		w.Write(g[i:])
	})
	r, doc := checkJSON(t, hostileFolder(t, map[string][]byte{"named.gpx.gz": data}))
	if r.code > 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if len(r.stdout) > 1<<20 {
		t.Errorf("the report is %d bytes: the name was not bounded", len(r.stdout))
	}
	goodChecked(t, doc)
	t.Logf("peak %.0f MB", r.rssMB)
}

func TestHostileFITRecordsAndSessions(t *testing.T) {
	files := map[string][]byte{
		"records.fit":  gz(t, func(w *gzip.Writer) { w.Write(fitFile(600_000, 1, 1)) }),
		"sessions.fit": fitFile(600, 500, 1),
		"chained.fit":  bytes.Repeat(fitFile(2, 1, 1), 4000),
	}
	r, doc := checkJSON(t, hostileFolder(t, files))
	if r.code > 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	warned := map[string]string{}
	for _, a := range doc["activities"].([]any) {
		m := a.(map[string]any)
		ws, _ := m["warnings"].([]any)
		for _, w := range ws {
			warned[filepath.Base(m["file"].(string))] += w.(string) + "\n"
		}
	}
	if !strings.Contains(warned["records.fit"], "more than 400000 samples") {
		t.Errorf("records.fit warnings: %q", warned["records.fit"])
	}
	if !strings.Contains(warned["sessions.fit"], "more than 64 sessions") {
		t.Errorf("sessions.fit warnings: %q", warned["sessions.fit"])
	}
	if !strings.Contains(warned["chained.fit"], "more than 64 sessions") {
		t.Errorf("chained.fit warnings: %q", warned["chained.fit"])
	}
	goodChecked(t, doc)
	t.Logf("peak %.0f MB", r.rssMB)
}

func TestHostileSpecialFilesDoNotHang(t *testing.T) {
	dir := hostileFolder(t, nil)
	block := filepath.Join(dir, "block")
	must(t, syscall.Mkfifo(filepath.Join(block, "fifo.gpx"), 0o644))
	must(t, os.Symlink("/dev/zero", filepath.Join(block, "zero.fit")))
	must(t, os.Symlink("/dev/stdin", filepath.Join(block, "stdin.tcx")))
	must(t, os.Symlink("/dev/zero", filepath.Join(block, "activities.csv")))
	r, doc := checkJSON(t, dir)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	special := []string{"zero.fit", "stdin.tcx"}
	if fi, err := os.Stat("/dev/stdin"); err == nil && fi.Mode().IsRegular() {
		special = special[:1] // some sandboxes make /dev/stdin a plain file: then it is one
	}
	for _, name := range special {
		if msg := errorFor(doc, name); !strings.Contains(msg, "not a regular file") {
			t.Errorf("%s: message %q", name, msg)
		}
	}
	if !strings.Contains(r.stderr, "activities.csv: not a regular file") {
		t.Errorf("activities.csv: stderr %q", r.stderr)
	}
	goodChecked(t, doc)
	// A FIFO given by name is refused too, without waiting for a writer.
	r = runChild(t, dir, "check", "--no-cache", "block/fifo.gpx", "block/good.gpx")
	if !strings.Contains(r.stderr, "block/fifo.gpx: not a regular file (a FIFO): not read") {
		t.Errorf("fifo by name: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestHostileWritesDoNotFollowLinks(t *testing.T) {
	dir := hostileFolder(t, nil)
	victim := filepath.Join(dir, "victim.txt")
	must(t, os.WriteFile(victim, []byte("keep me"), 0o644))
	must(t, os.Symlink(victim, filepath.Join(dir, "report.html")))
	must(t, os.Symlink(victim, filepath.Join(dir, ".runlint.toml")))
	// An empty config of its own: /dev/null is a plain file holding whatever
	// was last sent to it in some CI sandboxes.
	empty := filepath.Join(dir, "empty.toml")
	must(t, os.WriteFile(empty, nil, 0o644))
	if r := runChild(t, dir, "check", "--no-cache", "--config", empty, "--format", "html", "-o", "report.html", "block"); r.code == 2 {
		t.Fatalf("check failed, so nothing was written: %s", r.stderr)
	}
	if r := runChild(t, dir, "init", "--force"); r.code != 0 {
		t.Fatalf("init --force: exit %d: %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(victim); string(b) != "keep me" {
		t.Errorf("a write followed a symlink onto the victim: %q", b)
	}
	if fi, err := os.Lstat(filepath.Join(dir, "report.html")); err != nil || fi.Mode()&os.ModeSymlink != 0 {
		t.Errorf("report.html should be a new file, not the link: %v", err)
	} else if b, _ := os.ReadFile(filepath.Join(dir, "report.html")); !strings.Contains(string(b), "<html") {
		t.Errorf("report.html holds no HTML report: %.80q", b)
	}
}

// TestOutputStreamsAreWrittenNotReplaced: a report sent to a character
// device or a pipe is written into it. Renamed over (as a file is, so that
// a checked-in symlink cannot aim a write elsewhere), /dev/null would have
// become a plain file on a machine where runlint runs as root; a link
// outside the system's own paths is still replaced, not followed.
func TestOutputStreamsAreWrittenNotReplaced(t *testing.T) {
	dir := hostileFolder(t, nil)
	fifo := filepath.Join(dir, "pipe")
	must(t, syscall.Mkfifo(fifo, 0o644))
	got := make(chan []byte)
	go func() {
		b, _ := os.ReadFile(fifo) // blocks until runlint opens the pipe to write
		got <- b
	}()
	r := runChild(t, dir, "check", "--no-cache", "--format", "json", "-o", "pipe", "block")
	select {
	case b := <-got:
		if !bytes.Contains(b, []byte(`"schema"`)) {
			t.Errorf("the pipe carried %.60q (exit %d, %s)", b, r.code, r.stderr)
		}
	case <-time.After(10 * time.Second):
		t.Errorf("nothing was written into the pipe (exit %d, %s)", r.code, r.stderr) // the reader is left blocked
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe is no longer a pipe: %v %v", fi.Mode(), err)
	}
	// A link of the block's own to the pipe is replaced; the pipe is left.
	must(t, os.Symlink("pipe", filepath.Join(dir, "link.json")))
	runChild(t, dir, "check", "--no-cache", "--format", "json", "-o", "link.json", "block")
	if fi, err := os.Lstat(filepath.Join(dir, "link.json")); err != nil || !fi.Mode().IsRegular() {
		t.Errorf("link.json should be a new file: %v %v", fi.Mode(), err)
	}
	// A folder is refused in one line.
	must(t, os.Mkdir(filepath.Join(dir, "out"), 0o755))
	r = runChild(t, dir, "check", "--no-cache", "--format", "json", "-o", "out", "block")
	if !strings.Contains(r.stderr, "out: not a regular file: not written") {
		t.Errorf("a folder as the output: exit %d, stderr %q", r.code, r.stderr)
	}
	// A character device, where the system lets the test make one (root).
	null := filepath.Join(dir, "null")
	if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Logf("no character device made (%v): that case is checked where tests run as root, as CI's do", err)
		return
	}
	runChild(t, dir, "check", "--no-cache", "--format", "json", "-o", "null", "block")
	if fi, err := os.Lstat(null); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("the device became %v (%v)", fi.Mode(), err)
	}
}

func TestHostileConfigAboveTheRepository(t *testing.T) {
	outer := t.TempDir()
	must(t, os.WriteFile(filepath.Join(outer, ".runlint.toml"), []byte("fail_on = \"none\"\n"), 0o644))
	repo := filepath.Join(outer, "repo")
	must(t, os.MkdirAll(filepath.Join(repo, ".git"), 0o755))
	must(t, os.MkdirAll(filepath.Join(repo, "block"), 0o755))
	must(t, os.WriteFile(filepath.Join(repo, "block", "broken.gpx"), []byte("<gpx><trk><trkseg><trkpt"), 0o644))
	must(t, os.WriteFile(filepath.Join(repo, "block", "good.gpx"), goodRun(), 0o644))
	r := runChild(t, repo, "check", "--no-cache", "block")
	if r.code != 1 || strings.Contains(r.stdout, "config:") {
		t.Errorf("a config above the work tree was used: exit %d\n%s", r.code, r.stdout)
	}
	// A file named like a flag is a file after --, as the hook passes it.
	must(t, os.WriteFile(filepath.Join(repo, "block", "-run.gpx"), goodRun(), 0o644))
	r = runChild(t, repo, "check", "--no-cache", "--context", "block", "--", "block/-run.gpx")
	if r.code != 0 || !strings.Contains(r.stdout, "-run.gpx") {
		t.Errorf("-run.gpx after --: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// fitFile is a FIT activity of n one-second records from one start, with
// sessions session messages all covering them: real bytes with a valid CRC,
// so the reader takes its fast path.
func TestHostileAttributeAndDTD(t *testing.T) {
	huge := gz(t, func(w *gzip.Writer) {
		w.Write([]byte(`<?xml version="1.0"?><gpx creator="`))
		w.Write(bytes.Repeat([]byte("c"), 60<<20)) // a 60 MB attribute, under the file limit
		w.Write([]byte(`"><trk><trkseg></trkseg></trk></gpx>`))
	})
	g := goodRun()
	dtd := append([]byte(`<?xml version="1.0"?>`+"\n"+`<!DOCTYPE gpx [ <!ENTITY who "me"> <!ENTITY big "&who;&who;&who;"> ]>`+"\n"), g[len(`<?xml version="1.0"?>`):]...)
	r, doc := checkJSON(t, hostileFolder(t, map[string][]byte{"attr.gpx.gz": huge, "dtd.gpx": dtd}))
	if r.code > 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	found := false
	for _, a := range doc["activities"].([]any) {
		if strings.HasSuffix(a.(map[string]any)["file"].(string), "dtd.gpx") {
			found = true
		}
	}
	if !found {
		t.Errorf("the GPX with a DOCTYPE's internal subset was not read: errors %v", doc["errors"])
	}
	goodChecked(t, doc)
	t.Logf("peak %.0f MB", r.rssMB)
}
