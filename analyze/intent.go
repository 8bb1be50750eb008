package analyze

import "regexp"

// Names that state what a run was meant to be, in the languages runners in
// the corpus write (English, Hungarian, Italian, German, French, Spanish).
// They are evidence, shown as such; classification works without them.
var (
	intentWarmup   = regexp.MustCompile(`(?i)warm.?up|cool.?down|bemeleg|levezető|riscaldamento|defaticamento|einlaufen|auslaufen|échauffement`)
	intentRecovery = regexp.MustCompile(`(?i)recovery|recover|regen|rigenera|regeneration|récup|recuperaci|erholung|levezet`)
	intentLong     = regexp.MustCompile(`(?i)\blong\b|long run|lungo|lunghissimo|hosszú|langer lauf|sortie longue|tirada larga`)
	intentHard     = regexp.MustCompile(`(?i)interval|ripetut|\breps?\b|tempo|tempó|time trial|race|gara|marat|mezza|\d+\s*[x×]\s*\d|progress|fartlek|threshold|soglia|váltogat|valtogat|fokoz|repülő|verseny|futógála|sprint|\bpb\b|personal best|hill|domb|intervall|schwelle|wettkampf|fractionn|seuil|series|umbral`)
	intentEasy     = regexp.MustCompile(`(?i)\beasy\b|facile|leggera|lenta|könnyű|laza|lassú|kocog|locker|footing|suave|\bz2\b`)
)

// intentOf reads a run's name and description. It returns the stated class
// (or "" when nothing clear is said) and whether it names a warm-up or cool-down.
func intentOf(text string) (c Class, warmup bool) {
	switch {
	case text == "":
		return "", false
	case intentLong.MatchString(text):
		return Long, false
	case intentHard.MatchString(text):
		return Hard, false
	case intentWarmup.MatchString(text):
		return "", true
	case intentRecovery.MatchString(text):
		return Recovery, false
	case intentEasy.MatchString(text):
		return Easy, false
	}
	return "", false
}
