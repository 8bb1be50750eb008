package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/spf13/cobra/doc"

	"github.com/runlint/runlint/internal/synth"
)

// An output that is one of the files read is refused with exit 2, one line
// naming it, and the file is left as it was.
func TestOutputOverInputExits2(t *testing.T) {
	dir := t.TempDir()
	opt := synth.DefaultOptions()
	opt.Weeks = 1
	if _, err := synth.WriteBlock(dir, "gpx", opt); err != nil {
		t.Fatal(err)
	}
	run1 := filepath.Join(dir, "2024-03-06-0700-recovery.gpx")
	before, _ := os.ReadFile(run1)
	var out, errb bytes.Buffer
	code := run([]string{"check", "--no-cache", "--format", "json", "-o", run1, dir}, &out, &errb)
	want := "runlint: error: output " + run1 + " is a file this check reads: not written over; name another file\n"
	if code != exitUsage || errb.String() != want || out.Len() != 0 {
		t.Errorf("exit %d, stderr %q, stdout %d bytes; want exit 2, %q", code, errb.String(), out.Len(), want)
	}
	if after, _ := os.ReadFile(run1); !bytes.Equal(before, after) {
		t.Error("the input was written over")
	}
}

// runlint man writes the pages cobra's GenManTree writes, byte for byte,
// each the way a report is written.
func TestManPagesAsCobraWritesThem(t *testing.T) {
	ours, theirs := t.TempDir(), t.TempDir()
	var out, errb bytes.Buffer
	if code := run([]string{"man", ours}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	root := newRoot(&out, &errb)
	root.InitDefaultHelpCmd() // as Execute does before a command runs
	root.InitDefaultCompletionCmd()
	root.DisableAutoGenTag = true
	if err := doc.GenManTree(root, &doc.GenManHeader{Title: "RUNLINT", Section: "1", Source: "runlint " + version, Manual: "runlint manual"}, theirs); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadDir(theirs)
	got, _ := os.ReadDir(ours)
	if len(got) != len(want) || len(want) < 10 {
		t.Fatalf("%d pages, cobra writes %d", len(got), len(want))
	}
	for _, e := range want {
		a, _ := os.ReadFile(filepath.Join(ours, e.Name()))
		b, _ := os.ReadFile(filepath.Join(theirs, e.Name()))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs from cobra's", e.Name())
		}
	}
}
