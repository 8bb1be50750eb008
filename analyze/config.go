package analyze

import (
	"time"
)

// Config holds every threshold runlint judges by. Defaults() gives the
// documented defaults; a .runlint.toml overrides any of them.
type Config struct {
	Profile   ProfileConfig         `toml:"profile"`
	Classify  ClassifyConfig        `toml:"classify"`
	Intensity IntensityConfig       `toml:"intensity"`
	Rules     map[string]RuleConfig `toml:"rules"`
	Ignore    []Ignore              `toml:"ignore"`
	FailOn    string                `toml:"fail_on"`
}

// ProfileConfig says how the runner's profile is worked out from the block.
type ProfileConfig struct {
	// LongRunWindow: the long-run pace for a run is taken from the long runs
	// in this window before it, so it follows fitness through a season.
	LongRunWindow Duration `toml:"long_run_window"`
	// EasyWindow: the runner's easy pace and typical run are taken from the
	// runs in this window before a run: more runs than the long runs of
	// LongRunWindow, so a longer window steadies them.
	EasyWindow Duration `toml:"easy_window"`
	// LRPAscent, LRPFlat and LRPWalk: a long run climbing more than
	// LRPAscent metres a kilometre with less than LRPFlat of flat running,
	// or walked for more than LRPWalk of its moving time, has a pace the
	// terrain set: it does not make the long-run pace. LRPOff: a long-run
	// pace further than this from the easy pace is a symptom of the long
	// runs, not a yardstick; the easy pace stands in.
	LRPAscent float64  `toml:"lrp_ascent"`
	LRPFlat   Duration `toml:"lrp_flat"`
	LRPWalk   float64  `toml:"lrp_walk"`
	LRPOff    float64  `toml:"lrp_off"`
	// LongRunPace overrides the long-run pace worked out from the block ("5:40").
	LongRunPace Pace `toml:"long_run_pace"`
	// MaxHR overrides the maximum heart rate worked out from the block.
	MaxHR float64 `toml:"max_hr"`
	// RestingHR is used by the load (TRIMP); 0 takes 60 bpm and says so.
	// ThresholdHR is optional; zones come from MaxHR.
	RestingHR   float64 `toml:"resting_hr"`
	ThresholdHR float64 `toml:"threshold_hr"`
	// LongRunPaceFrom and MaxHRFrom say where those overrides came from
	// when a flag set them ("--max-hr"), for the profile's reasons; empty:
	// the config. Not settings.
	LongRunPaceFrom string `toml:"-"`
	MaxHRFrom       string `toml:"-"`
}

// from is where an override came from, for a reason.
func from(flag string) string {
	if flag != "" {
		return flag
	}
	return "the config"
}

