package parse

import (
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/internal/synth"
)

// seeds adds every testdata file with one of exts to f's corpus: whole when
// small, else its first 8 KB, so the fuzzer mutates real structure quickly.
// With RUNLINT_CORPUS set to ../shared/corpus, those files are seeds too.
func seeds(f *testing.F, exts ...string) {
	// A fixed zone: the offline finder is a library's, and under the fuzzer's
	// coverage instrumentation it takes many seconds to build in every worker.
	zoneAt = func(lat, lon float64) string {
		if lat > 0 {
			return "Europe/Budapest"
		}
		return ""
	}
	roots := []string{"../testdata"}
	if dir := os.Getenv("RUNLINT_CORPUS"); dir != "" {
		roots = append(roots, dir)
	}
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			for _, ext := range exts {
				if strings.HasSuffix(strings.ToLower(p), ext) {
					data, err := os.ReadFile(p)
					if err != nil {
						return nil
					}
					if len(data) > 8<<10 {
						data = data[:8<<10]
					}
					f.Add(data)
				}
			}
			return nil
		})
	}
}

// checkActivities holds what every parser must give on any input: no panic,
// and totals that are numbers, never NaN or negative.
func checkActivities(t *testing.T, acts []*activity.Activity) {
	for _, a := range acts {
		for name, v := range map[string]float64{
			"distance": a.Totals.DistanceM, "moving": a.Totals.MovingS, "elapsed": a.Totals.ElapsedS,
			"avg hr": a.Totals.AvgHR, "max hr": a.Totals.MaxHR, "pace": a.PaceSPerKm(),
		} {
			if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
				t.Fatalf("%s = %v", name, v)
			}
		}
	}
}

func FuzzFIT(f *testing.F) {
	seeds(f, ".fit")
	for _, name := range synth.OddFITs() {
		f.Add(oddFIT(f, name))
	}
	r := newFITReader()
	f.Fuzz(func(t *testing.T, data []byte) {
		acts, _, _ := r.read("fuzz.fit", data)
		checkActivities(t, acts)
	})
}

func FuzzGPX(f *testing.F) {
	seeds(f, ".gpx")
	f.Fuzz(func(t *testing.T, data []byte) {
		acts, _ := readGPX("fuzz.gpx", data)
		checkActivities(t, acts)
		// Each track, or part of one, is an activity of its own points,
		// numbered in order; none is moving for longer than it lasted.
		for i, a := range acts {
			if a.Source.Session != i || len(a.Samples) == 0 {
				t.Fatalf("activity %d: session %d, %d points", i, a.Source.Session, len(a.Samples))
			}
			if a.Totals.ElapsedS > 0 && a.Totals.MovingS > a.Totals.ElapsedS {
				t.Fatalf("activity %d: moving %v s of %v s elapsed", i, a.Totals.MovingS, a.Totals.ElapsedS)
			}
		}
	})
}

func FuzzTCX(f *testing.F) {
	seeds(f, ".tcx")
	f.Fuzz(func(t *testing.T, data []byte) {
		acts, _ := readTCX("fuzz.tcx", data)
		checkActivities(t, acts)
	})
}

func FuzzDetect(f *testing.F) {
	seeds(f, ".fit", ".gpx", ".tcx")
	f.Fuzz(func(t *testing.T, data []byte) {
		r := NewReader()
		acts, _, _ := r.Bytes("fuzz", data)
		checkActivities(t, acts)
	})
}
