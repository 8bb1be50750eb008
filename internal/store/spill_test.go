package store

import (
	"os"
	"reflect"
	"testing"
)

// TestSpillMatchesMemory walks the shipped testdata with and without a
// spill: every activity, digest and series must come back the same, and the
// spill file must not outlive the check.
func TestSpillMatchesMemory(t *testing.T) {
	dir := t.TempDir()
	spill, err := NewSpill(dir)
	if err != nil {
		t.Fatal(err)
	}
	spill.free = 0 // every series to the file
	held := readDir(t, shipped, spill)
	mem := readDir(t, shipped, nil)
	if spill.Size() == 0 {
		t.Fatal("nothing was spilled")
	}
	n := 0
	for i := range mem {
		a, b := held[i], mem[i]
		if a.Path != b.Path || len(a.Activities) != len(b.Activities) || (a.Err == nil) != (b.Err == nil) {
			t.Fatalf("%s: %d activities, err %v; in memory %d, %v", a.Path, len(a.Activities), a.Err, len(b.Activities), b.Err)
		}
		for k := range a.Activities {
			x, y := a.Activities[k], b.Activities[k]
			xa, ya := *x, *y
			xa.Digest, ya.Digest = nil, nil
			if !reflect.DeepEqual(xa, ya) {
				t.Fatalf("%s #%d: %+v vs %+v", a.Path, k, xa, ya)
			}
			if (x.Digest == nil) != (y.Digest == nil) {
				t.Fatalf("%s #%d: digest %v vs %v", a.Path, k, x.Digest, y.Digest)
			}
			if x.Digest == nil {
				continue
			}
			if _, ok := x.Digest.Source().(*spilled); !ok {
				t.Errorf("%s #%d: series not spilled", a.Path, k)
			}
			xs, err := x.Digest.Series()
			if err != nil {
				t.Fatal(err)
			}
			ys, _ := y.Digest.Series()
			if !reflect.DeepEqual(xs, ys) {
				t.Fatalf("%s #%d: series differ", a.Path, k)
			}
			xd, yd := *x.Digest, *y.Digest
			xd.SetSeries(nil)
			yd.SetSeries(nil)
			if !reflect.DeepEqual(xd, yd) {
				t.Fatalf("%s #%d: digest %+v vs %+v", a.Path, k, xd, yd)
			}
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d digests compared", n)
	}
	if err := spill.Close(); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("the spill file was left behind: %v", left)
	}
}

// TestSpillWriteFailureKeepsMemory: when the spill cannot be written (a full
// disk), what was meant for it stays in memory and the check reads the same.
func TestSpillWriteFailureKeepsMemory(t *testing.T) {
	spill, err := NewSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	spill.free = 0
	spill.f.Close() // every write now fails
	dir := shipped + "/block-applewatch-2021"
	res := readDir(t, dir, spill)
	mem := readDir(t, dir, nil)
	if !spill.failed() {
		t.Fatal("the write did not fail")
	}
	n := 0
	for i, r := range res {
		if r.Err != nil || len(r.Activities) != len(mem[i].Activities) {
			t.Fatalf("%s: %d activities, %v", r.Path, len(r.Activities), r.Err)
		}
		for k, a := range r.Activities {
			s, err := a.Digest.Series()
			want, _ := mem[i].Activities[k].Digest.Series()
			if err != nil || !reflect.DeepEqual(s, want) {
				t.Errorf("%s: series %d buckets of %d, %v", r.Path, len(s.Buckets), len(want.Buckets), err)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no activity read")
	}
}

// TestSpillLeavesTheFirstSeriesInMemory: series stay in memory up to the
// spill's budget (spillFree; here a smaller one, for the shipped testdata
// to outgrow), and past it go to the file; read back, all are what they
// were. By default a block as small as the testdata never touches the disk.
func TestSpillLeavesTheFirstSeriesInMemory(t *testing.T) {
	for _, budget := range []int64{200 << 10, spillFree} {
		spill, err := NewSpill(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		spill.free = budget
		res := readDir(t, shipped, spill)
		mem := readDir(t, shipped, nil)
		var left, spilt int64
		for i, r := range res {
			for k, a := range r.Activities {
				if a.Digest == nil {
					continue
				}
				s, err := a.Digest.Series()
				want, _ := mem[i].Activities[k].Digest.Series()
				if err != nil || !reflect.DeepEqual(s, want) {
					t.Fatalf("%s: series %d buckets of %d, %v", r.Path, len(s.Buckets), len(want.Buckets), err)
				}
				if _, onDisk := a.Digest.Source().(*spilled); onDisk {
					spilt += seriesBytes(s)
				} else {
					left += seriesBytes(s)
				}
			}
		}
		spill.Close()
		t.Logf("budget %d: %d bytes of series left in memory, %d spilt", budget, left, spilt)
		switch {
		case left == 0 || left > budget:
			t.Errorf("budget %d: %d bytes left in memory", budget, left)
		case budget < spillFree && spilt == 0:
			t.Errorf("budget %d: nothing spilt of %d bytes", budget, left)
		case budget == spillFree && spilt != 0:
			t.Errorf("the shipped testdata (%d bytes of series) spilt %d", left+spilt, spilt)
		}
	}
}
