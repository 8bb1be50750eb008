package parse

import (
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// ArchiveSep joins a zip archive's path and the name of a file inside it,
// in every report, error and ignore pattern:
// "export_123.zip!activities/456.fit.gz", and for a zip inside a zip (a
// Garmin export) "export.zip!DI_CONNECT/.../UploadedFiles_0-_Part1.zip!789.fit".
// Inside an archive the folders are always separated by "/".
const ArchiveSep = "!"

// MemberPath names a file inside an archive.
func MemberPath(archive, member string) string { return archive + ArchiveSep + member }

// Lend gives the files the csv at csvPath names (relative to its folder, or
// to its folder inside an archive) their row's name, description and type.
// A row finds its file by the name it gives, gunzipped ("1.fit" where it
// says "1.fit.gz": a runner unzipped the export) or gzipped; a row whose file
// is under no such name finds it by its start (within startSlack), among
// the files under the csv's folder that no row named: a runner renamed it.
// It returns how many files it lent to.
func (c *StravaCSV) Lend(csvPath string, results []Result) int {
	byKey := map[string]*Result{}
	for i := range results {
		byKey[pathKey(results[i].Path)] = &results[i]
	}
	named := map[*Result]bool{}
	var unnamed []StravaRow
	for _, row := range c.Rows {
		if res := findNamed(byKey, csvPath, row.File); res != nil {
			named[res] = true
			lendLabel(res, "activities.csv", row.Name, row.Description, row.Type)
			continue
		}
		if !row.Start.IsZero() {
			unnamed = append(unnamed, row)
		}
	}
	lent := len(named)
	if len(unnamed) == 0 {
		return lent
	}
	var left []*Result
	dir := pathKey(siblingPath(csvPath, ""))
	for i := range results {
		if r := &results[i]; !named[r] && inFolder(pathKey(r.Path), dir) {
			left = append(left, r)
		}
	}
	starts := startIndex(left)
	for _, row := range unnamed {
		if res := starts.find(row.Start); res != nil {
			lendLabel(res, "activities.csv", row.Name, row.Description, row.Type)
			lent++
		}
	}
	return lent
}

// findNamed is the result the row's file name gives, as written, gunzipped
// or gzipped.
func findNamed(byKey map[string]*Result, csvPath, file string) *Result {
	names := []string{file, strings.TrimSuffix(file, ".gz")}
	if !strings.HasSuffix(strings.ToLower(file), ".gz") {
		names = []string{file, file + ".gz"}
	}
	for _, n := range names {
		if res := byKey[pathKey(siblingPath(csvPath, n))]; res != nil {
			return res
		}
	}
	return nil
}

// startSlack is how far a file's start may be from the one an export
// gives it: Strava's date is the file's first timestamp to the second, and
// Garmin's the session's start; a minute leaves room for a watch whose first
// record comes late, and is far less than the time between two runs.
const startSlack = time.Minute

// byStart finds a single-activity file by its start.
type byStart []*Result

func startIndex(rs []*Result) byStart {
	var idx byStart
	for _, r := range rs {
		if len(r.Activities) == 1 {
			idx = append(idx, r)
		}
	}
	sort.Slice(idx, func(i, j int) bool { return idx[i].Activities[0].Start.Before(idx[j].Activities[0].Start) })
	return idx
}

// find is the file that starts nearest t, within startSlack, or nil.
func (idx byStart) find(t time.Time) *Result {
	i := sort.Search(len(idx), func(i int) bool { return !idx[i].Activities[0].Start.Before(t) })
	var best *Result
	var bestGap time.Duration
	for _, j := range []int{i - 1, i} {
		if j < 0 || j >= len(idx) {
			continue
		}
		gap := idx[j].Activities[0].Start.Sub(t).Abs()
		if gap <= startSlack && (best == nil || gap < bestGap) {
			best, bestGap = idx[j], gap
		}
	}
	return best
}

// lendLabel gives a file's activities an export's name, description and
// type. Where the export and the file disagree on whether it was a run, the
// export's type wins, and the activity's note says so: it is the runner's
// correction (a watch's running profile left on for a ski tour, retyped on
// Strava). Where both say it was no run, the file's sport stands when it
// names one: a watch's "squash" says more than Strava's "Workout".
func lendLabel(res *Result, from, name, desc, typ string) {
	sport, sub, known := exportSport(typ)
	for _, a := range res.Activities {
		if name != "" {
			a.Name, a.NameFrom = name, from
		}
		if desc != "" {
			a.Description = desc
		}
		switch {
		case typ == "" || len(res.Activities) > 1: // a multi-sport file: the type names only the whole
		case !known:
			if a.IsRun() {
				a.Warn("%s says %q, a type runlint does not read: the file's %s stands", from, typ, a.Sport)
			}
		case sport == a.Sport:
		case a.Sport == "unknown" || a.Sport == "generic":
			a.Sport, a.SubSport = sport, sub
		case a.IsRun() || sport == "running":
			a.Warn("the file says %s, %s says %q (%s): the export's type stands, as the runner's correction", a.Sport, from, typ, sportText(sport, sub))
			a.Sport, a.SubSport = sport, sub
		}
	}
}

func sportText(sport, sub string) string {
	if sub == "" {
		return sport
	}
	return sport + "/" + sub
}

// pathKey is a path as results are matched by: cleaned, "/" between
// folders, each archive's part cleaned apart.
func pathKey(p string) string {
	parts := strings.Split(p, ArchiveSep)
	parts[0] = filepath.ToSlash(filepath.Clean(parts[0]))
	for i := 1; i < len(parts); i++ {
		parts[i] = path.Clean("/" + parts[i])[1:]
	}
	return strings.Join(parts, ArchiveSep)
}

// siblingPath is rel (slash-separated) in the folder of the file at p,
// on disk or inside an archive.
func siblingPath(p, rel string) string {
	if i := strings.LastIndex(p, ArchiveSep); i >= 0 {
		return MemberPath(p[:i], path.Join(path.Dir(p[i+1:]), rel))
	}
	return filepath.Join(filepath.Dir(p), filepath.FromSlash(rel))
}

// inFolder reports whether the path key is inside the folder key dir (on
// disk or in an archive).
func inFolder(key, dir string) bool {
	switch {
	case dir == ".":
		return !strings.HasPrefix(key, "/") && !strings.HasPrefix(key, "../")
	case strings.HasSuffix(dir, ArchiveSep):
		return strings.HasPrefix(key, dir)
	}
	return strings.HasPrefix(key, dir+"/") || strings.HasPrefix(key, dir+ArchiveSep)
}
