package synth

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/muktihari/fit/encoder"
	"github.com/muktihari/fit/profile/filedef"
	"github.com/muktihari/fit/profile/mesgdef"
	"github.com/muktihari/fit/profile/typedef"
)

// Formats the generator writes.
var Formats = []string{"fit", "gpx", "tcx"}

// WriteBlock writes every session of a plan to dir in one format and returns
// the file each session went to.
func WriteBlock(dir, format string, opt Options) (map[string]Session, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	out := map[string]Session{}
	for _, s := range Plan(opt) {
		path := filepath.Join(dir, s.File+"."+format)
		if err := WriteFile(path, format, s, opt); err != nil {
			return nil, err
		}
		out[path] = s
	}
	return out, nil
}

// WriteFile writes one session.
func WriteFile(path, format string, s Session, opt Options) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriter(f)
	tr := Record(s, opt.Seed)
	switch format {
	case "fit":
		err = writeFIT(w, s, tr, opt.Zone)
	case "gpx":
		err = writeGPX(w, s, tr)
	case "tcx":
		err = writeTCX(w, s, tr)
	default:
		return fmt.Errorf("synth: unknown format %q", format)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

func writeFIT(w io.Writer, s Session, tr Track, zone *time.Location) error {
	act := filedef.NewActivity()
	act.FileId = fitFileID(s)
	sport, sub := typedef.SportRunning, typedef.SubSportGeneric
	switch {
	case s.Sport == "cycling":
		sport, sub = typedef.SportCycling, typedef.SubSportRoad
	case s.Indoor:
		sub = typedef.SubSportTreadmill
	}
	act.Events = append(act.Events, mesgdef.NewEvent(nil).SetTimestamp(s.Start).SetEvent(typedef.EventTimer).SetEventType(typedef.EventTypeStart))
	for _, p := range tr.Pauses {
		act.Events = append(act.Events,
			mesgdef.NewEvent(nil).SetTimestamp(p[0]).SetEvent(typedef.EventTimer).SetEventType(typedef.EventTypeStopAll),
			mesgdef.NewEvent(nil).SetTimestamp(p[1]).SetEvent(typedef.EventTimer).SetEventType(typedef.EventTypeStart))
	}
	if s.Name != "" {
		act.Workouts = append(act.Workouts, mesgdef.NewWorkout(nil).SetWktName(s.Name).SetSport(sport))
	}
	act.Records = appendFITRecords(act.Records, s, tr)
	act.Laps = appendFITLaps(act.Laps, s, tr, sport)
	end := s.Start.Add(time.Duration(tr.Elapsed) * time.Second)
	act.Sessions = append(act.Sessions, fitSession(s, tr, sport, sub, end))
	_, off := s.Start.In(zone).Zone()
	act.Activity = mesgdef.NewActivity(nil).SetTimestamp(end).SetLocalTimestamp(end.Add(time.Duration(off) * time.Second)).
		SetNumSessions(1).SetType(typedef.ActivityManual).SetEvent(typedef.EventActivity).SetEventType(typedef.EventTypeStop).
		SetTotalTimerTimeScaled(tr.Timer)
	fit := act.ToFIT(nil)
	return encoder.New(w).Encode(&fit)
}

// fitFileID names the recording device: the watch, or for a phone's copy
// of a run (s.Copy) another device, so that the two files of one run come
// from two devices as a real duplicate's do.
func fitFileID(s Session) mesgdef.FileId {
	if s.Copy {
		return *mesgdef.NewFileId(nil).SetType(typedef.FileActivity).SetManufacturer(typedef.ManufacturerDevelopment).
			SetProduct(0).SetSerialNumber(1).SetTimeCreated(s.Start).SetProductName("synthetic phone")
	}
	return *mesgdef.NewFileId(nil).SetType(typedef.FileActivity).SetManufacturer(typedef.ManufacturerGarmin).
		SetProduct(uint16(typedef.GarminProductFr255)).SetSerialNumber(12345).SetTimeCreated(s.Start)
}

func appendFITRecords(rs []*mesgdef.Record, s Session, tr Track) []*mesgdef.Record {
	for _, p := range tr.Points {
		r := mesgdef.NewRecord(nil).SetTimestamp(p.Time).SetEnhancedAltitudeScaled(p.Alt)
		if !s.Phone { // a phone records positions only
			r.SetDistanceScaled(p.Dist).SetEnhancedSpeedScaled(p.Speed).SetCadence(p.Cadence)
		}
		if !math.IsNaN(p.Lat) {
			r.SetPositionLatDegrees(p.Lat).SetPositionLongDegrees(p.Lon)
		}
		if p.HR > 0 {
			r.SetHeartRate(p.HR)
		}
		rs = append(rs, r)
	}
	return rs
}

func appendFITLaps(laps []*mesgdef.Lap, s Session, tr Track, sport typedef.Sport) []*mesgdef.Lap {
	for _, l := range tr.Laps {
		lp := mesgdef.NewLap(nil).SetTimestamp(l.End).SetStartTime(l.Start).SetEvent(typedef.EventLap).SetEventType(typedef.EventTypeStop).
			SetTotalElapsedTimeScaled(l.End.Sub(l.Start).Seconds()).SetTotalTimerTimeScaled(l.Timer).
			SetSport(sport).SetLapTrigger(typedef.LapTriggerManual).SetIntensity(typedef.IntensityActive)
		if !s.Phone {
			lp.SetTotalDistanceScaled(l.Dist)
		}
		if l.AvgHR > 0 {
			lp.SetAvgHeartRate(l.AvgHR).SetMaxHeartRate(l.MaxHR)
		}
		laps = append(laps, lp)
	}
	return laps
}

func fitSession(s Session, tr Track, sport typedef.Sport, sub typedef.SubSport, end time.Time) *mesgdef.Session {
	ses := mesgdef.NewSession(nil).SetTimestamp(end).SetStartTime(s.Start).SetEvent(typedef.EventSession).SetEventType(typedef.EventTypeStop).
		SetSport(sport).SetSubSport(sub).SetTotalElapsedTimeScaled(tr.Elapsed).SetTotalTimerTimeScaled(tr.Timer).
		SetFirstLapIndex(0).SetNumLaps(uint16(len(tr.Laps)))
	if !s.Phone {
		ses.SetTotalDistanceScaled(tr.Points[len(tr.Points)-1].Dist)
	}
	if tr.AvgHR > 0 {
		ses.SetAvgHeartRate(tr.AvgHR).SetMaxHeartRate(tr.MaxHR)
	}
	return ses
}

const rfc3339ms = "2006-01-02T15:04:05.000Z07:00"

func writeGPX(w io.Writer, s Session, tr Track) error {
	typ := "running"
	if s.Sport == "cycling" {
		typ = "cycling"
	}
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="runlint synth" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
 <metadata><time>%s</time></metadata>
 <trk>%s<type>%s</type>
  <trkseg>
`, s.Start.Format(time.RFC3339), xmlElement("name", s.Name), typ)
	pause := 0
	for _, p := range tr.Points {
		if pause < len(tr.Pauses) && !p.Time.Before(tr.Pauses[pause][1]) {
			fmt.Fprint(w, "  </trkseg>\n  <trkseg>\n") // GPX has no pause: a new segment says it
			pause++
		}
		lat, lon := p.Lat, p.Lon
		if math.IsNaN(lat) {
			lat, lon = 0, 0 // a treadmill: GPX needs a position, 0,0 means none
		}
		// Times in local time with an offset, as some exporters write them.
		fmt.Fprintf(w, "   <trkpt lat=\"%.7f\" lon=\"%.7f\"><ele>%.1f</ele><time>%s</time><extensions>", lat, lon, p.Alt, p.Time.In(time.FixedZone("", 3600)).Format(rfc3339ms))
		if s.Indoor {
			fmt.Fprintf(w, "<distance>%.2f</distance>", p.Dist)
		}
		fmt.Fprint(w, "<gpxtpx:TrackPointExtension>")
		if p.HR > 0 {
			fmt.Fprintf(w, "<gpxtpx:hr>%d</gpxtpx:hr>", p.HR)
		}
		if p.Cadence > 0 {
			fmt.Fprintf(w, "<gpxtpx:cad>%d</gpxtpx:cad>", p.Cadence)
		}
		fmt.Fprint(w, "</gpxtpx:TrackPointExtension></extensions></trkpt>\n")
	}
	_, err := fmt.Fprint(w, "  </trkseg>\n </trk>\n</gpx>\n")
	return err
}

func writeTCX(w io.Writer, s Session, tr Track) error {
	sport := "Running"
	if s.Sport == "cycling" {
		sport = "Biking"
	}
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
 <Activities>
  <Activity Sport="%s">
   <Id>%s</Id>
`, sport, s.Start.Format(time.RFC3339))
	for _, l := range tr.Laps {
		fmt.Fprintf(w, "   <Lap StartTime=\"%s\">\n    <TotalTimeSeconds>%.1f</TotalTimeSeconds>\n", l.Start.Format(time.RFC3339), l.Timer)
		if !s.Phone {
			fmt.Fprintf(w, "    <DistanceMeters>%.2f</DistanceMeters>\n", l.Dist)
		}
		if l.AvgHR > 0 {
			fmt.Fprintf(w, "    <AverageHeartRateBpm><Value>%d</Value></AverageHeartRateBpm>\n    <MaximumHeartRateBpm><Value>%d</Value></MaximumHeartRateBpm>\n", l.AvgHR, l.MaxHR)
		}
		fmt.Fprint(w, "    <Intensity>Active</Intensity>\n    <TriggerMethod>Manual</TriggerMethod>\n    <Track>\n")
		for _, p := range tr.Points[l.First : l.Last+1] {
			fmt.Fprintf(w, "     <Trackpoint><Time>%s</Time>", p.Time.Format(rfc3339ms))
			if !math.IsNaN(p.Lat) {
				fmt.Fprintf(w, "<Position><LatitudeDegrees>%.7f</LatitudeDegrees><LongitudeDegrees>%.7f</LongitudeDegrees></Position>", p.Lat, p.Lon)
			}
			fmt.Fprintf(w, "<AltitudeMeters>%.1f</AltitudeMeters>", p.Alt)
			if !s.Phone {
				fmt.Fprintf(w, "<DistanceMeters>%.2f</DistanceMeters>", p.Dist)
			}
			if p.HR > 0 {
				fmt.Fprintf(w, "<HeartRateBpm><Value>%d</Value></HeartRateBpm>", p.HR)
			}
			if !s.Phone {
				fmt.Fprintf(w, "<Extensions><ns3:TPX><ns3:Speed>%.3f</ns3:Speed><ns3:RunCadence>%d</ns3:RunCadence></ns3:TPX></Extensions>", p.Speed, p.Cadence)
			}
			fmt.Fprint(w, "</Trackpoint>\n")
		}
		fmt.Fprint(w, "    </Track>\n   </Lap>\n")
	}
	if s.Name != "" {
		fmt.Fprintf(w, "   %s\n", xmlElement("Notes", s.Name))
	}
	_, err := fmt.Fprint(w, "  </Activity>\n </Activities>\n</TrainingCenterDatabase>\n")
	return err
}

// xmlElement is <tag>text</tag> with text escaped, or "" for no text.
func xmlElement(tag, text string) string {
	if text == "" {
		return ""
	}
	var b strings.Builder
	xml.EscapeText(&b, []byte(text))
	return "<" + tag + ">" + b.String() + "</" + tag + ">"
}
