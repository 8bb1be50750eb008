package analyze

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// A name states what a run was meant to be. It is read as a runner writes
// it: the name first, the description only when the name says nothing (a
// watch's "Morning Run"); what the name says the run was, not every word in
// it: a place is not a workout ("Easy jog up Queenstown Hill"), a plan
// given up is not a session ("was going to do some reps"), the rest between
// repeats is not a recovery run ("4 x 800m with 90 s recovery"), and the
// shake-out the day before a race is not the race ("Pre race"). In the
// languages runners in the corpus write (English, Hungarian, Italian,
// German, French, Spanish). Names are evidence, shown as such; with
// use_names they decide. Classification works without them.
var (
	// intentNegated drops a clause that speaks of what was not done.
	intentNegated = regexp.MustCompile(`(?i)\b(was|were|am|is) going to\b[^.,;:!?]*|\b(planned|supposed|meant|wanted|hoped|intended) to\b[^.,;:!?]*|\binstead of\b[^.,;:!?]*|\b(skipped|abandoned|cancelled|canceled|no|not|didn'?t|couldn'?t|without)\b[^.,;:!?]*`)
	// intentShakeout: the jog the day before a race or on its morning.
	intentShakeout = regexp.MustCompile(`(?i)pre[- ]?(pre[- ]?)?(race|meet|parkrun)|shake ?-?out|(day|night|jog|run|sprints|strides) before (the |a |my )?(race|meet)|race (eve|tomorrow)|race recce`)
	// intentSocial: words that look like a session's and are not ("meet up").
	intentSocial = regexp.MustCompile(`(?i)meet[- ]?up`)
	// intentRaceDay: a jog to, from or after a race belongs to race day.
	intentRaceDay = regexp.MustCompile(`(?i)\b(to|from|after|post)[- ](the |a |my )?(race|meet)\b|post[- ]?race|race day jog`)
	// intentBeforeSession: the run to a session ("Run to Frankton before a
	// track session") belongs to its day, as a warm-up does; it is not the
	// session the words after "before" name.
	intentBeforeSession = regexp.MustCompile(`(?i)\bbefore (a |the |my )?(track|session|workout|intervals?|reps|tempo|hill reps|training)\b[^.,;:!?]*`)
	intentWarmup        = regexp.MustCompile(`(?i)warm.?up|cool.?down|bemeleg|levezető|riscaldamento|defaticamento|einlaufen|auslaufen|échauffement|retour au calme`)
	// intentRecovery: a recovery run, not the rest between repeats
	// ("90 s recovery", "jog recovery", "with ... recovery").
	intentRecovery = regexp.MustCompile(`(?i)recovery|recover|regen|rigenera|regeneration|récup|recuperaci|erholung|levezet`)
	intentRest     = regexp.MustCompile(`(?i)(\d\s*(s|sec|secs|seconds?|min|mins|minutes?|m|'|")|jog|walk|standing|float|with[^.,;:!?]*)\s+(recovery|recoveries|rec)\b`)
	// intentParkrun: a parkrun is a race effort, unless the name says it was jogged.
	intentParkrun = regexp.MustCompile(`(?i)park ?run`)
	intentLong    = regexp.MustCompile(`(?i)\blong(er)?\b|long run|lungo|lunghissimo|hosszú|langer lauf|sortie longue|tirada larga`)
	intentMedium  = regexp.MustCompile(`(?i)mid ?-?week long|medium[- ]long`)
	intentEasy    = regexp.MustCompile(`(?i)\beasy\b|\bjog\b|jogging|facile|leggera|lenta|könnyű|laza|lassú|kocog|locker|footing|suave|\bz2\b|gentle`)
	// intentStrides: strides and sprints are what an easy day carries
	// (Daniels, Pfitzinger), not a session of their own.
	intentStrides = regexp.MustCompile(`(?i)strides?|sprints?|pick-?ups?|accelerations?|allunghi|steigerung|lignes droites|progresivos`)
	// intentSprints: sprints (or short reps) as a run of their own make a
	// speed session; strides alone are what an easy run carries.
	intentSprints = regexp.MustCompile(`(?i)sprints?|leg ?speed|\d+\s*[x×*]\s*\d`)
	// intentHillSprints: 8-10 s sprints up a hill, neuromuscular work.
	intentHillSprints = regexp.MustCompile(`(?i)hill sprints?`)
	// intentHard: words that name a session by its structure.
	intentHard = regexp.MustCompile(`(?i)interval|\breps?\b|repeats?|tempo|tempó|threshold|fartlek|progressi|time ?trial|\btt\b|\btest\b|\brac(e|es|ing)\b|` +
		`marathon pace|\bmp\b|\bhm pace|\b\d+k pace|\bxc\b|cross ?country|\bmeet\b|on[- ]off|speed ?(work|session)|ladder|pyramid|cruise|lactate|vo2|` +
		`\bz[45]\b|personal best|\bpb\b|@\s*\d|workout|track (session|workout|interval|reps|night)|hill (reps?|repeats?|sprints?|session|intervals?|work|bounding|bounds|circuits?)|bounding|` +
		`^\s*hills?\s*$|hills? (session|workout)|ripetut|gara|marat|mezza|soglia|váltogat|valtogat|fokoz|repülő|verseny|futógála|intervall|schwelle|wettkampf|fractionn|seuil|\bseries\b|umbral`)
	// intentReps: "6x800", "3 * (4 * 400m)", "10 x 150 m": short reps are strides.
	intentReps = regexp.MustCompile(`(?i)(\d+)\s*[x×*]\s*\(?\s*(\d+(?:[.,]\d+)?)\s*(km|k|mi|m|min|mins|'|"|s|sec|secs)?`)
	// intentRepDistance: a rep's distance in the plural is its session in
	// runners' words ("200s", "400’s", "800m's", "1ks"): metres or km.
	intentRepDistance = regexp.MustCompile(`(?i)(?:^|[^\d.,:])(\d{3,4}|\d(?:[.,]\d)?\s*k)\s*(?:m|metre|meter)?\s*['’]?s\b`)
	// intentPlace: a hill or a track named after a place ("Queenstown
	// Hill", "Ben Lomond track") is where the run went, not what it was.
	intentPlace = regexp.MustCompile(`(?:\p{Lu}[\p{L}']+\s+)+(?i:hill|track|loop|trail|road|street)\b|\b\p{Lu}[\p{Ll}']+(?i:hill)\b`)
)

