package analyze

import (
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/digest"
	"github.com/runlint/runlint/parse"
)

// fuzzNames are names a runner writes, misleading ones among them.
var fuzzNames = []string{
	"", "Morning Run", "Easy", "Recovery run", "6x800m", "Long run", "Easy jog up Queenstown Hill", "Pre race",
	"Race: 10k", "Warm up", "Shakeout + strides", "🤒", "tempo 3x10'", "Ben Lomond track",
}

// bytesLeft hands out a fuzz input's bytes as small numbers; 0 once spent.
type bytesLeft []byte

func (b *bytesLeft) next() int {
	if len(*b) == 0 {
		return 0
	}
	v := (*b)[0]
	*b = (*b)[1:]
	return int(v)
}

// fuzzBlock builds a block of runs from data: long and short, with and
// without heart rate, cadence, altitude, laps and bursts, one sample or
// none (a session without records), doubles on a day, walks.
func fuzzBlock(data []byte) []parse.Result {
	in := bytesLeft(data)
	start := time.Date(2024, 3, 1, 7, 0, 0, 0, time.UTC)
	var res []parse.Result
	for i := 0; i < 14 && len(in) > 0; i++ {
		start = start.Add(time.Duration(in.next()%40) * time.Hour)
		flags := in.next()
		n := in.next() * in.next() / 8 // buckets: none to about 2 h
		var bs []activity.Bucket
		base := 1.5 + float64(in.next()%60)/10
		for j := range n {
			v := base
			if flags&1 != 0 && j%(2+in.next()%9) == 0 {
				v *= 1 + float64(in.next()%90)/60 // surges, strides, sprints
			}
			if flags&2 != 0 && in.next()%17 == 0 {
				v = 0 // standing
			}
			hr, cad, alt := 0.0, 0.0, math.NaN()
			if flags&4 != 0 {
				hr = float64(90 + in.next()%130)
			}
			if flags&8 != 0 {
				cad = float64(70 + in.next()%30)
			}
			if flags&16 != 0 {
				alt = float64(in.next()*3) + 50*math.Sin(float64(j)/float64(1+in.next()%20))
			}
			secs := 10.0
			if j == n-1 {
				secs = float64(1 + in.next()%10)
			}
			bs = append(bs, activity.NewBucket(secs, v*secs, hr, cad, alt))
		}
		var laps []activity.LapDigest
		if flags&32 != 0 {
			for range in.next() % 12 {
				secs := float64(1 + in.next()*3)
				laps = append(laps, activity.LapDigest{Secs: secs, DistM: secs * float64(in.next()%9), AvgHR: float64(in.next())})
			}
		}
		var bursts []activity.Burst
		if flags&64 != 0 {
			for range in.next() % 10 {
				bursts = append(bursts, activity.NewBurst(float64(in.next()%12), 1+float64(in.next()%30)/10,
					float64(in.next()%20)-5, float64(in.next()%20)/10, float64(in.next()%20-10)/100))
			}
		}
		var secs, dist float64
		for _, b := range bs {
			secs += b.Secs()
			dist += b.DistM()
		}
		if flags&128 != 0 && len(bs) == 0 { // a session without records: its totals only
			secs, dist = float64(in.next()*120), float64(in.next()*500)
		}
		from := "session"
		if flags&2 != 0 {
			from = "positions"
		}
		a := &activity.Activity{
			Sport: "running", Start: start, Source: activity.Source{Path: fmt.Sprintf("%02d.fit", i)},
			Name:   fuzzNames[in.next()%len(fuzzNames)],
			Totals: activity.Totals{MovingS: secs, ElapsedS: secs, DistanceM: dist, DistanceFrom: from},
		}
		d := activity.NewDigest(activity.Series{Laps: laps, Bursts: bursts, Buckets: bs})
		d.HRCover, d.PeakHR, d.GPSJumps = float64(in.next()%11)/10, float64(in.next()), in.next()%3
		d.CadenceLock, d.GAPPace = float64(in.next()%10)/10, float64(in.next()*3)
		a.Digest, a.WithHR = d, flags&4 != 0
		res = append(res, parse.Result{Path: a.Source.Path, Activities: []*activity.Activity{a}})
	}
	return res
}

// checkJudged holds what the judge owes every block: no failure of its
// own, and no NaN or infinity in a class's reasons, a finding or a number.
func checkJudged(t *testing.T, rep *Report) {
	t.Helper()
	for _, f := range rep.Failures {
		t.Fatalf("%s\n%s", f, f.Stack)
	}
	bad := func(s string) bool { return strings.Contains(s, "NaN") || strings.Contains(s, "Inf") }
	for _, r := range rep.Runs {
		for _, s := range append(append([]string(nil), r.Reasons...), r.NotJudged) {
			if bad(s) {
				t.Fatalf("%s: %q", r.Source.Path, s)
			}
		}
		in := r.Intensity
		for _, v := range []float64{in.Load, in.AvgHR, in.Zones[0], in.Zones[1], in.Zones[2], r.LRP.Pace, r.EasyPace.Pace} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s: intensity %+v, long-run pace %v, easy pace %v", r.Source.Path, in, r.LRP.Pace, r.EasyPace.Pace)
			}
		}
	}
	for _, f := range rep.Findings {
		if bad(f.Message) {
			t.Fatalf("%s: %s", f.Rule, f.Message)
		}
	}
}

// FuzzJudge judges generated blocks: laps without positions, laps only,
// bursts without laps, no heart rate, one sample, sessions without records.
func FuzzJudge(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 32, 0, 0, 0, 5, 1, 2, 3})                                            // laps only
	f.Add([]byte{0, 64 | 8, 20, 20, 30, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9}) // bursts without laps
	f.Add([]byte{0, 128, 0, 0, 0, 200, 200})                                             // a session without records
	f.Add([]byte{0, 4, 1, 1, 30})                                                        // one sample with heart rate
	f.Add([]byte(strings.Repeat("\x18\xff\x30\x30\x22\x03\x07", 40)))                    // a block with everything
	f.Fuzz(func(t *testing.T, data []byte) {
		checkJudged(t, Block(fuzzBlock(data), Defaults()))
	})
}

// FuzzJudgeFile judges a file's activities among a few ordinary runs: the
// readers' corpus (testdata, and ../shared/corpus's devices and broken
// files when it is there) as seeds, so real structures reach the judge.
func FuzzJudgeFile(f *testing.F) {
	roots := []string{"../testdata"}
	for _, d := range []string{"devices", "bad"} {
		if _, err := os.Stat("../../shared/corpus/" + d); err == nil {
			roots = append(roots, "../../shared/corpus/"+d)
		}
	}
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.Contains(p, ".") {
				return nil
			}
			if data, err := os.ReadFile(p); err == nil && len(data) < 4<<20 {
				f.Add(data)
			}
			return nil
		})
	}
	context := fuzzBlock([]byte(strings.Repeat("\x18\x04\x30\x30\x22", 40)))
	f.Fuzz(func(t *testing.T, data []byte) {
		res := parse.NewReader().Read("fuzz", data)
		for _, a := range res.Activities {
			a.Digest = digest.Of(a)
		}
		checkJudged(t, Block(append(res2(context), res), Defaults()))
	})
}

// res2 copies a block's results (each judging changes its runs' activities'
// nothing, but the slice is appended to).
func res2(rs []parse.Result) []parse.Result { return append([]parse.Result(nil), rs...) }
