package parse

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/runlint/runlint/activity"
)

// stravaCase is an activities.csv of one row in one of Strava's layouts,
// and what a careful reader takes from it.
type stravaCase struct {
	lang, csv              string
	name, typ, desc, sport string
	start                  time.Time // zero: a date in words runlint does not read
}

// The row is the same activity in every language: a 9.44 km ride whose
// file a watch called a run. Strava writes a date and a number with a comma
// in them quoted; the columns after them must not shift.
var stravaCases = []stravaCase{
	{
		"English since 2019", "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight\n" +
			"8228026758,\"Dec 9, 2022, 3:24:49 PM\",Ride to work,Ride,\"cloudy, 0°C\",3189,9.44,,,true,,Patria,activities/8228026758.fit.gz,\n",
		"Ride to work", "Ride", "cloudy, 0°C", "cycling", time.Date(2022, 12, 9, 15, 24, 49, 0, time.UTC),
	},
	{
		"English before mid-2019", "id,date,name,type,description,elapsed_time,distance,commute,gear,filename\n" +
			"8228026758,2022-12-09 15:24:49,Ride to work,Ride,\"cloudy, 0°C\",3189,9440.0,true,Patria,activities/8228026758.fit.gz\n",
		"Ride to work", "Ride", "cloudy, 0°C", "cycling", time.Date(2022, 12, 9, 15, 24, 49, 0, time.UTC),
	},
	// As geo-activity-playground's issue 86 quotes a German export's row.
	{
		"German", "Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität,Aktivitätsart,Aktivitätsbeschreibung,Verstrichene Zeit,Distanz,Max. Herzfrequenz,Relative Leistung,Pendeln,Hinweis zur Privatsphäre für Aktivitäten,Aktivitätsausrüstung,Dateiname,Sportlergewicht\n" +
			"8228026758,\"09.12.2022, 15:24:49\",2022-12-09 16:24,Radfahrt,\"bewölkt, 0°C\",3189,\"9,44\",,,true,\"\",Patria,activities/8228026758.fit.gz,\n",
		"2022-12-09 16:24", "Radfahrt", "bewölkt, 0°C", "cycling", time.Date(2022, 12, 9, 15, 24, 49, 0, time.UTC),
	},
	{
		"French", "ID de l'activité,Date de l'activité,Nom de l'activité,Type d'activité,Description de l'activité,Temps écoulé,Distance,Fréquence cardiaque max.,Effort relatif,Trajet,Note privée sur l'activité,Équipement de l'activité,Nom du fichier\n" +
			"8228026758,\"9 déc. 2022, 15:24:49\",Vélotaf,Vélo,\"nuageux, 0°C\",3189,\"9,44\",,,true,,Patria,activities/8228026758.fit.gz\n",
		"Vélotaf", "Vélo", "nuageux, 0°C", "cycling",
		time.Time{},
	},
	{
		"Spanish", "ID de actividad,Fecha de la actividad,Nombre de la actividad,Tipo de actividad,Descripción de la actividad,Tiempo transcurrido,Distancia,Frecuencia cardiaca máxima,Esfuerzo relativo,Desplazamiento,Nota privada de la actividad,Equipo de la actividad,Nombre del archivo\n" +
			"8228026758,\"9 dic 2022, 15:24:49\",Al trabajo,Bicicleta,\"nublado, 0°C\",3189,\"9,44\",,,true,,Patria,activities/8228026758.fit.gz\n",
		"Al trabajo", "Bicicleta", "nublado, 0°C", "cycling",
		time.Time{},
	},
	{
		"Italian", "ID attività,Data attività,Nome attività,Tipo attività,Descrizione attività,Tempo trascorso,Distanza,Frequenza cardiaca massima,Sforzo relativo,Spostamento,Nota privata attività,Attrezzatura attività,Nome file\n" +
			"8228026758,\"9 dic 2022, 15:24:49\",Al lavoro,Giro in bici,\"nuvoloso, 0°C\",3189,\"9,44\",,,true,,Patria,activities/8228026758.fit.gz\n",
		"Al lavoro", "Giro in bici", "nuvoloso, 0°C", "cycling",
		time.Time{},
	},
	{
		"Portuguese", "ID da atividade,Data da atividade,Nome da atividade,Tipo de atividade,Descrição da atividade,Tempo decorrido,Distância,Frequência cardíaca máxima,Esforço relativo,Trajeto,Nota privada da atividade,Equipamento da atividade,Nome do arquivo\n" +
			"8228026758,\"9 de dez. de 2022, 15:24:49\",Para o trabalho,Pedalada,\"nublado, 0°C\",3189,\"9,44\",,,true,,Patria,activities/8228026758.fit.gz\n",
		"Para o trabalho", "Pedalada", "nublado, 0°C", "cycling",
		time.Time{},
	},
	{
		"Dutch", "Activiteits-ID,Activiteitsdatum,Naam activiteit,Activiteitstype,Beschrijving activiteit,Verstreken tijd,Afstand,Max. hartslag,Relatieve inspanning,Woon-werkverkeer,Privénotitie activiteit,Uitrusting activiteit,Bestandsnaam\n" +
			"8228026758,\"9 dec. 2022, 15:24:49\",Naar het werk,Fietsrit,\"bewolkt, 0°C\",3189,\"9,44\",,,true,,Patria,activities/8228026758.fit.gz\n",
		"Naar het werk", "Fietsrit", "bewolkt, 0°C", "cycling",
		time.Time{},
	},
}

