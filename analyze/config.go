package analyze

import (
	"time"
)

// Config holds every threshold runlint judges by. Defaults() gives the
// documented defaults; a .runlint.toml overrides any of them.
type Config struct {
	Profile  ProfileConfig         `toml:"profile"`
	Classify ClassifyConfig        `toml:"classify"`
	Rules    map[string]RuleConfig `toml:"rules"`
	Ignore   []Ignore              `toml:"ignore"`
	FailOn   string                `toml:"fail_on"`
}

// ProfileConfig says how the runner's profile is worked out from the block.
type ProfileConfig struct {
	// LongRunWindow: the long-run pace for a run is taken from the long runs
	// in this window before it, so it follows fitness through a season.
	LongRunWindow Duration `toml:"long_run_window"`
	// LongRunMin: a run counts towards the long-run pace from this moving time.
	LongRunMin Duration `toml:"long_run_min"`
	// LongRunPace overrides the long-run pace worked out from the block ("5:40").
	LongRunPace Pace `toml:"long_run_pace"`
	// MaxHR overrides the maximum heart rate worked out from the block.
	MaxHR float64 `toml:"max_hr"`
	// RestingHR and ThresholdHR are optional; zones come from MaxHR.
	RestingHR   float64 `toml:"resting_hr"`
	ThresholdHR float64 `toml:"threshold_hr"`
}

// ClassifyConfig holds the thresholds that make a run hard, long, easy or recovery.
type ClassifyConfig struct {
	// WorkMargin: a stretch at least this much faster than long-run pace is work.
	WorkMargin float64 `toml:"work_margin"`
	// WorkMin: this much work (in stretches of 30 s or more) makes a session hard.
	WorkMin Duration `toml:"work_min"`
	// SprintMargin and SprintReps: this many 10-s bursts at least SprintMargin
	// faster than long-run pace (strides, sprints, short repeats) make it hard.
	SprintMargin float64 `toml:"sprint_margin"`
	SprintReps   int     `toml:"sprint_reps"`
	// TempoMargin: a whole run this much faster than long-run pace is hard (tempo, race).
	TempoMargin float64 `toml:"tempo_margin"`
	// HardHR: average heart rate at or above this share of HRmax makes a run hard.
	HardHR float64 `toml:"hard_hr"`
	// WorkHR and WorkHRMin: this long at or above WorkHR of HRmax makes it hard (hills, heat).
	WorkHR    float64  `toml:"work_hr"`
	WorkHRMin Duration `toml:"work_hr_min"`
	// LongHardMargin and LongHardWork: a long run with this much work at least
	// LongHardMargin faster than long-run pace is an interval session with a
	// long warm-up, not a long run (marathon-pace work stays long).
	LongHardMargin float64  `toml:"long_hard_margin"`
	LongHardWork   Duration `toml:"long_hard_work"`
	// LongMin: a run this long (moving) is long.
	LongMin Duration `toml:"long_min"`
	// LongFactor and LongFactorMin: a run of at least LongFactorMin that is
	// LongFactor times the runner's typical run (median of the last 6 weeks) is long.
	LongFactor    float64  `toml:"long_factor"`
	LongFactorMin Duration `toml:"long_factor_min"`
	// RecoveryMax: runs up to this long can be recovery runs.
	RecoveryMax Duration `toml:"recovery_max"`
	// RecoveryMargin: a short run at least this much slower than long-run pace
	// is a recovery run even without a hard day before it.
	RecoveryMargin float64 `toml:"recovery_margin"`
	// WarmupMax and WarmupGap: a run this short that ends or starts within
	// WarmupGap of a hard session the same day is its warm-up or cool-down.
	WarmupMax Duration `toml:"warmup_max"`
	WarmupGap Duration `toml:"warmup_gap"`
	// UseNames: a name that states intent ("Recovery run", "6x800") decides
	// the class; off, names are only shown as evidence.
	UseNames bool `toml:"use_names"`
	// MinMoving: runs shorter than this are too short to judge.
	MinMoving Duration `toml:"min_moving"`
}

// RuleConfig turns a rule off, changes its severity or sets its options.
type RuleConfig struct {
	Enabled  *bool          `toml:"enabled"`
	Severity string         `toml:"severity"`
	Options  map[string]any `toml:"-"`
}

// Ignore silences one rule on one file or date, with a reason.
type Ignore struct {
	Rule   string `toml:"rule"`
	File   string `toml:"file"`
	Date   string `toml:"date"`
	Reason string `toml:"reason"`
}

func dur(d time.Duration) Duration { return Duration{d} }

// Defaults returns the documented defaults.
func Defaults() Config {
	return Config{
		Profile: ProfileConfig{
			LongRunWindow: dur(6 * 7 * 24 * time.Hour),
			LongRunMin:    dur(70 * time.Minute),
		},
		Classify: ClassifyConfig{
			WorkMargin:     0.10,
			WorkMin:        dur(5 * time.Minute),
			SprintMargin:   0.35,
			SprintReps:     3,
			TempoMargin:    0.10,
			HardHR:         0.86,
			WorkHR:         0.90,
			WorkHRMin:      dur(8 * time.Minute),
			LongHardMargin: 0.15,
			LongHardWork:   dur(10 * time.Minute),
			LongMin:        dur(90 * time.Minute),
			LongFactor:     1.5,
			LongFactorMin:  dur(70 * time.Minute),
			RecoveryMax:    dur(40 * time.Minute),
			RecoveryMargin: 0.03,
			WarmupMax:      dur(25 * time.Minute),
			WarmupGap:      dur(45 * time.Minute),
			UseNames:       true,
			MinMoving:      dur(5 * time.Minute),
		},
		Rules:  map[string]RuleConfig{},
		FailOn: "error",
	}
}
