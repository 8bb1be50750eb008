package synth

import (
	"math"
	"math/rand/v2"
	"time"
)

// Point is one second of a synthetic recording.
type Point struct {
	Time     time.Time
	Lat, Lon float64 // NaN indoors
	Alt      float64
	Dist     float64 // cumulative metres
	Speed    float64
	HR       uint8 // 0: no reading
	Cadence  uint8
}

// LapTotals are one lap's figures as a device writes them.
type LapTotals struct {
	Start        time.Time
	End          time.Time
	Timer, Dist  float64
	AvgHR, MaxHR uint8
	First, Last  int // point indexes
}

// Track is a session's recording.
type Track struct {
	Points  []Point
	Laps    []LapTotals
	Pauses  [][2]time.Time // the watch stopped at [0] and started at [1]
	Timer   float64
	Elapsed float64
	AvgHR   uint8
	MaxHR   uint8
}

// Where the virtual runner runs: a 2-km loop by the Danube in Budapest.
const (
	centerLat = 47.5000
	centerLon = 19.0500
	loopM     = 2000.0
)

// Record turns a session into a 1-Hz recording, deterministically from seed.
func Record(s Session, seed uint64) Track {
	rng := rand.New(rand.NewPCG(seed, uint64(s.Start.Unix())))
	r := &recorder{s: s, rng: rng, t: s.Start, hr: 100, lapStart: -1}
	if len(s.Segs) > 0 {
		r.hr = s.Segs[0].HR - 25
	}
	r.gps = newJitter(rng, s.Phone)
	for _, sg := range s.Segs {
		if sg.Pace > 0 && !sg.Paused {
			r.total += sg.Secs * 1000 / sg.Pace
		}
	}
	for _, sg := range s.Segs {
		r.segment(sg)
	}
	r.closeLap(r.t)
	tr := r.tr
	tr.Elapsed = r.t.Sub(s.Start).Seconds()
	tr.Timer = float64(len(tr.Points))
	tr.AvgHR, tr.MaxHR = hrStats(tr.Points)
	return tr
}

// recorder is a recording under way. The clock, the distance and the heart
// rate carry over from one segment to the next, and every random draw comes
// from the one rng in a fixed order, so a seed always gives the same track.
type recorder struct {
	s        Session
	rng      *rand.Rand
	gps      *jitter
	tr       Track
	t        time.Time
	dist, hr float64
	total    float64 // the session's planned distance, m
	lapStart int     // index of the open lap's first point, or -1
}

func (r *recorder) closeLap(end time.Time) {
	if r.lapStart < 0 || r.lapStart >= len(r.tr.Points) {
		return
	}
	r.tr.Laps = append(r.tr.Laps, lapTotals(r.tr.Points[r.lapStart:], r.lapStart, end))
	r.lapStart = -1
}

// segment records one segment: a pause, or a second-by-second stretch.
func (r *recorder) segment(sg Segment) {
	if sg.Lap {
		r.closeLap(r.t)
	}
	if sg.Paused {
		end := r.t.Add(time.Duration(sg.Secs) * time.Second)
		r.tr.Pauses = append(r.tr.Pauses, [2]time.Time{r.t, end})
		r.t = end
		return
	}
	if r.lapStart < 0 {
		r.lapStart = len(r.tr.Points)
	}
	for range int(sg.Secs) {
		r.tr.Points = append(r.tr.Points, r.second(sg))
		r.t = r.t.Add(time.Second)
	}
}

