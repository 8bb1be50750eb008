package parse

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/runlint/runlint/activity"
)

// readTCX streams a Garmin Training Center file: one activity per <Activity>,
// with its laps. Gaps between <Track> elements are pauses. An activity whose
// points are hours apart is not split, as a GPX track is: its laps state
// its totals as one; the gap is left out of its moving time and distance
// (see movingTime), with a warning.
func readTCX(path string, data []byte) ([]*activity.Activity, error) {
	return readXML(path, data, readTCXStream)
}

// tcxReader is the state of one TCX file being read.
type tcxReader struct {
	path                string
	acts                []*activity.Activity
	sts                 []stated // what each activity's laps state, by index into acts
	a                   *activity.Activity
	lap                 *activity.Lap
	cur                 activity.Sample
	inPt                bool
	trackNew            bool
	lastTime            time.Time
	untimed             int
	samples, samplesCut int // kept in the file, and past maxSamples
	noZone              bool
	offset              offsetHint
	lapTimer            float64
	lapDist             float64
	lapsTimed           bool
	courses             int
}

func readTCXStream(path string, x *xmlStream) ([]*activity.Activity, error) {
	r := &tcxReader{path: path}
	x.usePointLane("Trackpoint", tcxQuiet)
	stop, err := readEvents(x, r)
	if err != nil {
		return nil, err
	}
	if r.a != nil { // truncated inside an <Activity>
		r.acts = append(r.acts, r.a)
		r.sts = append(r.sts, unstated())
	}
	if stop != nil && countSamples(r.acts) == 0 {
		return nil, fmt.Errorf("tcx: %v", stop)
	}
	var out []*activity.Activity
	for k, act := range r.acts {
		if len(act.Samples) == 0 && len(act.Laps) == 0 {
			continue
		}
		r.finishActivity(x, stop, act, r.sts[k])
		out = append(out, act)
	}
	if len(out) == 0 {
		if r.courses > 0 {
			return nil, errCourse
		}
		if len(r.acts) > 0 {
			return nil, fmt.Errorf("TCX %s activity with no trackpoints or laps: %w", r.acts[0].Sport, errNoData)
		}
		return nil, errors.New("tcx: no activity with trackpoints or laps")
	}
	return out, nil
}

// tcxStarts and tcxEnds are the names start and end act on (see
// usePointLane).
var (
	tcxStarts = []string{"Activity", "Lap", "Track", "Trackpoint", "Course"}
	tcxEnds   = append([]string{
		"Trackpoint", "Time", "LatitudeDegrees", "LongitudeDegrees", "DistanceMeters", "Value", "TotalTimeSeconds",
		"Intensity", "TriggerMethod", "Notes", "Name", "Lap", "Activity",
	}, pointNames...)
	tcxQuiet = quietBut(tcxStarts, tcxEnds)
)

func (r *tcxReader) start(x *xmlStream, ev event) {
	switch ev.name {
	case "Activity":
		r.a = &activity.Activity{Source: activity.Source{Path: r.path, Format: activity.TCX}, Sport: sportFromLabel(x.attr("Sport"))}
		if r.a.Sport == "unknown" && x.attr("Sport") != "" {
			r.a.SubSport = strings.ToLower(x.attr("Sport"))
		}
		r.lapTimer, r.lapDist, r.lapsTimed = 0, 0, false
	case "Lap":
		if r.a != nil {
			r.a.Laps = append(r.a.Laps, activity.Lap{})
			r.lap = &r.a.Laps[len(r.a.Laps)-1]
			start := x.attr("StartTime")
			if t, nz, err := parseTime(start); err == nil {
				r.lap.Start, r.noZone = t, r.noZone || nz
				r.offset.read([]byte(start))
			}
		}
	case "Track":
		r.trackNew = true
	case "Trackpoint":
		r.cur, r.inPt = activity.NewSample(time.Time{}), true
	case "Course":
		r.courses++
	}
}

func (r *tcxReader) end(x *xmlStream, ev event) {
	if r.a == nil {
		return
	}
	switch ev.name {
	case "Trackpoint":
		r.endPoint()
	case "Time":
		if r.inPt {
			if t, nz, err := x.timeText(ev); err == nil {
				r.cur.Time, r.noZone = t, r.noZone || nz
				r.offset.read(ev.text)
			}
		}
	case "LatitudeDegrees", "LongitudeDegrees":
		if v, ok := parseNum(ev.text); ok && r.inPt {
			if ev.name == "LatitudeDegrees" {
				r.cur.Lat = v
			} else {
				r.cur.Lon = v
			}
		}
	case "DistanceMeters", "Value", "TotalTimeSeconds":
		r.number(x.parent(0), ev)
	case "Intensity", "TriggerMethod", "Notes", "Name", "Lap", "Activity":
		r.endText(x, ev)
	default:
		if r.inPt {
			pointValue(&r.cur, ev.name, ev.text)
		}
	}
}

