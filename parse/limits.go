package parse

import (
	"fmt"
	"unicode/utf8"

	"github.com/runlint/runlint/activity"
)

// Limits no real export reaches, so that a hostile file costs what its real
// content is worth and not what it claims. Past one, the file is refused or
// cut, and the message names the limit; the rest of the folder goes on.
const (
	// maxFileSize bounds a file's bytes on disk and inflated: a 24-hour
	// ultra at 1 s is about 10 MB of FIT and 35 MB of GPX with extensions.
	maxFileSize = 64 << 20
	// maxSamples bounds the samples of one file: 111 hours at 1 s.
	maxSamples = 400_000
	// maxSessions bounds the sessions of one FIT file: a triathlon with
	// its transitions has nine.
	maxSessions = 64
	// maxText bounds a name, a description or a type: Strava cuts names at
	// 255 characters, and FIT strings are 255 bytes at most.
	maxText = 1024
)

// MaxFileSize is maxFileSize for the callers that read a file's bytes
// themselves: a file inside an archive, an export's own files.
const MaxFileSize = maxFileSize

// boundedText is text cut to maxText bytes at a rune boundary.
func boundedText(b []byte) string {
	if len(b) <= maxText {
		return string(b)
	}
	cut := maxText
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return string(b[:cut]) + "…"
}

// warnSamplesCut says that a file held more samples than maxSamples.
func warnSamplesCut(a *activity.Activity, left int) {
	if left > 0 {
		a.Damaged("more than %d samples (the limit, 111 hours at 1 s): the %d after it are not read", maxSamples, left)
	}
}

func tooLarge(what string) error {
	return fmt.Errorf("%s more than %d MB (the limit for one activity file; a 24-hour run at 1 s is 35 MB): not read", what, maxFileSize>>20)
}
