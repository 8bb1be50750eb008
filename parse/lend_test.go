package parse

import (
	"testing"
	"unsafe"

	"github.com/runlint/runlint/activity"
)

// TestLentSamplesReadTheSame reads the shipped FIT and GPX files (and a
// sample of the corpus's) one after another with a Reader that lends its
// samples, and requires each file's activities, compared before the next
// read, to be what a fresh Reader copying them reads; and the room to be
// lent again, file after file.
func TestLentSamplesReadTheSame(t *testing.T) {
	lender := NewReader()
	lender.LendSamples()
	lent := map[*activity.Sample]int{}
	files := blockSample(testFiles(".fit", ".gpx"))
	for _, f := range files {
		raw, err := lender.ReadRaw(f)
		if err != nil {
			continue
		}
		got := lender.Read(f, raw)
		want := File(f)
		if (got.Err == nil) != (want.Err == nil) || len(got.Activities) != len(want.Activities) {
			t.Errorf("%s: lent %d activities (%v), copied %d (%v)", f, len(got.Activities), got.Err, len(want.Activities), want.Err)
			lender.Release()
			continue
		}
		for i := range got.Activities {
			if d := diffActivity(got.Activities[i], want.Activities[i]); d != "" {
				t.Errorf("%s #%d: %s", f, i, d)
			}
			if s := got.Activities[i].Samples; len(s) > 0 {
				lent[unsafe.SliceData(s)]++
			}
		}
		lender.Release()
	}
	reused := 0
	for _, n := range lent {
		reused += n - 1
	}
	t.Logf("%d files, %d arrays of samples, %d reads into an array lent before", len(files), len(lent), reused)
	if reused == 0 {
		t.Fatal("no file was read into the room lent for one before it")
	}
}
