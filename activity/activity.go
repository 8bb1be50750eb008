// Package activity is the model at the centre of runlint: one recorded
// activity (its samples, laps, totals and typed warnings) and its digest (the
// 10-s buckets, bursts and scalars analysis reads). Readers (package parse)
// fill it, package digest reduces it, storage keeps it and analysis judges
// it; nothing downstream knows which format a run came from.
package activity

import (
	"fmt"
	"math"
	"time"
)

// Format is the file format an activity was read from.
type Format string

// The formats runlint reads.
const (
	FIT Format = "fit"
	GPX Format = "gpx"
	TCX Format = "tcx"
)

// Source says where an activity came from.
type Source struct {
	Path    string // the file, as found by the walk
	Format  Format
	Gzip    bool
	Session int // 0-based: a FIT file's session, a GPX file's track (or part of one), a TCX file's activity
}

// Zone is the activity's local time offset and how it was found.
type Zone struct {
	Offset int    // seconds east of UTC at the start
	Name   string // IANA name when known, else "" (FIT gives only an offset)
	// From: "fit local_timestamp", "position" or "time offset" from the
	// file (package parse); "nearest activity" or "none" from the runner's
	// block (package check); "" until one of them has placed it.
	From string
}

// Totals are an activity's summary numbers. Each says where it came from,
// because a user will ask why a distance differs from their watch's.
type Totals struct {
	DistanceM    float64
	DistanceFrom string // "session", "laps", "distance stream", "positions", "none"
	MovingS      float64
	ElapsedS     float64
	TimerS       float64 // device timer (pauses excluded); 0 when the file has none
	AvgHR        float64 // 0 when no heart rate
	MaxHR        float64
	AscentM      float64
	Laps         int // laps the file records: kept when the laps themselves are dropped after digesting
}

// Sample is one point of the recorded timeline. Absent values are NaN (floats)
// or 0 (heart rate, cadence).
type Sample struct {
	Time    time.Time
	Lat     float64 // degrees
	Lon     float64
	AltM    float64
	DistM   float64 // cumulative distance from the device, when it recorded one
	SpeedMS float64
	HR      uint8 // beats per minute
	Cadence uint8 // per-foot cadence (rpm) as FIT, TCX and GPX store it
}

// HasPosition reports whether the sample carries a usable position.
func (s *Sample) HasPosition() bool {
	return !math.IsNaN(s.Lat) && !math.IsNaN(s.Lon) && !(s.Lat == 0 && s.Lon == 0)
}

// Lap is a lap as the device recorded it: manual, auto-lap or a workout step.
type Lap struct {
	Start     time.Time
	ElapsedS  float64
	TimerS    float64
	DistanceM float64
	AvgHR     float64
	MaxHR     float64
	Intensity string // "active", "rest", "warmup", "cooldown", "recovery" or ""
	Trigger   string // "manual", "distance", "time", "position_start"... or ""
}

// Pause is a stretch of time in which the device's timer was stopped.
type Pause struct {
	From, To time.Time
}

// Activity is one recorded activity: a file, or one session of a multi-sport FIT file.
type Activity struct {
	Source      Source
	Sport       string // "running", "cycling", "walking", ... or "unknown"
	SubSport    string // "generic", "track", "treadmill", "indoor_running", "trail", ...
	Name        string
	NameFrom    string // where the name came from: "activities.csv", "gpx", "tcx", "fit workout", ...
	Description string
	Device      string
	Start       time.Time // UTC
	Zone        Zone
	Totals      Totals
	Samples     []Sample
	Laps        []Lap
	Pauses      []Pause
	// Track is what the reader worked out from the samples for the digest;
	// it goes with them.
	Track    Track
	Warnings []Warning
	// Digest summarises the samples for analysis; it outlives them (Walk
	// drops samples once digested, so a lifetime of runs fits in memory).
	Digest *Digest

	// WithGPS and WithHR say whether any sample had a position or a heart
	// rate; set by finish, they outlive the samples. Use HasGPS and HasHR.
	WithGPS, WithHR bool
}

// Moving-time rule, as peers apply it: a stretch slower than StillSpeed that
// lasts longer than StillAfter is standing still, not moving. Shorter dawdles
// (a traffic light, a drink) stay in.
const (
	StillSpeed = 0.5              // m/s: slower than 33:20/km is not progress
	StillAfter = 10 * time.Second // how long no progress lasts before it is standing still
	// StillCadence: a foot cadence at or above this (rpm, i.e. 80 steps/min) is
	// progress even when the distance says otherwise: indoor tracks and
	// treadmills without a footpod record little or no distance. It speaks
	// only for the StillAfter seconds before the sample (see CadenceMoves).
	StillCadence = 40
	// MaxGPSSpeed drops position jumps faster than any human or bike (400 km/h):
	// duplicate or jumping timestamps and GPS teleports.
	MaxGPSSpeed = 400 / 3.6
)

