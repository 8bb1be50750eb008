package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/runlint/runlint/activity"

	"github.com/muktihari/fit/decoder"
	"github.com/muktihari/fit/profile/typedef"
	"github.com/muktihari/fit/profile/untyped/fieldnum"
	"github.com/muktihari/fit/profile/untyped/mesgnum"
	"github.com/muktihari/fit/proto"
)

// fitReader decodes FIT files through muktihari/fit's streaming listener, keeping
// only what the model needs. One per worker: the decoder is reused (Reset).
type fitReader struct {
	dec  *decoder.Decoder
	l    fitListener
	defs [16]*mesgDef // the fast path's local message definitions
	pool [16]*mesgDef // their storage, reused across files
	// full makes read skip the fast path (the differential test's reference).
	full     bool
	tookFast bool      // the last file was read by the fast path
	hrClock  hrClock   // see fastHR
	hrEvents []float64 // room for one hr message's beats
	descs    []devDesc // the sequence's developer field descriptions
	badDesc  bool      // one of them names no base type
	lend     bool      // see Reader.LendSamples
}

func newFITReader() *fitReader {
	return &fitReader{dec: decoder.New(bytes.NewReader(nil))}
}

func (fr *fitReader) read(path string, data []byte) ([]*activity.Activity, string, error) {
	l := &fr.l
	l.reset()
	problems := fitIntegrity(data)
	var decErr error
	seqs := 0
	// A bad checksum is no reason for the full decoder: the fast path gives
	// the file up on whatever it cannot walk exactly, as it does for any file
	// (whose checksum a hostile writer can always make right).
	fr.tookFast = !fr.full && fr.fast(data, l) == nil
	if !fr.tookFast {
		l.reset()
		seqs, decErr = fr.decode(data, l)
	}
	if l.records == 0 && len(l.sessions) == 0 {
		what, err := nothingRead(l, seqs, decErr, problems)
		return nil, what, err
	}
	if decErr != nil {
		problems = append(problems, activity.Warning{Kind: activity.Damage, Text: "decoding stopped early (" + shortErr(decErr) + "): the activity is partial"})
	}
	acts := l.activities(path, fr.lend)
	for _, a := range acts {
		a.Warnings = append(a.Warnings, problems...)
	}
	return acts, "", nil
}

// nothingRead says why a FIT file gave no record and no session: what it
// is (a skip), or why it could not be read (an error). A file whose CRC
// fails is damaged, and what the damage hid may have been the activity (a
// flipped bit in its first definition or its file type reads as "no
// activity data"): it is an error that says so, never a quiet skip.
func nothingRead(l *fitListener, seqs int, decErr error, problems []activity.Warning) (string, error) {
	var damage []string
	for _, p := range problems {
		if p.Kind == activity.Damage {
			damage = append(damage, p.Text)
		}
	}
	switch {
	case len(damage) > 0:
		what := l.whatItIs()
		if decErr != nil {
			what += "; then " + shortErr(decErr)
		}
		return "", fmt.Errorf("fit: damaged file: %s; nothing in it reads as an activity (%s)", strings.Join(damage, "; "), what)
	case decErr != nil && seqs == 0 && !l.fileType.set:
		return "", fmt.Errorf("fit: %s", shortErr(decErr))
	case decErr != nil:
		// An earlier sequence of a chain decoded, or the header did: the
		// file is readable and holds no activity. Say what it is and what
		// broke.
		return l.whatItIs() + fmt.Sprintf(" (then: %s)", shortErr(decErr)), nil
	}
	return l.whatItIs(), nil
}

// decode reads data with muktihari's full streaming decoder.
func (fr *fitReader) decode(data []byte, l *fitListener) (seqs int, decErr error) {
	// The checksum is ours (fitIntegrity): the library's rejects valid old
	// files. Base types are read as Garmin's SDK reads them (sdkBaseTypes).
	fr.dec.Reset(bytes.NewReader(sdkBaseTypes(data)),
		decoder.WithMesgListener(l),
		decoder.WithBroadcastOnly(),
		decoder.WithIgnoreChecksum(),
	)
	for fr.dec.Next() {
		if _, err := fr.dec.Decode(); err != nil {
			return seqs, err
		}
		seqs++
	}
	return seqs, nil
}

// shortErr trims muktihari's nested "decode message [byte pos: N]: ..." chain
// to something a runner can read on one line.
func shortErr(err error) string {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return "unexpected end of file"
	}
	s := strings.ReplaceAll(err.Error(), "\n", " ")
	// muktihari's chain ("decode message [byte pos: 33]: message definition
	// number: file_id(0): ...") reads better as where, then what.
	s = decoderPos.ReplaceAllString(s, "at byte ${2}: ")
	return strings.Replace(s, "message definition number: ", "", 1)
}

