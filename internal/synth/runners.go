package synth

// Runners are the virtual runners besides the default one, each built to
// break a classifier that judges every runner by one clock or one heart
// rate. Their plans say what a coach would call each session.
var Runners = map[string]func(Options) []Session{
	"marathoner": marathoner,
	"high-hr":    highHR,
	"phone":      phoneRunner,
	"10k":        tenK,
	"overload":   overload,
	"collegiate": collegiate,
	"trail":      trailRunner,
	"slow-racer": slowRacer,
}

// RunnerNotes are the block notes a runner's block gives: what holds for
// most of its runs, said once instead of on every run.
var RunnerNotes = map[string][]string{
	"phone": {"no-heart-rate"}, // a phone: no run has heart rate
}

// marathoner: a high-volume marathoner, easy pace about 5:05/km. Mid-week
// runs of 100 min are medium-long easy runs, not long runs; the Sunday long
// run lasts 3 h with two 20-min blocks at marathon pace (4:36/km) inside, and
// stays a long run.
func marathoner(opt Options) []Session {
	p := &planner{opt: opt}
	for w := range opt.Weeks {
		mon, wed := "recovery", "easy"
		if w == 0 { // no Sunday long run before them: an easy run, and the longest of its days
			mon, wed = "easy", "long"
		}
		p.add(Session{Kind: "recovery", Start: p.at(w, 0, 7, 0), Segs: steady(28, 335, 128), Class: mon})
		p.add(Session{Kind: "intervals", Start: p.at(w, 1, 18, 0), Segs: reps(5, 240, 240, 305, 120, 172, 185), Class: "hard"})
		p.add(Session{Kind: "medium-long", Start: p.at(w, 2, 7, 0), Segs: steady(100, 305, 140), Class: wed})
		p.add(Session{Kind: "easy", Start: p.at(w, 3, 7, 0), Segs: steady(60, 300, 141), Class: "easy"})
		p.add(Session{Kind: "easy", Start: p.at(w, 4, 7, 0), Segs: steady(70, 305, 140), Class: "easy"})
		p.add(Session{Kind: "easy", Start: p.at(w, 5, 9, 0), Segs: steady(45, 302, 140), Class: "easy"})
		long := []Segment{
			lap(seg(60*60, 305, 140, 84)), lap(seg(20*60, 276, 154, 88)), lap(seg(40*60, 305, 146, 84)),
			lap(seg(20*60, 276, 156, 88)), lap(seg(40*60, 305, 148, 84)),
		}
		p.add(Session{Kind: "long-mp", Start: p.at(w, 6, 8, 0), Segs: long, Class: "long"})
	}
	return p.out
}

// highHR: a runner whose easy runs sit at 88 % of HRmax (190). They are easy
// runs, classed by their steady pace, and each is flagged as run too hard;
// the recovery runs are also too fast by heart rate.
func highHR(opt Options) []Session {
	p := &planner{opt: opt}
	for w := range opt.Weeks {
		p.add(Session{Kind: "intervals", Start: p.at(w, 1, 18, 0), Segs: reps(6, 200, 240, 420, 90, 180, 192), Class: "hard"})
		// A cadence of 87 (174 steps a minute): heart rate near twice the
		// cadence would read as an optical sensor locked on steps.
		p.add(Session{
			Kind: "recovery", Start: p.at(w, 2, 7, 0), Segs: cadenced(steady(25, 400, 162), 86), Class: "recovery",
			// Under their easy runs' heart rate, slower than their easy
			// pace: no harder than their easy days, which carry easy-too-hard.
		})
		p.add(Session{Kind: "easy", Start: p.at(w, 3, 18, 0), Segs: cadenced(steady(50, 360, 167), 87), Class: "easy", Expect: []string{"easy-too-hard"}})
		p.add(Session{Kind: "easy", Start: p.at(w, 5, 9, 0), Segs: cadenced(steady(45, 362, 167), 87), Class: "easy", Expect: []string{"easy-too-hard"}})
		// The long run at 165, under their easy runs' 167, at about their
		// easy pace: no harder than their easy days, which carry the finding.
		p.add(Session{Kind: "long", Start: p.at(w, 6, 8, 0), Segs: cadenced(steady(90, 370, 165), 87), Class: "long"})
	}
	return p.out
}

// phoneRunner: a slow runner (easy 7:50/km) with a phone: no heart rate, no
// cadence, positions only, with 1-s GPS jitter and a wander now and then that
// makes a 10-s "burst" at 3:15/km. The wanders are no strides.
func phoneRunner(opt Options) []Session {
	p := &planner{opt: opt}
	for w := range opt.Weeks {
		p.add(Session{Kind: "intervals", Start: p.at(w, 1, 18, 0), Phone: true, NoHR: true, Segs: reps(6, 120, 300, 510, 120, 0, 0), Class: "hard"})
		p.add(Session{Kind: "recovery", Start: p.at(w, 2, 18, 0), Phone: true, NoHR: true, Segs: steady(25, 500, 0), Class: "recovery"})
		p.add(Session{Kind: "easy", Start: p.at(w, 3, 18, 0), Phone: true, NoHR: true, Segs: steady(40, 470, 0), Class: "easy"})
		p.add(Session{Kind: "easy", Start: p.at(w, 5, 9, 0), Phone: true, NoHR: true, Segs: steady(40, 472, 0), Class: "easy"})
		p.add(Session{Kind: "long", Start: p.at(w, 6, 8, 0), Phone: true, NoHR: true, Segs: steady(80, 480, 0), Class: "long"})
	}
	return p.out
}

