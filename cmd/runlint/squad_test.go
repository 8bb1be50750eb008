package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/runlint/runlint/internal/synth"
)

// squadDir is three synthetic runners of different levels, one folder each.
func squadDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, runner := range map[string]string{"ana": "", "ben": "10k", "cyd": "marathoner"} {
		opt := synth.DefaultOptions()
		opt.Weeks, opt.Runner = 6, runner
		if _, err := synth.WriteBlock(filepath.Join(dir, name), "fit", opt); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func runJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb); code > 1 {
		t.Fatalf("runlint %v: exit %d: %s", args, code, errb.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("runlint %v: %v", args, err)
	}
	return doc
}

// TestSquadJudgesEachAlone: an athlete's numbers in the squad are their own
// check's, whatever else is in the squad.
func TestSquadJudgesEachAlone(t *testing.T) {
	t.Setenv("RUNLINT_NOW", "2024-05-01")
	dir := squadDir(t)
	squad := runJSON(t, "check", "--no-cache", "--athletes", dir, "--format", "json")
	if squad["schema"] != "runlint.squad/v1" {
		t.Fatalf("schema %v", squad["schema"])
	}
	athletes := squad["athletes"].([]any)
	if len(athletes) != 3 {
		t.Fatalf("%d athletes", len(athletes))
	}
	for _, a := range athletes {
		m := a.(map[string]any)
		alone := runJSON(t, "check", "--no-cache", "--format", "json", m["path"].(string))
		in := m["report"].(map[string]any)
		for _, key := range []string{"profile", "activities", "findings", "load"} {
			got, _ := json.Marshal(in[key])
			want, _ := json.Marshal(alone[key])
			if !bytes.Equal(got, want) {
				t.Errorf("%s: %s differs in the squad from the athlete alone", m["name"], key)
			}
		}
		if m["runs"].(float64) == 0 || m["km_4w"].(float64) == 0 {
			t.Errorf("%s: row %v", m["name"], m)
		}
	}
	// The profiles differ: no profile across runners.
	profile := func(i int) string {
		b, _ := json.Marshal(athletes[i].(map[string]any)["report"].(map[string]any)["profile"])
		return string(b)
	}
	if profile(0) == profile(1) || profile(1) == profile(2) || profile(0) == profile(2) {
		t.Error("two athletes share a profile: one profile across runners?")
	}
}

func TestSquadIndexLinksEachReport(t *testing.T) {
	t.Setenv("RUNLINT_NOW", "2024-05-01")
	dir := squadDir(t)
	out := filepath.Join(t.TempDir(), "squad.html")
	var so, se bytes.Buffer
	if code := run([]string{"check", "--no-cache", "--athletes", dir, "--format", "html=" + out + ",markdown=" + strings.TrimSuffix(out, ".html") + ".md"}, &so, &se); code > 1 {
		t.Fatalf("exit %d: %s", code, se.String())
	}
	index, _ := os.ReadFile(out)
	md, _ := os.ReadFile(strings.TrimSuffix(out, ".html") + ".md")
	for _, name := range []string{"ana", "ben", "cyd"} {
		if !strings.Contains(string(index), `<a href="squad-`+name+`.html">`+name+`</a>`) {
			t.Errorf("the index does not link %s", name)
		}
		if !strings.Contains(string(md), "["+name+"](squad-"+name+".md)") {
			t.Errorf("the Markdown index does not link %s", name)
		}
		if own, err := os.ReadFile(filepath.Join(filepath.Dir(out), "squad-"+name+".html")); err != nil || !strings.Contains(string(own), "<svg") {
			t.Errorf("%s's own report: %v", name, err)
		}
	}
	var e bytes.Buffer
	if code := run([]string{"check", "--athletes", dir, "--format", "sarif"}, &so, &e); code != exitUsage {
		t.Errorf("--athletes with sarif: exit %d", code)
	}
}

