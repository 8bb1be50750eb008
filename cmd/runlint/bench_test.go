package main

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/runlint/runlint/internal/synth"
)

// benchBlock writes the 12-week synthetic block (73 FIT files) once.
func benchBlock(b *testing.B) string {
	dir := filepath.Join(b.TempDir(), "block")
	if _, err := synth.WriteBlock(dir, "fit", synth.DefaultOptions()); err != nil {
		b.Fatal(err)
	}
	return dir
}

// BenchmarkCheck is the whole check, every file read: walk, inflate, decode,
// digest, profile, classify, audit, and the JSON report.
func BenchmarkCheck(b *testing.B) {
	dir := benchBlock(b)
	for b.Loop() {
		if code := run([]string{"check", "--no-cache", "--fail-on", "none", "--format", "json", dir}, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkCheckWarm is the same check with every file's digest in the cache.
func BenchmarkCheckWarm(b *testing.B) {
	dir := benchBlock(b)
	args := []string{"check", "--cache-dir", b.TempDir(), "--fail-on", "none", "--format", "json", dir}
	run(args, io.Discard, io.Discard) // fill the cache
	b.ResetTimer()
	for b.Loop() {
		if code := run(args, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
