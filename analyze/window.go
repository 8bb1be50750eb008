package analyze

import (
	"sort"
	"time"
)

// dated is one run's value on its local date.
type dated struct {
	day time.Time
	v   float64
}

// window finds the values of a span of days around a date by binary search
// over the values sorted by day, so that a profile over a lifetime of runs
// costs a logarithm per run, not a scan of the block.
type window struct {
	pts  []dated // sorted by day
	span time.Duration
}

func newWindow(pts []dated, span time.Duration) *window {
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].day.Before(pts[j].day) })
	return &window{pts: pts, span: span}
}

// between is the values dated in [from, to).
func (w *window) between(from, to time.Time) []float64 {
	lo := sort.Search(len(w.pts), func(i int) bool { return !w.pts[i].day.Before(from) })
	hi := sort.Search(len(w.pts), func(i int) bool { return !w.pts[i].day.Before(to) })
	out := make([]float64, 0, max(0, hi-lo))
	for _, p := range w.pts[lo:hi] {
		out = append(out, p.v)
	}
	return out
}

// before is the values of the span before day (day itself left out).
func (w *window) before(day time.Time) []float64 { return w.between(day.Add(-w.span), day) }

// around is the values within the span either side of day.
func (w *window) around(day time.Time) []float64 {
	return w.between(day.Add(-w.span), day.Add(w.span+24*time.Hour))
}

// all is every value.
func (w *window) all() []float64 {
	out := make([]float64, len(w.pts))
	for i, p := range w.pts {
		out[i] = p.v
	}
	return out
}
