package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/runlint/runlint/activity"
)

// benchFiles loads every shipped file of a format into memory (inflated), so
// the benchmarks measure parsing, not the disk.
func benchFiles(b *testing.B, f activity.Format) (files [][]byte, total int64) {
	zoneAt(0, 0) // build the time-zone finder once, outside the timing
	r := NewReader()
	filepath.Walk("../testdata", func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || strings.Contains(p, "/bad/") {
			return nil
		}
		data, _, err := r.load(p)
		if err != nil || Detect(data) != f {
			return nil
		}
		files = append(files, append([]byte(nil), data...))
		total += int64(len(data))
		return nil
	})
	if len(files) == 0 {
		b.Skip("no files")
	}
	return files, total
}

// benchFormat times read over every shipped file of format f.
func benchFormat(b *testing.B, f activity.Format, read func(data []byte)) {
	files, total := benchFiles(b, f)
	b.SetBytes(total)
	b.ResetTimer()
	for b.Loop() {
		for _, data := range files {
			read(data)
		}
	}
}

func BenchmarkFIT(b *testing.B) {
	r := newFITReader()
	r.lend = true // as a check reads
	benchFormat(b, activity.FIT, func(data []byte) { r.read("b.fit", data) })
}

func BenchmarkGPX(b *testing.B) {
	benchFormat(b, activity.GPX, func(data []byte) { readGPX("b.gpx", data) })
}

func BenchmarkTCX(b *testing.B) {
	benchFormat(b, activity.TCX, func(data []byte) { readTCX("b.tcx", data) })
}

func BenchmarkCRC(b *testing.B) {
	buf := make([]byte, 1<<20)
	for i := range buf {
		buf[i] = byte(i * 7)
	}
	b.SetBytes(int64(len(buf)))
	for b.Loop() {
		crc16(0, buf)
	}
}
