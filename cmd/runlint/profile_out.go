// A check's CPU profile and its output files.

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

func startCPUProfile(path string) (stop func(), err error) {
	pf, err := os.Create(path)
	if err != nil {
		return nil, usageError{err}
	}
	if err := pprof.StartCPUProfile(pf); err != nil {
		pf.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); pf.Close() }, nil
}

// writeOut writes through a buffer to path (replacing it, see replaceFile),
// or to stdout when path is "".
func writeOut(path string, stdout io.Writer, write func(io.Writer) error) error {
	buffered := func(out io.Writer) error {
		bw := bufio.NewWriter(out)
		err := write(bw)
		if ferr := bw.Flush(); err == nil {
			err = ferr
		}
		return err
	}
	if path == "" {
		if err := buffered(stdout); err != nil {
			return fmt.Errorf("writing the report: %w", err)
		}
		return nil
	}
	if err := replaceFile(path, false, buffered); err != nil {
		return usageError{fmt.Errorf("output %s: %w", path, err)}
	}
	return nil
}
