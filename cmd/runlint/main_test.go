package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/runlint/runlint/internal/synth"
)

var update = flag.Bool("update", false, "rewrite golden files and testscript expectations")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"runlint": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
		// synth DIR FORMAT [WEEKS [RUNNER]]: write a synthetic training block.
		"synth": func() {
			opt := synth.DefaultOptions()
			if len(os.Args) > 3 {
				fmt.Sscan(os.Args[3], &opt.Weeks)
			}
			if len(os.Args) > 4 {
				opt.Runner = os.Args[4]
			}
			if _, err := synth.WriteBlock(os.Args[1], os.Args[2], opt); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		},
		"mkzip":  scriptCommand(mkzip),       // mkzip OUT.zip DIR: a zip of DIR's files, named as in DIR
		"gzip":   scriptCommand(gzipAll),     // gzip FILE...: each FILE replaced by FILE.gz
		"utf16":  scriptCommand(toUTF16),     // utf16 IN OUT: IN's text as UTF-16LE with a BOM
		"oddfit": scriptCommand(writeOddFIT), // oddfit NAME FILE: one of synth's odd FIT files (synth.OddFITs)
	})
}

// TestScripts runs the CLI end to end: testdata/script/*.txtar, with $TESTDATA
// pointing at the repository's shipped files.
func TestScripts(t *testing.T) {
	td, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(e *testscript.Env) error {
			e.Setenv("TESTDATA", td)
			e.Setenv("NO_COLOR", "1")
			e.Setenv("TZ", "UTC")
			// Each script has its own cache: the default one (under HOME,
			// which testscript points at /no-home) would be shared by every
			// run and branch on the machine, and serve one's entries to another.
			e.Setenv("XDG_CACHE_HOME", filepath.Join(e.WorkDir, ".cache-home"))
			return nil
		},
	})
}

// TestGoldenSampleBlock pins the JSON and text reports of the shipped sample
// block byte for byte. Run with -update to rewrite them after a deliberate change.
func TestGoldenSampleBlock(t *testing.T) {
	t.Setenv("RUNLINT_NOW", "2021-06-01") // the summary's next-run advice counts from today
	// Its own cache, as the scripts have: the one under HOME is shared by
	// every branch on the machine, and served another branch's readings of
	// these files under the same CacheVersion.
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	for _, format := range []string{"json", "text"} {
		t.Run(format, func(t *testing.T) {
			var out, errb bytes.Buffer
			// Relative path: the report names files as the user gave them.
			wd, _ := os.Getwd()
			if err := os.Chdir("../.."); err != nil {
				t.Fatal(err)
			}
			code := run([]string{"check", "--fail-on", "none", "--format", format, "testdata/block-applewatch-2021"}, &out, &errb)
			os.Chdir(wd)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			golden := filepath.Join("testdata", "golden", "block-applewatch-2021."+format)
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				os.WriteFile(golden+".current", out.Bytes(), 0o644)
				t.Fatalf("%s output differs from %s (got written to %s.current)", format, golden, golden)
			}
		})
	}
}

// writeOddFIT NAME FILE writes one of synth's odd FIT files, the faults of
// real exports issue 25 reproduces, making FILE's folder.
func writeOddFIT(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: oddfit NAME FILE")
	}
	data, err := synth.OddFIT(args[0])
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(args[1]), 0o755); err != nil {
		return err
	}
	return os.WriteFile(args[1], data, 0o644)
}
