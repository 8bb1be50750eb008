package activity

import "testing"

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int
		noun string
		want string
	}{
		{0, "run", "0 runs"},
		{1, "run", "1 run"},
		{3, "long run", "3 long runs"},
		{2, "match", "2 matches"},
		{2, "pass", "2 passes"},
		{1, "pass", "1 pass"},
	} {
		if got := Plural(c.n, c.noun); got != c.want {
			t.Errorf("Plural(%d, %q) = %q, want %q", c.n, c.noun, got, c.want)
		}
	}
	if got := PluralIrregular(1, "activity", "activities"); got != "1 activity" {
		t.Errorf("PluralIrregular(1) = %q", got)
	}
	if got := PluralIrregular(0, "activity", "activities"); got != "0 activities" {
		t.Errorf("PluralIrregular(0) = %q", got)
	}
}
