// Command bench times runlint's readers against the peers, side by side in one
// run on the same files: FIT against github.com/tormoder/fit and muktihari/fit's
// plain Decode; GPX against github.com/tkrajina/gpxgo; each format against a
// floor (floor.go), a minimal reader of what runlint needs. It is a module of its
// own so that the product never depends on the peers.
//
//	cd bench && go run . [-rounds 5] [-only gpx,tcx] [DIR...]
//
// With no DIR it reads ../testdata and, when present, ../../shared/corpus.
// Every file is inflated into memory first: the timings are of decoding only.
// A file counts for a format only when every reader in the comparison reads
// it without error, so each ratio is over the same bytes.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	mdecoder "github.com/muktihari/fit/decoder"
	"github.com/tkrajina/gpxgo/gpx"
	tormoder "github.com/tormoder/fit"

	"github.com/runlint/runlint/activity"
	"github.com/runlint/runlint/parse"
)

type reader struct {
	name string
	read func([]byte) error
}

func main() {
	rounds := flag.Int("rounds", 5, "timed rounds over the files, the contenders interleaved in each (the median counts)")
	peers := flag.Bool("peers", true, "time the peer libraries too; false: runlint against the floors only")
	only := flag.String("only", "", "the formats to time, comma-separated (fit,gpx,tcx); all when empty")
	flag.Parse()
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = []string{"../testdata"}
		if _, err := os.Stat("../../shared/corpus/MANIFEST.md"); err == nil {
			dirs = append(dirs, "../../shared/corpus")
		}
	}
	files := load(dirs)
	ours := parse.NewReader()
	ours.LendSamples() // as a check's workers read: each file's samples dropped before the next
	fitReaders := []reader{
		{"runlint (fast path)", func(b []byte) error { _, _, err := ours.Bytes("x.fit", b); return err }},
		{"floor: a record walker decoding the record fields", fitFloor},
	}
	fitPeers := []reader{
		{"tormoder/fit v0.15.0 Decode", func(b []byte) error { _, err := tormoder.Decode(bytes.NewReader(b)); return err }},
		{"muktihari/fit v0.28.3 Decode", func(b []byte) error {
			dec := mdecoder.New(bytes.NewReader(b))
			for dec.Next() {
				if _, err := dec.Decode(); err != nil {
					return err
				}
			}
			return nil
		}},
	}
	gpxReaders := []reader{
		{"runlint (own scanner, encoding/xml fallback)", func(b []byte) error { _, _, err := ours.Bytes("x.gpx", b); return err }},
		{"floor: a minimal reader (every tag; lat, lon, ele, time, hr, cad)", gpxFloor},
	}
	gpxPeers := []reader{
		{"tkrajina/gpxgo v1.4.0 ParseBytes", func(b []byte) error { _, err := gpx.ParseBytes(b); return err }},
	}
	tcxReaders := []reader{
		{"runlint (own scanner, encoding/xml fallback)", func(b []byte) error { _, _, err := ours.Bytes("x.tcx", b); return err }},
		{"floor: a minimal reader (every tag; time, position, altitude, distance, hr, cadence)", tcxFloor},
	}
	if *peers {
		fitReaders, gpxReaders = append(fitReaders, fitPeers...), append(gpxReaders, gpxPeers...)
	}
	fmt.Printf("%d rounds, the contenders interleaved in each (their order rotating); medians of the rounds, one core; files inflated in memory\n\n", *rounds)
	fmt.Println("| format | reader | files | MB | MB/s | its time / runlint's (median, range) |")
	fmt.Println("| --- | --- | ---: | ---: | ---: | ---: |")
	for _, c := range []struct {
		format  string
		readers []reader
	}{{"FIT", fitReaders}, {"GPX", gpxReaders}, {"TCX", tcxReaders}} {
		if *only == "" || strings.Contains(","+strings.ToLower(*only)+",", ","+strings.ToLower(c.format)+",") {
			compare(c.format, files[activity.Format(strings.ToLower(c.format))], c.readers, *rounds)
		}
	}
}

// compare times every reader on the files all of them read, and prints each
// one's speed and its time against runlint's: the median of the rounds'
// ratios, with their range (a peer at 5x takes five times runlint's time; a
// floor at 0.5x takes half of it, so runlint is at 50 % of the floor).
func compare(format string, files [][]byte, readers []reader, rounds int) {
	var common [][]byte
	total := 0
	for _, f := range files {
		ok := true
		for _, r := range readers {
			if err := safe(r.read, f); err != nil {
				ok = false
				break
			}
		}
		if ok {
			common = append(common, f)
			total += len(f)
		}
	}
	if len(common) == 0 {
		return
	}
	times := interleaved(common, readers, rounds)
	for i, r := range readers {
		ratios := make([]float64, rounds)
		for k := range rounds {
			ratios[k] = times[i][k].Seconds() / times[0][k].Seconds()
		}
		mbs := float64(total) / 1e6 / median(durations(times[i]))
		sorted := append([]float64(nil), ratios...)
		sort.Float64s(sorted)
		fmt.Printf("| %s | %s | %d | %.1f | %.0f | %.2fx (%.2f-%.2f) |\n", format, r.name, len(common), float64(total)/1e6, mbs,
			median(ratios), sorted[0], sorted[len(sorted)-1])
	}
}

// interleaved times each reader over the files once per round, the readers
// taking turns within the round and their order rotating between rounds, so
// that a slow moment of the machine falls on all of them alike.
func interleaved(files [][]byte, readers []reader, rounds int) [][]time.Duration {
	times := make([][]time.Duration, len(readers))
	for i := range times {
		times[i] = make([]time.Duration, rounds)
	}
	for k := range rounds {
		for j := range readers {
			i := (j + k) % len(readers)
			runtime.GC() // each turn starts clean: no contender pays for another's garbage
			t := time.Now()
			for _, f := range files {
				readers[i].read(f)
			}
			times[i][k] = time.Since(t)
		}
	}
	return times
}

func durations(ds []time.Duration) []float64 {
	out := make([]float64, len(ds))
	for i, d := range ds {
		out[i] = d.Seconds()
	}
	return out
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

// safe turns a peer's panic into an error, so that file is left out.
func safe(f func([]byte) error, b []byte) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return f(b)
}

func load(dirs []string) map[activity.Format][][]byte {
	out := map[activity.Format][][]byte{}
	var paths []string
	for _, d := range dirs {
		filepath.WalkDir(d, func(p string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				paths = append(paths, p)
			}
			return nil
		})
	}
	sort.Strings(paths)
	for _, p := range paths {
		if strings.Contains(p, "/bad/") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		if len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				continue
			}
			if b, err = io.ReadAll(zr); err != nil {
				continue
			}
		}
		if f := parse.Detect(b); f != "" {
			out[f] = append(out[f], b)
		}
	}
	return out
}
