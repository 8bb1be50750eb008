package parse

import (
	"github.com/runlint/runlint/activity"

	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"
)

// readTCX streams a Garmin Training Center file: one activity per <Activity>,
// with its laps. Gaps between <Track> elements are pauses.
func readTCX(path string, data []byte) ([]*activity.Activity, error) {
	return readXML(path, data, readTCXStream)
}

func readTCXStream(path string, x *xmlStream) ([]*activity.Activity, error) {
	var (
		acts      []*activity.Activity
		a         *activity.Activity
		lap       *activity.Lap
		cur       activity.Sample
		inPt      bool
		trackNew  bool
		lastTime  time.Time
		untimed   int
		noZone    bool
		lapTimer  float64
		lapDist   float64
		lapsTimed bool
		courses   int
		sts       []stated // what each activity's laps state, by index into acts
	)
	var stop error
	for {
		ev, err := x.next()
		if err != nil {
			if errors.Is(err, errSlowPath) {
				return nil, err
			}
			if !errors.Is(err, io.EOF) {
				stop = err
			}
			break
		}
		if ev.start {
			switch ev.name {
			case "Activity":
				a = &activity.Activity{Source: activity.Source{Path: path, Format: activity.TCX}, Sport: sportFromLabel(x.attr("Sport"))}
				if a.Sport == "unknown" && x.attr("Sport") != "" {
					a.SubSport = strings.ToLower(x.attr("Sport"))
				}
				lapTimer, lapDist, lapsTimed = 0, 0, false
			case "Lap":
				if a != nil {
					a.Laps = append(a.Laps, activity.Lap{})
					lap = &a.Laps[len(a.Laps)-1]
					if t, nz, err := parseTime(x.attr("StartTime")); err == nil {
						lap.Start, noZone = t, noZone || nz
					}
				}
			case "Track":
				trackNew = true
			case "Trackpoint":
				cur, inPt = activity.NewSample(time.Time{}), true
			case "Course":
				courses++
			}
			continue
		}
		if a == nil {
			continue
		}
		up := x.parent(0)
		switch ev.name {
		case "Trackpoint":
			inPt = false
			if cur.Time.IsZero() {
				untimed++
				continue
			}
			if trackNew && !lastTime.IsZero() && cur.Time.Sub(lastTime) > 2*time.Second { // tracks a second apart are one recording
				a.Pauses = append(a.Pauses, activity.Pause{From: lastTime, To: cur.Time})
			}
			trackNew = false
			lastTime = cur.Time
			a.Samples = append(a.Samples, cur)
		case "Time":
			if inPt {
				if t, nz, err := parseTime(ev.str()); err == nil {
					cur.Time, noZone = t, noZone || nz
				}
			}
		case "LatitudeDegrees":
			if v, ok := parseNum(ev.text); ok && inPt {
				cur.Lat = v
			}
		case "LongitudeDegrees":
			if v, ok := parseNum(ev.text); ok && inPt {
				cur.Lon = v
			}
		case "AltitudeMeters":
			if v, ok := parseNum(ev.text); ok && inPt {
				cur.AltM = v
			}
		case "DistanceMeters":
			v, ok := parseNum(ev.text)
			switch {
			case !ok:
			case inPt:
				cur.DistM = v
			case up == "Lap" && lap != nil:
				lap.DistanceM = v
				lapDist += v
			}
		case "Value":
			v, ok := parseNum(ev.text)
			if !ok {
				continue
			}
			switch {
			case inPt && up == "HeartRateBpm" && v > 0 && v < 255:
				cur.HR = uint8(v)
			case up == "AverageHeartRateBpm" && lap != nil:
				lap.AvgHR = v
			case up == "MaximumHeartRateBpm" && lap != nil:
				lap.MaxHR = v
			}
		case "Cadence", "RunCadence":
			if v, ok := parseNum(ev.text); ok && inPt && v >= 0 && v < 255 {
				cur.Cadence = uint8(v)
			}
		case "Speed":
			if v, ok := parseNum(ev.text); ok && inPt && v >= 0 {
				cur.SpeedMS = v
			}
		case "TotalTimeSeconds":
			if v, ok := parseNum(ev.text); ok && lap != nil && up == "Lap" {
				lap.TimerS = v
				lapTimer += v
				lapsTimed = true
			}
		case "Intensity":
			if lap != nil && up == "Lap" {
				lap.Intensity = strings.ToLower(ev.str())
			}
		case "TriggerMethod":
			if lap != nil && up == "Lap" {
				lap.Trigger = strings.ToLower(ev.str())
			}
		case "Notes":
			if up == "Activity" && a.Description == "" {
				a.Description = ev.str()
			}
		case "Name":
			if up == "Creator" && x.parent(1) == "Activity" && a.Device == "" {
				a.Device = ev.str()
			}
		case "Lap":
			lap = nil
		case "Activity":
			a.Source.Session = len(acts)
			acts = append(acts, a)
			st := unstated()
			if lapsTimed {
				st.timer = lapTimer
			}
			if lapDist > 0 {
				st.distance, st.distanceFrom = lapDist, "laps"
			}
			sts = append(sts, st)
			a = nil
		}
	}
	if a != nil { // truncated inside an <Activity>
		acts = append(acts, a)
		sts = append(sts, unstated())
	}
	if stop != nil {
		if len(acts) == 0 || countSamples(acts) == 0 {
			return nil, fmt.Errorf("tcx: %v", stop)
		}
	}
	var out []*activity.Activity
	for k, act := range acts {
		if len(act.Samples) == 0 && len(act.Laps) == 0 {
			continue
		}
		if stop != nil {
			act.Damaged("file is truncated or malformed (line %d: %v): kept the %d points read before it", x.line(), stop, len(act.Samples))
		}
		if x.junk {
			act.Warn("whitespace before the XML declaration (not well-formed XML): read anyway")
		}
		if untimed > 0 {
			act.Warn("%d trackpoints without a time ignored", untimed)
		}
		if noZone {
			act.Warn("times carry no zone: read as UTC")
		}
		for i := range act.Laps {
			l := &act.Laps[i]
			l.ElapsedS = lapElapsed(act, i)
		}
		if act.Start.IsZero() && len(act.Laps) > 0 {
			act.Start = act.Laps[0].Start
		}
		locate(act)
		finish(act, sts[k])
		out = append(out, act)
	}
	if len(out) == 0 {
		if courses > 0 {
			return nil, errCourse
		}
		return nil, errors.New("tcx: no activity with trackpoints or laps")
	}
	return out, nil
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
