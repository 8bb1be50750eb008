package digest

import (
	"math"

	"github.com/runlint/runlint/activity"
)

// positionJumps counts the steps between positions faster than a runner
// (activity.MaxRunSpeed), and the metres they span: what a track whose
// distance came from its positions would have added had the reader not
// left them out. Only positions are asked: a watch's distance stream that
// updates in bursts is no jump. Each step is measured on a plane tangent at
// its start (a step is metres, rarely kilometres, long: the error is under
// a thousandth), which spares the trigonometry of every point of a track.
func positionJumps(s []activity.Sample) (n int, metres float64) {
	const r = 6371008.8 * math.Pi / 180 // metres per degree of a great circle
	prev := -1
	cos := 0.0
	for i := range s {
		if !s[i].HasPosition() {
			continue
		}
		if prev < 0 {
			cos = activity.CosLat(s[i].Lat)
			prev = i
			continue
		}
		dx := (s[i].Lon - s[prev].Lon) * r * cos
		dy := (s[i].Lat - s[prev].Lat) * r
		d2 := dx*dx + dy*dy
		dt := activity.Seconds(s[prev].Time, s[i].Time)
		if dt <= 0 && d2 > 50*50 || dt > 0 && d2 > activity.MaxRunSpeed*activity.MaxRunSpeed*dt*dt {
			n++
			metres += math.Sqrt(d2)
		}
		prev = i
	}
	return n, metres
}

// cadenceFollow is how closely heart rate follows step cadence: the
// correlation of their changes over 5 s, where both are recorded. An
// optical sensor locked on the arm's swing reports the cadence, so its
// "heart rate" moves with every change of step (near 1); a heart whose rate
// merely sits near the cadence (a runner at 165 bpm and 165 steps a
// minute) does not follow it (near 0). 0 with too little of both to tell.
func cadenceFollow(s []activity.Sample) float64 {
	var n, sx, sy, sxx, syy, sxy float64
	j := 0
	for i := range s {
		if s[i].HR == 0 || s[i].Cadence == 0 {
			continue
		}
		for j < i && (s[j].HR == 0 || s[j].Cadence == 0 || activity.Seconds(s[j].Time, s[i].Time) > 5) {
			j++
		}
		if j == i || activity.Seconds(s[j].Time, s[i].Time) < 4 {
			continue
		}
		x := float64(s[i].HR) - float64(s[j].HR)
		y := 2 * (float64(s[i].Cadence) - float64(s[j].Cadence))
		n++
		sx, sy, sxx, syy, sxy = sx+x, sy+y, sxx+x*x, syy+y*y, sxy+x*y
	}
	if n < 30 {
		return 0
	}
	vx, vy := sxx-sx*sx/n, syy-sy*sy/n
	if vx <= 0 || vy <= 0 {
		return 0
	}
	return (sxy - sx*sy/n) / math.Sqrt(vx*vy)
}
