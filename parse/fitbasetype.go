package parse

import (
	"encoding/binary"

	"github.com/muktihari/fit/profile/untyped/fieldnum"
	"github.com/muktihari/fit/profile/untyped/mesgnum"
)

// Garmin's FIT SDK, the reference a FIT reading is held to, reads a base
// type byte by its low five bits (FIT.BaseTypeMask in its decoder): a field
// declared 0x0C (uint32z without its endian bit, as some apps write a
// file_id's serial number) is a uint32z, and the file is read. muktihari/fit
// v0.28.3 rejects every byte that is not one of the seventeen it lists
// ("invalid basetype") and has no option to mask it. So both of our paths
// read a base type as the SDK does: the fast path by sdkBase, the full
// decoder from a copy of the file whose base type bytes are written as the
// SDK reads them (sdkBaseTypes). The file itself is never modified.

// sdkBases are FIT's base types by their low five bits, endian bit as the
// profile gives it.
var sdkBases = [...]byte{0x00, 0x01, 0x02, 0x83, 0x84, 0x85, 0x86, 0x07, 0x88, 0x89, 0x0A, 0x8B, 0x8C, 0x0D, 0x8E, 0x8F, 0x90}

// sdkBase is the base type Garmin's SDK reads from a definition's byte b,
// written as FIT defines it; false when the SDK refuses b too.
func sdkBase(b byte) (byte, bool) {
	t := b & 0x1F
	if int(t) >= len(sdkBases) {
		return 0, false
	}
	return sdkBases[t], true
}

// sdkBaseTypes is data with every base type byte muktihari rejects and the
// SDK reads (a field definition's, and a field description's
// fit_base_type_id) written as the SDK reads it: data itself when there is
// none, else a copy. It walks the file as the decoder frames it and stops
// where the framing breaks; the decoder then fails there as it would have.
func sdkBaseTypes(data []byte) []byte {
	out, copied := data, false
	patch := func(at int, b byte) {
		if !copied {
			out, copied = append([]byte(nil), data...), true
		}
		out[at] = b
	}
	for off := 0; off+12 <= len(data); {
		rest := data[off:]
		h := int(rest[0])
		end := h + int(binary.LittleEndian.Uint32(rest[4:8]))
		if (h != 12 && h != 14) || string(rest[8:12]) != ".FIT" || end < h || end > len(rest) {
			break
		}
		walkBaseTypes(rest[:end], h, func(at int, b byte) { patch(off+at, b) })
		off += end + 2
	}
	return out
}

// baseFrame is what sdkBaseTypes keeps of a local message definition.
type baseFrame struct {
	defined bool
	size    int
	fbtAt   int // offset of a field description's fit_base_type_id in its data, or -1
}

// walkBaseTypes frames the records of one sequence (b, its header of h
// bytes included) and calls fix for each base type byte to rewrite.
func walkBaseTypes(b []byte, h int, fix func(at int, base byte)) {
	var defs [16]baseFrame
	check := func(at int) {
		if sb, ok := sdkBase(b[at]); ok && !validBase(b[at]) {
			fix(at, sb)
		}
	}
	for p := h; p < len(b); {
		hdr := b[p]
		p++
		if hdr&0x80 == 0 && hdr&0x40 != 0 {
			if p+5 > len(b) {
				return
			}
			def := baseFrame{defined: true, fbtAt: -1}
			num := binary.LittleEndian.Uint16(b[p+2:])
			if b[p+1] != 0 { // as the decoder reads it: anything but 0 is big-endian
				num = binary.BigEndian.Uint16(b[p+2:])
			}
			n := int(b[p+4])
			p += 5
			if p+3*n > len(b) {
				return
			}
			for k := range n {
				f := b[p+3*k:]
				if num == mesgnum.FieldDescription && f[0] == fieldnum.FieldDescriptionFitBaseTypeId && f[1] == 1 {
					def.fbtAt = def.size
				}
				check(p + 3*k + 2)
				def.size += int(f[1])
			}
			p += 3 * n
			if hdr&0x20 != 0 {
				if p >= len(b) {
					return
				}
				nd := int(b[p])
				p++
				if p+3*nd > len(b) {
					return
				}
				for k := range nd {
					def.size += int(b[p+3*k+1])
				}
				p += 3 * nd
			}
			defs[hdr&0x0F] = def
			continue
		}
		local := hdr & 0x0F
		if hdr&0x80 != 0 {
			local = (hdr >> 5) & 0x03
		}
		def := defs[local]
		if !def.defined || p+def.size > len(b) {
			return
		}
		if def.fbtAt >= 0 {
			check(p + def.fbtAt)
		}
		p += def.size
	}
}
