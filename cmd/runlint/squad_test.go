package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
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
