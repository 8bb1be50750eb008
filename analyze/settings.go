package analyze

import (
	"fmt"
	"reflect"
	"strings"
)

// Setting is one key of the config file and what it means. The starter
// config (`runlint init`), the README's settings table and validation are all
// rendered from Settings, so they cannot drift from the code; a test holds
// every field of Config to an entry here.
type Setting struct {
	Key  string // "classify.work_margin"
	Kind string // "share", "factor", "duration", "pace", "count", "metres", "bpm", "bool", "name"
	Doc  string
}

// Settings is every tunable of the profile, the classes and the intensity
// axis, in the order the starter config shows them.
var Settings = []Setting{
	{"profile.long_run_window", "duration", "the window before a run that its long-run pace is taken from, so it follows fitness through a season"},
	{"profile.easy_window", "duration", "the window before a run that the runner's easy pace and typical run are taken from"},
	{"profile.lrp_ascent", "metres", "a long run climbing more than this many metres a kilometre..."},
	{"profile.lrp_flat", "duration", "...with less than this of running on the flat has a pace the terrain set: it does not make the long-run pace"},
	{"profile.lrp_walk", "share", "nor does a long run walked for more than this share of its moving time"},
	{"profile.lrp_off", "share", "a long-run pace further than this from the easy pace is a symptom of the long runs, not a yardstick: the easy pace stands in"},
	{"profile.long_run_pace", "pace", `overrides the long-run pace worked out from the block, e.g. "5:40"`},
	{"profile.max_hr", "bpm", "overrides HRmax worked out from the block"},
	{"profile.resting_hr", "bpm", "resting heart rate, for the load (TRIMP); 0 takes 60 bpm"},
	{"profile.threshold_hr", "bpm", "lactate-threshold heart rate, shown in the profile"},

	{"classify.work_margin", "share", "work is at least this much faster than the runner's easy pace (0.12 = 12 %)"},
	{"classify.contrast_margin", "share", "and this much faster than the run's own easy floor (its slowest quarter of running)"},
	{"classify.work_bout", "duration", "the shortest stretch of the pace stream that is a work bout"},
	{"classify.work_lap", "duration", "the shortest lap of the watch that is a work bout"},
	{"classify.work_reps", "count", "an interval session: this many separate work bouts..."},
	{"classify.work_min", "duration", "...with this much work in all (6 x 1 min, 3 x 2 min: a few minutes of pick-ups at threshold pace are an easy run's)"},
	{"classify.rep_margin", "share", "or, bouts at least this much faster than easy pace (R pace: 200s, 400s)..."},
	{"classify.rep_min", "duration", "...with only this much work in all"},
	{"classify.cruise_min", "duration", "or two bouts with this much in all (2 x 10 min at threshold)"},
	{"classify.descent_grade", "share", "running down a slope steeper than this is not work"},
	{"classify.run_pace", "pace", "slower than this is walking or standing, not running"},
	{"classify.tempo_margin", "share", "tempo: a continuous tempo_min at least this much faster than easy pace"},
	{"classify.tempo_min", "duration", "the length of that continuous stretch"},
	{"classify.race_margin", "share", "a race or time trial: a whole run this much faster than easy pace..."},
	{"classify.race_min", "duration", "...lasting at least this"},
	{"classify.race_block", "duration", "or a continuous stretch this long, inside a run, at race_margin or faster (a parkrun inside a jog; in a long run, its quality)"},
	{"classify.race_short", "duration", "or a continuous stretch this long at rep_margin or faster (R pace: a 1,500-m or mile time trial)"},
	{"classify.sustained_max", "share", "a stretch of race_block or tempo_min faster than this share over easy pace is no runner's (3-km race pace is some 25-30 % faster than easy): the GPS's, no tempo or race block; a race_short stretch, 10 points more (mile pace)"},
	{"classify.mp_block", "duration", "in a long run, a block this long at marathon pace (intensity.aet_margin faster than easy pace) or faster is named as its quality, not a session"},
	{"classify.progression_margin", "share", "a progression run: the last third this much faster than the first, and at work pace (runs of 30 min or more)"},
	{"classify.fartlek_surges", "count", "a fartlek: this many separate surges at work pace (work_margin and contrast_margin), however short..."},
	{"classify.fartlek_share", "share", "...this share of the run's running in all"},
	{"classify.speed_play_surges", "count", "speed play: this many surges at rep_margin or faster..."},
	{"classify.speed_play_gap", "duration", "...each begun within this of the last one's end (strides come with a longer walk or jog back)"},
	{"classify.sprint_margin", "share", "strides and sprints: 10-s bursts at least this much faster than easy pace..."},
	{"classify.sprint_reps", "count", "...this many of them are named as the run's strides (they keep an easy run easy), each physically real:"},
	{"classify.speed_reps", "count", "this many strides or sprints make a speed session; so do this many surges at rep_margin over the run, rep_min fast in all, where real strides witness them (reps with a walk back)"},
	{"classify.stride_max", "duration", "work bouts none longer than this, speed_reps of them at most in time, are strides with a walk back: a light day"},
	{"classify.burst_max", "factor", "no faster than this many times the runner's easy speed (10 m/s on a 5:00/km jogger is GPS)"},
	{"classify.burst_spike", "factor", "no single step between samples this many times the burst's speed (a jumping position)"},
	{"classify.burst_cadence", "count", "cadence at least this many rpm (steps per minute / 2) above the run's, where the run has cadence"},
	{"classify.burst_descent", "share", "not down a slope steeper than this (over the minute around it)"},
	{"classify.burst_track", "share", "the track and the distance stream agree within this share, where the run has both"},
	{"classify.hill_reps", "count", "hill repeats: this many climbs of the same hill, one after another..."},
	{"classify.hill_gain", "metres", "...each gaining at least this much..."},
	{"classify.hill_grade", "share", "...at this average grade or steeper (climbs of 20 s to 6 min)"},
	{"classify.hill_same", "share", "how far apart, as a share of the gain, their feet and tops may be and still be the same hill"},
	{"classify.hill_same_length", "share", "how far apart, as a share of the longer, their lengths may be and still be the same hill"},
	{"classify.hard_hr", "share", "where the pace cannot speak (no distance, a jumping track): an average heart rate at or above this share of HRmax over 15 min or more is hard..."},
	{"classify.work_hr", "share", "...or work_hr_min at or above this share"},
	{"classify.work_hr_min", "duration", "the time at work_hr that makes it hard"},
	{"classify.hard_day_above", "duration", "a run whose trusted heart rate spent less than this at or above hard_day_margin under the aerobic threshold made no tempo, race, progression or fartlek effort, whatever its pace said (short repeats, sprints and hills stay: the heart lags them)"},
	{"classify.hard_day_margin", "share of HRmax", "how far under the aerobic threshold heart rate still counts toward hard_day_above: a progression that ends at the threshold, an HRmax set by a rare peak"},
	{"classify.race_hr", "share", "a race by heart rate: a run held from its first third to its last at this share of HRmax or more..."},
	{"classify.race_hr_margin", "share", "...and this share of HRmax above the runner's easy runs' heart rate (the median of the easy_window before)..."},
	{"classify.race_hr_min", "duration", "...lasting at least this, its pace not fading by more than a twentieth: a race whatever its pace (hills, heat, a slower runner)"},
	{"classify.long_min", "duration", "long: at least this long..."},
	{"classify.long_factor", "factor", "...this many times the runner's typical run (the median of the long_run_window before)..."},
	{"classify.long_week_share", "share", "...and the longest run of the 7 days centred on it, or this share of it or more (a week can hold two long runs)"},
	{"classify.long_always", "duration", "a run this long is always long"},
	{"classify.easy_name_long", "duration", "a run named easy (\"Easy jog\") that its numbers call long stays long from this much running (the name says its effort, not its goal); shorter, the name decides (use_names)"},
	{"classify.recovery_max", "duration", "recovery: an easy run up to this long on the local date after a hard or long day"},
	{"classify.warmup_max", "duration", "a run up to this long within warmup_gap of a hard session the same day is its warm-up or cool-down..."},
	{"classify.warmup_gap", "duration", "...easy, and not audited as a recovery run"},
	{"classify.use_names", "bool", `names that state intent ("Recovery run", "6x800", "hosszú") decide the class; false: they are evidence only`},
	{"classify.easy_runs_min", "duration", "runs this long or longer make the runner's easy pace"},
	{"classify.min_moving", "duration", "runs shorter than this are not judged"},
	{"classify.slowest_pace", "duration per km", "a run slower than this on average is mostly standing (a recording left running; a brisk walk is 10-12 min/km) and is not judged"},

	{"intensity.aet_hr", "share", "the aerobic threshold as a share of HRmax (Seiler's Z3 starts at 82 %)"},
	{"intensity.ant_hr", "share", "the anaerobic threshold as a share of HRmax (Seiler's Z4 starts at 87 %)"},
	{"intensity.aet_margin", "share", "where heart rate is missing or untrusted: the aerobic threshold as a pace this much faster than easy pace, grade for grade (each 10 s held to the flat its slope is worth: 3.3 % of speed a 1 % grade, descents credited to 9 %)"},
	{"intensity.ant_margin", "share", "and the anaerobic threshold likewise"},
	{"intensity.trimp", "name", `Banister's TRIMP coefficients: "male" (0.64, 1.92) or "female" (0.86, 1.67)`},
	{"intensity.hr_lock_max", "share", "heart rate equal to step cadence on more than this share of samples, and following it, is not used for anything (cadence-lock)"},
	{"intensity.artefact_hr", "bpm", "a stretch of heart rate this far above the run's median on no faster running, not up a slope nor just after a faster stretch, and under a third of the run, is an artefact and left out"},
	{"intensity.usual_hr", "share", "a heart rate within this share of HRmax of the runner's own easy heart rate is their usual easy effort (easy-too-hard and recovery-too-fast stand on it); further over it at a pace no faster than easy, they say hills, heat, drift or the sensor may have raised it"},
	{"intensity.acute_days", "days", "the acute load: an exponentially weighted average of the daily TRIMP over this many days (lambda = 2/(N+1))"},
	{"intensity.chronic_days", "days", "the chronic load likewise; their ratio (ACWR) is judged only once the block holds this many days"},
}

