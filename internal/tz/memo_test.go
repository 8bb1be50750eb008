package tz

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMemoRemembersFuzzyAnswers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "zones")
	UseMemo(path)
	t.Cleanup(func() { memo.path, memo.zones, memo.dirty = "", map[cell]string{}, false })
	if got := At(47.4979, 19.0402); got != "Europe/Budapest" { // Budapest
		t.Fatalf("At = %q", got)
	}
	if err := SaveMemo(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.Contains(string(data), " Europe/Budapest\n") {
		t.Fatalf("memo file %q", data)
	}
	// A new process: the memo answers for the same cell, without the finder.
	memo.zones = map[cell]string{}
	UseMemo(path)
	if name, ok := remembered(47.4979+0.001, 19.0402); !ok || name != "Europe/Budapest" {
		t.Errorf("remembered %q %v", name, ok)
	}
}

func TestMemoRefusesTamperedNames(t *testing.T) {
	path := filepath.Join(t.TempDir(), "zones")
	os.WriteFile(path, []byte("4749 1904 ../../etc/passwd\n4749 1905 Europe/Budapest\nnot a line\n"), 0o600)
	UseMemo(path)
	t.Cleanup(func() { memo.path, memo.zones, memo.dirty = "", map[cell]string{}, false })
	if _, ok := memo.zones[cell{4749, 1904}]; ok {
		t.Error("a path was taken for a zone name")
	}
	if memo.zones[cell{4749, 1905}] != "Europe/Budapest" {
		t.Errorf("zones %v", memo.zones)
	}
}
