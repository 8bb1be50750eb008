package activity

import (
	"fmt"
	"strings"
)

// Plural says "1 run" or "3 runs". It lives here, at the bottom of the
// dependency graph, so that the readers, the analysis and the reports count
// things in messages the same way. Nouns ending in "s" or "ch" take "es"
// ("2 matches"), which is as far as English goes without a dictionary; a
// noun that needs more takes PluralIrregular.
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "ch") || strings.HasSuffix(noun, "s") {
		return fmt.Sprintf("%d %ses", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// PluralIrregular is Plural for a noun whose plural the rule gets wrong:
// "1 activity", "2 activities".
func PluralIrregular(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
