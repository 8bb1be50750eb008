package parse

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/muktihari/fit/profile/typedef"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/internal/synth"
)

// Garmin's FIT SDK is the reference a FIT reading is held to: whatever it
// reads cleanly, runlint reads, and runlint's sessions are the SDK's.
// .ci/run installs the SDK (npm, a pinned version) into fitSDKDir; the test
// skips without node or the SDK, unless RUNLINT_REQUIRE_TOOLS is set (as CI
// sets it): then it fails.

// fitSDKVersion is the version .ci/run installs.
const fitSDKVersion = "21.217.0"

// fitSDKDir is where the SDK is installed: RUNLINT_FITSDK, else
// $HOME/.cache/runlint-fitsdk.
func fitSDKDir(t *testing.T) string {
	dir := os.Getenv("RUNLINT_FITSDK")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			needTool(t, "no home folder to find Garmin's FIT SDK in: %v", err)
		}
		dir = filepath.Join(home, ".cache", "runlint-fitsdk")
	}
	if _, err := exec.LookPath("node"); err != nil {
		needTool(t, "node not found: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@garmin", "fitsdk", "package.json")); err != nil {
		needTool(t, "Garmin's FIT SDK not installed in %s (npm install --prefix %s @garmin/fitsdk@%s)", dir, dir, fitSDKVersion)
	}
	return dir
}

// needTool skips the test, or fails it where CI requires its tools.
func needTool(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("RUNLINT_REQUIRE_TOOLS") != "" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

// sdkFile is what testdata/fitsdk/sessions.mjs prints for one file.
type sdkFile struct {
	File      string       `json:"file"`
	Version   string       `json:"version"`
	FIT       bool         `json:"fit"`
	Integrity bool         `json:"integrity"`
	Errors    []string     `json:"errors"`
	Records   int          `json:"records"`
	Sessions  []sdkSession `json:"sessions"`
}

// clean: the SDK reads the whole file, its CRCs holding.
func (f sdkFile) clean() bool { return f.FIT && f.Integrity && len(f.Errors) == 0 }

// sdkSession is one session as the SDK reads it; nil where it is absent.
type sdkSession struct {
	Sport    *uint8   `json:"sport"`
	Start    *int64   `json:"start"` // FIT seconds
	End      *int64   `json:"end"`
	Distance *float64 `json:"distance"`
	Timer    *float64 `json:"timer"`
	Elapsed  *float64 `json:"elapsed"`
	AvgHR    *float64 `json:"avg_hr"`
	MaxHR    *float64 `json:"max_hr"`
}

// startKey orders sessions as runlint does: by start, else end less elapsed.
func (s sdkSession) startKey() float64 {
	switch {
	case s.Start != nil:
		return float64(*s.Start)
	case s.End != nil && s.Elapsed != nil:
		return float64(*s.End) - *s.Elapsed
	}
	return 0
}

// readWithSDK runs the SDK over files, in two node processes (the work is
// node's, one core each), and returns its reading of each by path.
func readWithSDK(t *testing.T, dir string, files []string) map[string]sdkFile {
	half := (len(files) + 1) / 2
	parts := [][]string{files[:half], files[half:]}
	outs := make([]bytes.Buffer, len(parts))
	errs := make([]bytes.Buffer, len(parts))
	cmds := make([]*exec.Cmd, len(parts))
	for i, part := range parts {
		cmds[i] = exec.Command("node", filepath.Join("testdata", "fitsdk", "sessions.mjs"), dir)
		cmds[i].Stdin = strings.NewReader(strings.Join(part, "\n"))
		cmds[i].Stdout, cmds[i].Stderr = &outs[i], &errs[i]
		if err := cmds[i].Start(); err != nil {
			t.Fatalf("node: %v", err)
		}
	}
	got := map[string]sdkFile{}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("node sessions.mjs: %v: %s", err, errs[i].String())
		}
		sc := bufio.NewScanner(&outs[i])
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var f sdkFile
			if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
				t.Fatalf("sessions.mjs printed %q: %v", sc.Text(), err)
			}
			got[f.File] = f
		}
	}
	return got
}

