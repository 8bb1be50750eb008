package analyze

import "testing"

// An ignore's file names a file by its path or its last folders, on disk
// and inside a zip archive, whose files every report names ZIP!FILE.
func TestIgnoreFileInsideZip(t *testing.T) {
	const member = "dl/export_1.zip!activities/2.fit.gz"
	for _, c := range []struct {
		pattern, path string
		want          bool
	}{
		{"dl/export_1.zip!activities/2.fit.gz", member, true},
		{"export_1.zip!activities/2.fit.gz", member, true},
		{"activities/2.fit.gz", member, true},
		{"2.fit.gz", member, true},
		{"./activities/2.fit.gz", member, true},
		{"export_1.zip!activities/*.fit.gz", member, true},
		{"dl/export_1.zip!*/**", member, true},
		{"**/*.fit.gz", member, true},
		{"tivities/2.fit.gz", member, false},
		{"export_1.zip", member, false},
		{"a/b.fit", "x/a/b.fit", true},
		{"b.fit", "x/ab.fit", false},
		{"*.gpx", "x/ab.fit", false},
	} {
		if got := fileMatches(c.pattern, c.path); got != c.want {
			t.Errorf("fileMatches(%q, %q) = %v, want %v", c.pattern, c.path, got, c.want)
		}
	}
}
