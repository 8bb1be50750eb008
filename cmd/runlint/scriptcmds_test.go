package main

import (
	"archive/zip"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"unicode/utf16"
)

// The testscript commands that build what a runner downloads: zips of
// exports, gzipped activity files, a csv a spreadsheet saved as UTF-16.

func scriptCommand(f func(args []string) error) func() {
	return func() {
		if err := f(os.Args[1:]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

// mkzip OUT DIR writes a zip of every file under DIR, named by its path in
// DIR with "/"; a zip inside (Garmin's export) is stored as it is.
func mkzip(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: mkzip OUT.zip DIR")
	}
	out, err := os.Create(args[0])
	if err != nil {
		return err
	}
	zw := zip.NewWriter(out)
	err = filepath.WalkDir(args[1], func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(args[1], p)
		h := &zip.FileHeader{Name: filepath.ToSlash(rel), Method: zip.Deflate}
		if filepath.Ext(p) == ".zip" {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// gzipAll replaces each file (each file under a folder) by its gzipped
// copy, FILE.gz.
func gzipAll(args []string) error {
	var files []string
	for _, a := range args {
		err := filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out, err := os.Create(p + ".gz")
		if err != nil {
			return err
		}
		w := gzip.NewWriter(out)
		if _, err := w.Write(b); err != nil {
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
		if err := out.Close(); err != nil {
			return err
		}
		if err := os.Remove(p); err != nil {
			return err
		}
	}
	return nil
}

// toUTF16 writes IN's text to OUT as UTF-16LE with a byte-order mark.
func toUTF16(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: utf16 IN OUT")
	}
	b, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	out := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(string(b))) {
		out = binary.LittleEndian.AppendUint16(out, u)
	}
	return os.WriteFile(args[1], out, 0o644)
}
