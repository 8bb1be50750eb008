// Command bench times runlint's readers against the peers, side by side in one
// run on the same files: FIT against github.com/tormoder/fit and muktihari/fit's
// plain Decode; GPX against github.com/tkrajina/gpxgo. It is a module of its
// own so that the product never depends on the peers.
//
//	cd bench && go run . [-rounds 5] [DIR...]
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
	rounds := flag.Int("rounds", 5, "timed rounds over the files (the best round counts)")
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
	fitReaders := []reader{
		{"runlint (fast path)", func(b []byte) error { _, _, err := ours.Bytes("x.fit", b); return err }},
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
		{"tkrajina/gpxgo v1.4.0 ParseBytes", func(b []byte) error { _, err := gpx.ParseBytes(b); return err }},
	}
	tcxReaders := []reader{
		{"runlint (own scanner, encoding/xml fallback)", func(b []byte) error { _, _, err := ours.Bytes("x.tcx", b); return err }},
	}
	fmt.Printf("%d rounds, best round, one core; files inflated in memory\n\n", *rounds)
	fmt.Println("| format | reader | files | MB | MB/s | runlint is |")
	fmt.Println("| --- | --- | ---: | ---: | ---: | ---: |")
	compare("FIT", files[activity.FIT], fitReaders, *rounds)
	compare("GPX", files[activity.GPX], gpxReaders, *rounds)
	compare("TCX", files[activity.TCX], tcxReaders, *rounds)
}

// compare times every reader on the files all of them read, and prints each
// one's speed and how many times faster runlint's reader is.
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
	var base float64
	for i, r := range readers {
		best := time.Duration(1 << 62)
		for range rounds {
			t := time.Now()
			for _, f := range common {
				r.read(f)
			}
			best = min(best, time.Since(t))
		}
		mbs := float64(total) / 1e6 / best.Seconds()
		if i == 0 {
			base = mbs
		}
		fmt.Printf("| %s | %s | %d | %.1f | %.0f | %.2fx |\n", format, r.name, len(common), float64(total)/1e6, mbs, base/mbs)
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