// tenK: a 10k runner (easy 5:30/km, typical run 40 min) whose long run lasts
// 70 min: long for them.
func tenK(opt Options) []Session {
	p := &planner{opt: opt}
	for w := range opt.Weeks {
		p.add(Session{Kind: "intervals", Start: p.at(w, 1, 18, 0), Segs: reps(8, 90, 245, 400, 90, 170, 186), Class: "hard"})
		p.add(Session{Kind: "recovery", Start: p.at(w, 2, 7, 0), Segs: steady(25, 360, 125), Class: "recovery"})
		p.add(Session{Kind: "tempo", Start: p.at(w, 3, 18, 0), Segs: append(append(warmup(), lap(seg(25*60, 275, 165, 88))), cooldown()...), Class: "hard"})
		p.add(Session{Kind: "easy", Start: p.at(w, 5, 9, 0), Segs: steady(40, 330, 138), Class: "easy"})
		p.add(Session{Kind: "long", Start: p.at(w, 6, 8, 0), Segs: steady(70, 340, 142), Class: "long"})
	}
	return p.out
}

// reps is an interval session: a 12-min warm-up at jog, n repeats of secs at
// pace with a jog of jogSecs at jogPace between them, a 10-min cool-down.
// Heart rate rises from hrFrom to hrTo over the repeats (0: none).
func reps(n int, secs, pace, jogPace, jogSecs, hrFrom, hrTo float64) []Segment {
	s := []Segment{lap(seg(12*60, jogPace, hrFrom-40, 82))}
	for i := range n {
		hr := hrFrom
		if n > 1 {
			hr += (hrTo - hrFrom) * float64(i) / float64(n-1)
		}
		if hrFrom == 0 {
			hr = 0
		}
		s = append(s, lap(seg(secs, pace, hr, 92)))
		if i < n-1 {
			s = append(s, lap(seg(jogSecs, jogPace, max(0, hr-30), 80)))
		}
	}
	return append(s, lap(seg(10*60, jogPace, max(0, hrFrom-35), 82)))
}

// cadenced sets every segment's foot cadence.
func cadenced(s []Segment, cad float64) []Segment {
	for i := range s {
		s[i].Cadence = cad
	}
	return s
}

// overload: a runner whose load is planted. Five ordinary weeks; in the
// sixth, an easy run every day of the same length, the same load seven days
// running (monotony); an ordinary week; and in the last, the volume nearly
// doubled (a load spike). Each session stays the class it is; the load
// findings sit on the days their weeks peak.
func overload(opt Options) []Session {
	p := &planner{opt: opt}
	for w := range opt.Weeks {
		switch {
		case w == 5:
			for d := range 7 {
				s := Session{Kind: "easy", Start: p.at(w, d, 7, 0), Segs: steady(45, 335, 138), Class: "easy"}
				p.add(s)
			}
		case w == opt.Weeks-1:
			p.add(Session{Kind: "intervals", Start: p.at(w, 1, 18, 0), Segs: reps(10, 180, 255, 360, 120, 168, 184), Class: "hard"})
			p.add(Session{Kind: "recovery", Start: p.at(w, 2, 7, 0), Segs: steady(28, 360, 126), Class: "recovery"})
			p.add(Session{Kind: "easy", Start: p.at(w, 3, 7, 0), Segs: steady(80, 330, 142), Class: "easy"})
			p.add(Session{Kind: "easy", Start: p.at(w, 4, 7, 0), Segs: steady(70, 332, 141), Class: "easy"})
			p.add(Session{Kind: "easy", Start: p.at(w, 5, 9, 0), Segs: steady(80, 330, 142), Class: "easy"})
			p.add(Session{Kind: "long", Start: p.at(w, 6, 8, 0), Segs: steady(160, 340, 140), Class: "long", Expect: []string{"load-spike"}})
		default:
			p.add(Session{Kind: "intervals", Start: p.at(w, 1, 18, 0), Segs: reps(5, 180, 255, 360, 120, 168, 182), Class: "hard"})
			p.add(Session{Kind: "recovery", Start: p.at(w, 2, 7, 0), Segs: steady(25, 360, 126), Class: "recovery"})
			p.add(Session{Kind: "easy", Start: p.at(w, 3, 7, 0), Segs: steady(45, 330, 140), Class: "easy"})
			p.add(Session{Kind: "easy", Start: p.at(w, 5, 9, 0), Segs: steady(45, 332, 140), Class: "easy"})
			p.add(Session{Kind: "long", Start: p.at(w, 6, 8, 0), Segs: steady(90, 340, 142), Class: "long"})
		}
	}
	return p.out
}
