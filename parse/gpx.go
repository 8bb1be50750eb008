package parse

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/runlint/runlint/activity"
)

// readGPX streams a GPX file. The whole file is one activity: several tracks and
// segments are joined, and the gap between two segments is a pause.
func readGPX(path string, data []byte) ([]*activity.Activity, error) {
	return readXML(path, data, readGPXStream)
}

// readGPXInto is readGPX with the points read into room's array when it
// holds them all, and the larger of the two arrays left in room for the
// next file (see Reader.LendSamples).
func readGPXInto(path string, data []byte, room *[]activity.Sample) ([]*activity.Activity, error) {
	return readXML(path, data, func(path string, x *xmlStream) ([]*activity.Activity, error) {
		x.room = room
		return readGPXStream(path, x)
	})
}

// gpxReader is the state of one GPX file being read.
type gpxReader struct {
	a                                         *activity.Activity
	cur                                       activity.Sample
	inPt, segStart                            bool
	routePts, untimed, badTim                 int
	noZone                                    bool
	gpxType, trkName, metaName, desc, creator string
	lastTimed                                 int
	segs, segPts, emptySegs                   int
	samplesCut                                int // points past maxSamples, not kept
}

func readGPXStream(path string, x *xmlStream) ([]*activity.Activity, error) {
	g := &gpxReader{a: &activity.Activity{Source: activity.Source{Path: path, Format: activity.GPX}, Sport: "unknown"}, segStart: true, lastTimed: -1}
	if x.fast != nil {
		// One allocation for the points: grown by appending, the samples (a
		// time's zone pointer each) were copied under the collector's write
		// barrier, a tenth of a cold check of a GPX block.
		n := min(trkptRoom(x.fast.data), maxSamples)
		if x.room != nil && cap(*x.room) >= n {
			g.a.Samples = (*x.room)[:0]
		} else {
			g.a.Samples = make([]activity.Sample, 0, n)
		}
	}
	x.usePointLane("trkpt", gpxQuiet)
	stop, err := readEvents(x, g)
	if x.room != nil && cap(g.a.Samples) > cap(*x.room) {
		*x.room = g.a.Samples[:0]
	}
	if err != nil {
		return nil, err
	}
	if len(g.a.Samples) == 0 {
		return nil, g.noPoints(stop)
	}
	g.warnings(x, stop)
	g.label()
	locate(g.a)
	finish(g.a, unstated())
	inferSport(g.a)
	return []*activity.Activity{g.a}, nil
}

// gpxStarts and gpxEnds are the names start and end act on (see
// usePointLane).
var (
	gpxStarts = []string{"gpx", "trkseg", "trkpt", "rtept", "wpt"}
	gpxEnds   = append([]string{"trkseg", "trkpt", "time", "name", "type", "desc"}, pointNames...)
	gpxQuiet  = quietBut(gpxStarts, gpxEnds)
)

func (g *gpxReader) start(x *xmlStream, ev event) {
	switch ev.name {
	case "gpx":
		g.creator = x.attr("creator")
	case "trkseg":
		g.segStart, g.segPts = true, 0
		g.segs++
	case "trkpt":
		g.cur, g.inPt = activity.NewSample(time.Time{}), true
		lat, ok1 := x.attrNum("lat")
		lon, ok2 := x.attrNum("lon")
		if ok1 && ok2 && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 {
			g.cur.Lat, g.cur.Lon = lat, lon
		}
	case "rtept", "wpt":
		g.routePts++
	}
}

func (g *gpxReader) end(x *xmlStream, ev event) {
	switch ev.name {
	case "trkseg":
		if g.segPts == 0 {
			g.emptySegs++
		}
	case "trkpt":
		g.endPoint()
	case "time":
		if g.inPt {
			t, nz, err := x.timeText(ev)
			if err != nil {
				g.badTim++
				return
			}
			g.cur.Time, g.noZone = t, g.noZone || nz
		}
	case "name", "type", "desc":
		g.trackText(x, ev)
	default:
		if g.inPt {
			pointValue(&g.cur, ev.name, ev.text)
		}
	}
}

