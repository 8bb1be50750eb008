// Package parse reads watch exports (FIT, GPX, TCX, gzipped or not, and a Strava
// export's activities.csv) into one activity model, so that nothing downstream
// knows which format a run came from.
package parse

import (
	"math"
	"strings"
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
	Session int // 0-based session index inside a multi-session FIT file
}

// Zone is the activity's local time offset and how it was found.
type Zone struct {
	Offset int    // seconds east of UTC at the start
	Name   string // IANA name when known, else "" (FIT gives only an offset)
	From   string // "fit local_timestamp", "position", "machine"
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
	Warnings    []string
	// Digest summarises the samples for analysis; it outlives them (Walk
	// drops samples once digested, so a lifetime of runs fits in memory).
	Digest *Digest

	// WithGPS and WithHR say whether any sample had a position or a heart
	// rate; set by finish, they outlive the samples. Use HasGPS and HasHR.
	WithGPS, WithHR bool
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

func (a *Activity) scanFlags() {
	a.WithGPS, a.WithHR = false, false
	for i := range a.Samples {
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

// IsDamage reports whether a warning says the file itself is damaged: cut
// short ("truncated"), failing a CRC, or decoded only in part ("partial").
// It sits beside the messages it recognises, so that a rule need not know
// how parse words them.
func IsDamage(warning string) bool {
	return strings.Contains(warning, "partial") || strings.Contains(warning, "truncated") || strings.Contains(warning, "CRC")
}

func (a *Activity) warn(format string, args ...any) {
	a.Warnings = append(a.Warnings, sprintf(format, args...))
}

func newSample(t time.Time) Sample {
	n := math.NaN()
	return Sample{Time: t, Lat: n, Lon: n, AltM: n, DistM: n, SpeedMS: n}
}
