package parse

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/runlint/runlint/activity"
)

func TestCRCMatchesBytewise(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		b := make([]byte, n*29) // past several of crc16's double blocks, with every kind of tail
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		init := uint16(rng.Uint32())
		if got, want := crc16(init, b), crc16Bytewise(init, b); got != want {
			t.Fatalf("len %d from %04x: crc16 %04x, bytewise %04x", len(b), init, got, want)
		}
	}
	// CRC-16/ARC check value.
	if got := crc16(0, []byte("123456789")); got != 0xBB3D {
		t.Fatalf("check value %04x, want bb3d", got)
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want activity.Format
	}{
		{"\x0e\x10\x00\x00\x00\x00\x00\x00.FIT\x00\x00", activity.FIT},
		{"\x0c\x10\x00\x00\x00\x00\x00\x00.FIT", activity.FIT},
		{`<?xml version="1.0"?><gpx version="1.1">`, activity.GPX},
		{"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- c --><gpx>", activity.GPX},
		{"   \n <?xml version=\"1.0\"?><TrainingCenterDatabase xmlns=\"x\">", activity.TCX},
		{`<ns:TrainingCenterDatabase>`, activity.TCX},
		{`<html><body>`, ""},
		{"# README\n", ""},
		{"", ""},
	} {
		if got := Detect([]byte(tc.in)); got != tc.want {
			t.Errorf("Detect(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseTime(t *testing.T) {
	for _, tc := range []struct {
		in     string
		want   string
		noZone bool
	}{
		{"2024-05-01T08:00:00+02:00", "2024-05-01T06:00:00Z", false}, // gpxgo zeroes this one
		{"2024-05-01T06:00:00Z", "2024-05-01T06:00:00Z", false},
		{"2024-05-01T06:00:00.250Z", "2024-05-01T06:00:00.25Z", false},
		{"2024-05-01T06:00:00.5-04:00", "2024-05-01T10:00:00.5Z", false},
		{"2024-05-01T06:00:00", "2024-05-01T06:00:00Z", true},
		{"2024-05-01T06:00:00.123", "2024-05-01T06:00:00.123Z", true},
		{"2024-12-31T23:59:59.999999999+14:00", "2024-12-31T09:59:59.999999999Z", false},
		{"2024-02-29T00:00:00-00:30", "2024-02-29T00:30:00Z", false},
	} {
		got, nz, err := parseTime(tc.in)
		if err != nil || got.Format(time.RFC3339Nano) != tc.want || nz != tc.noZone {
			t.Errorf("parseTime(%q) = %v, %v, %v; want %s, %v", tc.in, got.Format(time.RFC3339Nano), nz, err, tc.want, tc.noZone)
		}
	}
	for _, bad := range []string{"yesterday", "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-01T06:00:00+2:00x"} {
		if _, _, err := parseTime(bad); err == nil {
			t.Errorf("parseTime accepted %q", bad)
		}
	}
	// The quick path agrees with time.Parse wherever both read a time.
	for _, s := range []string{"2019-06-15T09:42:30Z", "2019-06-15T09:42:30.5Z", "2019-06-15T05:42:30.123-04:00", "1970-01-01T00:00:00Z", "2000-02-29T12:00:00+05:45"} {
		q, ok := quickTime(s)
		p, err := time.Parse(time.RFC3339Nano, s)
		if !ok || err != nil || !q.Equal(p) {
			t.Errorf("%s: quick %v %v, time.Parse %v %v", s, q, ok, p, err)
		}
	}
}

// track builds samples one second apart moving at speeds[i] m/s along a line.
func track(start time.Time, speeds []float64) []activity.Sample {
	var out []activity.Sample
	d := 0.0
	for i, v := range speeds {
		s := activity.NewSample(start.Add(time.Duration(i) * time.Second))
		d += v
		s.DistM = d
		s.HR = 150
		out = append(out, s)
	}
	return out
}

func repeat(v float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = v
	}
	return out
}

func TestMovingTimeDropsStandingStillOverTenSeconds(t *testing.T) {
	t0 := time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)
	speeds := append(append(append(repeat(3, 101), repeat(0, 30)...), repeat(3, 100)...), repeat(0, 5)...)
	speeds = append(speeds, repeat(3, 100)...)
	a := &activity.Activity{Samples: track(t0, speeds), Sport: "running"}
	finish(a, unstated())
	// 300 moving intervals plus the 5-s stop (kept: a traffic light); the 30-s stop is dropped.
	if got := a.Totals.MovingS; got != 305 {
		t.Fatalf("moving %v s, want 305", got)
	}
	if got := a.Totals.ElapsedS; got != float64(len(speeds)-1) {
		t.Fatalf("elapsed %v", got)
	}
	if a.Totals.DistanceFrom != "distance stream" || math.Abs(a.Totals.DistanceM-900) > 1e-6 {
		t.Fatalf("distance %v from %s", a.Totals.DistanceM, a.Totals.DistanceFrom)
	}
}

func TestMovingTimeHonoursPauses(t *testing.T) {
	t0 := time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)
	a := &activity.Activity{Samples: track(t0, repeat(3, 601))}
	// The runner paused the watch for 2 minutes but the samples kept moving (a treadmill belt).
	a.Pauses = []activity.Pause{{From: t0.Add(100 * time.Second), To: t0.Add(220 * time.Second)}}
	finish(a, unstated())
	if got := a.Totals.MovingS; got != 480 {
		t.Fatalf("moving %v s, want 480", got)
	}
}

func TestMovingTimeCadenceIsProgress(t *testing.T) {
	t0 := time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)
	s := track(t0, repeat(0, 301)) // an indoor track: the watch records no distance
	for i := range s {
		s[i].Cadence = 85
	}
	a := &activity.Activity{Samples: s}
	finish(a, unstated())
	if a.Totals.MovingS != 300 {
		t.Fatalf("moving %v, want 300", a.Totals.MovingS)
	}
}