// endPoint keeps the point just read, when it has a time; a new segment
// after a gap is a pause.
func (g *gpxReader) endPoint() {
	g.inPt = false
	g.segPts++
	if g.cur.Time.IsZero() {
		g.untimed++
		return
	}
	a := g.a
	if g.segStart && g.lastTimed >= 0 {
		prev := a.Samples[g.lastTimed].Time
		if g.cur.Time.Sub(prev) > 2*time.Second { // segments a second apart are one recording
			a.Pauses = append(a.Pauses, activity.Pause{From: prev, To: g.cur.Time})
		}
	}
	g.segStart = false
	if len(a.Samples) >= maxSamples {
		g.samplesCut++
		return
	}
	a.Samples = append(a.Samples, g.cur)
	g.lastTimed = len(a.Samples) - 1
}

// trackText reads the track's name, type and description, and the file's name.
func (g *gpxReader) trackText(x *xmlStream, ev event) {
	up := x.parent(0)
	switch {
	case ev.name == "name" && up == "trk" && g.trkName == "":
		g.trkName = ev.str()
	case ev.name == "name" && (up == "metadata" || up == "gpx") && g.metaName == "":
		g.metaName = ev.str()
	case ev.name == "type" && up == "trk" && g.gpxType == "":
		g.gpxType = ev.str()
	case ev.name == "desc" && up == "trk" && g.desc == "":
		g.desc = ev.str()
	}
}

// noPoints says why a file with no timed point is no activity.
func (g *gpxReader) noPoints(stop error) error {
	switch {
	case stop != nil:
		return fmt.Errorf("gpx: %v", stop)
	case g.untimed > 0:
		return fmt.Errorf("GPX with %s and none has a time: a planned route, not a recording; %w", activity.Plural(g.untimed, "track point"), errNoData)
	case g.routePts > 0:
		return errRoute
	case g.segs > 0 || g.trkName != "" || g.gpxType != "":
		return fmt.Errorf("GPX %s with no points: recorded without GPS (a pool swim, an indoor session), %w", g.trackWhat(), errNoData)
	}
	return errors.New("gpx: no track points")
}

// trackWhat names the track for a message: its type, else "track".
func (g *gpxReader) trackWhat() string {
	if sport := sportFromLabel(g.gpxType); sport != "unknown" {
		return sport + " track"
	}
	return "track"
}

func (g *gpxReader) warnings(x *xmlStream, stop error) {
	a := g.a
	warnSamplesCut(a, g.samplesCut)
	if stop != nil {
		a.Damaged("file is truncated or malformed (line %d: %v): kept the %d points read before it", x.line(), stop, len(a.Samples))
	}
	if x.junk {
		a.Warn("whitespace before the XML declaration (not well-formed XML): read anyway")
	}
	if g.untimed > 0 {
		a.Warn("%d track points without a time ignored", g.untimed)
	}
	if g.emptySegs > 0 {
		a.Warn("%d of %d track segments are empty", g.emptySegs, g.segs)
	}
	if g.badTim > 0 {
		a.Warn("%d track points with unreadable times ignored", g.badTim)
	}
	if g.noZone {
		a.Warn("times carry no zone: read as UTC")
	}
}

// label sets the activity's name, description, sport and device.
func (g *gpxReader) label() {
	a := g.a
	a.Name, a.NameFrom = firstNonEmpty(g.trkName, g.metaName), "gpx"
	if a.Name == "" {
		a.NameFrom = ""
	}
	a.Description = g.desc
	a.Sport = sportFromLabel(g.gpxType)
	if a.Sport == "unknown" {
		if a.Sport = sportFromName(a.Name); a.Sport != "unknown" {
			a.Warn("no activity type in the file: %s read from the name %q", a.Sport, a.Name)
		} else if g.gpxType != "" {
			a.Warn("unknown activity type %q", g.gpxType)
		}
	}
	a.Device = strings.TrimSpace(g.creator)
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

// trkptRoom is room for a file's track points: their count when there are
// at most 64, else the file's length at the spacing of its first 64, with a
// sixteenth to spare. Counting every "<trkpt" stopped at each of the dozen
// '<' of a point and was a twentieth of a cold check; a file whose later
// points are closer than its first has its slice grown once by append.
func trkptRoom(data []byte) int {
	tag := []byte("<trkpt")
	first := bytes.Index(data, tag)
	if first < 0 {
		return 0
	}
	at, n := first, 1
	for ; n <= 64; n++ {
		k := bytes.Index(data[at+1:], tag)
		if k < 0 {
			return n
		}
		at += 1 + k
	}
	spacing := float64(at-first) / float64(n-1)
	rest := float64(len(data)-at) / spacing
	return n + int(rest+rest/16)
}
