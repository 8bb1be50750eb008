package store

import (
	"io/fs"
	"path/filepath"
	"sort"
	"testing"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/digest"
	"github.com/runlint/runlint/parse"
)

// shipped is the repository's own testdata: the files these tests read.
const shipped = "../../testdata"

// readDir reads every file under root the way a check does, digested and
// without samples, one result per file in path order. With a spill, each
// file's activities are held in it and brought back, as a check's are.
func readDir(t *testing.T, root string, spill *Spill) []parse.Result {
	t.Helper()
	var files []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	var sw *SpillWriter
	if spill != nil {
		sw = spill.Writer()
	}
	out := make([]parse.Result, len(files))
	held := make([]Held, len(files))
	for i, f := range files {
		res := parse.File(f)
		for _, a := range res.Activities {
			a.Digest = digest.Of(a)
			a.Samples, a.Track = nil, activity.Track{} // as the cache stores it: laps and pauses kept
		}
		if sw != nil {
			if h, ok := sw.Hold(res.Activities); ok {
				held[i], res.Activities = h, nil
			}
		}
		out[i] = res
	}
	if sw == nil {
		return out
	}
	sw.Flush()
	for i := range out {
		if held[i].size == 0 {
			continue
		}
		acts, err := spill.Unhold(held[i], out[i].Path)
		if err != nil {
			t.Fatalf("%s: %v", out[i].Path, err)
		}
		out[i].Activities = acts
	}
	return out
}
