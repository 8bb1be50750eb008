//go:build !unix

package store

import "os"

// readFile is os.ReadFile (see readfile_unix.go).
func readFile(path string) ([]byte, error) { return os.ReadFile(path) }
