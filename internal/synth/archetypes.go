package synth

import "time"

// The archetypes of issue 27: runners whose classes a single clock, a
// count of strides or a pace alone misjudge, each with what a coach would
// call every run of theirs.

// collegiate: a collegiate 1,500-m to 10-km runner (easy pace 4:45/km, HRmax
// 195): doubles, easy runs with strides at their end twice a week, a speed
// session of 10 x 150 m, track intervals with their warm-up and cool-down
// recorded apart, a race each Saturday (1,500 m, 5 km or 10 km) with a
// shake-out the day before and jogs around it, and a Sunday long run whose
// last 20 min go at marathon pace.
func collegiate(opt Options) []Session {
	p := &planner{opt: opt}
	easy := func(mins float64, hr float64) []Segment { return []Segment{lap(seg(mins*60, 285, hr, 84))} }
	withStrides := func(mins float64, n int) []Segment {
		s := easy(mins, 142)
		for range n { // 20 s at 3:05/km, a walk and jog back of 70 s
			s = append(s, seg(20, 185, 160, 96), seg(70, 330, 135, 78))
		}
		return s
	}
	for w := range opt.Weeks {
		p.add(Session{Kind: "easy-double-am", Start: p.at(w, 0, 7, 0), Segs: easy(30, 138), Class: "easy"})
		p.add(Session{Kind: "easy-strides", Start: p.at(w, 0, 17, 0), Segs: withStrides(50, 6), Class: "easy"})
		p.add(Session{Kind: "warmup", Start: p.at(w, 1, 16, 0), Segs: easy(15, 140), Class: "easy"})
		p.add(Session{Kind: "track-intervals", Start: p.at(w, 1, 16, 20), Segs: trackReps(6, 190, 120), Class: "hard"})
		p.add(Session{Kind: "cooldown", Start: p.at(w, 1, 17, 5), Segs: easy(12, 140), Class: "easy"})
		p.add(Session{Kind: "recovery", Start: p.at(w, 2, 7, 0), Segs: []Segment{lap(seg(30*60, 320, 132, 82))}, Class: "recovery"})
		p.add(Session{Kind: "easy-double-pm", Start: p.at(w, 2, 17, 0), Segs: easy(25, 136), Class: "easy"})
		p.add(Session{Kind: "speed-150s", Start: p.at(w, 3, 16, 0), Segs: speedReps(10), Class: "hard"})
		p.add(Session{Kind: "shakeout", Start: p.at(w, 4, 17, 0), Segs: withStrides(20, 4), Class: "easy"})
		race := raceOf(w)
		p.add(Session{Kind: "race-warmup", Start: p.at(w, 5, 9, 0), Segs: easy(15, 140), Class: "easy"})
		p.add(Session{Kind: race.kind, Start: p.at(w, 5, 9, 25), Segs: race.segs, Class: "hard"})
		p.add(Session{Kind: "race-cooldown", Start: p.at(w, 5, 9, 25).Add(race.after), Segs: easy(15, 140), Class: "easy"})
		long := []Segment{lap(seg(70*60, 290, 145, 84)), lap(seg(20*60, 245, 165, 88))}
		p.add(Session{Kind: "long-mp", Start: p.at(w, 6, 8, 0), Segs: long, Class: "long"})
	}
	return p.out
}

// trackReps: n reps of secs at pace 3:10/km with a jog of jogSecs between.
func trackReps(n int, secs, jogSecs float64) []Segment {
	var s []Segment
	for i := range n {
		s = append(s, lap(seg(secs, 190, 178+float64(i)*2, 95)))
		if i < n-1 {
			s = append(s, lap(seg(jogSecs, 380, 150, 78)))
		}
	}
	return s
}

// speedReps: a jog, n x 150 m at 2:50/km with a walk back, a jog.
func speedReps(n int) []Segment {
	s := []Segment{lap(seg(15*60, 290, 140, 84))}
	for range n {
		s = append(s, seg(25, 170, 168, 100), seg(90, 600, 130, 60))
	}
	return append(s, lap(seg(10*60, 295, 140, 84)))
}

type raceSegs struct {
	kind  string
	segs  []Segment
	after time.Duration // from the race's start to its cool-down's
}

