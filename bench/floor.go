package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strconv"
	"time"
)

// The floors: what a minimal program costs to walk the same bytes and
// decode what runlint needs of them, with nothing else (no model, no
// totals, no warnings). They say how far from the physical limit a reader
// is, which the peers, all slower, no longer can.

// fitFloor walks a FIT file's messages and decodes the record fields
// (timestamp, position, altitude, distance, speed, heart rate, cadence) of
// every record into a running sum, so the work cannot be optimised away.
func fitFloor(b []byte) error {
	if len(b) < 14 || string(b[8:12]) != ".FIT" {
		return errors.New("not FIT")
	}
	hdr := int(b[0])
	end := min(len(b), hdr+int(binary.LittleEndian.Uint32(b[4:8])))
	type def struct {
		global uint16
		big    bool
		fields []field
		dev    int
	}
	var defs [16]*def
	var sum uint64
	for p := hdr; p < end; {
		h := b[p]
		p++
		switch {
		case h&0x80 != 0: // compressed timestamp header
			d := defs[(h>>5)&3]
			if d == nil {
				return errors.New("no definition")
			}
			p = walkData(b, p, d.fields, d.dev, d.global, d.big, &sum)
		case h&0x40 != 0: // definition
			if p+5 > end {
				return errors.New("short")
			}
			d := &def{big: b[p+1] == 1}
			if d.big {
				d.global = binary.BigEndian.Uint16(b[p+2:])
			} else {
				d.global = binary.LittleEndian.Uint16(b[p+2:])
			}
			n := int(b[p+4])
			p += 5
			for i := 0; i < n && p+3 <= end; i++ {
				d.fields = append(d.fields, field{b[p], b[p+1]})
				p += 3
			}
			if h&0x20 != 0 && p < end { // developer fields
				nd := int(b[p])
				p++
				for i := 0; i < nd && p+3 <= end; i++ {
					d.dev += int(b[p+1])
					p += 3
				}
			}
			defs[h&0x0f] = d
		default:
			d := defs[h&0x0f]
			if d == nil {
				return errors.New("no definition")
			}
			p = walkData(b, p, d.fields, d.dev, d.global, d.big, &sum)
		}
	}
	floorSink += sum
	return nil
}

// field is one field of a FIT definition: its number and size.
type field struct{ num, size byte }

// walkData reads one data message, summing the record fields.
func walkData(b []byte, p int, fields []field, dev int, global uint16, big bool, sum *uint64) int {
	for _, f := range fields {
		if p+int(f.size) > len(b) {
			return len(b)
		}
		if global == 20 {
			v := b[p : p+int(f.size)]
			switch f.size {
			case 1:
				*sum += uint64(v[0])
			case 2:
				*sum += uint64(order(big).Uint16(v))
			case 4:
				*sum += uint64(order(big).Uint32(v))
			}
		}
		p += int(f.size)
	}
	return p + dev
}

func order(big bool) binary.ByteOrder {
	if big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// gpxFloor finds every tag and decodes lat, lon, ele, time, hr and cad of
// every track point through strconv and time.Parse, as a minimal GPX
// reader does, without validating the XML.
func gpxFloor(b []byte) error {
	var sum float64
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		k := bytes.IndexByte(b[i:], '>')
		if k < 0 {
			break
		}
		tag := b[i : i+k]
		i += k + 1
		switch {
		case bytes.HasPrefix(tag, []byte("trkpt ")):
			sum += attrFloat(tag, "lat=") + attrFloat(tag, "lon=")
		case bytes.Equal(tag, []byte("ele")), bytes.HasSuffix(tag, []byte(":hr")), bytes.HasSuffix(tag, []byte(":cad")):
			sum += floorNum(b[i:])
		case bytes.Equal(tag, []byte("time")):
			sum += floorTime(b[i:])
		}
	}
	floorSinkF += sum
	return nil
}

// tcxFloor finds every tag and decodes Time, LatitudeDegrees,
// LongitudeDegrees, AltitudeMeters, DistanceMeters, HeartRateBpm/Value and
// Cadence (RunCadence too) through strconv and time.Parse, as a minimal TCX
// reader does, without validating the XML.
func tcxFloor(b []byte) error {
	var sum float64
	inHR := false
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			break
		}
		i += j + 1
		k := bytes.IndexByte(b[i:], '>')
		if k < 0 {
			break
		}
		tag := b[i : i+k]
		i += k + 1
		closing := len(tag) > 0 && tag[0] == '/'
		if closing {
			tag = tag[1:]
		}
		if sp := bytes.IndexAny(tag, " \t\r\n/"); sp >= 0 {
			tag = tag[:sp]
		}
		if c := bytes.LastIndexByte(tag, ':'); c >= 0 {
			tag = tag[c+1:]
		}
		if string(tag) == "HeartRateBpm" {
			inHR = !closing
		}
		if closing {
			continue
		}
		switch string(tag) {
		case "Value":
			if inHR {
				sum += floorNum(b[i:])
			}
		case "LatitudeDegrees", "LongitudeDegrees", "AltitudeMeters", "DistanceMeters", "Cadence", "RunCadence":
			sum += floorNum(b[i:])
		case "Time":
			sum += floorTime(b[i:])
		}
	}
	floorSinkF += sum
	return nil
}

// floorTime reads the RFC 3339 time that starts rest, up to the next tag, as
// Unix seconds; 0 when there is none.
func floorTime(rest []byte) float64 {
	e := bytes.IndexByte(rest, '<')
	if e < 0 {
		return 0
	}
	t, err := time.Parse(time.RFC3339, string(bytes.TrimSpace(rest[:e])))
	if err != nil {
		return 0
	}
	return float64(t.Unix())
}

// floorNum reads the number that starts rest, up to the next tag.
func floorNum(rest []byte) float64 {
	e := bytes.IndexByte(rest, '<')
	if e < 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(string(bytes.TrimSpace(rest[:e])), 64)
	return v
}

func attrFloat(tag []byte, name string) float64 {
	i := bytes.Index(tag, []byte(name))
	if i < 0 || i+len(name) >= len(tag) {
		return 0
	}
	rest := tag[i+len(name):]
	q := rest[0]
	rest = rest[1:]
	e := bytes.IndexByte(rest, q)
	if e < 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(string(rest[:e]), 64)
	return v
}

// The sinks the floors add their values to, so the compiler keeps the work.
var (
	floorSink  uint64  //lint:ignore U1000 written, never read: its point
	floorSinkF float64 //lint:ignore U1000 written, never read: its point
)
