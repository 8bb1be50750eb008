package parse

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/muktihari/fit/profile/untyped/fieldnum"
	"github.com/muktihari/fit/profile/untyped/mesgnum"

	"github.com/runlint/runlint/internal/synth"
)

// A file_id declaring its serial number 0x0C, uint32z without the endian
// bit, as one runner's app wrote 65 of his 156 files: Garmin's SDK reads
// them, and so does runlint, by either path, without touching the input.
func TestFITBaseTypeWithoutEndianBitIsRead(t *testing.T) {
	data := oddFIT(t, "serial-0x0c")
	before := bytes.Clone(data)
	for _, full := range []bool{false, true} {
		r := NewReader()
		r.fit.full = full
		acts, skipped, err := r.Bytes("app.fit", data)
		if err != nil || skipped != "" || len(acts) != 1 {
			t.Fatalf("full=%v: %d activities, skipped %q, err %v", full, len(acts), skipped, err)
		}
		a := acts[0]
		if a.Sport != "running" || a.Totals.DistanceM != 5400 || a.Totals.TimerS != 1800 || a.LocalDate() != "2024-05-04" || a.Zone.Offset != 7200 {
			t.Errorf("full=%v: %s %v m %v s on %s (offset %d)", full, a.Sport, a.Totals.DistanceM, a.Totals.TimerS, a.LocalDate(), a.Zone.Offset)
		}
		if len(a.Warnings) != 0 {
			t.Errorf("full=%v: warnings %v on a valid file", full, a.Warnings)
		}
		if !full && !r.fit.tookFast {
			t.Errorf("the fast path gave the file to the decoder")
		}
		if !bytes.Equal(data, before) {
			t.Fatalf("full=%v: reading changed the input", full)
		}
	}
}

// A base type byte whose low five bits name no base type is refused by
// Garmin's SDK too: runlint says what the decoder says.
func TestFITBaseTypeTheSDKRefusesIsRefused(t *testing.T) {
	data := fitOf(t, synth.FITRun{Start: time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC), Secs: 600, Speed: 3})
	data[baseAt(t, data, mesgnum.FileId, fieldnum.FileIdSerialNumber)] = 0x1F
	synth.WithCRC(data)
	for _, full := range []bool{false, true} {
		r := NewReader()
		r.fit.full = full
		acts, _, err := r.Bytes("odd.fit", data)
		if err == nil || len(acts) != 0 || !strings.Contains(err.Error(), "file_id(0): fields[2].BaseType: invalid(31): invalid basetype") {
			t.Errorf("full=%v: %d activities, err %v", full, len(acts), err)
		}
	}
}

func TestSDKBase(t *testing.T) {
	for b, want := range map[byte]byte{0x0C: 0x8C, 0x8C: 0x8C, 0x2C: 0x8C, 0x03: 0x83, 0x84: 0x84, 0x07: 0x07, 0x87: 0x07, 0x00: 0x00, 0x10: 0x90} {
		if got, ok := sdkBase(b); !ok || got != want {
			t.Errorf("sdkBase(%#x) = %#x, %v; want %#x", b, got, ok, want)
		}
	}
	for _, b := range []byte{0x11, 0x1F, 0xFF, 0x91} {
		if got, ok := sdkBase(b); ok {
			t.Errorf("sdkBase(%#x) = %#x: the SDK refuses it", b, got)
		}
	}
}

func TestSDKBaseTypesCopiesOnlyWhatItRewrites(t *testing.T) {
	valid := fitOf(t, synth.FITRun{Start: time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC), Secs: 600, Speed: 3})
	if out := sdkBaseTypes(valid); &out[0] != &valid[0] {
		t.Error("a file with nothing to rewrite was copied")
	}
	odd := oddFIT(t, "serial-0x0c")
	at := baseAt(t, odd, mesgnum.FileId, fieldnum.FileIdSerialNumber)
	out := sdkBaseTypes(odd)
	if &out[0] == &odd[0] || odd[at] != 0x0C || out[at] != 0x8C {
		t.Errorf("rewritten %#x in a copy: %v; input %#x", out[at], &out[0] != &odd[0], odd[at])
	}
	out[at] = 0x0C
	if !bytes.Equal(out, odd) {
		t.Error("the copy differs elsewhere")
	}
}