// raceOf is week w's race: a 1,500 m, a 5 km or a 10 km.
func raceOf(w int) raceSegs {
	switch w % 3 {
	case 0:
		return raceSegs{"race-1500", []Segment{lap(seg(250, 167, 188, 98))}, 10 * time.Minute}
	case 1:
		return raceSegs{"race-5k", []Segment{lap(seg(930, 186, 186, 94))}, 22 * time.Minute}
	}
	return raceSegs{"race-10k", []Segment{lap(seg(1980, 198, 184, 92))}, 40 * time.Minute}
}

// trailRunner: a trail runner (easy pace 6:00/km on the flat, HRmax 190)
// whose long runs climb a mountain, walking the steep part: 9-10 min/km,
// long runs all the same, and no yardstick of their flat long-run pace.
// Their recovery runs on the flat at 6:30/km are not too fast, whatever the
// mountain made of the long runs' pace.
func trailRunner(opt Options) []Session {
	p := &planner{opt: opt}
	for w := range opt.Weeks {
		p.add(Session{Kind: "hill-intervals", Start: p.at(w, 1, 18, 0), Segs: reps(6, 180, 270, 420, 120, 165, 178), Class: "hard"})
		p.add(Session{Kind: "recovery", Start: p.at(w, 2, 7, 0), Segs: steady(28, 390, 128), Class: "recovery"})
		p.add(Session{Kind: "easy", Start: p.at(w, 3, 18, 0), Segs: steady(50, 360, 138), Class: "easy"})
		p.add(Session{Kind: "easy", Start: p.at(w, 4, 18, 0), Segs: steady(45, 362, 138), Class: "easy"})
		mountain := []Segment{
			lap(seg(20*60, 380, 140, 82)), // to the foot of the hill
			lap(seg(45*60, 720, 152, 62)), // up, walking the steep part
			lap(seg(20*60, 900, 150, 55)), // the steepest, walked
			lap(seg(40*60, 390, 138, 84)), // down
			lap(seg(20*60, 370, 140, 84)), // home
		}
		p.add(Session{Kind: "mountain-long", Start: p.at(w, 5, 8, 0), Mountain: true, Segs: mountain, Class: "long"})
		p.add(Session{Kind: "recovery", Start: p.at(w, 6, 9, 0), Segs: steady(30, 392, 127), Class: "recovery"})
	}
	return p.out
}

// slowRacer: a runner whose races are slow (easy pace 7:00/km, HRmax 185):
// a half marathon of 2:10 h at 6:10/km and 90 % of HRmax, held from the
// start, is a race, though its pace is only 12 % faster than easy and it is
// as long as a long run. Their long runs at 7:10/km stay long.
func slowRacer(opt Options) []Session {
	p := &planner{opt: opt}
	for w := range opt.Weeks {
		p.add(Session{Kind: "tempo", Start: p.at(w, 1, 18, 0), Segs: append([]Segment{lap(seg(10*60, 420, 130, 78))}, lap(seg(20*60, 345, 160, 84)), lap(seg(10*60, 425, 140, 78))), Class: "hard"})
		p.add(Session{Kind: "recovery", Start: p.at(w, 2, 18, 0), Segs: steady(25, 445, 124), Class: "recovery"})
		// Reps that reach HRmax at their end; in race week an easy run.
		if w != opt.Weeks-1 {
			p.add(Session{Kind: "intervals", Start: p.at(w, 3, 18, 0), Segs: reps(6, 120, 330, 480, 120, 170, 185), Class: "hard"})
		} else {
			p.add(Session{Kind: "easy", Start: p.at(w, 3, 18, 0), Segs: steady(45, 420, 135), Class: "easy"})
		}
		p.add(Session{Kind: "easy", Start: p.at(w, 4, 18, 0), Segs: steady(45, 422, 136), Class: "easy"})
		if w == opt.Weeks-1 {
			p.add(Session{Kind: "half-marathon", Start: p.at(w, 6, 9, 0), Segs: []Segment{lap(seg(130*60, 370, 167, 80))}, Class: "hard"})
			continue
		}
		p.add(Session{Kind: "long", Start: p.at(w, 6, 8, 0), Segs: steady(100, 430, 138), Class: "long"})
	}
	return p.out
}
