package report_test

import (
	"testing"

	"github.com/runlint/runlint/activity"
)

// Every zone.from runlint writes is one the JSON schema lists: a FIT
// activity dated by the zone at its position across a change of the clocks
// says "fit local_timestamp and position".
func TestZoneFromInSchema(t *testing.T) {
	rep := synthetic(t)
	froms := []string{"fit local_timestamp", "fit local_timestamp and position", "position", "nearest activity", "time offset", "none"}
	for i, run := range rep.Runs {
		run.Zone = activity.Zone{Offset: 3600, Name: "Europe/Berlin", From: froms[i%len(froms)]}
	}
	validate(t, compileSchema(t, "../schema/runlint-check-v1.schema.json"), render(t, "json", rep))
}
