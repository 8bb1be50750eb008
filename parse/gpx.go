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

// readGPX streams a GPX file: one activity per track (<trk>), as Runalyze
// reads a file and as a multi-session FIT file gives several, each with its
// own name and type. A track's segments are one activity, the break between
// two a pause; a track whose points are hours apart is split there
// (gpx_tracks.go).
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
	path                      string
	pts                       []activity.Sample // every point kept, track after track
	tracks                    []gpxTrack
	cur                       activity.Sample
	inPt, segStart            bool
	routePts, untimed, badTim int
	noZone                    bool
	offset                    offsetHint
	metaName, creator         string
	metaTime                  time.Time // <metadata><time>: all Strava writes of an activity without GPS
	segs, segPts, emptySegs   int
	samplesCut                int // points past maxSamples, not kept
}

// gpxTrack is one <trk>: where its points start in pts, its words, and the
// breaks between its segments.
type gpxTrack struct {
	from            int
	name, typ, desc string
	pauses          []activity.Pause
	last            time.Time // its last point kept
}

func readGPXStream(path string, x *xmlStream) ([]*activity.Activity, error) {
	g := &gpxReader{path: path, segStart: true}
	if x.fast != nil {
		// One allocation for the points: grown by appending, the samples (a
		// time's zone pointer each) were copied under the collector's write
		// barrier, a tenth of a cold check of a GPX block.
		n := min(trkptRoom(x.fast.data), maxSamples)
		if x.room != nil && cap(*x.room) >= n {
			g.pts = (*x.room)[:0]
		} else {
			g.pts = make([]activity.Sample, 0, n)
		}
	}
	x.usePointLane("trkpt", gpxQuiet)
	stop, err := readEvents(x, g)
	if x.room != nil && cap(g.pts) > cap(*x.room) {
		*x.room = g.pts[:0]
	}
	if err != nil {
		return nil, err
	}
	acts := g.activities(x, stop)
	if len(acts) == 0 {
		return nil, g.noPoints(stop)
	}
	return acts, nil
}

// gpxStarts and gpxEnds are the names start and end act on (see
// usePointLane).
var (
	gpxStarts = []string{"gpx", "trk", "trkseg", "trkpt", "rtept", "wpt"}
	gpxEnds   = append([]string{"trkseg", "trkpt", "time", "name", "type", "desc"}, pointNames...)
	gpxQuiet  = quietBut(gpxStarts, gpxEnds)
)

func (g *gpxReader) start(x *xmlStream, ev event) {
	switch ev.name {
	case "gpx":
		g.creator = x.attr("creator")
	case "trk":
		g.tracks = append(g.tracks, gpxTrack{from: len(g.pts)})
		g.segStart = true
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
		g.endTime(x, ev)
	case "name", "type", "desc":
		g.trackText(x, ev)
	default:
		if g.inPt {
			pointValue(&g.cur, ev.name, ev.text)
		}
	}
}

// endTime reads a point's time, or the file's own (<metadata><time>), and the
// offset the file writes on it, if any.
func (g *gpxReader) endTime(x *xmlStream, ev event) {
	if !g.inPt && x.parent(0) != "metadata" {
		return
	}
	t, nz, err := x.timeText(ev)
	switch {
	case err != nil && g.inPt:
		g.badTim++
		return
	case err != nil:
		return
	case g.inPt:
		g.cur.Time, g.noZone = t, g.noZone || nz
	case g.metaTime.IsZero():
		g.metaTime = t
	}
	g.offset.read(ev.text)
}

// track is the track being read: the last one, or one for points outside
// any <trk> (not valid GPX, read all the same).
func (g *gpxReader) track() *gpxTrack {
	if len(g.tracks) == 0 {
		g.tracks = append(g.tracks, gpxTrack{from: len(g.pts)})
	}
	return &g.tracks[len(g.tracks)-1]
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
	tr := g.track()
	if g.segStart && !tr.last.IsZero() && g.cur.Time.Sub(tr.last) > 2*time.Second { // segments a second apart are one recording
		tr.pauses = append(tr.pauses, activity.Pause{From: tr.last, To: g.cur.Time})
	}
	g.segStart = false
	if len(g.pts) >= maxSamples {
		g.samplesCut++
		return
	}
	g.pts = append(g.pts, g.cur)
	tr.last = g.cur.Time
}

// trackText reads a track's name, type and description, and the file's name.
func (g *gpxReader) trackText(x *xmlStream, ev event) {
	up := x.parent(0)
	if up == "metadata" || up == "gpx" {
		if ev.name == "name" && g.metaName == "" {
			g.metaName = ev.str()
		}
		return
	}
	if up != "trk" {
		return
	}
	tr := g.track()
	switch {
	case ev.name == "name" && tr.name == "":
		tr.name = ev.str()
	case ev.name == "type" && tr.typ == "":
		tr.typ = ev.str()
	case ev.name == "desc" && tr.desc == "":
		tr.desc = ev.str()
	}
}

// noPoints says why a file with no timed point is no activity. A GPX that
// holds no point at all is an activity recorded without GPS (Strava writes
// only its start time, a watch its track's name and type): skipped with its
// reason, not an error.
func (g *gpxReader) noPoints(stop error) error {
	switch {
	case stop != nil:
		return fmt.Errorf("gpx: %v", stop)
	case g.untimed > 0:
		return fmt.Errorf("GPX with %s and none has a time: a planned route, not a recording; %w", activity.Plural(g.untimed, "track point"), errNoData)
	case g.routePts > 0:
		return errRoute
	}
	what, when := "GPX", ""
	if len(g.tracks) > 0 {
		what = "GPX " + g.trackWhat()
	}
	if !g.metaTime.IsZero() {
		when = "; started " + g.metaTime.UTC().Format("2006-01-02 15:04") + " UTC"
	}
	return fmt.Errorf("%s with no track points: an activity recorded without GPS (a treadmill, a pool swim, an indoor session)%s; %w", what, when, errNoData)
}

// trackWhat names the first track for a message: its type, else "track".
func (g *gpxReader) trackWhat() string {
	if sport := sportFromLabel(g.tracks[0].typ); sport != "unknown" {
		return sport + " track"
	}
	return "track"
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