// referenceFiles is every FIT file of testdata and, unless -short, of the
// shared corpus.
func referenceFiles(t *testing.T) []string {
	if !testing.Short() {
		return testFiles(".fit")
	}
	var out []string
	for _, f := range testFiles(".fit") {
		if strings.HasPrefix(filepath.ToSlash(f), "../testdata/") {
			out = append(out, f)
		}
	}
	return out
}

// TestFITReadsAsGarminSDK decodes every FIT file with Garmin's SDK and with
// both of runlint's paths (the fast path and muktihari's decoder). Every
// file the SDK reads cleanly, runlint reads: as many records, and the same
// sessions in the same order, each with the SDK's sport, start, distance
// (to its resolution, 1 cm), timer and elapsed time (1 ms), and average
// and maximum heart rate (exactly: whole bpm). The activities keep the
// session's sport, distance and timer time, and its heart rates where no
// sample carries one (finishHR), unless a warning says what replaced which.
func TestFITReadsAsGarminSDK(t *testing.T) {
	dir := fitSDKDir(t)
	odd := writeOddFITs(t)
	files := append(referenceFiles(t), odd...)
	sdk := readWithSDK(t, dir, files)
	for _, f := range odd {
		// The file issue 25 reproduces: the SDK reads it, so runlint must.
		if strings.HasSuffix(f, "serial-0x0c.fit") && !sdk[f].clean() {
			t.Errorf("Garmin's SDK does not read %s cleanly: %+v", f, sdk[f])
		}
	}
	readers := map[string]*Reader{"fast path": NewReader(), "decoder": NewReader()}
	readers["decoder"].fit.full = true
	clean, sessions := 0, 0
	for _, f := range files {
		ref, ok := sdk[f]
		if !ok {
			t.Errorf("%s: the SDK printed nothing", f)
			continue
		}
		if ref.Version != "" && ref.Version != fitSDKVersion {
			needTool(t, "the SDK in %s is %s, not the pinned %s", dir, ref.Version, fitSDKVersion)
		}
		if !ref.clean() {
			continue
		}
		clean++
		sessions += len(ref.Sessions)
		for path, r := range readers {
			if d := compareToSDK(r, f, ref); d != "" {
				t.Errorf("%s (%s): %s", f, path, d)
			}
		}
	}
	t.Logf("%d FIT files, %d read cleanly by Garmin's SDK %s with %d sessions: runlint reads them as it does", len(files), clean, fitSDKVersion, sessions)
	if clean == 0 {
		t.Fatal("the SDK read no file cleanly")
	}
}

