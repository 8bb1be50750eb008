package parse

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/muktihari/fit/encoder"
	"github.com/muktihari/fit/profile/filedef"
	"github.com/muktihari/fit/profile/mesgdef"
	"github.com/muktihari/fit/profile/typedef"
)

// anomalousFIT is a 10-minute run whose file_id has an invalid type and
// whose session has no start time and a timer time far longer than its
// elapsed time: what odd exporters write.
func anomalousFIT(t *testing.T) []byte {
	t.Helper()
	start := time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC)
	act := filedef.NewActivity()
	act.FileId = *mesgdef.NewFileId(nil).SetType(typedef.FileInvalid).SetManufacturer(typedef.ManufacturerDevelopment)
	for i := range 61 {
		act.Records = append(act.Records, mesgdef.NewRecord(nil).SetTimestamp(start.Add(time.Duration(10*i)*time.Second)).
			SetDistanceScaled(float64(30*i)).SetEnhancedSpeedScaled(3).SetHeartRate(140).SetCadence(86))
	}
	end := start.Add(10 * time.Minute)
	act.Sessions = append(act.Sessions, mesgdef.NewSession(nil).SetTimestamp(end).SetSport(typedef.SportRunning).
		SetTotalElapsedTimeScaled(600).SetTotalTimerTimeScaled(21680).SetTotalDistanceScaled(1800))
	fit := act.ToFIT(nil)
	var b bytes.Buffer
	if err := encoder.New(&b).Encode(&fit); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestFITAnomaliesAreWarned(t *testing.T) {
	for _, full := range []bool{false, true} {
		r := NewReader()
		r.fit.full = full
		acts, skipped, err := r.Bytes("odd.fit", anomalousFIT(t))
		if err != nil || skipped != "" || len(acts) != 1 {
			t.Fatalf("full=%v: %d activities, skipped %q, err %v", full, len(acts), skipped, err)
		}
		a := acts[0]
		var texts []string
		for _, w := range a.Warnings {
			texts = append(texts, w.Text)
		}
		all := strings.Join(texts, "\n")
		for _, want := range []string{
			"the session has no start time: 2024-05-04T07:00:00Z is used",
			"no valid file type (file_id)",
			"the timer time (6:01:20) is longer than the elapsed time (10:00)",
		} {
			if !strings.Contains(all, want) {
				t.Errorf("full=%v: no warning %q in:\n%s", full, want, all)
			}
		}
		if a.Totals.MovingS > a.Totals.ElapsedS {
			t.Errorf("full=%v: moving %v s is more than elapsed %v s", full, a.Totals.MovingS, a.Totals.ElapsedS)
		}
		if !a.Start.Equal(time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC)) {
			t.Errorf("full=%v: start %v", full, a.Start)
		}
	}
}