// ClassifyConfig holds the thresholds that read a session's goal from its
// structure: hard, long, easy or recovery. Margins are shares of pace: 0.12
// is 12 % faster than the runner's easy pace (a 5:00/km easy pace makes
// work 4:24/km or faster).
type ClassifyConfig struct {
	// WorkMargin: a stretch at least this much faster than the runner's easy
	// pace, and ContrastMargin faster than the run's own easy floor (its
	// slowest quarter of running), is work.
	WorkMargin     float64 `toml:"work_margin"`
	ContrastMargin float64 `toml:"contrast_margin"`
	// WorkBout and WorkLap: the shortest stretch of the pace stream, and the
	// shortest lap of the watch, that counts as a work bout.
	WorkBout Duration `toml:"work_bout"`
	WorkLap  Duration `toml:"work_lap"`
	// RunPace: slower than this is walking or standing, not the runner's
	// running (a hike up a mountain, a rest between repeats).
	RunPace Pace `toml:"run_pace"`
	// WorkReps and WorkMin: this many separate bouts with this much work in
	// all make an interval session; or two bouts of CruiseMin in all (2 x 10
	// min at threshold).
	WorkReps  int      `toml:"work_reps"`
	WorkMin   Duration `toml:"work_min"`
	CruiseMin Duration `toml:"cruise_min"`
	// RepMargin and RepMin: bouts that went RepMargin faster than easy pace
	// or more (Daniels' R pace, about a quarter faster than a runner's
	// everyday pace) make an interval session with only RepMin of work in
	// all: 8 x 200 m is a session, four minutes of pick-ups at threshold
	// pace inside an easy jog are not.
	RepMargin float64  `toml:"rep_margin"`
	RepMin    Duration `toml:"rep_min"`
	// DescentGrade: running down a slope steeper than this is not work.
	DescentGrade float64 `toml:"descent_grade"`
	// TempoMargin and TempoMin: a continuous stretch this long at least this
	// much faster than easy pace is a tempo run (or, a whole run, a race).
	TempoMargin float64  `toml:"tempo_margin"`
	TempoMin    Duration `toml:"tempo_min"`
	// RaceMargin and RaceMin: a whole run at least this long this much faster
	// than easy pace is a race or a time trial (800 m to 5 km).
	RaceMargin float64  `toml:"race_margin"`
	RaceMin    Duration `toml:"race_min"`
	// RaceBlock: a continuous stretch this long at RaceMargin or faster,
	// inside a run, is a race effort too (a parkrun or a 3-km time trial with
	// its warm-up and cool-down in one file).
	RaceBlock Duration `toml:"race_block"`
	// SustainedMax: a continuous stretch of RaceBlock or TempoMin faster
	// than this share over easy pace is no runner's: a distance runner's
	// 3-km race pace is some 25-30 % faster than their easy pace (Daniels'
	// R pace), and no one holds more for 8 minutes. It is the GPS's. A
	// RaceShort stretch is held to 10 points more (mile pace).
	SustainedMax float64 `toml:"sustained_max"`
	// RaceShort: a continuous stretch this long at RepMargin or faster (R
	// pace, mile to 3-km race pace) is a race effort too: a 1,500-m or
	// mile time trial. No easy run holds minutes at that pace.
	RaceShort Duration `toml:"race_short"`
	// MPBlock: in a long run, a block this long at marathon pace (the
	// aerobic threshold, intensity.aet_margin) or faster is named as the
	// quality it carries; it does not make the run a session.
	MPBlock Duration `toml:"mp_block"`
	// ProgressionMargin: a run whose last third is this much faster than its
	// first, and at work pace, is a progression run.
	ProgressionMargin float64 `toml:"progression_margin"`
	// FartlekSurges and FartlekShare: this many separate surges at work pace
	// (WorkMargin, ContrastMargin), FartlekShare of the run's running in all,
	// make a fartlek, though no surge lasts a work bout: speed play of 10-30
	// s pick-ups is a session; a few strides in an easy run are not.
	FartlekSurges int     `toml:"fartlek_surges"`
	FartlekShare  float64 `toml:"fartlek_share"`
	// SpeedPlaySurges and SpeedPlayGap: this many surges at R pace
	// (RepMargin), each begun within SpeedPlayGap of the last one's end,
	// are speed play, however short the surges and however long the rest
	// of the run: strides come with a minute or more of jog or walk back
	// between them, a fartlek's or a rep session's surges come closer.
	SpeedPlaySurges int      `toml:"speed_play_surges"`
	SpeedPlayGap    Duration `toml:"speed_play_gap"`
	// SprintMargin and SprintReps: this many strides or sprints (10-s bursts
	// at least SprintMargin faster than easy pace, physically real) are
	// named in the run's reasons; they keep an easy run easy (an easy run
	// with strides is an easy day). SpeedReps or more make a speed session.
	SprintMargin float64 `toml:"sprint_margin"`
	SprintReps   int     `toml:"sprint_reps"`
	SpeedReps    int     `toml:"speed_reps"`
	// StrideMax: work bouts none longer than this, SpeedReps of them at
	// most in time (10 x 30 s), are strides with a walk back (8-10 x 100-150
	// m), run as laps: the session stays hard by its structure, but the day
	// is a light one, like an easy run with strides.
	StrideMax Duration `toml:"stride_max"`
	// BurstMax: a burst faster than this many times the runner's easy
	// speed is not a runner's: a distance runner sprints at about twice
	// the speed of their easy pace, not three times.
	BurstMax float64 `toml:"burst_max"`
	// A burst is real when no single step between samples is BurstSpike
	// times its speed or more (one jumping position), its cadence is at least
	// BurstCadence rpm above the run's (when the run has cadence), and the
	// track and the distance stream agree within BurstTrack (when it has both).
	// BurstDescent: a burst down a slope steeper than this is gravity's.
	BurstSpike   float64 `toml:"burst_spike"`
	BurstDescent float64 `toml:"burst_descent"`
	BurstCadence float64 `toml:"burst_cadence"`
	BurstTrack   float64 `toml:"burst_track"`
	// HillReps, HillGain and HillGrade: this many climbs of the same hill,
	// each gaining at least HillGain metres at HillGrade or steeper, one after
	// another, are hill repeats. HillSame: how far apart (as a share of the
	// gain) their feet and tops may be and still be the same hill.
	HillReps  int     `toml:"hill_reps"`
	HillGain  float64 `toml:"hill_gain"`
	HillGrade float64 `toml:"hill_grade"`
	HillSame  float64 `toml:"hill_same"`
	// HillSameLength: how far apart (as a share of the longer) their lengths
	// may be. Looser than HillSame because a climb's ends are found on noisy
	// altitude, but it keeps rolling ground, whose rises share a height and
	// not a length, from passing as repeats of one hill.
	HillSameLength float64 `toml:"hill_same_length"`
	// HardHR, WorkHR and WorkHRMin decide by heart rate only where the pace
	// cannot speak (no distance, a track that jumps): an average at or above
	// HardHR of HRmax over 15 min or more, or WorkHRMin at or above WorkHR.
	HardHR float64 `toml:"hard_hr"`
	// HardDayAbove and HardDayMargin: a run whose trusted heart rate spent
	// less than HardDayAbove within HardDayMargin of HRmax under the
	// aerobic threshold, or above it, made no tempo, race, progression or
	// fartlek effort, whatever its pace said.
	HardDayAbove  Duration `toml:"hard_day_above"`
	HardDayMargin float64  `toml:"hard_day_margin"`
	// RaceHR, RaceHRMargin and RaceHRMin: a run of RaceHRMin or more whose
	// trusted heart rate is held from its first third to its last at RaceHR
	// of HRmax or more and RaceHRMargin of HRmax above the runner's easy
	// runs' heart rate is a race, whatever its pace (hills, heat, a slower
	// runner's half marathon).
	RaceHR       float64  `toml:"race_hr"`
	RaceHRMargin float64  `toml:"race_hr_margin"`
	RaceHRMin    Duration `toml:"race_hr_min"`
	WorkHR       float64  `toml:"work_hr"`
	WorkHRMin    Duration `toml:"work_hr_min"`
	// Long: the longest run of its week (or within LongWeekShare of it), at
	// least LongMin, and LongFactor times the runner's typical run of the
	// weeks before; a run of LongAlways or more is always long.
	LongMin       Duration `toml:"long_min"`
	LongFactor    float64  `toml:"long_factor"`
	LongWeekShare float64  `toml:"long_week_share"`
	LongAlways    Duration `toml:"long_always"`
	// EasyNameLong: a run named easy ("Easy jog") that its numbers call
	// long stays long from this much running: the name says its effort,
	// the week's longest 90 min are its long run. Shorter, the name decides.
	EasyNameLong Duration `toml:"easy_name_long"`
	// RecoveryMax: a run up to this long, easy, on the local date after a
	// hard or long day is a recovery run.
	RecoveryMax Duration `toml:"recovery_max"`
	// WarmupMax and WarmupGap: a run this short that ends or starts within
	// WarmupGap of a hard session the same day is its warm-up or cool-down.
	WarmupMax Duration `toml:"warmup_max"`
	WarmupGap Duration `toml:"warmup_gap"`
	// UseNames: a name that states intent ("Recovery run", "6x800") decides
	// the class; off, names are only shown as evidence.
	UseNames bool `toml:"use_names"`
	// EasyRunsMin: runs this long or longer make the runner's easy pace.
	EasyRunsMin Duration `toml:"easy_runs_min"`
	// MinMoving: runs shorter than this are too short to judge.
	MinMoving Duration `toml:"min_moving"`
	// SlowestPace (per km): a run slower than this on average is mostly
	// standing, a recording left running (a brisk walk is 10-12 min/km),
	// and is not judged.
	SlowestPace Duration `toml:"slowest_pace"`
}

