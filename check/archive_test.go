package check

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/runlint/runlint/internal/synth"
	"github.com/runlint/runlint/parse"
)

// member is one file of a zip the tests build.
type member struct {
	name   string
	data   []byte
	stored bool // zip.Store, not zip.Deflate
}

func writeZip(t *testing.T, path string, members []member) {
	t.Helper()
	if err := os.WriteFile(path, zipBytes(t, members), 0o644); err != nil {
		t.Fatal(err)
	}
}

func zipBytes(t testing.TB, members []member) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, m := range members {
		h := &zip.FileHeader{Name: m.name, Method: zip.Deflate}
		if m.stored {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(m.data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func gz(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// syntheticRuns writes one week of the synthetic runner's FIT files and
// returns them by base name, with their sessions.
func syntheticRuns(t *testing.T) (map[string][]byte, map[string]synth.Session) {
	t.Helper()
	dir := t.TempDir()
	opt := synth.DefaultOptions()
	opt.Weeks = 1
	written, err := synth.WriteBlock(dir, "fit", opt)
	if err != nil {
		t.Fatal(err)
	}
	files, sessions := map[string][]byte{}, map[string]synth.Session{}
	for p, s := range written {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)], sessions[filepath.Base(p)] = b, s
	}
	return files, sessions
}

func sortedNames(m map[string][]byte) []string {
	var names []string
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// A Strava export read as downloaded: its activity files where they lie in
// the zip, named "export_NNN.zip!activities/...", with the names and types
// of its activities.csv; what is not an activity file (photos, the
// account's other csv files) and hidden files (a Mac's "__MACOSX/") not
// read at all. The same export unzipped reads the same.
func TestStravaExportZip(t *testing.T) {
	files, _ := syntheticRuns(t)
	names := sortedNames(files)
	csv := "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Filename\n"
	members := []member{
		{name: "media/photo.jpg", data: []byte("\xff\xd8 not read")},
		{name: "bikes.csv", data: []byte("Bike Name\nPatria\n")},
		{name: "__MACOSX/activities/._1.fit.gz", data: []byte("\x00\x05\x16\x07 a Mac's metadata")},
		{name: ".git/x.fit", data: []byte("hidden")},
	}
	for i, n := range names {
		typ := "Run"
		if i == 0 {
			typ = "Ride" // the runner's correction of the first file's sport
		}
		csv += fmt.Sprintf("%d,,Run %d,%s,,activities/%s.gz\n", i, i, typ, n)
		members = append(members, member{name: "activities/" + n + ".gz", data: gz(files[n]), stored: i%2 == 0})
	}
	members = append(members, member{name: "activities.csv", data: []byte(csv)})
	dir := t.TempDir()
	zipPath := filepath.Join(dir, "export_123.zip")
	writeZip(t, zipPath, members)

	res, err := Read([]string{zipPath}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(names) {
		t.Fatalf("%d results, want %d (one per activity file)", len(res), len(names))
	}
	for i, r := range res {
		want := zipPath + "!activities/" + names[i] + ".gz"
		if r.Path != want || r.Err != nil || len(r.Activities) != 1 {
			t.Fatalf("result %d: %s %v %d activities, want %s", i, r.Path, r.Err, len(r.Activities), want)
		}
		a := r.Activities[0]
		if a.Name != fmt.Sprintf("Run %d", i) || a.NameFrom != "activities.csv" || a.Source.Path != want {
			t.Errorf("%s: name %q from %q, source %s", r.Path, a.Name, a.NameFrom, a.Source.Path)
		}
		if wantSport := map[bool]string{true: "cycling", false: "running"}[i == 0]; a.Sport != wantSport {
			t.Errorf("%s: sport %s, want %s", r.Path, a.Sport, wantSport)
		}
	}
	note := `the file says running, activities.csv says "Ride" (cycling): the export's type stands, as the runner's correction`
	if w := res[0].Activities[0].Warnings; len(w) != 1 || w[0].Text != note {
		t.Errorf("the corrected file's notes %q, want %q", w, note)
	}

	// Unzipped, the same activities (the export's own layout).
	unzipped := filepath.Join(dir, "unzipped")
	os.MkdirAll(filepath.Join(unzipped, "activities"), 0o755)
	for _, m := range members {
		if strings.HasPrefix(m.name, "__MACOSX") {
			continue // unzipped on a Mac, it is no file of the folder
		}
		os.MkdirAll(filepath.Dir(filepath.Join(unzipped, m.name)), 0o755)
		os.WriteFile(filepath.Join(unzipped, m.name), m.data, 0o644)
	}
	plain, err := Read([]string{unzipped}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var activityFiles int
	for _, p := range plain {
		if len(p.Activities) == 0 {
			continue
		}
		r := res[activityFiles]
		activityFiles++
		a, b := p.Activities[0], r.Activities[0]
		if a.Name != b.Name || a.Sport != b.Sport || !a.Start.Equal(b.Start) || a.Totals != b.Totals {
			t.Errorf("%s reads otherwise unzipped: %s %s %v %+v / %s %s %v %+v", r.Path, a.Name, a.Sport, a.Start, a.Totals, b.Name, b.Sport, b.Start, b.Totals)
		}
	}
	if activityFiles != len(names) {
		t.Errorf("unzipped: %d activity files, want %d", activityFiles, len(names))
	}
}

// Garmin's account export: a zip holding zips of FIT files (one stored, one
// compressed), the activities' names and types in JSON beside them. Each
// file is named through both zips.
func TestGarminExportZip(t *testing.T) {
	files, sessions := syntheticRuns(t)
	names := sortedNames(files)
	var part1, part2 []member
	json := `[{"summarizedActivitiesExport": [`
	for i, n := range names {
		m := member{name: fmt.Sprintf("runner@example.com_%d.fit", 100+i), data: files[n]}
		if i%2 == 0 {
			part1 = append(part1, m)
		} else {
			part2 = append(part2, m)
		}
		typ := "running"
		if i == 1 {
			typ = "backcountry_skiing"
		}
		if i > 0 {
			json += ","
		}
		json += fmt.Sprintf(`{"activityId": %d, "name": "Garmin %d", "activityType": %q, "startTimeGmt": %d}`, 900+i, i, typ, sessions[n].Start.UnixMilli())
	}
	json += "]}]"
	up := "DI_CONNECT/DI-Connect-Uploaded-Files/"
	outer := []member{
		{name: up + "UploadedFiles_0-_Part1.zip", data: zipBytes(t, part1)},
		{name: up + "UploadedFiles_0-_Part2.zip", data: zipBytes(t, part2), stored: true},
		{name: "DI_CONNECT/DI-Connect-Fitness/runner@example.com_0_summarizedActivities.json", data: []byte(json)},
		{name: "DI_CONNECT/DI-Connect-Wellness/sleep.json", data: []byte("[]")},
	}
	zipPath := filepath.Join(t.TempDir(), "garmin.zip")
	writeZip(t, zipPath, outer)

	res, err := Read([]string{zipPath}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(names) {
		t.Fatalf("%d results, want %d", len(res), len(names))
	}
	for _, r := range res {
		if r.Err != nil || len(r.Activities) != 1 {
			t.Fatalf("%s: %v", r.Path, r.Err)
		}
		base := r.Path[strings.LastIndex(r.Path, "!")+1:]
		var i int
		fmt.Sscanf(base, "runner@example.com_%d.fit", &i)
		i -= 100
		part := map[bool]string{true: "UploadedFiles_0-_Part1.zip", false: "UploadedFiles_0-_Part2.zip"}[i%2 == 0]
		if want := zipPath + "!" + up + part + "!" + base; r.Path != want {
			t.Errorf("path %s, want %s", r.Path, want)
		}
		a := r.Activities[0]
		wantSport := map[bool]string{true: "alpine_skiing", false: "running"}[i == 1]
		if a.Name != fmt.Sprintf("Garmin %d", i) || a.NameFrom != "Garmin export" || a.Sport != wantSport {
			t.Errorf("%s: %q from %q, %s; want Garmin %d, %s", r.Path, a.Name, a.NameFrom, a.Sport, i, wantSport)
		}
	}
}

// The limits that hold for a gzipped file hold inside a zip, each costing
// only its own file or archive: a file that inflates past its ratio (a zip
// bomb) or past 64 MB, an archive whose files share their bytes, a zip three
// deep, an encrypted file, a damaged archive; the good file beside them is
// read.
func TestZipLimits(t *testing.T) {
	files, _ := syntheticRuns(t)
	good := files[sortedNames(files)[0]]
	dir := t.TempDir()
	zeros := make([]byte, 2*ratioFloor+maxRatio) // deflates some 1,000 times
	writeZip(t, filepath.Join(dir, "bomb.zip"), []member{{name: "a/bomb.fit", data: zeros}, {name: "a/good.fit", data: good}})
	writeZip(t, filepath.Join(dir, "deep.zip"), []member{{name: "one.zip", data: zipBytes(t, []member{{name: "two.zip", data: zipBytes(t, []member{{name: "x.fit", data: good}})}})}})
	os.WriteFile(filepath.Join(dir, "overlap.zip"), overlappingZip(t, good), 0o644)
	enc := zipBytes(t, []member{{name: "locked.fit", data: good, stored: true}})
	enc[6] |= 1 // the local header's flags
	enc[bytes.LastIndex(enc, []byte("PK\x01\x02"))+8] |= 1
	os.WriteFile(filepath.Join(dir, "locked.zip"), enc, 0o644)
	os.WriteFile(filepath.Join(dir, "damaged.zip"), []byte("PK\x03\x04 cut short"), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.zip"), []byte("not a zip at all"), 0o644)

	res, err := Read([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range res {
		rel, _ := filepath.Rel(dir, r.Path)
		switch {
		case r.Err != nil:
			got[rel] = r.Err.Error()
		case r.Ignored:
			got[rel] = "ignored"
		default:
			got[rel] = fmt.Sprintf("%d activities", len(r.Activities))
		}
	}
	want := map[string]string{
		"bomb.zip!a/bomb.fit":      "inflates more than 100 times its stored size (a zip bomb): not read",
		"bomb.zip!a/good.fit":      "1 activities",
		"deep.zip!one.zip!two.zip": "a zip 2 deep inside zips: not opened (an export is at most 2 deep)",
		"overlap.zip":              "zip: files share their stored bytes (a zip bomb): not read",
		"locked.zip!locked.fit":    "encrypted inside the zip: not read",
		"damaged.zip":              "zip: not a valid zip file",
		"notes.zip":                "ignored",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want %q", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("results %q", got)
	}
}

// overlappingZip is a zip of two files whose entries point at one stored
// stream: the shape of the zip bombs that inflate one stream many times.
func overlappingZip(t testing.TB, data []byte) []byte {
	one := zipBytes(t, []member{{name: "a.fit", data: data, stored: true}})
	r, err := zip.NewReader(bytes.NewReader(one), int64(len(one)))
	if err != nil {
		t.Fatal(err)
	}
	cd := bytes.LastIndex(one, []byte("PK\x01\x02"))
	end := bytes.LastIndex(one, []byte("PK\x05\x06"))
	entry := one[cd:end]
	out := append([]byte(nil), one[:cd]...)
	out = append(out, entry...)
	second := append([]byte(nil), entry...)
	copy(second[46:], "b") // its name: "b.fit", the same stored bytes
	out = append(out, second...)
	eocd := append([]byte(nil), one[end:]...)
	eocd[8], eocd[10] = 2, 2                   // entries on this disk, in all
	putUint32(eocd[12:], uint32(2*len(entry))) // the central directory's size
	putUint32(eocd[16:], uint32(cd))           // its offset
	_ = r
	return append(out, eocd...)
}

func putUint32(b []byte, v uint32) {
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

// A file inside a zip is named by both.
func TestMemberPath(t *testing.T) {
	if got := parse.MemberPath("dl/export_1.zip", "activities/2.fit.gz"); got != "dl/export_1.zip!activities/2.fit.gz" {
		t.Errorf("got %s", got)
	}
}

// An archive of more files than any export holds is refused in one line,
// before any of them is read.
func TestZipTooManyFiles(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i := range maxMembers + 1 {
		if _, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("activities/%d.fit", i), Method: zip.Store}); err != nil {
			t.Fatal(err)
		}
	}
	zw.Close()
	p := filepath.Join(t.TempDir(), "export_1.zip")
	os.WriteFile(p, b.Bytes(), 0o644)
	res, err := Read([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "zip: more than 100000 files (the limit; an export holds one per activity and some 50 more): not read"
	if len(res) != 1 || res[0].Path != p || res[0].Err == nil || res[0].Err.Error() != want {
		t.Errorf("got %d results: %+v", len(res), res[0])
	}
}
