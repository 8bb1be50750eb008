package tz

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// The zone memo spares building the finders (about 95 ms and 23 MB) in the
// check that needs them least: the pre-commit hook's one new file, recorded
// where the runner always runs. It remembers the zone of each cell of
// memoCell degrees (about a kilometre) that the fuzzy finder answered for:
// its pre-indexed tiles each lie wholly inside one zone, so a cell it
// answered is inside that zone but for a cell cut by the tile's own edge on
// a border, which a position within a kilometre of a border can meet.
// Positions near a border, answered by the polygons, are never remembered.
const (
	memoCell = 0.01
	memoMax  = 20000 // cells kept: a runner's whole world, many times over
)

type cell struct{ lat, lon int32 }

var memo = struct {
	sync.Mutex
	path  string
	zones map[cell]string
	dirty bool
}{zones: map[cell]string{}}

func cellOf(lat, lon float64) cell {
	return cell{int32(math.Floor(lat / memoCell)), int32(math.Floor(lon / memoCell))}
}

// UseMemo reads the memo kept at path (a missing or damaged one is empty)
// and keeps what this process learns for SaveMemo.
func UseMemo(path string) {
	memo.Lock()
	defer memo.Unlock()
	memo.path = path
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c cell
		var name string
		if n, _ := fmt.Sscanf(sc.Text(), "%d %d %s", &c.lat, &c.lon, &name); n == 3 && validZoneName(name) && len(memo.zones) < memoMax {
			memo.zones[c] = name
		}
	}
}

// validZoneName refuses what no IANA zone name looks like, so a tampered
// memo cannot send a name to the zone loader that is a path.
func validZoneName(s string) bool {
	return s != "" && len(s) < 64 && !strings.Contains(s, "..") && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/_+-") == ""
}

func remembered(lat, lon float64) (string, bool) {
	memo.Lock()
	defer memo.Unlock()
	name, ok := memo.zones[cellOf(lat, lon)]
	return name, ok
}

func remember(lat, lon float64, name string) {
	memo.Lock()
	defer memo.Unlock()
	if c := cellOf(lat, lon); memo.path != "" && memo.zones[c] != name && len(memo.zones) < memoMax {
		memo.zones[c] = name
		memo.dirty = true
	}
}

// SaveMemo writes the memo back when it learnt a cell, replacing the file
// (written beside it and renamed, so a reader never sees half of it).
func SaveMemo() error {
	memo.Lock()
	defer memo.Unlock()
	if !memo.dirty || memo.path == "" {
		return nil
	}
	keys := make([]cell, 0, len(memo.zones))
	for c := range memo.zones {
		keys = append(keys, c)
	}
	sort.Slice(keys, func(i, j int) bool {
		return keys[i].lat < keys[j].lat || keys[i].lat == keys[j].lat && keys[i].lon < keys[j].lon
	})
	var b strings.Builder
	for _, c := range keys {
		fmt.Fprintf(&b, "%d %d %s\n", c.lat, c.lon, memo.zones[c])
	}
	tmp, err := os.CreateTemp(filepath.Dir(memo.path), ".runlint-tmp-zones-*")
	if err != nil {
		return err
	}
	if _, err := tmp.WriteString(b.String()); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	memo.dirty = false
	return os.Rename(tmp.Name(), memo.path)
}
