package parse

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/runlint/runlint/activity"

	"github.com/muktihari/fit/profile/typedef"
)

// activities turns what was collected into one activity per session.
func (l *fitListener) activities(path string, lend bool) []*activity.Activity {
	sortByTime(l.samples)
	l.mergeHR()
	pauses := timerPauses(l.events)
	sessions, synthetic := l.sessionsOrOne()
	acts := make([]*activity.Activity, 0, len(sessions))
	// Sessions whose windows overlap would each copy the same samples: a
	// file of 64 identical sessions would hold 64 copies. The copies of all
	// sessions together stay within twice the file's samples.
	budget := 2*len(l.samples) + 1
	for i, s := range sessions {
		a := &activity.Activity{
			Source:   activity.Source{Path: path, Format: activity.FIT, Session: i},
			Sport:    s.sport,
			SubSport: s.subSport,
			Device:   l.deviceName(),
			Start:    s.start,
		}
		if len(sessions) == 1 {
			a.Samples = l.samples[:len(l.samples):len(l.samples)]
			if !lend {
				a.Samples = append([]activity.Sample(nil), l.samples...)
			}
			a.Laps = append([]activity.Lap(nil), l.laps...)
			a.Pauses = pauses
		} else {
			a.Samples = samplesIn(l.samples, s.start, s.end, budget)
			budget -= len(a.Samples)
			a.Laps = lapsIn(l.laps, s.start, s.end)
			a.Pauses = pausesIn(pauses, s.start, s.end)
		}
		l.describe(a, s, synthetic)
		l.warnCuts(a, i, budget)
		l.zoneAtStart(a)
		locate(a)
		finish(a, stated{
			distance: s.distance, distanceFrom: "session",
			timer: s.timer, elapsed: s.elapsed,
			avgHR: s.avgHR, maxHR: s.maxHR, ascent: s.ascent,
			ordered: true, // sorted above; a session's window keeps the order
			end:     s.stamp,
		})
		acts = append(acts, a)
	}
	return acts
}

// sessionsOrOne is the file's sessions, oldest first, or one standing in
// for them (and true) when the file has records but no session message.
func (l *fitListener) sessionsOrOne() ([]fitSession, bool) {
	sessions := l.sessions
	sort.SliceStable(sessions, func(i, j int) bool { return sessions[i].start.Before(sessions[j].start) })
	if len(sessions) > 0 {
		return sessions, false
	}
	sport := l.sportSport
	if sport == "" {
		sport = "unknown"
	}
	nan := math.NaN()
	return []fitSession{{sport: sport, timer: nan, elapsed: nan, distance: nan, avgHR: nan, maxHR: nan, ascent: nan}}, true
}

// deviceName is the device that recorded the file: the creator's product
// name where the file_id names only a development tool.
func (l *fitListener) deviceName() string {
	if l.creatorName != "" && (l.device == "" || strings.HasPrefix(l.device, "development")) {
		return l.creatorName
	}
	return l.device
}

// describe gives a session's activity its name, zone, start and warnings.
func (l *fitListener) describe(a *activity.Activity, s fitSession, synthetic bool) {
	switch {
	case l.workoutName != "":
		a.Name, a.NameFrom = l.workoutName, "fit workout"
	case s.profileName != "":
		a.Name, a.NameFrom = s.profileName, "fit sport profile"
	case l.sportName != "":
		a.Name, a.NameFrom = l.sportName, "fit sport profile"
	}
	switch {
	case synthetic:
		a.Warn("no session message: totals computed from %d records", len(a.Samples))
	case len(a.Samples) == 0 && l.records == 0:
		a.Warn("no samples: the file holds a session and no records, so its totals are the session's own, unchecked, with no pace, heart rate or track over time")
	case len(a.Samples) == 0:
		a.Warn("no samples: none of the file's records falls in this session, so its totals are the session's own, unchecked, with no pace, heart rate or track over time")
	}
	if l.noTimestamp > 0 {
		a.Warn("%d records without a timestamp ignored", l.noTimestamp)
	}
	if l.hasOffset {
		a.Zone = activity.Zone{Offset: l.localOffset, From: "fit local_timestamp"}
	}
	if a.Start.IsZero() && len(a.Samples) > 0 {
		a.Start = a.Samples[0].Time
	}
	if s.noStart && !synthetic && !a.Start.IsZero() {
		a.Warn("the session has no start time: %s is used (its end less its elapsed time, or its first record)", a.Start.UTC().Format(time.RFC3339))
	}
	l.warnFileType(a)
}

// warnCuts says what the limits left out of the file.
func (l *fitListener) warnCuts(a *activity.Activity, session, budget int) {
	if session == 0 {
		warnSamplesCut(a, l.samplesCut)
		if l.sessionsCut > 0 {
			a.Damaged("more than %d sessions (the limit; a triathlon has nine): the %d after it are not read", maxSessions, l.sessionsCut)
		}
	}
	if budget <= 0 && session > 0 {
		a.Damaged("this session's samples overlap the sessions before it more than the file has samples: not read")
	}
}

