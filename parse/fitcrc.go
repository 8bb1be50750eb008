package parse

import (
	"encoding/binary"

	"github.com/runlint/runlint/activity"
)

// The FIT CRC is CRC-16/ARC (reflected polynomial 0xA001, initial 0). Written by
// hand because muktihari/fit's own check rejects valid old files (LIBRARIES.md)
// and runs byte by byte; slicing by 8 is ~8x faster and this sits on the hot path.
// Two blocks at a time doubles that again (see crc16).
var crcTable = func() (t [8][256]uint16) {
	for i := range 256 {
		c := uint16(i)
		for range 8 {
			if c&1 != 0 {
				c = c>>1 ^ 0xA001
			} else {
				c >>= 1
			}
		}
		t[0][i] = c
	}
	for i := range 256 {
		c := t[0][i]
		for k := 1; k < 8; k++ {
			c = t[0][c&0xff] ^ c>>8
			t[k][i] = c
		}
	}
	return t
}()

// crcBlock is the block length of crc16's two chains.
const crcBlock = 256

// crcShift moves a CRC state past crcBlock zero bytes: the CRC is linear, so
// the state after P then Q is the state after P moved past len(Q) zeros,
// xored with Q's CRC from zero. Two tables, one per byte of the state.
var crcShift = func() (t [2][256]uint16) {
	zeros := make([]byte, crcBlock)
	for i := range 256 {
		t[0][i] = crc8x(uint16(i), zeros)
		t[1][i] = crc8x(uint16(i)<<8, zeros)
	}
	return t
}()

// crc16 continues the FIT CRC over b. It runs two blocks side by side,
// whose table lookups do not wait on each other, and joins them by crcShift.
func crc16(crc uint16, b []byte) uint16 {
	for len(b) >= 2*crcBlock {
		x, y := crc, uint16(0)
		p, q := b[:crcBlock:crcBlock], b[crcBlock:2*crcBlock:2*crcBlock]
		for i := 0; i+8 <= len(p) && i+8 <= len(q); i += 8 {
			u := uint64(x) ^ binary.LittleEndian.Uint64(p[i:])
			v := uint64(y) ^ binary.LittleEndian.Uint64(q[i:])
			x = crcTable[7][u&0xff] ^ crcTable[6][u>>8&0xff] ^ crcTable[5][u>>16&0xff] ^
				crcTable[4][u>>24&0xff] ^ crcTable[3][u>>32&0xff] ^ crcTable[2][u>>40&0xff] ^
				crcTable[1][u>>48&0xff] ^ crcTable[0][u>>56]
			y = crcTable[7][v&0xff] ^ crcTable[6][v>>8&0xff] ^ crcTable[5][v>>16&0xff] ^
				crcTable[4][v>>24&0xff] ^ crcTable[3][v>>32&0xff] ^ crcTable[2][v>>40&0xff] ^
				crcTable[1][v>>48&0xff] ^ crcTable[0][v>>56]
		}
		crc = crcShift[0][x&0xff] ^ crcShift[1][x>>8] ^ y
		b = b[2*crcBlock:]
	}
	return crc8x(crc, b)
}

// crc8x continues the CRC over b eight bytes at a time (slicing by 8).
func crc8x(crc uint16, b []byte) uint16 {
	for len(b) >= 8 {
		x := uint64(crc) ^ binary.LittleEndian.Uint64(b)
		crc = crcTable[7][x&0xff] ^ crcTable[6][x>>8&0xff] ^ crcTable[5][x>>16&0xff] ^
			crcTable[4][x>>24&0xff] ^ crcTable[3][x>>32&0xff] ^ crcTable[2][x>>40&0xff] ^
			crcTable[1][x>>48&0xff] ^ crcTable[0][x>>56]
		b = b[8:]
	}
	for _, v := range b {
		crc = crcTable[0][byte(crc)^v] ^ crc>>8
	}
	return crc
}

// fitIntegrity walks the chained FIT sequences in data and describes what is
// wrong with them, one problem per string. It never fails: a problem is a
// warning on the activity, not a reason to drop it.
func fitIntegrity(data []byte) (problems []activity.Warning) {
	damage := func(format string, args ...any) activity.Warning {
		return activity.Warning{Kind: activity.Damage, Text: sprintf(format, args...)}
	}
	for seq, off := 1, 0; off < len(data); seq++ {
		rest := data[off:]
		if len(rest) < 12 || (rest[0] != 12 && rest[0] != 14) || string(rest[8:12]) != ".FIT" {
			if seq == 1 {
				return append(problems, activity.Warning{Text: "no FIT header"})
			}
			// Trailing bytes after the last sequence are common padding; name them.
			return append(problems, activity.Warning{Text: sprintf("%d bytes of trailing garbage after FIT file %d", len(rest), seq-1)})
		}
		h := int(rest[0])
		size := int(binary.LittleEndian.Uint32(rest[4:8]))
		if h == 14 {
			if want := binary.LittleEndian.Uint16(rest[12:14]); want != 0 && crc16(0, rest[:12]) != want {
				problems = append(problems, damage("header CRC mismatch in FIT file %d", seq))
			}
		}
		end := h + size
		if end+2 > len(rest) || end < h {
			return append(problems, damage("file %d is truncated: header promises %d bytes, %d present", seq, end+2, len(rest)))
		}
		if got, want := crc16(0, rest[:end]), binary.LittleEndian.Uint16(rest[end:end+2]); got != want {
			problems = append(problems, damage("file CRC mismatch (computed %04x, file says %04x)", got, want))
		}
		off += end + 2
	}
	return problems
}