func TestMergeHR(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0).UTC()
	var l fitListener
	for i := range 5 {
		l.samples = append(l.samples, activity.NewSample(t0.Add(time.Duration(i)*time.Second)))
	}
	l.samples[4].HR = 99 // a record that has its own HR keeps it
	base := float64(t0.Unix())
	l.hr = []hrPoint{{base - 0.5, 100}, {base + 0.5, 110}, {base + 1, 120}, {base + 2.9, 130}, {base + 3.5, 140}}
	l.mergeHR()
	want := []uint8{100, 115, 0, 130, 99}
	want[2] = 130 // no hr point in (1, 2]: the nearest within 2 s
	for i, s := range l.samples {
		if s.HR != want[i] {
			t.Errorf("record %d: HR %d, want %d", i, s.HR, want[i])
		}
	}
}

func TestGPXOffsetsAndExtensions(t *testing.T) {
	gpx := `<?xml version="1.0"?>
<gpx xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><name>Recovery run</name><type>running</type><trkseg>
<trkpt lat="47.5" lon="19.05"><ele>100</ele><time>2024-05-01T08:00:00+02:00</time><extensions><ns3:TrackPointExtension><ns3:hr>120</ns3:hr><ns3:cad>80</ns3:cad></ns3:TrackPointExtension></extensions></trkpt>
<trkpt lat="47.5009" lon="19.05"><ele>101</ele><time>2024-05-01T08:00:30.5+02:00</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>130</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>
</trkseg><trkseg>
<trkpt lat="47.5018" lon="19.05"><time>2024-05-01T06:05:00Z</time><extensions><hr>140</hr></extensions></trkpt>
<trkpt lat="47.5027" lon="19.05"><time>2024-05-01T06:05:30Z</time></trkpt>
</trkseg></trk></gpx>`
	acts, err := readGPX("x.gpx", []byte(gpx))
	if err != nil {
		t.Fatal(err)
	}
	a := acts[0]
	if a.Name != "Recovery run" || a.Sport != "running" {
		t.Fatalf("name %q sport %q", a.Name, a.Sport)
	}
	if !a.Start.Equal(time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)) {
		t.Fatalf("start %v", a.Start)
	}
	if a.Zone.Name != "Europe/Budapest" || a.Zone.Offset != 7200 || a.LocalDate() != "2024-05-01" {
		t.Fatalf("zone %+v", a.Zone)
	}
	if len(a.Pauses) != 1 || a.Samples[0].HR != 120 || a.Samples[0].Cadence != 80 || a.Samples[1].HR != 130 || a.Samples[2].HR != 140 {
		t.Fatalf("pauses %v samples %+v", a.Pauses, a.Samples)
	}
	if a.Samples[1].Time.Nanosecond() != 5e8 {
		t.Fatal("fractional seconds lost")
	}
	// 30.5 s + 30 s of running; the 4.5-minute gap between segments is a pause.
	if a.Totals.MovingS != 60.5 {
		t.Fatalf("moving %v", a.Totals.MovingS)
	}
}

func TestTruncatedXMLKeepsPoints(t *testing.T) {
	data, err := os.ReadFile("../testdata/corpus/devices/python-tcxparser/test.tcx")
	if err != nil {
		t.Fatal(err)
	}
	full, err := readTCX("t.tcx", data)
	if err != nil {
		t.Fatal(err)
	}
	cut, err := readTCX("t.tcx", data[:len(data)/2])
	if err != nil {
		t.Fatal(err)
	}
	n, m := len(full[0].Samples), len(cut[0].Samples)
	if m == 0 || m >= n || !strings.Contains(warningText(cut[0]), "truncated") {
		t.Fatalf("kept %d of %d points, warnings %q", m, n, cut[0].Warnings)
	}
}

func TestStravaCSVAttachesNames(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "activities"), 0o755)
	src, _ := os.ReadFile("../testdata/corpus/devices/keep-dylan632/9223370282887962807.gpx")
	os.WriteFile(filepath.Join(dir, "activities", "1.gpx"), src, 0o644)
	os.WriteFile(filepath.Join(dir, "activities.csv"), []byte("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Filename,Elapsed Time\n"+
		"1,\"Jul 31, 2025\",Recovery run,Run,\"30 perc laza, 5:50\",activities/1.gpx,100\n"), 0o644)
	res := readTree(t, dir)
	data, _ := os.ReadFile(filepath.Join(dir, "activities.csv"))
	csv, err := ReadStravaCSV(data)
	if err != nil {
		t.Fatal(err)
	}
	if n := csv.Lend(filepath.Join(dir, "activities.csv"), res); n != 1 {
		t.Fatalf("lent to %d files, want 1", n)
	}
	var got *activity.Activity
	for _, r := range res {
		if len(r.Activities) == 1 {
			got = r.Activities[0]
		}
	}
	if got == nil || got.Name != "Recovery run" || got.NameFrom != "activities.csv" || got.Description != "30 perc laza, 5:50" {
		t.Fatalf("got %+v", got)
	}
}

// TestShippedCorpus holds the reader to the shipped real files: every valid
// device file reads, every broken one is named (an error, a skip with its
// reason, or an activity with a warning), and no file is modified.
func crc16Bytewise(crc uint16, b []byte) uint16 {
	for _, v := range b {
		crc ^= uint16(v)
		for range 8 {
			if crc&1 != 0 {
				crc = crc>>1 ^ 0xA001
			} else {
				crc >>= 1
			}
		}
	}
	return crc
}

// readTree reads every file under root, one result per file in path order.