// intentRead is what a name or description says a run was meant to be.
type intentRead struct {
	class   Class  // "" when nothing clear is said
	warmup  bool   // a warm-up or cool-down, or a jog around a race
	strides bool   // strides or sprints on an easy day
	sprints bool   // a session of sprints alone (short reps, hill sprints): neuromuscular work, no hard day
	from    string // "name" or "description"
}

func (r intentRead) stated() bool { return r.class != "" || r.warmup }

// readIntent reads the name, and the description only when the name is silent.
func readIntent(name, desc string) intentRead {
	if r := intentOfText(name); r.stated() {
		r.from = "name"
		return r
	}
	if r := intentOfText(desc); r.stated() {
		r.from = "description"
		return r
	}
	return intentRead{}
}

// intentOf reads one text; kept for the tests' table.
func intentOf(text string) (Class, bool) {
	r := intentOfText(text)
	return r.class, r.warmup
}

// intentOfText reads what one text says: a long run (with or without quality
// inside), a shake-out, a session, a warm-up, a recovery run, an easy run
// (with strides or not), in that order.
func intentOfText(text string) intentRead {
	text = intentSocial.ReplaceAllString(withoutPlaces(text), " ")
	text = intentNegated.ReplaceAllString(text, " ")
	if strings.TrimSpace(text) == "" {
		return intentRead{}
	}
	shakeout := intentShakeout.MatchString(text)
	raceDay := intentRaceDay.MatchString(text) || intentBeforeSession.MatchString(text)
	text = intentShakeout.ReplaceAllString(text, " ")
	text = intentRaceDay.ReplaceAllString(text, " ")
	text = intentBeforeSession.ReplaceAllString(text, " ")
	rest := intentRest.ReplaceAllString(text, " ")
	longReps, shortReps := repsIn(text)
	easyWords := intentEasy.MatchString(text)
	hard := intentHard.MatchString(text) || longReps || intentParkrun.MatchString(text) && !easyWords
	strides := intentStrides.MatchString(text) || shortReps
	easy := easyWords || intentRecovery.MatchString(rest) || unwellText(text)
	switch {
	case intentMedium.MatchString(text):
		return intentRead{} // long or easy: the numbers tell
	case intentLong.MatchString(text):
		return intentRead{class: Long}
	case shakeout:
		return intentRead{class: Easy, strides: strides}
	case hard:
		// "Hill sprints" alone are sprints: nothing else in the name
		// makes a session of it.
		hill := intentHillSprints.MatchString(text) && !longReps && !intentHard.MatchString(intentHillSprints.ReplaceAllString(text, " "))
		return intentRead{class: Hard, sprints: hill}
	case intentWarmup.MatchString(text), raceDay:
		return intentRead{warmup: true}
	case (intentSprints.MatchString(text) || shortReps) && !easy:
		return intentRead{class: Hard, sprints: true} // a run of sprints alone is a speed session
	case strides && !easy:
		return intentRead{class: Easy, strides: true} // "Strides": an easy run that carries them
	case intentRecovery.MatchString(rest):
		return intentRead{class: Recovery, strides: strides}
	case easy:
		return intentRead{class: Easy, strides: strides}
	}
	return intentRead{}
}

