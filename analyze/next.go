package analyze

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/runlint/runlint/activity"
)

// Advice is what the next run should be, and why, from the block's last
// days: the founding idea of runlint, given before the run rather than
// audited after it.
type Advice struct {
	Date    time.Time       // the local date advised
	Kind    string          // "rest", "easy-or-rest", "easy", "recovery", "quality" or "none"
	Text    string          // the advice, one sentence
	Because []string        // its reasons, in numbers
	After   *Run            // the run it follows, when one decides it
	LastRun *Run            // the last judged run before Date: how long ago it was is part of the advice
	Limits  *RecoveryLimits // for a recovery run
}

// RecoveryLimits are a recovery run's limits in the runner's own numbers,
// the same the recovery rules hold a recovery run to, so that a run within
// them passes its own audit.
type RecoveryLimits struct {
	MinMinutes, MaxMinutes float64
	MinKm, MaxKm           float64 // 0: no limit
	SlowestPace            float64 // not faster than this, s/km
	LRP                    float64 // the long-run pace it comes from
	MaxHR                  float64 // average HR under this (0: no HRmax)
}

// intentUnwell: names that say the runner is injured or ill, in the
// languages the intent reader knows. The founding article: do not run with
// an injury.
var intentUnwell = regexp.MustCompile(`(?i)injur|\bsick\b|\bill\b|\bpain|\bhurt|\bflu\b|fever|strain(ed)?\b|sprain|infortun|malat|dolor|febbre|sérül|serul|beteg|fáj|verletz|krank|schmerz|bless|malade|douleur|lesi[oó]n|enferm|lesionad|🤒|🤧|🤕|😷|🤢|🤮|🩹`)

// unwellWithin is how far back a note of injury or illness keeps the
// advice at rest: until a run without one, or this long.
const unwellWithin = 7 * 24 * time.Hour

// Next advises the run of day, from the judged runs before it.
func Next(r *Report, cfg Config, day time.Time) Advice {
	a := Advice{Date: day}
	byDay := map[time.Time][]*Run{}
	var last *Run
	for _, run := range r.Runs {
		if run.Judged() && run.day().Before(day) {
			byDay[run.day()] = append(byDay[run.day()], run)
			last = run
		}
	}
	a.LastRun = last
	switch {
	case last == nil:
		a.Kind, a.Text = "none", "no run in the block before "+day.Format(time.DateOnly)+": nothing to advise from"
	case unwell(last) && day.Sub(last.day()) <= unwellWithin:
		a.Kind, a.After = "rest", last
		a.Text = "rest: do not run with an injury or illness; run again once it is gone"
		a.Because = []string{fmt.Sprintf("the last run (%s) says %q", shortName(last), unwellWord(last))}
	case day.Sub(last.day()) > comebackAfter:
		a.Kind, a.After = "easy", last
		days := int(day.Sub(last.day()).Hours() / 24)
		a.Text = "an easy run: come back with easy runs before any quality"
		a.Because = []string{fmt.Sprintf("the last run was %d days before (%s): the block's fitness is not today's", days, shortName(last))}
	default:
		nextAfter(&a, r, cfg, byDay)
	}
	return a
}

// comebackAfter is how long without a run makes the next one a comeback:
// two weeks, after which detraining is measurable (Mujika & Padilla 2000).
const comebackAfter = 14 * 24 * time.Hour

func unwell(r *Run) bool { return intentUnwell.MatchString(r.Name + " " + r.Description) }

func unwellWord(r *Run) string { return intentUnwell.FindString(r.Name + " " + r.Description) }

// nextAfter advises from the day before: load, two hard days, one, or none.
func nextAfter(a *Advice, r *Report, cfg Config, byDay map[time.Time][]*Run) {
	before, twoBefore := hardOrLongOn(byDay, a.Date.AddDate(0, 0, -1)), hardOrLongOn(byDay, a.Date.AddDate(0, 0, -2))
	spike := optFloat(cfg, loadSpike, "max_ratio")
	d, ok := r.Load.DayLoad(a.Date.AddDate(0, 0, -1))
	switch {
	case ok && d.Ratio > spike:
		a.Kind = "easy-or-rest"
		a.Text = "an easy run or rest: the load has jumped"
		a.Because = []string{fmt.Sprintf("acute load %.0f is %.2f times the chronic load %.0f (load-spike bound %.2g)", d.Acute, d.Ratio, d.Chronic, spike)}
	case before != nil && twoBefore != nil && (before.Class == Hard || twoBefore.Class == Hard):
		a.Kind, a.After = "easy-or-rest", before
		a.Text = "an easy run or rest: two hard days in a row need more than a recovery run"
		a.Because = []string{fmt.Sprintf("%s the day before (%s) and %s the day before that (%s)", before.Class, shortName(before), twoBefore.Class, shortName(twoBefore))}
	case before != nil:
		recoveryAdvice(a, r, cfg, before)
	default:
		qualityAdvice(a, byDay)
	}
}

// kmWords is the distance limits, where the config sets them.
func kmWords(l RecoveryLimits) string {
	if l.MinKm <= 0 && l.MaxKm <= 0 {
		return " (time is the rule; 3-6 km is the founding article's guide)"
	}
	return fmt.Sprintf(", and %g-%g km", l.MinKm, l.MaxKm)
}

