package parse

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
)

// testFiles lists the files (gzipped or not) with one of exts under the
// shipped testdata and, when present, the team's shared corpus.
func testFiles(exts ...string) []string {
	roots := []string{"../testdata"}
	if c := os.Getenv("RUNLINT_CORPUS"); c != "" {
		roots = append(roots, c)
	} else if _, err := os.Stat("../../shared/corpus/MANIFEST.md"); err == nil {
		roots = append(roots, "../../shared/corpus")
	}
	var out []string
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			name := strings.ToLower(strings.TrimSuffix(p, ".gz"))
			if err == nil && !d.IsDir() && slices.ContainsFunc(exts, func(ext string) bool { return strings.HasSuffix(name, ext) }) {
				out = append(out, p)
			}
			return nil
		})
	}
	return out
}

// blockSample keeps every file outside the shared corpus's training blocks and
// one in every blockSampleEvery of theirs, picked by a hash of the name so the
// same files are read every run. A token-by-token comparison of 2,000 TomTom
// TCX files takes minutes on a CI machine and finds nothing the sample does
// not; RUNLINT_FULL_CORPUS=1 reads them all (the closing notes quote that run).
func blockSample(files []string) []string {
	if os.Getenv("RUNLINT_FULL_CORPUS") == "1" {
		return files
	}
	var out []string
	for _, f := range files {
		h := fnv.New32a()
		h.Write([]byte(filepath.Base(f)))
		if !strings.Contains(filepath.ToSlash(f), "/block-") || h.Sum32()%blockSampleEvery == 0 {
			out = append(out, f)
		}
	}
	return out
}

const blockSampleEvery = 10

// TestFITFastPathMatchesDecoder reads every FIT file twice, through the fast
// path and through muktihari's full decoder, and requires the same activities.
func TestFITFastPathMatchesDecoder(t *testing.T) {
	files := testFiles(".fit")
	fast, full := NewReader(), NewReader()
	full.fit.full = true
	took := 0
	for _, f := range files {
		data, _, err := fast.load(f)
		if err != nil {
			continue
		}
		data = append([]byte(nil), data...)
		a, askip, aerr := fast.fit.read(f, data)
		b, bskip, berr := full.fit.read(f, data)
		if fmt.Sprint(aerr) != fmt.Sprint(berr) || askip != bskip || len(a) != len(b) {
			t.Errorf("%s: fast %d activities %q %v; full %d %q %v", f, len(a), askip, aerr, len(b), bskip, berr)
			continue
		}
		for i := range a {
			if d := diffActivity(a[i], b[i]); d != "" {
				t.Errorf("%s #%d: %s", f, i, d)
			}
		}
		if fast.fit.tookFast {
			took++
		}
	}
	t.Logf("%d FIT files, %d read by the fast path, all the same as the full decoder", len(files), took)
	if took == 0 {
		t.Fatal("the fast path read no file")
	}
}

func diffActivity(a, b *activity.Activity) string {
	if !reflect.DeepEqual(a.Totals, b.Totals) {
		return fmt.Sprintf("totals %+v vs %+v", a.Totals, b.Totals)
	}
	if len(a.Samples) != len(b.Samples) {
		return fmt.Sprintf("%d samples vs %d", len(a.Samples), len(b.Samples))
	}
	for i := range a.Samples {
		x, y := a.Samples[i], b.Samples[i]
		if !x.Time.Equal(y.Time) || x.HR != y.HR || x.Cadence != y.Cadence || !same(x.Lat, y.Lat) || !same(x.Lon, y.Lon) ||
			!same(x.AltM, y.AltM) || !same(x.DistM, y.DistM) || !same(x.SpeedMS, y.SpeedMS) {
			return fmt.Sprintf("sample %d: %+v vs %+v", i, x, y)
		}
	}
	for _, c := range []struct {
		name string
		x, y any
	}{
		{"laps", a.Laps, b.Laps},
		{"pauses", a.Pauses, b.Pauses},
		{"zone", a.Zone, b.Zone},
		{"start", a.Start, b.Start},
		{"sport", a.Sport + "/" + a.SubSport, b.Sport + "/" + b.SubSport},
		{"name", a.Name + a.NameFrom, b.Name + b.NameFrom},
		{"device", a.Device, b.Device},
		{"warnings", a.Warnings, b.Warnings},
	} {
		if !reflect.DeepEqual(c.x, c.y) {
			return fmt.Sprintf("%s %v vs %v", c.name, c.x, c.y)
		}
	}
	return ""
}

func same(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) }
