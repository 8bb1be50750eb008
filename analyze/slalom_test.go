package analyze_test

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
)

func sharedCorpus(t testing.TB) string {
	dir := os.Getenv("RUNLINT_CORPUS")
	if dir == "" {
		dir = "../../shared/corpus"
	}
	if _, err := os.Stat(filepath.Join(dir, "MANIFEST.md")); err != nil {
		t.Skipf("shared corpus not found at %s", dir)
	}
	return dir
}

// The labels: what a row's name and description clearly state, in three
// groups (hard, long, easy-or-recovery). Rows that state nothing clear are
// left out: a Strava default name ("Morning Run") says nothing; "Warm up" and
// "going to the race" are not sessions of their own.
var (
	labelHard = regexp.MustCompile(`(?i)interval|ripetut|\breps?\b|tempo|tempó|time trial|race|gara|marat|mezza|\d+\s*[x×]\s*\d|progres|fartlek|veloce|andatura|threshold|soglia|váltogat|fokoz|repülő|verseny|futógála|rolling|on off|\bz4\b|\bz5\b|personal best|\bpb\b`)
	labelLong = regexp.MustCompile(`(?i)long|lungo|lunghissimo|hosszú`)
	labelRec  = regexp.MustCompile(`(?i)recovery|rigenera|regen|defatica|levezet`)
	labelEasy = regexp.MustCompile(`(?i)easy|facile|leggera|lenta|\bz2\b|z2 <|könnyű|laza|lassú|kocog`)
	labelWarm = regexp.MustCompile(`(?i)warm ?up|cool ?down|bemeleg|levezető|riscaldamento`)
	labelNot  = regexp.MustCompile(`(?i)going to the race|coming back|from the race|to the race|warm ?up jog$`)
	defaultNm = regexp.MustCompile(`(?i)^(morning|evening|afternoon|lunch|night) run`)
)

func label(name, desc string) map[string]bool {
	text := strings.TrimSpace(desc + " " + name)
	if text == "" || labelNot.MatchString(text) || defaultNm.MatchString(text) && len(strings.Fields(text)) <= 3 {
		return nil
	}
	switch {
	case labelLong.MatchString(text) && labelHard.MatchString(text):
		return map[string]bool{"long": true, "hard": true}
	case labelLong.MatchString(text):
		return map[string]bool{"long": true}
	case labelHard.MatchString(text):
		return map[string]bool{"hard": true}
	case labelWarm.MatchString(text):
		return nil
	case labelRec.MatchString(text), labelEasy.MatchString(text):
		return map[string]bool{"easy": true}
	}
	return nil
}

func group(c analyze.Class) string {
	if c == analyze.Recovery {
		return "easy"
	}
	return string(c)
}

// TestSlalomAgreement judges the Strava export with its activities.csv hidden
// and holds the classes to what the names clearly state: at least 90 %.
func TestSlalomAgreement(t *testing.T) {
	dir := filepath.Join(sharedCorpus(t), "block-slalom007-strava-export")
	res, err := check.Read([]string{filepath.Join(dir, "activities")}, check.Options{}) // no activities.csv: names hidden
	if err != nil {
		t.Fatal(err)
	}
	rep := analyze.Block(res, analyze.Defaults())
	f, err := os.Open(filepath.Join(dir, "activities.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := csv.NewReader(f).ReadAll()
	col := map[string]int{}
	for i, h := range rows[0] {
		if _, ok := col[h]; !ok {
			col[h] = i
		}
	}
	labels := map[string]map[string]bool{}
	names := map[string]string{}
	for _, row := range rows[1:] {
		if row[col["Activity Type"]] == "Run" && row[col["Filename"]] != "" {
			base := filepath.Base(row[col["Filename"]])
			labels[base] = label(row[col["Activity Name"]], row[col["Activity Description"]])
			names[base] = strings.Join(strings.Fields(row[col["Activity Description"]]+" | "+row[col["Activity Name"]]), " ")
		}
	}
	conf := map[string]int{}
	n, ok := 0, 0
	var misses []string
	for _, r := range rep.Runs {
		want := labels[filepath.Base(r.Source.Path)]
		if !r.IsRun() || want == nil {
			continue
		}
		got := group(r.Class)
		n++
		wantS := strings.Join(sortedKeys(want), "/")
		conf[wantS+" -> "+got]++
		if want[got] {
			ok++
		} else {
			misses = append(misses, fmt.Sprintf("%s %s want %s got %q: %s\n      %s", r.LocalDate(), filepath.Base(r.Source.Path), wantS, got, names[filepath.Base(r.Source.Path)], strings.Join(r.Reasons, " | ")))
		}
	}
	acc := float64(ok) / float64(n)
	t.Logf("agreement %.1f %% of %d labelled runs", 100*acc, n)
	for _, k := range sortedKeys(conf) {
		t.Logf("  %-12s %d", k, conf[k])
	}
	for _, m := range misses {
		t.Log("miss: " + m)
	}
	if n < 40 || acc < 0.90 {
		t.Fatalf("agreement %.1f %% of %d, want at least 90 %% of 40 or more", 100*acc, n)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
