package parse

import (
	"fmt"

	"github.com/runlint/runlint/activity"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// count says "1 point" or "3 points". It only forwards to activity.Plural:
// its callers are in gpx.go and totals.go, which are being changed in
// another branch; once they call activity.Plural themselves it can go.
func count(n int, noun string) string { return activity.Plural(n, noun) }
