package analyze

import "testing"

// TestFormatShort: to the second under ten minutes, so a run just under a
// limit does not read as at it; whole minutes and longer spans as minutes.
func TestFormatShort(t *testing.T) {
	for _, c := range []struct {
		secs float64
		want string
	}{
		{0, "0 min"},
		{48, "48 s"},
		{90, "1 min 30 s"},
		{119.4, "1 min 59 s"},
		{120, "2 min"},
		{599, "9 min 59 s"},
		{600, "10 min"},
		{629, "10 min"},
		{6000, "1:40 h"},
	} {
		if got := formatShort(c.secs); got != c.want {
			t.Errorf("formatShort(%v) = %q, want %q", c.secs, got, c.want)
		}
	}
}
