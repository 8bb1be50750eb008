package parse

import (
	"strings"
	"time"
)

// stravaDateLayouts are the ways activities.csv has written an activity's
// start, in UTC: English since mid-2019 ("Sep 12, 2018, 3:02:23 PM"),
// before it ("2018-09-12 15:02:23"), and German ("09.12.2022, 15:24:49",
// day first). A date in another language's words reads as none: runlint
// dates an activity by its file, and uses the csv's date only to find a file
// whose name the csv no longer matches (see Lend).
var stravaDateLayouts = []string{
	"Jan 2, 2006, 3:04:05 PM",
	"2006-01-02 15:04:05",
	"2.1.2006, 15:04:05",
	"2.1.2006 15:04:05",
	time.RFC3339,
}

// stravaDate is the start a row gives, or the zero time.
func stravaDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range stravaDateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
