package analyze

import (
	"testing"

	"github.com/runlint/runlint/parse"
)

func BenchmarkWarmWalk(b *testing.B) {
	c, _ := parse.OpenCache("/tmp/xdgc/runlint")
	for b.Loop() {
		parse.Walk([]string{"../../shared/corpus/block-slalom007-strava-export/activities"}, parse.Options{Cache: c})
	}
}

func BenchmarkBlockOnly(b *testing.B) {
	c, _ := parse.OpenCache("/tmp/xdgc/runlint")
	res, _ := parse.Walk([]string{"../../shared/corpus/block-slalom007-strava-export/activities"}, parse.Options{Cache: c})
	for b.Loop() {
		Block(res, Defaults())
	}
}