// recoveryAdvice prescribes the recovery run, each limit the one its rule
// holds a recovery run to, rounded so that a run at the limit passes.
func recoveryAdvice(a *Advice, r *Report, cfg Config, after *Run) {
	lrp := lrpOn(r.Profile, a.Date)
	tol := optFloat(cfg, recoveryTooFast, "tolerance")
	l := RecoveryLimits{
		MinMinutes: optDuration(cfg, recoveryTooShort, "min").Minutes(), MinKm: optFloat(cfg, recoveryTooShort, "min_km"),
		MaxMinutes: optDuration(cfg, recoveryTooLong, "max").Minutes(), MaxKm: optFloat(cfg, recoveryTooLong, "max_km"),
		LRP: lrp.Pace,
	}
	easy := easyOn(r.Profile, a.Date)
	if l.LRP > 0 {
		// recovery-too-fast flags a pace only when it is both past the
		// long-run pace's tolerance and faster than the easy pace.
		l.SlowestPace = math.Ceil(l.LRP * (1 - tol))
		if easy.Pace > 0 && easy.Pace < l.SlowestPace {
			l.SlowestPace = math.Ceil(easy.Pace)
		}
	}
	if maxHR := r.Profile.MaxHR; maxHR > 0 {
		l.MaxHR = math.Floor(optFloat(cfg, recoveryTooFast, "hr_cap") * maxHR)
	}
	a.Kind, a.After, a.Limits = "recovery", after, &l
	parts := []string{fmt.Sprintf("a recovery run of %.0f-%.0f min", l.MinMinutes, l.MaxMinutes)}
	if l.MinKm > 0 || l.MaxKm > 0 {
		parts[0] += fmt.Sprintf(", %g-%g km", l.MinKm, l.MaxKm)
	}
	if l.SlowestPace > 0 {
		parts = append(parts, "no faster than "+FormatPace(l.SlowestPace))
	}
	if l.MaxHR > 0 {
		parts = append(parts, fmt.Sprintf("average HR under %.0f", l.MaxHR))
	}
	a.Text = strings.Join(parts, ", ")
	a.Because = []string{
		fmt.Sprintf("the day before was a %s day (%s)", after.Class, shortName(after)),
		fmt.Sprintf("%.0f-%.0f min: the limits of recovery-too-short and recovery-too-long%s", l.MinMinutes, l.MaxMinutes, kmWords(l)),
	}
	switch {
	case l.SlowestPace <= 0:
	case easy.Pace > 0 && math.Ceil(easy.Pace) == l.SlowestPace:
		a.Because = append(a.Because, fmt.Sprintf("%s: the %s (recovery-too-fast holds a recovery run to the faster of it and the long-run pace less %s)", FormatPace(l.SlowestPace), easy.Reason, pct(tol)))
	default:
		a.Because = append(a.Because, fmt.Sprintf("%s: the %s, less recovery-too-fast's tolerance of %s", FormatPace(l.SlowestPace), lrp.Reason, pct(tol)))
	}
	if l.MaxHR > 0 {
		a.Because = append(a.Because, fmt.Sprintf("%.0f bpm: recovery-too-fast's cap of %s of HRmax %.0f", l.MaxHR, pct(optFloat(cfg, recoveryTooFast, "hr_cap")), r.Profile.MaxHR))
	}
}

// lrpOn is the long-run pace in force on day (the profile's week), else
// the block's last.
func lrpOn(p Profile, day time.Time) LRP {
	week := activity.WeekStart(day).Format(time.DateOnly)
	for _, w := range p.History {
		if w.Week == week && w.LRP.Pace > 0 {
			return w.LRP
		}
	}
	return p.LongRunPace
}

// easyOn is the easy pace in force on day, as lrpOn.
func easyOn(p Profile, day time.Time) PaceRef {
	week := activity.WeekStart(day).Format(time.DateOnly)
	for _, w := range p.History {
		if w.Week == week && w.EasyPace.Pace > 0 {
			return w.EasyPace
		}
	}
	return p.EasyPace
}

// qualityAdvice: the day before was easy or a rest day, so the day is free
// for quality; the runner's recent pattern says what that has meant.
func qualityAdvice(a *Advice, byDay map[time.Time][]*Run) {
	a.Kind = "quality"
	a.Text = "free for quality: a hard session or a long run fits, or an easy run"
	var hard []*Run
	for d := a.Date.AddDate(0, 0, -14); d.Before(a.Date); d = d.AddDate(0, 0, 1) {
		for _, r := range byDay[d] {
			if r.Class == Hard {
				hard = append(hard, r)
			}
		}
	}
	a.Because = []string{"the day before was no hard or long day"}
	if len(hard) == 0 {
		a.Because = append(a.Because, "no hard session in the 14 days before")
		return
	}
	lastHard := hard[len(hard)-1]
	a.Because = append(a.Because, fmt.Sprintf("%s in the 14 days before, the last %s: %s", activity.Plural(len(hard), "hard session"), shortName(lastHard), strings.TrimPrefix(firstReason(lastHard), "hard: ")))
}

func firstReason(r *Run) string {
	if len(r.Reasons) == 0 {
		return ""
	}
	return r.Reasons[0]
}

// optFloat and optDuration read a rule's option as the config sets it, or
// its default: the advice holds runs to the audit's own limits.
func optFloat(cfg Config, rule *Rule, name string) float64 {
	v, _ := strconv.ParseFloat(optValue(cfg, rule, name), 64)
	return v
}

func optDuration(cfg Config, rule *Rule, name string) time.Duration {
	d, _ := ParseDuration(optValue(cfg, rule, name))
	return d
}

func optValue(cfg Config, rule *Rule, name string) string {
	if v, ok := ruleConfig(cfg.Rules, rule).Options[name]; ok {
		return fmt.Sprint(v)
	}
	if o := rule.option(name); o != nil {
		return o.Default
	}
	return ""
}
