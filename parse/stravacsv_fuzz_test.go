package parse

import (
	"strings"
	"testing"
	"time"
)

// FuzzStravaCSV reads any bytes as an activities.csv: never a panic; a row
// always names a file; a csv with rows maps a file column, one without
// says why in a warning; and lending the rows to results never panics.
func FuzzStravaCSV(f *testing.F) {
	for _, c := range stravaCases {
		f.Add([]byte(c.csv))
		f.Add(utf16LE(c.csv))
	}
	f.Add([]byte("Identyfikator,Kiedy,Tytuł,Rodzaj,Opis,Czas,Plik\n42,x,Bieg,Bieg,,1,activities/42.gpx\n"))
	seeds(f, "activities.csv")
	f.Fuzz(func(t *testing.T, data []byte) {
		csv, err := ReadStravaCSV(data)
		if err != nil {
			return
		}
		for _, r := range csv.Rows {
			if r.File == "" || strings.Contains(r.File, `\`) {
				t.Fatalf("row %+v", r)
			}
		}
		results := []Result{run("activities/1.fit", "running", time.Unix(0, 0)), run("x.zip!activities/2.gpx", "cycling", time.Unix(60, 0))}
		csv.Lend("activities.csv", results)
		csv.Lend("x.zip!activities.csv", results)
	})
}
