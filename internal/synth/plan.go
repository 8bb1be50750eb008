// Package synth generates deterministic synthetic training blocks for tests:
// a virtual runner's weeks of runs, written as FIT (with muktihari/fit's
// encoder), GPX and TCX, with faults planted where the tests expect them.
//
// It is its own package (not under testdata, which Go does not build) because
// the tests of analyze, report and cmd/runlint all use it, and so do the
// benchmarks that need thousands of activities.
package synth

import (
	"fmt"
	"time"
)

// The virtual runner.
const (
	LongRunPace = 340.0 // 5:40/km
	MaxHR       = 183.0 // held for 30 s at the end of the last repeat
)

// Segment is a stretch of a session at one effort.
type Segment struct {
	Secs    float64
	Pace    float64 // s/km; 0 stands still
	HR      float64 // the heart rate it settles at
	Cadence float64 // foot cadence (rpm)
	Lap     bool    // a new device lap starts here
	Paused  bool    // the watch is paused: nothing is recorded
	Dropout bool    // the sensor records no heart rate
}

// Session is one planned activity and what the tests expect of it.
type Session struct {
	File   string // base name, without extension
	Kind   string // "intervals", "tempo", "recovery", "easy", "long", "treadmill", "ride", ...
	Sport  string // "running" or "cycling"
	Start  time.Time
	Indoor bool // no positions (treadmill)
	Hilly  bool
	// Mountain: an out-and-back up a mountain, 600 m up over the first
	// half of its distance and down the second (a trail long run).
	Mountain bool
	NoHR     bool
	Copy     bool // a second recording of another session (a phone beside the watch)
	// Phone: positions only, with a phone's GPS jitter and wander, no
	// distance stream and no cadence.
	Phone  bool
	Name   string // the name the file gives it, if any
	Segs   []Segment
	Class  string   // expected class, "" when not judged
	Expect []string // expected findings (rule names), sorted
}

// Options shape a block.
type Options struct {
	Weeks int
	Start time.Time      // a Monday, local midnight
	Zone  *time.Location // where the runner lives
	Seed  uint64
	// Runner picks the virtual runner: "" for the default block, or one of
	// Runners (a marathoner, a runner whose easy runs sit at 88 % of HRmax, a
	// phone runner without heart rate, a 10k runner).
	Runner string
}

// DefaultOptions is the default block: 12 weeks from Monday 2024-03-04 in Budapest.
func DefaultOptions() Options {
	loc, err := time.LoadLocation("Europe/Budapest")
	if err != nil {
		loc = time.FixedZone("CET", 3600)
	}
	return Options{Weeks: 12, Start: time.Date(2024, 3, 4, 0, 0, 0, 0, loc), Zone: loc, Seed: 1}
}

func seg(secs, pace, hr, cad float64) Segment {
	return Segment{Secs: secs, Pace: pace, HR: hr, Cadence: cad}
}

func lap(s Segment) Segment { s.Lap = true; return s }

func warmup() []Segment   { return []Segment{lap(seg(12*60, 360, 132, 82))} }
func cooldown() []Segment { return []Segment{lap(seg(10*60, 365, 135, 82))} }

// intervals is 6x800 m at 4:10/km with 400-m jogs (or, paused, standing rests
// with the watch stopped); each rep is a lap.
func intervals(paused bool) []Segment {
	s := warmup()
	for i := range 6 {
		s = append(s, lap(seg(200, 250, 168+float64(i)*3, 94)))
		if i == 5 {
			break
		}
		if paused {
			s = append(s, Segment{Secs: 90, Paused: true, Lap: true})
		} else {
			s = append(s, lap(seg(150, 400, 140, 80)))
		}
	}
	return append(s, cooldown()...)
}

func tempo() []Segment {
	s := warmup()
	s = append(s, lap(seg(20*60, 285, 164, 88)))
	return append(s, cooldown()...)
}

func steady(mins, pace, hr float64) []Segment { return []Segment{lap(seg(mins*60, pace, hr, 82))} }

// Plan lays out the block of opt's runner.
func Plan(opt Options) []Session {
	if opt.Runner != "" {
		return Runners[opt.Runner](opt)
	}
	return defaultPlan(opt)
}

// planner places sessions on a block's days.
type planner struct {
	opt Options
	out []Session
}

func (p *planner) at(week, day, hour, min int) time.Time {
	o := p.opt
	return time.Date(o.Start.Year(), o.Start.Month(), o.Start.Day()+week*7+day, hour, min, 0, 0, o.Zone).UTC()
}

func (p *planner) add(s Session) {
	if s.Sport == "" {
		s.Sport = "running"
	}
	s.File = fmt.Sprintf("%s-%s", s.Start.In(p.opt.Zone).Format("2006-01-02-1504"), s.Kind)
	p.out = append(p.out, s)
}

