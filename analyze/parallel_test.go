package analyze_test

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/runlint/runlint/analyze"
	"github.com/runlint/runlint/check"
	"github.com/runlint/runlint/internal/synth"
	"github.com/runlint/runlint/report"
)

// TestPassesSameOnAnyCPUCount judges one block on one CPU and on four: the
// classification passes share the runs among one goroutine per CPU, and the
// report must not tell how many there were.
func TestPassesSameOnAnyCPUCount(t *testing.T) {
	dir := t.TempDir()
	if _, err := synth.WriteBlock(dir, "fit", synth.DefaultOptions()); err != nil {
		t.Fatal(err)
	}
	runs := 0
	judged := func(cpus int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(cpus))
		res, err := check.Read([]string{dir}, check.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rep := analyze.Block(res, analyze.Defaults())
		runs = 0
		for _, r := range rep.Runs {
			if r.Judged() {
				runs++
			}
		}
		var b bytes.Buffer
		if err := report.JSON(&b, rep); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	one, four := judged(1), judged(4)
	if runs < 4*16 {
		t.Errorf("%d judged runs: too few for four goroutines (16 runs each at least)", runs)
	}
	if !bytes.Equal(one, four) {
		t.Errorf("the report on 4 CPUs differs from the report on 1")
	}
	if !bytes.Contains(one, []byte(`"class": "hard"`)) || !bytes.Contains(one, []byte(`"class": "easy"`)) {
		t.Errorf("the block's report judges no hard and easy runs: the test compares too little")
	}
}
