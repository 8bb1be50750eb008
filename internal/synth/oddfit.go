package synth

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"time"

	"github.com/muktihari/fit/encoder"
	"github.com/muktihari/fit/profile/filedef"
	"github.com/muktihari/fit/profile/mesgdef"
	"github.com/muktihari/fit/profile/typedef"
	"github.com/muktihari/fit/profile/untyped/fieldnum"
	"github.com/muktihari/fit/profile/untyped/mesgnum"
)

// FITRun is one small run written as a FIT activity file: a record every
// 10 s at an even speed, a session of its figures and, when Local is set,
// the activity message a watch writes at the end. The odd files of real
// exports (OddFIT) are made from it.
type FITRun struct {
	Start    time.Time
	Secs     int     // its length
	Speed    float64 // m/s
	HR       uint8   // every record's heart rate; none when 0
	Lat, Lon float64 // the first position, then northwards; none when both are 0
	// Local is the activity message's local time less its timestamp: the
	// zone's offset at the end, as a watch writes it. No activity message
	// when 0.
	Local     time.Duration
	NoRecords bool
	// Session adjusts the session message the run's figures make.
	Session func(*mesgdef.Session)
}

// metresPerDegree is a degree of latitude, about: the track runs north.
const metresPerDegree = 111195.0

// Bytes writes the run as a FIT file.
func (r FITRun) Bytes() ([]byte, error) {
	act := filedef.NewActivity()
	act.FileId = *mesgdef.NewFileId(nil).SetType(typedef.FileActivity).SetManufacturer(typedef.ManufacturerGarmin).
		SetSerialNumber(3912345678).SetTimeCreated(r.Start)
	end := r.Start.Add(time.Duration(r.Secs) * time.Second)
	for i := 0; i <= r.Secs/10 && !r.NoRecords; i++ {
		d := r.Speed * float64(10*i)
		rec := mesgdef.NewRecord(nil).SetTimestamp(r.Start.Add(time.Duration(10*i) * time.Second)).
			SetDistanceScaled(d).SetEnhancedSpeedScaled(r.Speed).SetCadence(85)
		if r.HR > 0 {
			rec.SetHeartRate(r.HR)
		}
		if r.Lat != 0 || r.Lon != 0 {
			rec.SetPositionLatDegrees(r.Lat + d/metresPerDegree).SetPositionLongDegrees(r.Lon)
		}
		act.Records = append(act.Records, rec)
	}
	s := mesgdef.NewSession(nil).SetTimestamp(end).SetStartTime(r.Start).SetSport(typedef.SportRunning).
		SetSubSport(typedef.SubSportGeneric).SetTotalElapsedTimeScaled(float64(r.Secs)).
		SetTotalTimerTimeScaled(float64(r.Secs)).SetTotalDistanceScaled(r.Speed * float64(r.Secs))
	if r.HR > 0 {
		s.SetAvgHeartRate(r.HR).SetMaxHeartRate(r.HR + 10)
	}
	if r.Session != nil {
		r.Session(s)
	}
	act.Sessions = append(act.Sessions, s)
	if r.Local != 0 {
		act.Activity = mesgdef.NewActivity(nil).SetTimestamp(end).SetLocalTimestamp(end.Add(r.Local)).
			SetNumSessions(1).SetType(typedef.ActivityManual).SetEvent(typedef.EventActivity).SetEventType(typedef.EventTypeStop)
	}
	fit := act.ToFIT(nil)
	var b bytes.Buffer
	if err := encoder.New(&b).Encode(&fit); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// OddFITs names the odd FIT files OddFIT writes, each a fault of a real
// export.
func OddFITs() []string {
	var names []string
	for name := range oddFITs {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// OddFIT writes the odd FIT file of that name.
func OddFIT(name string) ([]byte, error) {
	build, ok := oddFITs[name]
	if !ok {
		return nil, fmt.Errorf("no odd FIT file %q (%v)", name, OddFITs())
	}
	return build()
}

var oddFITs = map[string]func() ([]byte, error){
	// Garmin's SDK reads a base type by its low five bits; one runner's app
	// declared its file_id's serial number 0x0C (uint32z without its endian
	// bit) in 65 of 156 files. A 30-min run at 3 m/s on 2024-05-04 from
	// 09:00 local (UTC+2).
	"serial-0x0c": func() ([]byte, error) {
		data, err := FITRun{Start: time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC), Secs: 1800, Speed: 3, HR: 140, Local: 2 * time.Hour}.Bytes()
		if err != nil {
			return nil, err
		}
		at, err := FieldBaseAt(data, mesgnum.FileId, fieldnum.FileIdSerialNumber)
		if err != nil {
			return nil, err
		}
		data[at] &^= 0x80
		return WithCRC(data), nil
	},
	// One flipped bit in the first definition: the size of the file_id's
	// second field (its manufacturer, 2 bytes, now 3), so that its type is
	// read and nothing after it frames; the CRC says so.
	"flipped-definition": func() ([]byte, error) {
		data, err := FITRun{Start: time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC), Secs: 1800, Speed: 3, HR: 140, Local: 2 * time.Hour}.Bytes()
		if err != nil {
			return nil, err
		}
		data[int(data[0])+6+3+1] ^= 0x01 // header, reserved, architecture, message (2), count; field 1's size
		return data, nil
	},
	// A session and no record: a day-long 200-km ultra as a summary.
	"session-only": func() ([]byte, error) {
		return FITRun{Start: time.Date(2024, 6, 1, 4, 0, 0, 0, time.UTC), Secs: 24 * 3600, Speed: 200000.0 / (24 * 3600), HR: 128, Local: 2 * time.Hour, NoRecords: true}.Bytes()
	},
	// A 3-hour night run in Berlin from 23:30 on 2024-03-30, across the
	// change to summer time (02:00 CET is 03:00 CEST): its activity message
	// states the offset at its end, +2 h.
	"dst-eve": func() ([]byte, error) {
		return FITRun{Start: time.Date(2024, 3, 30, 22, 30, 0, 0, time.UTC), Secs: 3 * 3600, Speed: 2.8, HR: 135, Lat: 52.5, Lon: 13.4, Local: 2 * time.Hour}.Bytes()
	},
	// A session whose end is before its start: its writer took the end less
	// the start as an unsigned count of milliseconds, which wrapped to
	// 4,294,957 s (1,193 h). A 40-min run on 2024-05-04.
	"ends-before-start": func() ([]byte, error) {
		start := time.Date(2024, 5, 4, 7, 0, 0, 0, time.UTC)
		wrapped := float64(1<<32-10_000) / 1000 // -10 s as an unsigned count of ms
		return FITRun{Start: start, Secs: 2400, Speed: 3, HR: 140, Local: 2 * time.Hour, Session: func(s *mesgdef.Session) {
			s.SetTimestamp(start.Add(-10 * time.Second)).SetTotalElapsedTimeScaled(wrapped).SetTotalTimerTimeScaled(wrapped)
		}}.Bytes()
	},
}

// FieldBaseAt is the offset in data of the base type byte that the first
// definition of message mesg gives field num. It walks the definitions and
// data messages of a file written by FITRun (no compressed headers, no
// developer fields).
func FieldBaseAt(data []byte, mesg uint16, num byte) (int, error) {
	sizes := map[byte]int{}
	for p := int(data[0]); p+6 < len(data)-2; {
		hdr := data[p]
		if hdr&0x40 == 0 {
			p += 1 + sizes[hdr&0x0F]
			continue
		}
		n, size := int(data[p+5]), 0
		for k := range n {
			f := data[p+6+3*k:]
			if binary.LittleEndian.Uint16(data[p+3:]) == mesg && f[0] == num {
				return p + 6 + 3*k + 2, nil
			}
			size += int(f[1])
		}
		sizes[hdr&0x0F] = size
		p += 6 + 3*n
	}
	return 0, fmt.Errorf("no field %d in a definition of message %d", num, mesg)
}

// WithCRC is data with its file CRC made right again after a change.
func WithCRC(data []byte) []byte {
	end := len(data) - 2
	var crc uint16
	for _, b := range data[:end] {
		crc ^= uint16(b)
		for range 8 {
			if crc&1 != 0 {
				crc = crc>>1 ^ 0xA001
			} else {
				crc >>= 1
			}
		}
	}
	binary.LittleEndian.PutUint16(data[end:], crc)
	return data
}
