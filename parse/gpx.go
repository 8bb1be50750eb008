package parse

import (
	"github.com/runlint/runlint/activity"

	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
)

// readGPX streams a GPX file. The whole file is one activity: several tracks and
// segments are joined, and the gap between two segments is a pause.
func readGPX(path string, data []byte) ([]*activity.Activity, error) {
	return readXML(path, data, readGPXStream)
}

func readGPXStream(path string, x *xmlStream) ([]*activity.Activity, error) {
	a := &activity.Activity{Source: activity.Source{Path: path, Format: activity.GPX}, Sport: "unknown"}
	var (
		cur                                       activity.Sample
		inPt                                      bool
		segStart                                  = true
		routePts, untimed, badTim                 int
		noZone                                    bool
		gpxType, trkName, metaName, desc, creator string
		lastTimed                                 = -1
		segs, segPts, emptySegs                   int
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
			case "gpx":
				creator = x.attr("creator")
			case "trkseg":
				segStart = true
				segPts = 0
				segs++
			case "trkpt":
				cur, inPt = activity.NewSample(time.Time{}), true
				lat, ok1 := x.attrNum("lat")
				lon, ok2 := x.attrNum("lon")
				if ok1 && ok2 && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 {
					cur.Lat, cur.Lon = lat, lon
				}
			case "rtept", "wpt":
				routePts++
			}
			continue
		}
		switch ev.name {
		case "trkseg":
			if segPts == 0 {
				emptySegs++
			}
		case "trkpt":
			inPt = false
			segPts++
			if cur.Time.IsZero() {
				untimed++
				continue
			}
			if segStart && lastTimed >= 0 {
				prev := a.Samples[lastTimed].Time
				if cur.Time.Sub(prev) > 2*time.Second { // segments a second apart are one recording
					a.Pauses = append(a.Pauses, activity.Pause{From: prev, To: cur.Time})
				}
			}
			segStart = false
			a.Samples = append(a.Samples, cur)
			lastTimed = len(a.Samples) - 1
		case "time":
			if inPt {
				t, nz, err := parseTime(ev.str())
				if err != nil {
					badTim++
					continue
				}
				cur.Time, noZone = t, noZone || nz
			}
		case "ele":
			if v, ok := parseNum(ev.text); ok && inPt {
				cur.AltM = v
			}
		case "hr", "heartrate", "HeartRate":
			if v, ok := parseNum(ev.text); ok && inPt && v > 0 && v < 255 {
				cur.HR = uint8(v)
			}
		case "cad", "cadence", "RunCadence":
			if v, ok := parseNum(ev.text); ok && inPt && v >= 0 && v < 255 {
				cur.Cadence = uint8(v)
			}
		case "speed":
			if v, ok := parseNum(ev.text); ok && inPt && v >= 0 {
				cur.SpeedMS = v
			}
		case "distance":
			if v, ok := parseNum(ev.text); ok && inPt && v >= 0 {
				cur.DistM = v
			}
		case "name":
			switch x.parent(0) {
			case "trk":
				if trkName == "" {
					trkName = ev.str()
				}
			case "metadata", "gpx":
				if metaName == "" {
					metaName = ev.str()
				}
			}
		case "type":
			if x.parent(0) == "trk" && gpxType == "" {
				gpxType = ev.str()
			}
		case "desc":
			if x.parent(0) == "trk" && desc == "" {
				desc = ev.str()
			}
		}
	}
	if len(a.Samples) == 0 {
		switch {
		case stop != nil:
			return nil, fmt.Errorf("gpx: %v", stop)
		case untimed > 0:
			return nil, fmt.Errorf("gpx: %s and none has a time: a planned route, not a recorded activity", count(untimed, "track point"))
		case routePts > 0:
			return nil, errRoute
		default:
			return nil, errors.New("gpx: no track points")
		}
	}
	if stop != nil {
		a.Damaged("file is truncated or malformed (line %d: %v): kept the %d points read before it", x.line(), stop, len(a.Samples))
	}
	if x.junk {
		a.Warn("whitespace before the XML declaration (not well-formed XML): read anyway")
	}
	if untimed > 0 {
		a.Warn("%d track points without a time ignored", untimed)
	}
	if emptySegs > 0 {
		a.Warn("%d of %d track segments are empty", emptySegs, segs)
	}
	if badTim > 0 {
		a.Warn("%d track points with unreadable times ignored", badTim)
	}
	if noZone {
		a.Warn("times carry no zone: read as UTC")
	}
	a.Name, a.NameFrom = firstNonEmpty(trkName, metaName), "gpx"
	if a.Name == "" {
		a.NameFrom = ""
	}
	a.Description = desc
	a.Sport = sportFromLabel(gpxType)
	if a.Sport == "unknown" {
		if a.Sport = sportFromName(a.Name); a.Sport != "unknown" {
			a.Warn("no activity type in the file: %s read from the name %q", a.Sport, a.Name)
		} else if gpxType != "" {
			a.Warn("unknown activity type %q", gpxType)
		}
	}
	a.Device = strings.TrimSpace(creator)
	locate(a)
	finish(a, unstated())
	return []*activity.Activity{a}, nil
}

// errRoute marks a valid GPX that holds a planned route or waypoints and no
// recorded track: not an activity, so it is skipped, not an error.
var errRoute = errors.New("GPX route or waypoints, not a recorded activity")

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// sportFromLabel maps the sport names files and exports use (GPX type, TCX
// Sport, Strava's activity types, Strava's numeric GPX types) to FIT's names.
func sportFromLabel(label string) string {
	l := strings.ToLower(strings.TrimSpace(label))
	switch l {
	case "9", "run", "running", "trail run", "trailrun", "trail_running", "virtualrun", "virtual run", "treadmill":
		return "running"
	case "1", "ride", "cycling", "biking", "bike", "virtualride", "virtual ride", "mountain bike ride", "gravel ride", "e-bike ride", "ebikeride":
		return "cycling"
	case "10", "walk", "walking":
		return "walking"
	case "4", "hike", "hiking":
		return "hiking"
	case "swim", "swimming":
		return "swimming"
	}
	switch {
	case strings.Contains(l, "run"):
		return "running"
	case strings.Contains(l, "cycl"), strings.Contains(l, "bik"), strings.Contains(l, "ride"):
		return "cycling"
	case strings.Contains(l, "walk"):
		return "walking"
	case strings.Contains(l, "hik"):
		return "hiking"
	case strings.Contains(l, "swim"):
		return "swimming"
	case l == "":
		return "unknown"
	}
	return "unknown"
}

var runWord = regexp.MustCompile(`(?i)\b(run|running|jog|jogging|futás|corsa)\b`)

// sportFromName guesses running from a title such as "Morning Run" when the file
// names no sport; the caller says so in a warning.
func sportFromName(name string) string {
	if runWord.MatchString(name) {
		return "running"
	}
	return "unknown"
}
