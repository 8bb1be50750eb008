package check

import "github.com/runlint/runlint/parse"

// lendExports lends the exports' own files (Strava's activities.csv,
// Garmin's activity lists) to the files they name: names, descriptions and
// the runner's types. One that cannot be read is an error on it, as an
// activity file's would be; what one holds that cannot be mapped is a
// warning naming it.
func lendExports(c *collection, results []parse.Result, warnf func(string, ...any)) []parse.Result {
	var failed []parse.Result
	warn := func(s source, msg string) {
		if warnf != nil {
			warnf("%s: %s", s.path, msg)
		}
	}
	for _, s := range c.csvs {
		data, err := readExportFile(s)
		var csv *parse.StravaCSV
		if err == nil {
			csv, err = parse.ReadStravaCSV(data)
		}
		if err != nil {
			failed = append(failed, parse.Result{Path: s.path, Err: err})
			continue
		}
		for _, w := range csv.Warnings {
			warn(s, w)
		}
		csv.Lend(s.path, results)
	}
	for _, s := range c.garmin {
		data, err := readExportFile(s)
		var acts parse.GarminActivities
		if err == nil {
			acts, err = parse.ReadGarminActivities(data)
		}
		if err != nil {
			failed = append(failed, parse.Result{Path: s.path, Err: err})
			continue
		}
		acts.Lend(s.path, results)
	}
	return append(results, failed...)
}
