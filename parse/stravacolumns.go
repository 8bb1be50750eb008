package parse

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// How the columns of an activities.csv are found. Strava has written three
// kinds of header, always in the same order (ID, date, name, type,
// description, ..., file name):
//
//   - English before mid-2019: id,date,name,type,description,...,filename
//   - English since: Activity ID,Activity Date,Activity Name,Activity Type,
//     Activity Description,...,Filename,...
//   - the account's language since: Aktivitäts-ID,Aktivitätsdatum,Name der
//     Aktivität,Aktivitätsart,Aktivitätsbeschreibung,...,Dateiname (German,
//     as geo-activity-playground's issues 86, 191, 348 and 393 quote it).
//
// No list of every language's headers is published, so a header is read by
// its words, not matched whole: a column is the activity's name when one of
// its words means "name" and another (or the same compound, as German and
// Dutch write them) "activity", in English, German, French, Spanish,
// Italian, Portuguese, Dutch and the Nordic languages. The file column is
// also known by what it holds ("activities/123.fit.gz"). Where the words are
// in no language listed here, the ID, date, name, type and description are
// read by their place in Strava's order, and a warning names the columns so
// read; a csv with no file column is a warning naming its columns.

// stravaColumns are the indexes of the columns runlint reads; -1: absent.
type stravaColumns struct {
	id, date, name, typ, desc, file int
}

type concept int

const (
	cFile concept = iota
	cDesc
	cType
	cName
	cDate
	cID
	nConcepts
)

var conceptNames = [nConcepts]string{cFile: "file", cDesc: "description", cType: "type", cName: "name", cDate: "date", cID: "ID"}

// conceptWords are the words (accents folded, lower case) a header of each
// column is made of, in the languages above.
var conceptWords = [nConcepts][]string{
	cFile: {"filename", "dateiname", "fichier", "archivo", "file", "arquivo", "ficheiro", "bestand", "bestandsnaam", "bestandnaam", "filnavn", "filnamn"},
	cDesc: {"description", "beschreibung", "descripcion", "descrizione", "descricao", "beschrijving", "beskrivelse", "beskrivning"},
	cType: {"type", "typ", "art", "tipo", "soort", "sport"},
	cName: {"name", "nom", "nombre", "nome", "naam", "navn", "namn"},
	cDate: {"date", "datum", "fecha", "data", "dato"},
	cID:   {"id"},
}

// activityStems start the word for "activity" in those languages.
var activityStems = []string{"activit", "aktivit", "activid", "attivit", "atividad"}

// stravaOrder is where Strava puts each column, in every layout.
var stravaOrder = map[concept]int{cID: 0, cDate: 1, cName: 2, cType: 3, cDesc: 4}

// activityFile is what a file column holds: a path ending in an activity
// file's extension.
var activityFile = regexp.MustCompile(`(?i)^[^\s]*\.(fit|gpx|tcx)(\.gz)?$`)

// mapStravaColumns finds the columns by their headers and, for the file
// column, by what the first rows hold.
func mapStravaColumns(header []string, sample [][]string) (stravaColumns, []string) {
	var at [nConcepts]int
	taken := map[int]bool{}
	for c := range nConcepts {
		if c == cFile {
			at[c] = fileColumn(header, sample, taken)
		} else {
			at[c] = bestColumn(header, c, taken)
		}
		if at[c] >= 0 {
			taken[at[c]] = true
		}
	}
	if at[cFile] < 0 {
		return stravaColumns{-1, -1, -1, -1, -1, -1}, []string{fmt.Sprintf(
			"no column names the activity files (its columns: %s): its names, types and descriptions are not read", listHeaders(header))}
	}
	warnings := byStravaOrder(&at, header, sample, taken)
	var missing []string
	for _, c := range []concept{cName, cType, cDesc} {
		if at[c] < 0 {
			missing = append(missing, conceptNames[c])
		}
	}
	if len(missing) > 0 {
		warnings = append(warnings, fmt.Sprintf("no column holds the activities' %s (its columns: %s): not read",
			strings.Join(missing, " or "), listHeaders(header)))
	}
	return stravaColumns{id: at[cID], date: at[cDate], name: at[cName], typ: at[cType], desc: at[cDesc], file: at[cFile]}, warnings
}

// bestColumn is the column whose header says concept c best: its words
// and "activity" (2), or the word alone as the whole header (1, as in the
// layout before 2019); the first of the best; -1 when none.
func bestColumn(header []string, c concept, taken map[int]bool) int {
	best, bestScore := -1, 0
	for i, h := range header {
		if s := headerScore(h, c); s > bestScore && !taken[i] {
			best, bestScore = i, s
		}
	}
	return best
}