// TestSquadAthleteWhoCannotBeJudged: an athlete whose check cannot run (here
// a broken config in their folder) costs that athlete, named on standard
// error and in the index, never the rest of the squad.
func TestSquadAthleteWhoCannotBeJudged(t *testing.T) {
	t.Setenv("RUNLINT_NOW", "2024-05-01")
	dir := squadDir(t)
	if err := os.WriteFile(filepath.Join(dir, "ben", ".runlint.toml"), []byte("[profile\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"check", "--no-cache", "--athletes", dir, "--format", "json"}, &out, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1 (an athlete not judged is an error)", code)
	}
	if lines := strings.Split(strings.TrimSpace(errb.String()), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "athlete ben: config") {
		t.Errorf("stderr %q, want one line naming ben's config", errb.String())
	}
	var doc struct {
		Athletes []struct {
			Name      string         `json:"name"`
			NotJudged string         `json:"not_judged"`
			Runs      int            `json:"runs"`
			Report    map[string]any `json:"report"`
		} `json:"athletes"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Athletes) != 3 {
		t.Fatalf("%d athletes, want 3", len(doc.Athletes))
	}
	for _, a := range doc.Athletes {
		switch {
		case a.Name == "ben" && (a.NotJudged == "" || a.Report != nil):
			t.Errorf("ben: not_judged %q, report %v", a.NotJudged, a.Report != nil)
		case a.Name != "ben" && (a.NotJudged != "" || a.Runs == 0):
			t.Errorf("%s: not_judged %q, %d runs", a.Name, a.NotJudged, a.Runs)
		}
	}
}

// TestSquadLetsEachAthleteGo: a squad closes each athlete's check before
// the next (its spill file, its GC target): after a squad run in-process,
// the process holds the files it held before and its GC target is back.
func TestSquadLetsEachAthleteGo(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd")
	}
	t.Setenv("RUNLINT_NOW", "2024-05-01")
	dir := squadDir(t)
	out := filepath.Join(t.TempDir(), "squad.html")
	openFiles := func() int { des, _ := os.ReadDir("/proc/self/fd"); return len(des) }
	before := openFiles()
	// A target no check sets: each check puts back the one it found.
	defer debug.SetGCPercent(debug.SetGCPercent(137))
	var so, se bytes.Buffer
	if code := run([]string{"check", "--no-cache", "--athletes", dir, "--format", "json,html=" + out}, &so, &se); code > 1 {
		t.Fatalf("exit %d: %s", code, se.String())
	}
	if after := openFiles(); after > before {
		t.Errorf("%d files open after the squad, %d before: an athlete's check was not closed", after, before)
	}
	if gc := debug.SetGCPercent(137); gc != 137 {
		t.Errorf("the GC target is %d after the squad, not the 137 before it: an athlete's check was not closed", gc)
	}
}

// TestSquadRefusesAnOutputItReads: an output that is a file an athlete's
// check reads is refused, exit 2, and nothing of the squad is written.
func TestSquadRefusesAnOutputItReads(t *testing.T) {
	t.Setenv("RUNLINT_NOW", "2024-05-01")
	dir := squadDir(t)
	victim := filepath.Join(dir, "cyd", "2024-03-05-1800-intervals.fit")
	orig, err := os.ReadFile(victim)
	if err != nil {
		t.Fatal(err)
	}
	index := filepath.Join(t.TempDir(), "squad.html")
	var so, se bytes.Buffer
	code := run([]string{"check", "--no-cache", "--athletes", dir, "--format", "html=" + index + ",json=" + victim}, &so, &se)
	if code != exitUsage || !strings.Contains(se.String(), "is a file this check reads") {
		t.Fatalf("exit %d: %s", code, se.String())
	}
	if now, _ := os.ReadFile(victim); !bytes.Equal(now, orig) {
		t.Error("the input was written over")
	}
	if des, _ := os.ReadDir(filepath.Dir(index)); len(des) != 0 {
		t.Errorf("the squad wrote %d files though it was refused", len(des))
	}
}
