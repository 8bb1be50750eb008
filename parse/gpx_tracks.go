package parse

import (
	"strings"

	"github.com/runlint/runlint/activity"
)

// activities makes the file's tracks into activities: each track one, or
// one per part where its points are hours apart.
func (g *gpxReader) activities(x *xmlStream, stop error) []*activity.Activity {
	parts := g.parts()
	out := make([]*activity.Activity, len(parts))
	for k, p := range parts {
		out[k] = g.activity(x, p, k, k == len(parts)-1, stop)
	}
	return out
}

// trackPart is a track, or the part of one between gaps of hours.
type trackPart struct {
	tr    *gpxTrack
	pts   []activity.Sample
	track [][]activity.Sample // the track's parts, this one the i-th
	i     int
}

// parts cuts each track's points, in the order of the file.
func (g *gpxReader) parts() []trackPart {
	var all []trackPart
	for k := range g.tracks {
		tr := &g.tracks[k]
		to := len(g.pts)
		if k+1 < len(g.tracks) {
			to = g.tracks[k+1].from
		}
		parts := splitAtGaps(g.pts[tr.from:to:to])
		for i, pts := range parts {
			all = append(all, trackPart{tr, pts, parts, i})
		}
	}
	return all
}

// activity is the k-th activity of the file, read from its part of a
// track. What the file as a whole got wrong is said on each; a cut at its
// end, on the last.
func (g *gpxReader) activity(x *xmlStream, p trackPart, k int, last bool, stop error) *activity.Activity {
	a := &activity.Activity{
		Source:  activity.Source{Path: g.path, Format: activity.GPX, Session: k},
		Sport:   "unknown",
		Samples: p.pts,
		Pauses:  pausesIn(p.tr.pauses, p.pts[0].Time, p.pts[len(p.pts)-1].Time),
	}
	if last {
		warnSamplesCut(a, g.samplesCut)
		if stop != nil {
			a.Damaged("file is truncated or malformed (line %d: %v): kept the %d points read before it", x.line(), stop, len(a.Samples))
		}
	}
	g.warnings(x, a)
	if len(p.track) > 1 {
		warnSplit(a, p.track, p.i)
	}
	g.label(a, p.tr)
	locate(a)
	g.offset.apply(a)
	finish(a, unstated())
	inferSport(a)
	return a
}

// splitAtGaps orders a track's points by time and cuts it where two are
// more than activity.MaxGap apart: two recordings in one track (a Strava
// GPX of two runs 9 days apart read as one of 219 h), each its own
// activity. A point whose time cannot be true (a month from the middle
// point, which cleanSamples drops) cuts nothing. Each part's slice ends at
// its own length, so that no reader appends into the next part.
func splitAtGaps(pts []activity.Sample) [][]activity.Sample {
	if len(pts) == 0 {
		return nil
	}
	sortByTime(pts)
	mid := pts[len(pts)/2].Time
	var parts [][]activity.Sample
	from, last := 0, -1 // the part's first point; the last point that can be true
	for i := range pts {
		if monthAway(mid, pts[i].Time) {
			continue
		}
		if last >= 0 && activity.IsGap(activity.Seconds(pts[last].Time, pts[i].Time)) {
			parts = append(parts, pts[from:i:i])
			from = i
		}
		last = i
	}
	return append(parts, pts[from:len(pts):len(pts)])
}

// warnSplit says that a track was cut at gaps of hours, and where.
func warnSplit(a *activity.Activity, parts [][]activity.Sample, i int) {
	var cuts []string
	for k := 1; k < len(parts); k++ {
		before, after := parts[k-1][len(parts[k-1])-1].Time, parts[k][0].Time
		cuts = append(cuts, wordSpan(activity.Seconds(before, after))+" from "+before.UTC().Format("2006-01-02 15:04")+" UTC")
	}
	a.Warn("the track's points are more than %s apart (%s): read as %d activities, this is part %d",
		wordSpan(activity.MaxGap.Seconds()), strings.Join(cuts, "; "), len(parts), i+1)
}

// warnings says what the file as a whole got wrong.
func (g *gpxReader) warnings(x *xmlStream, a *activity.Activity) {
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

// label sets an activity's name, description and sport from its track, and
// the device from the file.
func (g *gpxReader) label(a *activity.Activity, tr *gpxTrack) {
	a.Name, a.NameFrom = firstNonEmpty(tr.name, g.metaName), "gpx"
	if a.Name == "" {
		a.NameFrom = ""
	}
	a.Description = tr.desc
	a.Sport = sportFromLabel(tr.typ)
	if a.Sport == "unknown" {
		if a.Sport = sportFromName(a.Name); a.Sport != "unknown" {
			a.Warn("no activity type in the file: %s read from the name %q", a.Sport, a.Name)
		} else if tr.typ != "" {
			a.Warn("unknown activity type %q", tr.typ)
		}
	}
	a.Device = strings.TrimSpace(g.creator)
}