var decoderPos = regexp.MustCompile(`decode (message|file header|crc) \[byte pos: (\d+)\]: `)

type optFileType struct {
	set bool
	v   typedef.File
}

type fitSession struct {
	start, end               time.Time
	stamp                    time.Time // its timestamp as stated (the end), zero when absent
	sport, subSport          string
	timer, elapsed, distance float64 // NaN when absent
	avgHR, maxHR, ascent     float64
	profileName              string
	noStart                  bool // the session states no start time
}

type hrPoint struct {
	t   float64 // unix seconds
	bpm uint8
}

// fitListener collects messages across every chained sequence of one file.
type fitListener struct {
	fileType optFileType
	// samplesCut and sessionsCut count what was past maxSamples and
	// maxSessions, and was not kept.
	samplesCut, sessionsCut int
	device                  string
	creatorName             string
	sessions                []fitSession
	laps                    []activity.Lap
	samples                 []activity.Sample
	records                 int
	events                  []timerEvent
	hr                      []hrPoint
	hrAnchorT               float64 // the hr messages' time base: a wall time and the event time it matches
	hrAnchorE               float64
	hrAnchored              bool
	localOffset             int
	hasOffset               bool
	offsetAt                time.Time // when localOffset held: the activity message's time, the end
	workoutName             string
	sportName               string
	sportSport              string
	noTimestamp             int
	rec                     recordValues // the fast path's record being read
}

type timerEvent struct {
	t     time.Time
	start bool
}

// release drops the listener's slices after a big file, so a worker does
// not keep 400,000 samples' room for the small files after it.
func (fr *fitReader) release() { fr.l = fitListener{} }

func (l *fitListener) reset() {
	samples, laps, sessions, hr, events := l.samples[:0], l.laps[:0], l.sessions[:0], l.hr[:0], l.events[:0]
	*l = fitListener{samples: samples, laps: laps, sessions: sessions, hr: hr, events: events}
}

func (l *fitListener) OnMesg(m proto.Message) {
	if m.Num == mesgnum.Hr {
		l.onHR(&m)
		return
	}
	l.onMesg(uint16(m.Num), protoFields{&m})
}

// onMesg takes one message of the kinds the model needs, from either path.
func (l *fitListener) onMesg(num uint16, m fields) {
	switch num {
	case mesgnum.Record:
		l.onRecord(m)
	case mesgnum.Event:
		l.onEvent(m)
	case mesgnum.Lap:
		l.onLap(m)
	case mesgnum.Session:
		l.onSession(m)
	case mesgnum.FileId:
		if !l.fileType.set {
			if t, ok := fuint(m, fieldnum.FileIdType); ok {
				l.fileType = optFileType{true, typedef.File(t)}
			}
			if l.device == "" {
				l.device = fitDevice(m)
			}
		}
	case mesgnum.DeviceInfo:
		if idx, ok := fuint(m, fieldnum.DeviceInfoDeviceIndex); ok && idx == 0 && l.creatorName == "" {
			l.creatorName = fstring(m, fieldnum.DeviceInfoProductName)
		}
	case mesgnum.Activity:
		ts, ok1 := fnum(m, fieldnum.ActivityTimestamp, 1, 0)
		lts, ok2 := fnum(m, fieldnum.ActivityLocalTimestamp, 1, 0)
		if ok1 && ok2 {
			off := int(lts - ts)
			off = int(math.Round(float64(off)/900)) * 900 // zones are whole quarter hours
			if off >= -14*3600 && off <= 14*3600 {
				l.localOffset, l.hasOffset, l.offsetAt = off, true, fitTime(ts)
			}
		}
	case mesgnum.Workout:
		if l.workoutName == "" {
			l.workoutName = strings.TrimSpace(fstring(m, fieldnum.WorkoutWktName))
		}
	case mesgnum.Sport:
		if l.sportName == "" {
			l.sportName = strings.TrimSpace(fstring(m, fieldnum.SportName))
		}
		if s, ok := fuint(m, fieldnum.SportSport); ok && l.sportSport == "" {
			l.sportSport = typedef.Sport(s).String()
		}
	}
}