// IntensityConfig says how the time of a run is split into Seiler's three
// zones and how its load is counted, the axis beside the class.
type IntensityConfig struct {
	// AeTHR and AnTHR: the aerobic and anaerobic thresholds as shares of
	// HRmax (Seiler's Z3 starts at 82 %, Z4 at 87 %).
	AeTHR float64 `toml:"aet_hr"`
	AnTHR float64 `toml:"ant_hr"`
	// AeTMargin and AnTMargin: the same thresholds by pace where heart rate
	// is missing or cannot be trusted, as shares faster than easy pace.
	AeTMargin float64 `toml:"aet_margin"`
	AnTMargin float64 `toml:"ant_margin"`
	// TRIMP: "male" (0.64, 1.92) or "female" (0.86, 1.67) coefficients of
	// Banister's TRIMP.
	TRIMP string `toml:"trimp"`
	// HRLockMax: a run whose heart rate equals its step cadence on more than
	// this share of samples has heart rate no verdict may use (cadence-lock).
	HRLockMax float64 `toml:"hr_lock_max"`
	// ArtefactHR: a stretch of heart rate this many bpm above the run's
	// median, on no faster running, not up a slope nor after a faster
	// stretch, and under a third of the run, is an artefact left out.
	ArtefactHR float64 `toml:"artefact_hr"`
	// UsualHR: a run's heart rate within this share of HRmax of the
	// runner's own easy heart rate (the median of their easy runs of the
	// weeks before) is their usual easy effort, some 6 bpm being a day's own
	// variation. Further over it, at a pace no faster than easy, it is not
	// the runner who pushed: hills, heat, drift or the sensor.
	UsualHR float64 `toml:"usual_hr"`
	// AcuteDays and ChronicDays: the windows, in days, of the acute and
	// chronic load (exponentially weighted, Williams et al. 2017).
	AcuteDays   int `toml:"acute_days"`
	ChronicDays int `toml:"chronic_days"`
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
			EasyWindow:    dur(8 * 7 * 24 * time.Hour),
			LRPAscent:     20, LRPFlat: dur(20 * time.Minute), LRPWalk: 0.15, LRPOff: 0.2,
		},
		Classify: ClassifyConfig{
			WorkMargin: 0.13, ContrastMargin: 0.17, WorkBout: dur(30 * time.Second), WorkLap: dur(20 * time.Second), RunPace: 660,
			WorkReps: 3, WorkMin: dur(6 * time.Minute), CruiseMin: dur(8 * time.Minute), RepMargin: 0.25, RepMin: dur(3 * time.Minute), DescentGrade: 0.03,
			TempoMargin: 0.15, TempoMin: dur(15 * time.Minute),
			RaceMargin: 0.20, RaceMin: dur(2 * time.Minute), RaceBlock: dur(8 * time.Minute), RaceShort: dur(3 * time.Minute), SustainedMax: 0.35,
			ProgressionMargin: 0.10, MPBlock: dur(10 * time.Minute),
			FartlekSurges: 6, FartlekShare: 0.2, SpeedPlaySurges: 5, SpeedPlayGap: dur(time.Minute),
			SprintMargin: 0.30, SprintReps: 4, SpeedReps: 10, StrideMax: dur(30 * time.Second), BurstMax: 2.5, BurstSpike: 1.5, BurstDescent: 0.06, BurstCadence: 3, BurstTrack: 0.2,
			HillReps: 3, HillGain: 8, HillGrade: 0.04, HillSame: 0.3, HillSameLength: 0.4,
			HardHR: 0.86, WorkHR: 0.90, WorkHRMin: dur(8 * time.Minute),
			HardDayAbove: dur(10 * time.Minute), HardDayMargin: 0.03, RaceHR: 0.86, RaceHRMargin: 0.08, RaceHRMin: dur(20 * time.Minute),
			LongMin: dur(60 * time.Minute), LongFactor: 1.25, LongWeekShare: 0.85, LongAlways: dur(150 * time.Minute), EasyNameLong: dur(90 * time.Minute),
			RecoveryMax: dur(40 * time.Minute),
			WarmupMax:   dur(25 * time.Minute), WarmupGap: dur(45 * time.Minute),
			UseNames:    true,
			EasyRunsMin: dur(20 * time.Minute),
			MinMoving:   dur(2 * time.Minute), SlowestPace: dur(30 * time.Minute),
		},
		Intensity: IntensityConfig{AeTHR: 0.82, AnTHR: 0.87, AeTMargin: 0.08, AnTMargin: 0.15, TRIMP: "male", HRLockMax: 0.3, ArtefactHR: 25, UsualHR: 0.03, AcuteDays: 7, ChronicDays: 28},
		Rules:     map[string]RuleConfig{},
		FailOn:    "error",
	}
}
