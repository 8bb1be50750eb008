package check

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// notesOf reads paths and returns what was read (paths relative to dir)
// and the warnings said.
func notesOf(t *testing.T, dir string, paths []string, opt Options) (read []string, notes []string) {
	t.Helper()
	opt.Warnf = func(format string, a ...any) {
		notes = append(notes, strings.ReplaceAll(fmt.Sprintf(format, a...), dir+string(filepath.Separator), ""))
	}
	res, err := Read(paths, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		rel, _ := filepath.Rel(dir, r.Path)
		if r.Err != nil {
			rel += ": " + r.Err.Error()
		}
		read = append(read, rel)
	}
	return read, notes
}

// Folders as a user has them: a link to a folder inside the tree is
// followed as a link to a file is; a link to a folder the link is in (a
// loop) is read once, and a note says so; a folder reached twice (a link
// to a folder also walked) is read once; a file given beside its folder is
// read once.
func TestCollectFollowsLinkedFolders(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	files, _ := syntheticRuns(t)
	names := sortedNames(files)[:3]
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "elsewhere", "2023"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, "tree", "2024"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "elsewhere", "2023", names[0]), files[names[0]], 0o644))
	must(os.WriteFile(filepath.Join(dir, "tree", "2024", names[1]), files[names[1]], 0o644))
	must(os.WriteFile(filepath.Join(dir, "tree", names[2]), files[names[2]], 0o644))
	must(os.Symlink(filepath.Join("..", "elsewhere"), filepath.Join(dir, "tree", "old")))            // a folder elsewhere
	must(os.Symlink("..", filepath.Join(dir, "tree", "2024", "up")))                                 // a loop
	must(os.Symlink(filepath.Join("..", "tree", "2024"), filepath.Join(dir, "tree", "old", "same"))) // a folder walked already
	must(os.Symlink(filepath.Join("2024", names[1]), filepath.Join(dir, "tree", "also-"+names[1])))  // a file read already

	read, notes := notesOf(t, dir, []string{filepath.Join(dir, "tree"), filepath.Join(dir, "tree", names[2])}, Options{})
	wantRead := []string{
		filepath.Join("tree", "2024", names[1]),
		filepath.Join("tree", names[2]),
		filepath.Join("tree", "old", "2023", names[0]),
	}
	slices.Sort(wantRead)
	if !slices.Equal(read, wantRead) {
		t.Errorf("read %q,\nwant %q", read, wantRead)
	}
	wantNotes := []string{
		"tree/2024/up: a link to tree, a folder it is in: not followed, so its files are read once",
		"tree/old/same: a link to tree/2024, read already: its files are read once, under tree/2024",
	}
	if !slices.Equal(notes, wantNotes) {
		t.Errorf("notes %q,\nwant %q", notes, wantNotes)
	}
}