// defaultPlan lays out the default block: Tuesday intervals, Wednesday
// recovery, Thursday tempo, Friday recovery, Saturday easy, Sunday long;
// Monday rest. Faults are planted in given weeks, each expecting exactly its
// findings. Each day's sessions are added in turn, so the plan stays a list
// in time order.
func defaultPlan(opt Options) []Session {
	p := &planner{opt: opt}
	for w := range opt.Weeks {
		p.tuesday(w)
		p.wednesday(w)
		p.thursday(w)
		p.friday(w)
		p.saturday(w)
		p.add(Session{Kind: "long", Start: p.at(w, 6, 8, 0), Segs: steady(100, LongRunPace, 142), Class: "long"})
	}
	return p.out
}

func (p *planner) tuesday(w int) {
	iv := Session{Kind: "intervals", Start: p.at(w, 1, 18, 0), Segs: intervals(w == 5), Class: "hard"}
	if w == 5 {
		iv.Kind = "intervals-paused"
	}
	p.add(iv)
}

func (p *planner) wednesday(w int) {
	rec := Session{Kind: "recovery", Start: p.at(w, 2, 7, 0), Segs: steady(25, 365, 126), Class: "recovery"}
	switch w {
	case 10: // intervals again the day after intervals
		rec = Session{Kind: "intervals-again", Start: p.at(w, 2, 18, 0), Segs: intervals(false), Class: "hard", Expect: []string{"hard-days-back-to-back"}}
	case 2: // too fast by pace: 5:10/km, heart rate still low
		rec.Kind, rec.Segs, rec.Expect = "recovery-fast-pace", steady(25, 310, 147), []string{"recovery-too-fast"}
	case 4: // too short for the founding article, not for a coach: recovery-too-short is off by default
		rec.Kind, rec.Segs = "recovery-short", steady(14, 365, 126)
	}
	p.add(rec)
}

func (p *planner) thursday(w int) {
	thu := Session{Kind: "tempo", Start: p.at(w, 3, 18, 0), Segs: tempo(), Class: "hard"}
	if w == 10 { // an easy Thursday, so Friday's recovery run follows no hard day
		thu = Session{Kind: "easy", Start: p.at(w, 3, 18, 0), Segs: steady(45, 335, 138), Class: "easy"}
	}
	p.add(thu)
	if w == 11 { // a cool-down jog recorded as its own activity: part of the session, not a recovery run
		p.add(Session{Kind: "cooldown", Start: p.at(w, 3, 18, 48), Segs: steady(12, 375, 128), Class: "easy"})
	}
}

func (p *planner) friday(w int) {
	fri := Session{Kind: "recovery", Start: p.at(w, 4, 7, 0), Segs: steady(25, 370, 127), Class: "recovery"}
	if w == 10 { // named a recovery run, the day after an easy day
		fri.Kind, fri.Name = "recovery-named", "Recovery run" // recovery-without-hard-day is off by default
	}
	if w == 3 { // too fast by heart rate only, on a hilly route: the pace looks fine, grade-adjusted it is faster than easy
		fri.Kind, fri.Hilly, fri.Segs, fri.Expect = "recovery-hilly-hr", true, steady(25, 360, 152), []string{"recovery-too-fast"}
	}
	p.add(fri)
}

func (p *planner) saturday(w int) {
	sat := Session{Kind: "easy", Start: p.at(w, 5, 9, 0), Segs: steady(45, 335, 138), Class: "easy"}
	switch w {
	case 6: // the heart-rate strap drops out three times (hr-dropouts is off by default)
		sat.Kind = "easy-hr-dropouts"
		sat.Segs = []Segment{
			lap(seg(600, 335, 138, 82)),
			{Secs: 120, Pace: 335, HR: 138, Cadence: 82, Dropout: true},
			seg(600, 335, 138, 82),
			{Secs: 120, Pace: 335, HR: 138, Cadence: 82, Dropout: true},
			seg(600, 335, 138, 82),
			{Secs: 120, Pace: 335, HR: 138, Cadence: 82, Dropout: true},
			seg(540, 335, 138, 82),
		}
	case 8: // on the treadmill: no positions, the footpod's distance
		sat.Kind, sat.Indoor = "treadmill", true
	case 9: // a bike ride instead: listed, not judged
		sat = Session{Kind: "ride", Sport: "cycling", Start: p.at(w, 5, 9, 0), Segs: []Segment{lap(seg(3600, 130, 130, 85))}}
	}
	p.add(sat)
	if w == 7 { // the same easy run recorded by a phone too, 5 s later, without heart rate
		dup := sat
		dup.Kind, dup.Start, dup.NoHR, dup.Copy, dup.Class, dup.Expect = "easy-phone", sat.Start.Add(5*time.Second), true, true, "", []string{"duplicate-activity"}
		p.add(dup)
	}
}