// endPoint keeps the point just read, when it has a time; a new track after
// a gap is a pause.
func (r *tcxReader) endPoint() {
	r.inPt = false
	if r.cur.Time.IsZero() {
		r.untimed++
		return
	}
	if r.trackNew && !r.lastTime.IsZero() && r.cur.Time.Sub(r.lastTime) > 2*time.Second { // tracks a second apart are one recording
		r.a.Pauses = append(r.a.Pauses, activity.Pause{From: r.lastTime, To: r.cur.Time})
	}
	r.trackNew = false
	r.lastTime = r.cur.Time
	if r.samples >= maxSamples {
		r.samplesCut++
		return
	}
	r.samples++
	r.a.Samples = append(r.a.Samples, r.cur)
}

// number reads the numbers a point and a lap state: distance, heart rate,
// the lap's time.
func (r *tcxReader) number(up string, ev event) {
	v, ok := parseNum(ev.text)
	if !ok {
		return
	}
	lap := r.lap
	switch {
	case ev.name == "DistanceMeters" && r.inPt:
		r.cur.DistM = v
	case ev.name == "DistanceMeters" && up == "Lap" && lap != nil:
		lap.DistanceM = v
		r.lapDist += v
	case ev.name == "Value" && r.inPt && up == "HeartRateBpm" && v > 0 && v < 255:
		r.cur.HR = uint8(v)
	case ev.name == "Value" && up == "AverageHeartRateBpm" && lap != nil:
		lap.AvgHR = v
	case ev.name == "Value" && up == "MaximumHeartRateBpm" && lap != nil:
		lap.MaxHR = v
	case ev.name == "TotalTimeSeconds" && lap != nil && up == "Lap":
		lap.TimerS = v
		r.lapTimer += v
		r.lapsTimed = true
	}
}

// endText reads the lap's and the activity's words, and closes them.
func (r *tcxReader) endText(x *xmlStream, ev event) {
	up, a, lap := x.parent(0), r.a, r.lap
	switch {
	case ev.name == "Intensity" && lap != nil && up == "Lap":
		lap.Intensity = strings.ToLower(ev.str())
	case ev.name == "TriggerMethod" && lap != nil && up == "Lap":
		lap.Trigger = strings.ToLower(ev.str())
	case ev.name == "Notes" && up == "Activity" && a.Description == "":
		a.Description = ev.str()
	case ev.name == "Name" && up == "Creator" && x.parent(1) == "Activity" && a.Device == "":
		a.Device = ev.str()
	case ev.name == "Lap":
		r.lap = nil
	case ev.name == "Activity":
		a.Source.Session = len(r.acts)
		r.acts = append(r.acts, a)
		st := unstated()
		if r.lapsTimed {
			st.timer = r.lapTimer
		}
		if r.lapDist > 0 {
			st.distance, st.distanceFrom = r.lapDist, "laps"
		}
		r.sts = append(r.sts, st)
		r.a = nil
	}
}

// finishActivity warns, times the laps, and fills the totals.
func (r *tcxReader) finishActivity(x *xmlStream, stop error, act *activity.Activity, st stated) {
	warnSamplesCut(act, r.samplesCut)
	r.samplesCut = 0
	if stop != nil {
		act.Damaged("file is truncated or malformed (line %d: %v): kept the %d points read before it", x.line(), stop, len(act.Samples))
	}
	if x.junk {
		act.Warn("whitespace before the XML declaration (not well-formed XML): read anyway")
	}
	if r.untimed > 0 {
		act.Warn("%d trackpoints without a time ignored", r.untimed)
	}
	if r.noZone {
		act.Warn("times carry no zone: read as UTC")
	}
	for i := range act.Laps {
		act.Laps[i].ElapsedS = lapElapsed(act, i)
	}
	if act.Start.IsZero() && len(act.Laps) > 0 {
		act.Start = act.Laps[0].Start
	}
	locate(act)
	r.offset.apply(act)
	finish(act, st)
	inferSport(act)
}

var errCourse = errors.New("TCX course, not a recorded activity")

func countSamples(acts []*activity.Activity) int {
	n := 0
	for _, a := range acts {
		n += len(a.Samples)
	}
	return n
}

// lapElapsed is the wall time from a lap's start to the next lap's (or the
// last sample), which TCX does not state.
func lapElapsed(a *activity.Activity, i int) float64 {
	start := a.Laps[i].Start
	var end time.Time
	if i+1 < len(a.Laps) {
		end = a.Laps[i+1].Start
	} else if len(a.Samples) > 0 {
		end = a.Samples[len(a.Samples)-1].Time
	}
	if start.IsZero() || end.IsZero() || end.Before(start) {
		return a.Laps[i].TimerS
	}
	return math.Max(end.Sub(start).Seconds(), a.Laps[i].TimerS)
}
