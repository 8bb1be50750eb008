package analyze_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
	"github.com/runlint/runlint/internal/synth"
)

// TestSyntheticBlock judges a generated 12-week block in each format and
// holds every run's class and every finding to the plan, exactly.
func TestSyntheticBlock(t *testing.T) {
	for _, format := range synth.Formats {
		t.Run(format, func(t *testing.T) {
			rep := judgePlanned(t, format, synth.DefaultOptions())
			if got := rep.Profile.LongRunPace.Pace; got < synth.LongRunPace-5 || got > synth.LongRunPace+5 {
				t.Errorf("long-run pace %.0f s/km, want %.0f ± 5", got, synth.LongRunPace)
			}
			if got := rep.Profile.MaxHR; got < synth.MaxHR-2 || got > synth.MaxHR+2 {
				t.Errorf("HRmax %.0f, want about %.0f", got, synth.MaxHR)
			}
		})
	}
}

// TestSyntheticRunners does the same for the virtual runners a single clock
// or heart rate would misjudge: a marathoner, a runner whose easy runs sit at
// 88 % of HRmax, a phone runner with GPS jitter and no heart rate, a 10k
// runner whose long run is 70 min.
func TestSyntheticRunners(t *testing.T) {
	var names []string
	for name := range synth.Runners {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, format := range synth.Formats {
			t.Run(name+"/"+format, func(t *testing.T) {
				opt := synth.DefaultOptions()
				opt.Runner, opt.Weeks = name, 8
				rep := judgePlanned(t, format, opt)
				var notes []string
				for _, n := range rep.Notes {
					notes = append(notes, n.Rule)
				}
				if got, want := strings.Join(notes, ","), strings.Join(synth.RunnerNotes[name], ","); got != want {
					t.Errorf("block notes %q, want %q", got, want)
				}
			})
		}
	}
}

// judgePlanned writes opt's block in format, judges it and holds every run
// to its plan: class and findings, exactly.
func judgePlanned(t *testing.T, format string, opt synth.Options) *analyze.Report {
	t.Helper()
	dir := t.TempDir()
	plan, err := synth.WriteBlock(dir, format, opt)
	if err != nil {
		t.Fatal(err)
	}
	res, err := check.Read([]string{dir}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep := analyze.Block(res, analyze.Defaults())
	if len(rep.Errors) > 0 || len(rep.Runs) != len(plan) {
		t.Fatalf("%d activities for %d planned, errors %v", len(rep.Runs), len(plan), rep.Errors)
	}
	classes := map[string]int{}
	for _, r := range rep.Runs {
		s, ok := plan[r.Source.Path]
		if !ok {
			t.Fatalf("unplanned file %s", r.Source.Path)
		}
		var got []string
		for _, f := range r.Findings {
			got = append(got, f.Rule)
		}
		sort.Strings(got)
		want := append([]string(nil), s.Expect...)
		sort.Strings(want)
		if string(r.Class) != s.Class || strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: class %q findings %v; want %q %v\n  reasons: %s\n  findings: %s",
				filepath.Base(r.Source.Path), r.Class, got, s.Class, want, strings.Join(r.Reasons, " | "), messages(r))
		}
		classes[string(r.Class)]++
	}
	for _, f := range rep.Findings {
		if f.Run == nil {
			t.Errorf("finding with no run: %+v", f)
		}
	}
	if testing.Verbose() {
		t.Logf("%v; %s; %s; %s", classes, rep.Profile.EasyPace.Reason, rep.Profile.LongRunPace.Reason, rep.Profile.MaxHRReason)
	}
	return rep
}

func messages(r *analyze.Run) string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, fmt.Sprintf("%s: %s", f.Rule, f.Message))
	}
	return strings.Join(out, " | ")
}