// withoutPlaces leaves out the places a text names; a run of capitalised
// words that are themselves intent ("Easy Track Session") is no place.
func withoutPlaces(text string) string {
	return intentPlace.ReplaceAllStringFunc(text, func(m string) string {
		f := strings.Fields(m)
		lead := strings.Join(f[:len(f)-1], " ")
		if intentHard.MatchString(lead) || intentEasy.MatchString(lead) || intentLong.MatchString(lead) || intentRecovery.MatchString(lead) {
			return m
		}
		return " "
	})
}

// repsIn says whether text names repeats ("5x800") that make a session, and
// whether it names short ones (100 m or less, 20 s or less) that are strides.
func repsIn(text string) (session, short bool) {
	for _, m := range intentReps.FindAllStringSubmatch(text, -1) {
		d, err := strconv.ParseFloat(strings.Replace(m[2], ",", ".", 1), 64)
		if err != nil {
			continue
		}
		switch unit := strings.ToLower(m[3]); {
		case unit == "m" && d <= 150, (unit == "s" || unit == "sec" || unit == "secs" || unit == `"`) && d <= 20:
			short = true
		default:
			session = true
		}
	}
	for _, m := range intentRepDistance.FindAllStringSubmatch(text, -1) {
		d, err := strconv.ParseFloat(strings.Replace(strings.TrimRight(strings.ToLower(m[1]), " k"), ",", ".", 1), 64)
		if err != nil {
			continue
		}
		km := strings.HasSuffix(strings.ToLower(m[1]), "k")
		if km {
			d *= 1000
		}
		switch {
		case d < 100 || d > 3000 || math.Mod(d, 50) != 0, !km && d >= 1900 && d < 2100: // a time, a year ("the 2000s"): no rep
		case d <= 150:
			short = true
		default:
			session = true
		}
	}
	return session, short
}

// unwellText: a note of illness or injury; on a run whose name says nothing
// else, the runner took it easy.
func unwellText(text string) bool { return intentUnwell.MatchString(text) }