func TestStravaCSVLanguages(t *testing.T) {
	for _, c := range stravaCases {
		t.Run(c.lang, func(t *testing.T) {
			got, err := ReadStravaCSV([]byte(c.csv))
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Warnings) > 0 {
				t.Errorf("warnings %q, want none", got.Warnings)
			}
			want := StravaRow{File: "activities/8228026758.fit.gz", Name: c.name, Description: c.desc, Type: c.typ, Start: c.start}
			if len(got.Rows) != 1 || got.Rows[0] != want {
				t.Fatalf("rows %+v, want %+v", got.Rows, want)
			}
			if sport, _, ok := exportSport(c.typ); !ok || sport != c.sport {
				t.Errorf("type %q reads as %q (%v), want %q", c.typ, sport, ok, c.sport)
			}
		})
	}
}

// A layout in a language runlint has no words for is read by Strava's
// column order, and a warning names the columns read so; a csv with no
// file column is a warning naming its columns, and lends nothing.
func TestStravaCSVUnknownHeaders(t *testing.T) {
	got, err := ReadStravaCSV([]byte("Identyfikator,Kiedy,Tytuł,Rodzaj,Opis,Czas,Plik\n" +
		"42,\"9.12.2022, 15:24:49\",Bieg,Bieg,ból kolana,3189,activities/42.gpx\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := StravaRow{File: "activities/42.gpx", Name: "Bieg", Type: "Bieg", Description: "ból kolana", Start: time.Date(2022, 12, 9, 15, 24, 49, 0, time.UTC)}
	if len(got.Rows) != 1 || got.Rows[0] != want {
		t.Errorf("rows %+v, want %+v", got.Rows, want)
	}
	wantWarn := `"Tytuł" as the name, "Rodzaj" as the type, "Opis" as the description, by their place in Strava's layout: their headers are in no language runlint knows`
	if len(got.Warnings) != 1 || got.Warnings[0] != wantWarn {
		t.Errorf("warnings %q,\nwant %q", got.Warnings, wantWarn)
	}

	got, err = ReadStravaCSV([]byte("lap,time,pace,hr,cadence,power,temperature,ground contact,vertical ratio\n1,5:00,5:00,140,170,250,12,240,8\n"))
	if err != nil {
		t.Fatal(err)
	}
	wantWarn = `no column names the activity files (its columns: "lap", "time", "pace", "hr", "cadence", "power", "temperature", "ground contact" and 1 more): its names, types and descriptions are not read`
	if len(got.Rows) != 0 || len(got.Warnings) != 1 || got.Warnings[0] != wantWarn {
		t.Errorf("rows %+v, warnings %q,\nwant %q", got.Rows, got.Warnings, wantWarn)
	}

	if _, err := ReadStravaCSV(nil); err == nil || err.Error() != "no header line: not a csv" {
		t.Errorf("an empty file: %v", err)
	}
}

// A csv saved again by a spreadsheet: Excel's "Unicode text" (UTF-16 with a
// BOM, tabs), a csv with a UTF-8 BOM, and a German Excel's csv (Windows-1252,
// semicolons).
func TestStravaCSVEncodings(t *testing.T) {
	german := stravaCases[2].csv
	cp1252 := bytes.NewBuffer(nil)
	for _, r := range withComma(t, german, ';') {
		switch r {
		case 'ä':
			cp1252.WriteByte(0xe4)
		case 'ö':
			cp1252.WriteByte(0xf6)
		case '°':
			cp1252.WriteByte(0xb0)
		default:
			cp1252.WriteRune(r)
		}
	}
	for name, data := range map[string][]byte{
		"UTF-16LE, BOM, tabs":        utf16LE(withComma(t, german, '\t')),
		"UTF-8 with a BOM":           append([]byte("\xef\xbb\xbf"), german...),
		"Windows-1252, semicolons":   cp1252.Bytes(),
		"Windows line ends (CR, LF)": []byte(strings.ReplaceAll(german, "\n", "\r\n")),
	} {
		t.Run(name, func(t *testing.T) {
			got, err := ReadStravaCSV(data)
			if err != nil {
				t.Fatal(err)
			}
			if len(got.Rows) != 1 || got.Rows[0].Type != "Radfahrt" || got.Rows[0].Description != "bewölkt, 0°C" || len(got.Warnings) > 0 {
				t.Errorf("rows %+v, warnings %q", got.Rows, got.Warnings)
			}
		})
	}
}

// withComma is a csv written again with another separator.
func withComma(t *testing.T, text string, comma rune) string {
	recs, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Comma = comma
	w.WriteAll(recs)
	return b.String()
}

func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// run is a result holding one activity of sport, starting at start.
func run(path, sport string, start time.Time) Result {
	return Result{Path: path, Activities: []*activity.Activity{{Sport: sport, Start: start, Source: activity.Source{Path: path}}}}
}

// A row finds its file as the export was left: gunzipped by the runner,
// written with Windows separators, inside the zip as downloaded, or
// renamed (then by its start).
func TestStravaCSVLendFindsFiles(t *testing.T) {
	at := time.Date(2024, 5, 1, 6, 0, 0, 0, time.UTC)
	csvText := "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Filename\n" +
		"1,\"May 1, 2024, 6:00:00 AM\",Gunzipped,Run,,activities/1.fit.gz\n" +
		"2,\"May 2, 2024, 6:00:00 AM\",Windows,Run,,activities\\2.gpx.gz\n" +
		"3,\"May 3, 2024, 6:00:30 AM\",Renamed,Run,,activities/3.fit.gz\n" +
		"4,\"May 4, 2024, 6:00:00 AM\",Missing,Run,,activities/4.fit.gz\n" +
		"5,\"May 5, 2024, 6:00:00 AM\",By hand,Run,,\n"
	csv, err := ReadStravaCSV([]byte(csvText))
	if err != nil {
		t.Fatal(err)
	}
	results := []Result{
		run("exp/activities/1.fit", "running", at),
		run("exp/activities/2.gpx.gz", "running", at.AddDate(0, 0, 1)),
		run("exp/activities/2024-05-03-run.fit", "running", at.AddDate(0, 0, 2)),
		run("exp/other/5.fit", "running", at.AddDate(0, 0, 4)),
		run("elsewhere/4.fit.gz", "running", at.AddDate(0, 0, 3)),
	}
	if n := csv.Lend("exp/activities.csv", results); n != 3 {
		t.Errorf("lent to %d files, want 3", n)
	}
	for i, want := range []string{"Gunzipped", "Windows", "Renamed", "", ""} {
		if got := results[i].Activities[0].Name; got != want {
			t.Errorf("%s: name %q, want %q", results[i].Path, got, want)
		}
	}

	zipped := []Result{run("dl/export_9.zip!activities/1.fit.gz", "running", at)}
	if n := csv.Lend("dl/export_9.zip!activities.csv", zipped); n != 1 || zipped[0].Activities[0].Name != "Gunzipped" {
		t.Errorf("inside a zip: lent %d, name %q", n, zipped[0].Activities[0].Name)
	}
}

// The export's type decides whether an activity was a run, and the note says
// so; where both say it was no run, the file's own sport stands.
func TestExportTypeWins(t *testing.T) {
	at := time.Date(2022, 7, 9, 20, 44, 40, 0, time.UTC)
	for _, c := range []struct {
		fileSport, label, sport, sub, note string
	}{
		{
			"running", "Backcountry Ski", "alpine_skiing", "backcountry",
			`the file says running, activities.csv says "Backcountry Ski" (alpine_skiing/backcountry): the export's type stands, as the runner's correction`,
		},
		{
			"running", "Skitour", "alpine_skiing", "backcountry",
			`the file says running, activities.csv says "Skitour" (alpine_skiing/backcountry): the export's type stands, as the runner's correction`,
		},
		{
			"running", "Langlauf", "cross_country_skiing", "",
			`the file says running, activities.csv says "Langlauf" (cross_country_skiing): the export's type stands, as the runner's correction`,
		},
		{
			"cycling", "Lauf", "running", "",
			`the file says cycling, activities.csv says "Lauf" (running): the export's type stands, as the runner's correction`,
		},
		{"running", "Quidditch", "running", "", `activities.csv says "Quidditch", a type runlint does not read: the file's running stands`},
		{"running", "Run", "running", "", ""},
		{"racket", "Workout", "racket", "", ""},
		{"generic", "Ski", "alpine_skiing", "", ""},
	} {
		res := run("exp/activities/1.fit.gz", c.fileSport, at)
		lendLabel(&res, "activities.csv", "Ski tour", "", c.label)
		a := res.Activities[0]
		note := ""
		if len(a.Warnings) > 0 {
			note = a.Warnings[0].Text
		}
		if a.Sport != c.sport || a.SubSport != c.sub || note != c.note || len(a.Warnings) > 1 {
			t.Errorf("%s + %q: %s/%s, notes %q; want %s/%s, %q", c.fileSport, c.label, a.Sport, a.SubSport, a.Warnings, c.sport, c.sub, c.note)
		}
	}
}

// Type labels in the languages Strava exports in, and Garmin's type keys.
func TestExportSport(t *testing.T) {
	for label, want := range map[string]string{
		"Run": "running", "Trail Run": "running/trail", "Virtual Run": "running/virtual_activity", "Lauf": "running", "Virtueller Lauf": "running",
		"Course à pied": "running", "Carrera": "running", "Corsa": "running", "Corrida": "running", "Hardlopen": "running",
		"trail_running": "running", "treadmill_running": "running",
		"Ride": "cycling", "E-Bike Ride": "cycling/e_bike_fitness", "Radfahrt": "cycling", "Vélo": "cycling", "Bicicleta": "cycling",
		"Pedalada": "cycling", "Fietsrit": "cycling", "road_biking": "cycling",
		"Walk": "walking", "Spaziergang": "walking", "Marche": "walking", "Caminata": "walking", "Wandeling": "walking",
		"Hike": "hiking", "Wanderung": "hiking", "Randonnée": "hiking", "Senderismo": "hiking", "Escursionismo": "hiking",
		"Swim": "swimming", "Schwimmen": "swimming", "Natation": "swimming", "lap_swimming": "swimming",
		"Backcountry Ski": "alpine_skiing/backcountry", "Ski de randonnée": "alpine_skiing/backcountry",
		"Esquí de travesía": "alpine_skiing/backcountry", "Scialpinismo": "alpine_skiing/backcountry",
		"Toerskiën": "alpine_skiing/backcountry", "backcountry_skiing": "alpine_skiing/backcountry",
		"Alpine Ski": "alpine_skiing", "Sci alpino": "alpine_skiing", "Nordic Ski": "cross_country_skiing",
		"Ski nordique": "cross_country_skiing", "Sci di fondo": "cross_country_skiing", "Snowshoe": "snowshoeing",
		"Workout": "training", "Krafttraining": "training", "strength_training": "training",
		"wheelchair_push_run": "wheelchair",
	} {
		sport, sub, ok := exportSport(label)
		if got := sportText(sport, sub); !ok || got != want {
			t.Errorf("%q: %q (%v), want %q", label, got, ok, want)
		}
	}
	if s, _, ok := exportSport("Quidditch"); ok {
		t.Errorf("Quidditch read as %q", s)
	}
}

// A Garmin account export names its activities in JSON; its FIT files, in a
// zip inside the zip, are found by their starts.
func TestGarminActivitiesLend(t *testing.T) {
	json := `[{"summarizedActivitiesExport": [
		{"activityId": 11, "name": "Tempo Tuesday", "activityType": "running", "startTimeGmt": 1714543200000.0, "description": "knee pain after"},
		{"activityId": 12, "name": "Ski tour", "activityType": "backcountry_skiing", "startTimeGmt": 1714629620000.0},
		{"activityId": 13, "name": "Far away", "activityType": "running", "startTimeGmt": 1714800000000.0}]}]`
	acts, err := ReadGarminActivities([]byte(json))
	if err != nil {
		t.Fatal(err)
	}
	at := time.UnixMilli(1714543200000).UTC()
	inner := "dl/garmin.zip!DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip!"
	results := []Result{
		run(inner+"a@b.c_1.fit", "running", at.Add(2*time.Second)),
		run(inner+"a@b.c_2.fit", "running", at.Add(24*time.Hour)),
		run("dl/other.zip!x.fit", "running", time.UnixMilli(1714800000000)),
	}
	if n := acts.Lend("dl/garmin.zip!DI_CONNECT/DI-Connect-Fitness/a@b.c_0_summarizedActivities.json", results); n != 2 {
		t.Errorf("lent to %d, want 2", n)
	}
	a, b, c := results[0].Activities[0], results[1].Activities[0], results[2].Activities[0]
	if a.Name != "Tempo Tuesday" || a.NameFrom != "Garmin export" || a.Description != "knee pain after" || a.Sport != "running" {
		t.Errorf("first: %+v", a)
	}
	if b.Name != "Ski tour" || b.Sport != "alpine_skiing" || b.SubSport != "backcountry" || len(b.Warnings) != 1 {
		t.Errorf("second: %s %s/%s %q", b.Name, b.Sport, b.SubSport, b.Warnings)
	}
	if c.Name != "" {
		t.Errorf("a file of another export got %q", c.Name)
	}
}
