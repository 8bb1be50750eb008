package parse

import (
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/internal/synth"
)

// A FIT file whose CRC fails is damaged, and says so: an error naming the
// damage when nothing in it reads as an activity (one flipped bit in its
// first definition), a damage warning on the activity when some of it
// does. The same bytes with the CRC made right are a file the writer got
// wrong: readable, holding no activity, skipped with what it is.
func TestFITDamageIsNotEmptiness(t *testing.T) {
	flipped := oddFIT(t, "flipped-definition")
	for _, full := range []bool{false, true} {
		r := NewReader()
		r.fit.full = full
		res := r.Read("flipped.fit", flipped)
		if res.Err == nil || res.Skipped != "" || len(res.Activities) != 0 {
			t.Fatalf("full=%v: a damaged file gave err %v, skipped %q, %d activities", full, res.Err, res.Skipped, len(res.Activities))
		}
		msg := res.Err.Error()
		if !strings.HasPrefix(msg, "fit: damaged file: file CRC mismatch (computed ") ||
			!strings.Contains(msg, "; nothing in it reads as an activity (FIT activity file with no records or sessions; then at byte ") {
			t.Errorf("full=%v: %s", full, msg)
		}
		if strings.Contains(msg, "\n") {
			t.Errorf("full=%v: not one line: %q", full, msg)
		}

		res = r.Read("flipped-crc-right.fit", synth.WithCRC(append([]byte(nil), flipped...)))
		if res.Err != nil || !strings.HasPrefix(res.Skipped, "FIT activity file with no records or sessions (then: at byte ") {
			t.Errorf("full=%v: with its CRC right: err %v, skipped %q", full, res.Err, res.Skipped)
		}
	}

	good := fitOf(t, synth.FITRun{Start: time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC), Secs: 1800, Speed: 3, HR: 140, Local: 2 * time.Hour})
	at := len(good) / 2
	good[at] ^= 0x01 // a bit of a record's value: the file still frames
	res := NewReader().Read("bit.fit", good)
	if res.Err != nil || len(res.Activities) != 1 {
		t.Fatalf("a damaged file that reads: err %v, %d activities", res.Err, len(res.Activities))
	}
	var damage []string
	for _, w := range res.Activities[0].Warnings {
		if w.Kind == activity.Damage {
			damage = append(damage, w.Text)
		}
	}
	if len(damage) != 1 || !strings.HasPrefix(damage[0], "file CRC mismatch (computed ") {
		t.Errorf("damage warnings %q", damage)
	}
}
