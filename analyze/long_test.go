package analyze

import (
	"testing"
	"time"
)

// TestNotLongWords: an easy run that lasted long enough to be tried says
// which test of a long run it failed, in the numbers it failed by.
func TestNotLongWords(t *testing.T) {
	typical := typicalFrom{span: 8 * 7 * 24 * time.Hour}
	base := longWhy{within: 0.15, factor: 1.25, min: 3600, typicalFrom: typical}
	with := func(f func(*longWhy)) longWhy { w := base; f(&w); return w }
	tests := []struct {
		name string
		why  longWhy
		want string
	}{
		{"too short to be tried", with(func(w *longWhy) { w.running, w.moving = 2400, 2500 }), ""},
		{
			"walked most of it", with(func(w *longWhy) { w.running, w.moving = 360, 42000 }),
			"not long: 6 min of it running (walking and standing left out), under the 60 min a long run needs",
		},
		{
			"near the typical run", with(func(w *longWhy) { w.running, w.moving, w.typical, w.longest = 4200, 4300, 3540, 4200 }),
			"not long: 70 min of running, under 1.25 times the runner's typical run of the 8w before (59 min)",
		},
		{
			"not the week's longest", with(func(w *longWhy) { w.running, w.moving, w.typical, w.longest = 4500, 4500, 3000, 5640 }),
			"not long: 75 min of running, more than 15 % short of the longest run of the 7 days around it (94 min)",
		},
		{
			"both", with(func(w *longWhy) { w.running, w.moving, w.typical, w.longest = 4000, 4000, 3540, 5640 }),
			"not long: 67 min of running, under 1.25 times the runner's typical run of the 8w before (59 min), and more than 15 % short of the longest run of the 7 days around it (94 min)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.why.notWords(); got != tt.want {
				t.Errorf("notWords() = %q\nwant        %q", got, tt.want)
			}
		})
	}
}