// second is the point one second of sg adds.
func (r *recorder) second(sg Segment) Point {
	s := &r.s
	v := 0.0
	if sg.Pace > 0 {
		v = 1000 / sg.Pace * (1 + 0.015*(r.rng.Float64()*2-1))
	}
	r.dist += v
	r.hr += (sg.HR - r.hr) / 30 // the heart follows effort with a lag
	p := Point{Time: r.t, Dist: r.dist, Speed: v, Cadence: uint8(sg.Cadence), Lat: math.NaN(), Lon: math.NaN()}
	if s.Phone {
		p.Cadence = 0
	}
	if !s.NoHR && !sg.Dropout {
		// A heart drifts up over a run (about 3 bpm an hour) and is read
		// with a beat or two of noise: a flat reading is a stuck sensor's.
		drift := 3 * r.t.Sub(s.Start).Hours()
		p.HR = uint8(math.Round(r.hr + drift + r.rng.Float64()*4 - 2))
	}
	if !s.Indoor {
		a := 2 * math.Pi * r.dist / loopM
		rad := loopM / (2 * math.Pi)
		north, east := r.gps.step()
		p.Lat = centerLat + (rad*math.Sin(a)+north)/111_320
		p.Lon = centerLon + (rad*(1-math.Cos(a))+east)/(111_320*math.Cos(centerLat*math.Pi/180))
	}
	p.Alt = 105
	switch {
	case s.Hilly:
		p.Alt += loopHill(r.dist)
	case s.Mountain:
		p.Alt += mountain(r.dist, r.total)
	}
	return p
}

func lapTotals(ps []Point, first int, end time.Time) LapTotals {
	l := LapTotals{Start: ps[0].Time, End: end, First: first, Last: first + len(ps) - 1, Timer: float64(len(ps))}
	base := 0.0
	if first > 0 {
		base = ps[0].Dist - ps[0].Speed
	}
	l.Dist = ps[len(ps)-1].Dist - base
	l.AvgHR, l.MaxHR = hrStats(ps)
	return l
}

func hrStats(ps []Point) (avg, max uint8) {
	sum, n := 0, 0
	for _, p := range ps {
		if p.HR > 0 {
			sum += int(p.HR)
			n++
			if p.HR > max {
				max = p.HR
			}
		}
	}
	if n > 0 {
		avg = uint8(math.Round(float64(sum) / float64(n)))
	}
	return avg, max
}

// loopHill is the height (m) above the river of a point dist metres into the
// loop: one climb of 50 m over its first 400 m (12.5 %: 25 m a km, past the
// 20 m a km that makes a run hilly), then a long gentle
// way down. Once a loop, not once a kilometre: hills every few minutes
// climbed alike would be hill repeats.
func loopHill(dist float64) float64 {
	at := math.Mod(dist, loopM)
	if at < 400 {
		return 50 * at / 400
	}
	return 50 * (loopM - at) / (loopM - 400)
}

// mountain is the height of a point dist metres into an out-and-back of
// total metres up a mountain: flat for the first and last sixth, 600 m up
// over the second and third, down over the fourth and fifth.
func mountain(dist, total float64) float64 {
	if total <= 0 {
		return 0
	}
	x := dist / total
	switch {
	case x < 1.0/6 || x > 5.0/6:
		return 0
	case x < 0.5:
		return 600 * (x - 1.0/6) * 3
	}
	return 600 * (5.0/6 - x) * 3
}

// jitter is a phone's GPS error, in metres north and east: a slow 1-s
// random walk of about 1.5 m, and every 3-6 min a wander of 10 s that goes
// out 15 m and comes back, as multipath near buildings does. A wander makes
// a 10-s stretch read at about 3:15/km on a 7:50/km jog; no step of it is
// faster than a runner (under 9 m/s), so it is no GPS jump either.
type jitter struct {
	rng        *rand.Rand
	on         bool
	n, e       float64
	next, at   int // seconds to the next wander; seconds into the current one
	dirN, dirE float64
}

func newJitter(rng *rand.Rand, on bool) *jitter {
	j := &jitter{rng: rng, on: on}
	j.next = 180 + rng.IntN(180)
	return j
}

func (j *jitter) step() (north, east float64) {
	if !j.on {
		return 0, 0
	}
	j.n = 0.95*j.n + 0.47*j.rng.NormFloat64()
	j.e = 0.95*j.e + 0.47*j.rng.NormFloat64()
	j.next--
	if j.next == 0 {
		a := j.rng.Float64() * 2 * math.Pi
		j.dirN, j.dirE, j.at = math.Cos(a), math.Sin(a), 10
		j.next = 180 + j.rng.IntN(180)
	}
	w := 0.0
	if j.at > 0 {
		k := float64(10 - j.at) // 0..9: out for 5 s, back for 5 s
		w = 15 * (1 - math.Abs(k-4.5)/4.5)
		j.at--
	}
	return j.n + w*j.dirN, j.e + w*j.dirE
}