func fitDevice(m fields) string {
	if name := strings.TrimSpace(fstring(m, fieldnum.FileIdProductName)); name != "" {
		return name
	}
	manu, ok := fuint(m, fieldnum.FileIdManufacturer)
	if !ok {
		return ""
	}
	man := typedef.Manufacturer(manu)
	prod, ok := fuint(m, fieldnum.FileIdProduct)
	if !ok {
		return man.String()
	}
	if man == typedef.ManufacturerGarmin || man == typedef.ManufacturerDynastream || man == typedef.ManufacturerDynastreamOem || man == typedef.ManufacturerTacx {
		return "garmin " + typedef.GarminProduct(prod).String()
	}
	return fmt.Sprintf("%s %d", man.String(), prod)
}

func (l *fitListener) onEvent(m fields) {
	ev, ok := fuint(m, fieldnum.EventEvent)
	if !ok || typedef.Event(ev) != typedef.EventTimer {
		return
	}
	t, ok := ftime(m, fieldnum.EventTimestamp)
	if !ok {
		return
	}
	et, ok := fuint(m, fieldnum.EventEventType)
	if !ok {
		return
	}
	switch typedef.EventType(et) {
	case typedef.EventTypeStart:
		l.events = append(l.events, timerEvent{t, true})
	case typedef.EventTypeStop, typedef.EventTypeStopAll, typedef.EventTypeStopDisable, typedef.EventTypeStopDisableAll:
		l.events = append(l.events, timerEvent{t, false})
	}
}

func (l *fitListener) onLap(m fields) {
	var lap activity.Lap
	lap.Start, _ = ftime(m, fieldnum.LapStartTime)
	if lap.Start.IsZero() {
		end, ok := ftime(m, fieldnum.LapTimestamp)
		el, ok2 := fnum(m, fieldnum.LapTotalElapsedTime, 1000, 0)
		if !ok || !ok2 {
			return
		}
		lap.Start = end.Add(-time.Duration(el * float64(time.Second)))
	}
	lap.ElapsedS, _ = fnum(m, fieldnum.LapTotalElapsedTime, 1000, 0)
	lap.TimerS, _ = fnum(m, fieldnum.LapTotalTimerTime, 1000, 0)
	lap.DistanceM, _ = fnum(m, fieldnum.LapTotalDistance, 100, 0)
	lap.AvgHR, _ = fnum(m, fieldnum.LapAvgHeartRate, 1, 0)
	lap.MaxHR, _ = fnum(m, fieldnum.LapMaxHeartRate, 1, 0)
	if v, ok := fuint(m, fieldnum.LapIntensity); ok {
		lap.Intensity = typedef.Intensity(v).String()
	}
	if v, ok := fuint(m, fieldnum.LapLapTrigger); ok {
		lap.Trigger = typedef.LapTrigger(v).String()
	}
	l.laps = append(l.laps, lap)
}

func (l *fitListener) onSession(m fields) {
	nan := math.NaN()
	s := fitSession{timer: nan, elapsed: nan, distance: nan, avgHR: nan, maxHR: nan, ascent: nan}
	s.start, _ = ftime(m, fieldnum.SessionStartTime)
	end, hasEnd := ftime(m, fieldnum.SessionTimestamp)
	if hasEnd {
		s.stamp = end
	}
	get := func(num byte, scale float64) float64 {
		if v, ok := fnum(m, num, scale, 0); ok {
			return v
		}
		return nan
	}
	s.elapsed = get(fieldnum.SessionTotalElapsedTime, 1000)
	s.timer = get(fieldnum.SessionTotalTimerTime, 1000)
	s.distance = get(fieldnum.SessionTotalDistance, 100)
	s.avgHR = get(fieldnum.SessionAvgHeartRate, 1)
	s.maxHR = get(fieldnum.SessionMaxHeartRate, 1)
	s.ascent = get(fieldnum.SessionTotalAscent, 1)
	s.noStart = s.start.IsZero()
	if s.start.IsZero() && hasEnd && !math.IsNaN(s.elapsed) {
		s.start = end.Add(-time.Duration(s.elapsed * float64(time.Second)))
	}
	switch {
	case !s.start.IsZero() && !math.IsNaN(s.elapsed):
		s.end = s.start.Add(time.Duration(s.elapsed * float64(time.Second)))
	case hasEnd:
		s.end = end
	}
	s.sport, s.subSport = "unknown", ""
	if v, ok := fuint(m, fieldnum.SessionSport); ok {
		s.sport = typedef.Sport(v).String()
	}
	if v, ok := fuint(m, fieldnum.SessionSubSport); ok {
		s.subSport = typedef.SubSport(v).String()
	}
	s.profileName = strings.TrimSpace(fstring(m, fieldnum.SessionSportProfileName))
	if len(l.sessions) >= maxSessions {
		l.sessionsCut++
		return
	}
	l.sessions = append(l.sessions, s)
}