// settingValue finds a setting's field in cfg by its toml tags.
func settingValue(cfg *Config, key string) (reflect.Value, bool) {
	v := reflect.ValueOf(cfg).Elem()
	for _, part := range strings.Split(key, ".") {
		f, ok := fieldByTag(v, part)
		if !ok {
			return reflect.Value{}, false
		}
		v = f
	}
	return v, true
}

func fieldByTag(v reflect.Value, tag string) (reflect.Value, bool) {
	t := v.Type()
	for i := range t.NumField() {
		if t.Field(i).Tag.Get("toml") == tag {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// configText writes a setting's value the way the config file reads it.
func configText(v reflect.Value) string {
	switch x := v.Interface().(type) {
	case Duration:
		return fmt.Sprintf("%q", FormatDuration(x.Duration))
	case Pace:
		if x == 0 {
			return `""`
		}
		return fmt.Sprintf("%q", FormatPace(float64(x))[:len(FormatPace(float64(x)))-3])
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprint(v.Interface())
}

// shares is every share-valued setting, by key.
func (c Config) shares() map[string]float64 {
	out := map[string]float64{}
	for _, s := range Settings {
		if s.Kind != "share" {
			continue
		}
		if v, ok := settingValue(&c, s.Key); ok {
			out[s.Key] = v.Float()
		}
	}
	return out
}
