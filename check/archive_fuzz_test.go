package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzZip reads any bytes as a downloaded export: never a panic or a hang,
// every result named inside the archive (or the archive itself, with its
// reason), nothing written beside it.
func FuzzZip(f *testing.F) {
	fit := []byte("\x0e\x10\x00\x00\x00\x00\x00\x00.FIT\x00\x00")
	csv := []byte("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Filename\n1,,Run,Run,,activities/1.fit\n")
	f.Add(zipBytes(f, []member{{name: "activities/1.fit", data: fit}, {name: "activities.csv", data: csv}}))
	f.Add(zipBytes(f, []member{{name: "DI_CONNECT/DI-Connect-Uploaded-Files/a.zip", data: zipBytes(f, []member{{name: "x.fit", data: fit}}), stored: true}}))
	f.Add(overlappingZip(f, fit))
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(dir, "export_1.zip")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := Read([]string{p}, Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Path != p && !strings.HasPrefix(r.Path, p+"!") {
				t.Fatalf("result %q outside the archive", r.Path)
			}
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Fatalf("%d files beside the archive", len(entries))
		}
	})
}
