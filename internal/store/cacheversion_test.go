package store

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cespare/xxhash/v2"
)

var updateCacheVersion = flag.Bool("update-cache-version", false, "record what the shipped files read to under the current CacheVersion")

// TestCacheVersionBumped guards the cache: it hashes what every shipped file
// reads to (the cache's own encoding) and compares it with the hash recorded
// for the current CacheVersion. If reading changed and the version did not,
// users' caches would serve stale digests: bump CacheVersion, then run
// go test ./internal/store -run CacheVersion -update-cache-version.
func TestCacheVersionBumped(t *testing.T) {
	res := readDir(t, shipped, nil)
	h := xxhash.New()
	for _, r := range res {
		e := &entry{Activities: r.Activities, Skipped: r.Skipped, Ignored: r.Ignored}
		if r.Err != nil {
			e.Err = r.Err.Error()
		}
		h.WriteString(r.Path)
		h.Write(encodeEntry(e))
	}
	got := fmt.Sprintf("%d %016x\n", CacheVersion, h.Sum64())
	const file = "testdata/cacheversion.txt"
	if *updateCacheVersion {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (go test ./internal/store -run CacheVersion -update-cache-version)", err)
	}
	wantVersion, _, _ := strings.Cut(string(want), " ")
	switch {
	case string(want) == got:
	case wantVersion == fmt.Sprint(CacheVersion):
		t.Fatalf("reading the shipped files changed but CacheVersion is still %d: bump it, then go test ./internal/store -run CacheVersion -update-cache-version", CacheVersion)
	default:
		t.Fatalf("CacheVersion is %d, the record says %s: go test ./internal/store -run CacheVersion -update-cache-version", CacheVersion, strings.TrimSpace(string(want)))
	}
}