func headerScore(h string, c concept) int {
	tokens := headerTokens(h)
	stem, word := false, false
	for _, t := range tokens {
		s := hasActivityStem(t)
		stem = stem || s
		for _, w := range conceptWords[c] {
			switch {
			case t == w:
				word = true
			case s && len(t) > len(w) && strings.HasSuffix(t, w): // a compound: "aktivitatsart"
				return 2
			case c == cFile && len(w) >= 4 && strings.HasSuffix(t, w): // "new_filename", "bestandsnaam"
				word = true
			}
		}
	}
	switch {
	case word && (stem || c == cFile):
		return 2
	case word && len(tokens) == 1:
		return 1
	}
	return 0
}

func hasActivityStem(t string) bool {
	for _, s := range activityStems {
		if strings.HasPrefix(t, s) {
			return true
		}
	}
	return false
}

// fileColumn is the column of the activities' files: among the headers
// that say so, the one whose first rows hold the most file names; without
// such a header, the column that holds them.
func fileColumn(header []string, sample [][]string, taken map[int]bool) int {
	best, bestScore, bestFiles := -1, 0, 0
	for i, h := range header {
		if taken[i] {
			continue
		}
		s, n := headerScore(h, cFile), filesIn(sample, i)
		if n == 0 && s == 0 {
			continue
		}
		if s > bestScore || s == bestScore && n > bestFiles {
			best, bestScore, bestFiles = i, s, n
		}
	}
	return best
}

func filesIn(rows [][]string, col int) int {
	n := 0
	for _, r := range rows {
		if col < len(r) && activityFile.MatchString(strings.TrimSpace(r[col])) {
			n++
		}
	}
	return n
}

// byStravaOrder gives the columns the headers did not name their place in
// Strava's order, when the csv is laid out as Strava's are (a column of
// activity IDs first), and says which columns it read so.
func byStravaOrder(at *[nConcepts]int, header []string, sample [][]string, taken map[int]bool) []string {
	if len(header) <= stravaOrder[cDesc] || !idsIn(sample, 0) {
		return nil
	}
	var read []string
	for _, c := range []concept{cID, cDate, cName, cType, cDesc} {
		i := stravaOrder[c]
		if at[c] >= 0 || taken[i] {
			continue
		}
		at[c], taken[i] = i, true
		if c != cID && c != cDate {
			read = append(read, fmt.Sprintf("%q as the %s", header[i], conceptNames[c]))
		}
	}
	if len(read) == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%s, by their place in Strava's layout: their headers are in no language runlint knows", strings.Join(read, ", "))}
}

// idsIn reports whether nine in ten of the first rows' values in col are
// numbers, as Strava's activity IDs are.
func idsIn(rows [][]string, col int) bool {
	n, ids := 0, 0
	for _, r := range rows {
		if col >= len(r) || strings.TrimSpace(r[col]) == "" {
			continue
		}
		n++
		if strings.TrimFunc(strings.TrimSpace(r[col]), unicode.IsDigit) == "" {
			ids++
		}
	}
	return n > 0 && ids*10 >= n*9
}

// listHeaders names the first columns of a header, for a warning.
func listHeaders(header []string) string {
	const shown = 8
	q := make([]string, 0, shown)
	for i, h := range header {
		if i == shown {
			return strings.Join(q, ", ") + fmt.Sprintf(" and %d more", len(header)-shown)
		}
		q = append(q, fmt.Sprintf("%q", boundedText([]byte(h))))
	}
	return strings.Join(q, ", ")
}

// headerTokens are a header's words, lower case, accents folded.
func headerTokens(h string) []string {
	return strings.FieldsFunc(foldText(h), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// foldText is s in lower case without accents ("Aktivitätsart" is
// "aktivitatsart", "Descripción" "descripcion"), the letters no
// decomposition splits spelled as their languages spell them without.
func foldText(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	folded, _, err := transform.String(t, s)
	if err != nil {
		folded = s
	}
	return letterFolds.Replace(strings.ToLower(folded))
}

var letterFolds = strings.NewReplacer("ß", "ss", "ø", "o", "æ", "ae", "ł", "l", "đ", "d")

// row is a record's values in the mapped columns; false when it names no
// file (an activity entered by hand).
func (c stravaColumns) row(rec []string) (StravaRow, bool) {
	get := func(i int) string {
		if i < 0 || i >= len(rec) {
			return ""
		}
		return strings.TrimSpace(boundedText([]byte(rec[i])))
	}
	file := strings.ReplaceAll(get(c.file), `\`, "/") // written on Windows
	if file == "" {
		return StravaRow{}, false
	}
	return StravaRow{
		File: file, Name: get(c.name), Description: get(c.desc), Type: get(c.typ),
		Start: stravaDate(get(c.date)),
	}, true
}