// Track is the distance along the samples, as the reader measured it for the
// totals: the digest reads it again rather than measure it twice.
type Track struct {
	Cum   []float64 // distance covered up to each sample, nil when unknown
	From  string    // "distance stream", "positions", "speed" or "none"
	Jumps int       // position steps left out of Cum as no runner's (or vehicle's)
}

// LocalStart is the start in the activity's own local time.
func (a *Activity) LocalStart() time.Time {
	return a.Start.In(time.FixedZone(a.Zone.Name, a.Zone.Offset))
}

// LocalDate is the calendar date the runner lived the activity on (YYYY-MM-DD).
func (a *Activity) LocalDate() string { return a.LocalStart().Format(time.DateOnly) }

// IsRun reports whether the activity is a run (outdoor, track, trail or treadmill).
func (a *Activity) IsRun() bool { return a.Sport == "running" }

// HasGPS reports whether any sample has a position.
func (a *Activity) HasGPS() bool { return a.WithGPS }

// HasHR reports whether the activity carries heart rate.
func (a *Activity) HasHR() bool { return a.WithHR || a.Totals.AvgHR > 0 }

// ScanFlags sets WithGPS and WithHR from the samples.
func (a *Activity) ScanFlags() {
	a.WithGPS, a.WithHR = false, false
	for i := 0; i < len(a.Samples) && !(a.WithGPS && a.WithHR); i++ {
		a.WithGPS = a.WithGPS || a.Samples[i].HasPosition()
		a.WithHR = a.WithHR || a.Samples[i].HR > 0
	}
}

// PaceSPerKm is the average moving pace, in seconds per kilometre, or 0 when
// there is no distance.
func (a *Activity) PaceSPerKm() float64 {
	if a.Totals.DistanceM < 1 || a.Totals.MovingS <= 0 {
		return 0
	}
	return a.Totals.MovingS / (a.Totals.DistanceM / 1000)
}

// WarningKind says what a warning is about.
type WarningKind uint8

const (
	// DataWarning: something in the data was off and was dealt with (GPS
	// jumps, an unset clock, times without a zone).
	DataWarning WarningKind = iota
	// Damage: the file itself is damaged (cut short, failing a CRC, decoded
	// only in part), so the activity may be incomplete.
	Damage
)

// Warning is what a reader found off in a file, and the sentence that says so.
type Warning struct {
	Kind WarningKind
	Text string
}

func (w Warning) String() string { return w.Text }

// Warn adds a data warning.
func (a *Activity) Warn(format string, args ...any) {
	a.Warnings = append(a.Warnings, Warning{DataWarning, fmt.Sprintf(format, args...)})
}

// Damaged adds a warning that the file is damaged.
func (a *Activity) Damaged(format string, args ...any) {
	a.Warnings = append(a.Warnings, Warning{Damage, fmt.Sprintf(format, args...)})
}

// NewSample is a sample at t with every value absent.
func NewSample(t time.Time) Sample {
	n := math.NaN()
	return Sample{Time: t, Lat: n, Lon: n, AltM: n, DistM: n, SpeedMS: n}
}

// Haversine is the great-circle distance between two positions, in metres.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	return HaversineCos(lat1, lon1, CosLat(lat1), lat2, lon2, CosLat(lat2))
}

// CosLat is the cosine of a latitude in degrees, as Haversine takes it.
func CosLat(lat float64) float64 { return math.Cos(lat * degree) }

// HaversineCos is Haversine given the cosines of both latitudes (CosLat):
// along a track each point ends one step and starts the next, so each
// cosine needs working out once. The trigonometry was a tenth of a cold
// check of FIT files.
func HaversineCos(lat1, lon1, cos1, lat2, lon2, cos2 float64) float64 {
	const r = 6371008.8
	sinLat, sinLon := math.Sin((lat2-lat1)*degree/2), math.Sin((lon2-lon1)*degree/2)
	x := sinLat*sinLat + cos1*cos2*sinLon*sinLon
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(x)))
}

const degree = math.Pi / 180 // in radians

// Overlap is how long the time ranges [aFrom, aTo] and [bFrom, bTo] share;
// 0 when they do not meet.
func Overlap(aFrom, aTo, bFrom, bTo time.Time) time.Duration {
	lo, hi := aFrom, aTo
	if bFrom.After(lo) {
		lo = bFrom
	}
	if bTo.Before(hi) {
		hi = bTo
	}
	return max(0, hi.Sub(lo))
}

// Seconds is to.Sub(from).Seconds(), to the bit, for times read from files
// (no monotonic clock reading), at a third of its cost: Sub checks for
// overflow by adding back, which showed in the per-sample loops of reading
// and digesting. Times over 2^32 s apart (136 years; Sub saturates at 292)
// go through Sub itself.
func Seconds(from, to time.Time) float64 {
	ds := to.Unix() - from.Unix()
	if ds > 1<<32 || ds < -1<<32 {
		return to.Sub(from).Seconds()
	}
	dn := to.Nanosecond() - from.Nanosecond()
	if dn == 0 { // whole seconds apart, as every FIT time is: Seconds() would divide to give the same
		return float64(ds)
	}
	return time.Duration(ds*int64(time.Second) + int64(dn)).Seconds()
}