// warnFileType says when a file read as an activity does not say it is
// one: its sessions and records are read all the same, but a device that
// writes no valid file type may write other fields wrong too.
func (l *fitListener) warnFileType(a *activity.Activity) {
	switch {
	case !l.fileType.set:
		a.Warn("no valid file type (file_id): read as an activity from its sessions and records")
	case l.fileType.v != typedef.FileActivity:
		a.Warn("file type %s, not activity: read as an activity from its sessions and records", strings.ReplaceAll(l.fileType.v.String(), "_", " "))
	}
}

// mergeHR puts the separate hr messages onto the record timeline: each record
// without heart rate takes the mean of the hr samples since the previous
// record, or the nearest one within 2 s.
func (l *fitListener) mergeHR() {
	if len(l.hr) == 0 {
		return
	}
	hr := l.hr
	// slices' sort: sort.Stable's algorithm without reflection, asked what
	// sort.SliceStable was (a.t < b.t), so the order is the same.
	slices.SortStableFunc(hr, func(a, b hrPoint) int {
		if a.t < b.t {
			return -1
		}
		if b.t < a.t {
			return 1
		}
		return 0
	})
	j := 0
	prev := math.Inf(-1)
	for i := range l.samples {
		s := &l.samples[i]
		t := float64(s.Time.Unix())
		for j < len(hr) && hr[j].t <= prev {
			j++
		}
		if s.HR == 0 {
			sum, n := 0, 0
			for k := j; k < len(hr) && hr[k].t <= t; k++ {
				sum += int(hr[k].bpm)
				n++
			}
			if n > 0 {
				s.HR = uint8(sum / n)
			} else if k := nearestHR(hr, t); k >= 0 && math.Abs(hr[k].t-t) <= 2 {
				s.HR = hr[k].bpm
			}
		}
		prev = t
	}
}

func nearestHR(hr []hrPoint, t float64) int {
	k := sort.Search(len(hr), func(i int) bool { return hr[i].t >= t })
	best := -1
	for _, c := range []int{k - 1, k} {
		if c >= 0 && c < len(hr) && (best < 0 || math.Abs(hr[c].t-t) < math.Abs(hr[best].t-t)) {
			best = c
		}
	}
	return best
}

// timerPauses pairs the device's timer stop and start events.
func timerPauses(evs []timerEvent) []activity.Pause {
	slices.SortStableFunc(evs, func(a, b timerEvent) int { return a.t.Compare(b.t) })
	var out []activity.Pause
	var stoppedAt time.Time
	stopped := false
	for _, e := range evs {
		switch {
		case !e.start && !stopped:
			stopped, stoppedAt = true, e.t
		case e.start && stopped:
			stopped = false
			if e.t.After(stoppedAt) {
				out = append(out, activity.Pause{From: stoppedAt, To: e.t})
			}
		}
	}
	return out
}

// windowEdges are the first and last instants of a session's window, a
// second of slack each side; open for a session with no end.
func windowEdges(from, to time.Time) (first, last time.Time, open bool) {
	return from.Add(-time.Second), to.Add(time.Second), to.IsZero()
}

func inWindow(t, from, to time.Time) bool {
	first, last, open := windowEdges(from, to)
	return !t.Before(first) && (open || !t.After(last))
}

// samplesIn copies the samples in a session's window, none when there are
// more than budget of them. s is in time order, so the window is one run of
// it, found by binary search.
func samplesIn(s []activity.Sample, from, to time.Time, budget int) []activity.Sample {
	first, last, open := windowEdges(from, to)
	lo := sort.Search(len(s), func(i int) bool { return !s[i].Time.Before(first) })
	hi := len(s)
	if !open {
		hi = lo + sort.Search(len(s)-lo, func(i int) bool { return s[lo+i].Time.After(last) })
	}
	if n := hi - lo; n == 0 || n > budget {
		return nil
	}
	return append([]activity.Sample(nil), s[lo:hi]...)
}

func lapsIn(laps []activity.Lap, from, to time.Time) []activity.Lap {
	var out []activity.Lap
	for _, l := range laps {
		if inWindow(l.Start, from, to) {
			out = append(out, l)
		}
	}
	return out
}

func pausesIn(ps []activity.Pause, from, to time.Time) []activity.Pause {
	var out []activity.Pause
	for _, p := range ps {
		if p.To.After(from) && (to.IsZero() || p.From.Before(to)) {
			out = append(out, p)
		}
	}
	return out
}

// whatItIs says what a FIT file that holds no activity is.
func (l *fitListener) whatItIs() string {
	if !l.fileType.set {
		return "FIT file with no activity data"
	}
	if l.fileType.v == typedef.FileActivity {
		return "FIT activity file with no records or sessions"
	}
	return fmt.Sprintf("FIT %s file, not an activity", strings.ReplaceAll(l.fileType.v.String(), "_", " "))
}