// writeOddFITs writes synth's odd FIT files (the faults of real exports
// the tests reproduce) to a temporary folder, for the SDK to read too: the
// 0x0C file among them is read cleanly by the SDK, and so by runlint.
func writeOddFITs(t *testing.T) []string {
	dir := t.TempDir()
	var out []string
	for _, name := range synth.OddFITs() {
		p := filepath.Join(dir, name+".fit")
		if err := os.WriteFile(p, oddFIT(t, name), 0o644); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// compareToSDK reads file f with r and says how its reading differs from
// the SDK's; "" when it does not.
func compareToSDK(r *Reader, f string, ref sdkFile) string {
	data, _, err := r.load(f)
	if err != nil {
		return err.Error()
	}
	acts, skipped, err := r.fit.read(f, data)
	if err != nil {
		return fmt.Sprintf("refused: %v", err)
	}
	l := &r.fit.l
	if l.records != ref.Records {
		return fmt.Sprintf("%d records, the SDK %d", l.records, ref.Records)
	}
	want := slices.Clone(ref.Sessions)
	slices.SortStableFunc(want, func(a, b sdkSession) int { return cmpFloat(a.startKey(), b.startKey()) })
	if got := len(l.sessions) + l.sessionsCut; got != len(want) {
		return fmt.Sprintf("%d sessions, the SDK %d", got, len(want))
	}
	if len(want) == 0 {
		if ref.Records > 0 && len(acts) == 0 {
			return fmt.Sprintf("skipped (%s), the SDK has %d records", skipped, ref.Records)
		}
		return ""
	}
	if len(acts) != len(l.sessions) {
		return fmt.Sprintf("%d activities for %d sessions", len(acts), len(l.sessions))
	}
	for i, s := range l.sessions {
		if d := compareSession(s, want[i]); d != "" {
			return fmt.Sprintf("session %d: %s", i, d)
		}
		if d := compareActivity(acts[i], want[i]); d != "" {
			return fmt.Sprintf("activity %d: %s", i, d)
		}
	}
	return ""
}

// compareSession holds one decoded session to the SDK's.
func compareSession(s fitSession, ref sdkSession) string {
	sport := "unknown"
	if ref.Sport != nil {
		sport = typedef.Sport(*ref.Sport).String()
	}
	if s.sport != sport {
		return fmt.Sprintf("sport %s, the SDK %s", s.sport, sport)
	}
	if ref.Start != nil && (s.noStart || s.start.Unix()-fitEpoch != *ref.Start) {
		return fmt.Sprintf("start %v, the SDK %d", s.start, *ref.Start)
	}
	for _, c := range []struct {
		name string
		got  float64
		want *float64
		tol  float64
	}{
		{"distance", s.distance, ref.Distance, 0.005},
		{"timer", s.timer, ref.Timer, 0.0005},
		{"elapsed", s.elapsed, ref.Elapsed, 0.0005},
		{"average heart rate", s.avgHR, ref.AvgHR, 0},
		{"maximum heart rate", s.maxHR, ref.MaxHR, 0},
	} {
		if d := compareValue(c.name, c.got, c.want, c.tol); d != "" {
			return d
		}
	}
	return ""
}

func compareValue(name string, got float64, want *float64, tol float64) string {
	switch {
	case want == nil && !math.IsNaN(got):
		return fmt.Sprintf("%s %v, the SDK none", name, got)
	case want != nil && !(math.Abs(got-*want) <= tol):
		return fmt.Sprintf("%s %v, the SDK %v", name, got, *want)
	}
	return ""
}

// compareActivity holds what an activity shows of its session to the SDK:
// the same, or a warning that says what replaced it.
func compareActivity(a *activity.Activity, ref sdkSession) string {
	sport := "unknown"
	if ref.Sport != nil {
		sport = typedef.Sport(*ref.Sport).String()
	}
	if a.Sport != sport {
		return fmt.Sprintf("sport %s, the SDK %s", a.Sport, sport)
	}
	t := a.Totals
	if d := sdkDiff(a, "", []refValue{
		{"distance", t.DistanceM, ref.Distance, 0.005},
		{"timer", t.TimerS, ref.Timer, 0.0005},
	}); d != "" || a.WithHR {
		return d // with samples, heart rate is theirs (finishHR)
	}
	if d := sdkDiff(a, " (no sample carries one)", []refValue{
		{"average heart rate", t.AvgHR, ref.AvgHR, 0},
		{"maximum heart rate", t.MaxHR, ref.MaxHR, 0},
	}); d != "" {
		return d
	}
	return ""
}

// replaced reports whether a warns that its total named what was replaced.
func replaced(a *activity.Activity, what string) bool {
	return slices.ContainsFunc(a.Warnings, func(w activity.Warning) bool {
		return w.Kind == activity.DataWarning && strings.HasPrefix(w.Text, "the file's "+what+" ")
	})
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// refValue is one of a session's figures, runlint's against the SDK's
// (nil or 0: the SDK read none), within a relative tolerance.
type refValue struct {
	name string
	got  float64
	want *float64
	tol  float64
}

// sdkDiff is the first figure that differs from the SDK's, "" for none;
// a figure runlint replaced for being past a bound (replaced) is not held.
func sdkDiff(a *activity.Activity, suffix string, vs []refValue) string {
	for _, v := range vs {
		if v.want == nil || *v.want <= 0 || replaced(a, v.name) {
			continue
		}
		if d := compareValue(v.name+suffix, v.got, v.want, v.tol); d != "" {
			return d
		}
	}
	return ""
}
