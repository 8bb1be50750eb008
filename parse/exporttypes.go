package parse

import (
	"strings"
)

// exportSport is the sport an export's own type label names, in runlint's
// sport names (FIT's: "running", "cycling", "alpine_skiing" with sub-sport
// "backcountry" for a ski tour), and whether the label was understood.
// Labels are Strava's (English, as activities.csv writes them since 2019:
// "Backcountry Ski", "Virtual Run"; or the account's language: "Lauf",
// "Radfahrt", "Course à pied") and Garmin's ("trail_running",
// "backcountry_skiing"). An English Strava type is read from Strava's own
// list; any other label by the words for the sports a runner's export
// holds most (ski, snowshoe, swim, ride, walk, hike, run, workout) in the languages
// Strava exports in. A label read as neither is not understood: the file's
// own sport stands.
func exportSport(label string) (sport, subSport string, ok bool) {
	folded := foldText(label)
	compact := strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '_' || r == '.' {
			return -1
		}
		return r
	}, folded)
	if s, ok := stravaTypes[compact]; ok {
		return s.sport, s.sub, true
	}
	padded := " " + strings.Join(headerTokens(label), " ") + " "
	for _, k := range sportWords {
		for _, w := range k.words {
			if strings.Contains(folded, w) || strings.Contains(padded, w) {
				return k.sport, k.sub(folded), true
			}
		}
	}
	return "", "", false
}

type sportName struct{ sport, sub string }

// stravaTypes are Strava's activity types (its API's SportType, which
// activities.csv writes as words: "BackcountrySki" is "Backcountry Ski"),
// by their letters in lower case.
var stravaTypes = map[string]sportName{
	"run": {"running", ""}, "trailrun": {"running", "trail"}, "virtualrun": {"running", "virtual_activity"},
	"ride": {"cycling", ""}, "virtualride": {"cycling", "virtual_activity"}, "ebikeride": {"cycling", "e_bike_fitness"},
	"mountainbikeride": {"cycling", "mountain"}, "emountainbikeride": {"cycling", "e_bike_mountain"},
	"gravelride": {"cycling", "gravel_cycling"}, "handcycle": {"cycling", "hand_cycling"}, "velomobile": {"cycling", ""},
	"walk": {"walking", ""}, "hike": {"hiking", ""}, "swim": {"swimming", ""},
	"alpineski": {"alpine_skiing", ""}, "backcountryski": {"alpine_skiing", "backcountry"},
	"nordicski": {"cross_country_skiing", ""}, "rollerski": {"cross_country_skiing", "skate_skiing"},
	"snowboard": {"snowboarding", ""}, "snowshoe": {"snowshoeing", ""},
	"iceskate": {"ice_skating", ""}, "inlineskate": {"inline_skating", ""}, "skateboard": {"skateboarding", ""},
	"rowing": {"rowing", ""}, "virtualrow": {"rowing", "indoor_rowing"}, "canoeing": {"paddling", ""},
	"kayaking": {"kayaking", ""}, "standuppaddling": {"stand_up_paddleboarding", ""}, "surfing": {"surfing", ""},
	"kitesurf": {"kitesurfing", ""}, "windsurf": {"windsurfing", ""}, "sail": {"sailing", ""},
	"rockclimbing": {"rock_climbing", ""}, "golf": {"golf", ""}, "soccer": {"soccer", ""},
	"tennis": {"tennis", ""}, "tabletennis": {"table_tennis", ""}, "badminton": {"badminton", ""},
	"squash": {"racket", "squash"}, "racquetball": {"racket", "racquetball"}, "pickleball": {"racket", "pickleball"},
	"wheelchair": {"wheelchair", ""},
	"workout":    {"training", ""}, "weighttraining": {"training", "strength_training"}, "crossfit": {"training", "strength_training"},
	"highintensityintervaltraining": {"training", "hiit"}, "elliptical": {"fitness_equipment", "elliptical"},
	"stairstepper": {"fitness_equipment", "stair_climbing"}, "yoga": {"training", "yoga"}, "pilates": {"training", "pilates"},
}

// sportWords are the words of a type label in the languages Strava exports
// in, first match wins: skis and snowshoes before running ("Langlauf" is
// cross-country skiing, "Skitour" a ski tour), rides before walks, walks
// before hikes (Dutch "wandeling" is a walk, German "Wanderung" a hike).
var sportWords = []struct {
	sport string
	words []string
	sub   func(folded string) string
}{
	{"snowshoeing", []string{"snowshoe", "schneeschuh", "raquette", "raqueta", "ciaspol", "sneeuwschoen"}, none},
	{"snowboarding", []string{"snowboard", "splitboard"}, none},
	{"cross_country_skiing", []string{"langlauf", "nordic", "nordique", "nordico", "sci di fondo", "esqui de fondo", "cross country ski", "cross_country_ski", "skate_ski", "langrenn", "langd"}, none},
	{"alpine_skiing", []string{"ski", " sci ", "scialp", "esqui"}, skiSub},
	{"swimming", []string{"swim", "schwimm", "natation", "natacion", "nuoto", "natacao", "zwem", "simning", "svom"}, none},
	{"cycling", []string{"ride", "bike", "biking", "cycl", "velo", "radfahrt", "radtour", "rennrad", "bici", "ciclis", "pedal", "fiets", "sykkel", "cykel"}, none},
	{"walking", []string{"walk", "spazier", "marche", "caminata", "camminat", "caminhad", "wandel", "passeggi", "promenad", "gaatur", "gatur"}, none},
	{"hiking", []string{"hike", "hiking", "wander", "randonnee", "senderis", "excursion", "escursion", "trilha", "trekking", "vandring", "fottur"}, none},
	{"wheelchair", []string{"wheelchair", "rollstuhl", "fauteuil", "silla de ruedas", "sedia a rotelle", "cadeira de rodas", "rolstoel"}, none},
	{"running", []string{"run", "lauf", "course", "carrera", "corsa", "corrida", "correr", "hardloop", "hardlop", "jog", "trail", "lopning", "loping", "futas"}, none},
	{"training", []string{"training", "workout", "strength", "cardio", "yoga", "pilates", "entrenamiento", "allenamento", "treino", "entrainement"}, none},
}

func none(string) string { return "" }

// skiSub tells a ski tour (backcountry, as FIT names it) from a day on the
// pistes by the label's words.
func skiSub(folded string) string {
	for _, w := range []string{"backcountry", "tour", "randonnee", "alpinis", "travesia", "travessia", "toer", "randonn"} {
		if strings.Contains(folded, w) {
			return "backcountry"
		}
	}
	return ""
}
