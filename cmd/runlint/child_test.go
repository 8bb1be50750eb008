package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The harness the hostile cases share: the binary built once, run as a
// child under limits, and the small files the cases are made of.

const (
	// addressLimitKB is the child's address space. Go reserves about
	// 750 MB of it before the first allocation (its heap arenas' index) and
	// never unmaps the heap it has grown into, so 2 GB of address space is
	// what a Go program needs to show a peak of maxRSSMB, which the peak it
	// really used (its resident set) is held to.
	addressLimitKB = 2 << 20
	maxRSSMB       = 512
	childTimeout   = 60 * time.Second
)

// runlintBinary builds the command for a hostile case (the build cache
// makes all but the first a link).
func runlintBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary in child processes")
	}
	if runtime.GOOS != "linux" {
		t.Skip("the address-space limit and FIFOs are Linux's")
	}
	bin := filepath.Join(t.TempDir(), "runlint")
	// Without cgo: glibc reserves 64 MB of address space per thread.
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v: %s", err, out)
	}
	return bin
}

var bins sync.Map // test name -> its binary

func binFor(t *testing.T) string {
	if b, ok := bins.Load(t.Name()); ok {
		return b.(string)
	}
	b := runlintBinary(t)
	bins.Store(t.Name(), b)
	return b
}

type childResult struct {
	code           int
	stdout, stderr string
	rssMB          float64
}

// runChild runs runlint with args in dir under the limits.
func runChild(t *testing.T, dir string, args ...string) childResult {
	t.Helper()
	bin := binFor(t)
	ctx, cancel := context.WithTimeout(context.Background(), childTimeout)
	defer cancel()
	script := fmt.Sprintf("ulimit -v %d && exec \"$0\" \"$@\"", addressLimitKB)
	cmd := exec.CommandContext(ctx, "sh", append([]string{"-c", script, bin}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1", "RUNLINT_NOW=2024-06-01", "XDG_CACHE_HOME="+filepath.Join(dir, ".cache-home"))
	cmd.Stdin = nil
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("runlint %v hung: killed after %v", args, childTimeout)
	}
	r := childResult{stdout: out.String(), stderr: errb.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rssMB = float64(ru.Maxrss) / 1024
	}
	if r.rssMB > maxRSSMB {
		t.Errorf("runlint %v: peak memory %.0f MB, over %d MB", args, r.rssMB, maxRSSMB)
	}
	if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "fatal error") {
		t.Fatalf("runlint %v crashed:\n%s", args, r.stderr)
	}
	return r
}

// goodRun is a plain 10-minute run, the file every hostile folder also holds.
func goodRun() []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>`)
	for i := range 61 {
		fmt.Fprintf(&b, `<trkpt lat="%.6f" lon="7"><time>2024-05-04T07:%02d:%02dZ</time></trkpt>`, 45+float64(i)*0.00027, i*10/60, i*10%60)
	}
	b.WriteString(`</trkseg></trk></gpx>`)
	return []byte(b.String())
}

func gz(t *testing.T, write func(w *gzip.Writer)) []byte {
	t.Helper()
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	write(w)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// hostileFolder is a folder with the good run and the given files.
func hostileFolder(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(dir, "block"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "block", "good.gpx"), goodRun(), 0o644))
	for name, data := range files {
		must(t, os.WriteFile(filepath.Join(dir, "block", name), data, 0o644))
	}
	return dir
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// checkJSON runs a JSON check of the block and returns the document.
func checkJSON(t *testing.T, dir string, args ...string) (childResult, map[string]any) {
	t.Helper()
	r := runChild(t, dir, append([]string{"check", "--no-cache", "--format", "json"}, append(args, "block")...)...)
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("no JSON (exit %d): %v\n%s", r.code, err, r.stderr)
	}
	return r, doc
}

// goodChecked asserts that the good run was read and judged.
func goodChecked(t *testing.T, doc map[string]any) {
	t.Helper()
	for _, a := range doc["activities"].([]any) {
		m := a.(map[string]any)
		if strings.HasSuffix(m["file"].(string), "good.gpx") && m["class"] != nil {
			return
		}
	}
	t.Errorf("the good run beside the hostile file was not checked")
}

// errorFor is the error message the report gives the named file, "" without.
func errorFor(doc map[string]any, name string) string {
	for _, e := range doc["errors"].([]any) {
		m := e.(map[string]any)
		if strings.HasSuffix(m["file"].(string), name) {
			return m["message"].(string)
		}
	}
	return ""
}

func fitFile(records, sessions, _ int) []byte {
	start := uint32(time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC).Unix() - 631065600)
	var body bytes.Buffer
	// file_id (0): type (0, enum) = 4 (activity)
	body.Write([]byte{0x40, 0, 0, 0, 0, 1, 0, 1, 0})
	body.Write([]byte{0x00, 4})
	// record (20): timestamp (253, uint32), heart_rate (3, uint8), distance (5, uint32)
	body.Write([]byte{0x41, 0, 0, 20, 0, 3, 253, 4, 0x86, 3, 1, 2, 5, 4, 0x86})
	for i := range records {
		body.WriteByte(0x01)
		binary.Write(&body, binary.LittleEndian, start+uint32(i))
		body.WriteByte(140)
		binary.Write(&body, binary.LittleEndian, uint32(i*300))
	}
	// session (18): timestamp (253), start_time (2), total_elapsed_time (7, ms), sport (5)
	body.Write([]byte{0x42, 0, 0, 18, 0, 4, 253, 4, 0x86, 2, 4, 0x86, 7, 4, 0x86, 5, 1, 0})
	for range sessions {
		body.WriteByte(0x02)
		binary.Write(&body, binary.LittleEndian, start+uint32(records))
		binary.Write(&body, binary.LittleEndian, start)
		binary.Write(&body, binary.LittleEndian, uint32(records*1000))
		body.WriteByte(1) // running
	}
	hdr := []byte{14, 0x20, 0, 0, 0, 0, 0, 0, '.', 'F', 'I', 'T', 0, 0}
	binary.LittleEndian.PutUint16(hdr[2:], 2132)
	binary.LittleEndian.PutUint32(hdr[4:], uint32(body.Len()))
	binary.LittleEndian.PutUint16(hdr[12:], fitCRC(hdr[:12]))
	out := append(hdr, body.Bytes()...)
	return binary.LittleEndian.AppendUint16(out, fitCRC(out))
}

// fitCRC is the FIT protocol's CRC-16 (its SDK's table).
func fitCRC(b []byte) uint16 {
	table := [16]uint16{0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400}
	var crc uint16
	for _, c := range b {
		tmp := table[crc&0xF]
		crc = (crc >> 4) & 0x0FFF
		crc = crc ^ tmp ^ table[c&0xF]
		tmp = table[crc&0xF]
		crc = (crc >> 4) & 0x0FFF
		crc = crc ^ tmp ^ table[(c>>4)&0xF]
	}
	return crc
}
