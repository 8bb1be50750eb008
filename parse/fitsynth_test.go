package parse

import (
	"testing"

	"github.com/runlint/runlint/internal/synth"
)

// fitOf writes a synthetic run as a FIT file.
func fitOf(t testing.TB, r synth.FITRun) []byte {
	t.Helper()
	data, err := r.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// oddFIT writes one of synth's odd FIT files.
func oddFIT(t testing.TB, name string) []byte {
	t.Helper()
	data, err := synth.OddFIT(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// baseAt is synth.FieldBaseAt, failing the test where it fails.
func baseAt(t testing.TB, data []byte, mesg uint16, num byte) int {
	t.Helper()
	at, err := synth.FieldBaseAt(data, mesg, num)
	if err != nil {
		t.Fatal(err)
	}
	return at
}
