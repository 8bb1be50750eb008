package parse

import (
	"math"
	"math/big"
	"math/bits"
	"sync"
)

// fastFloat reads the plain decimals GPS files are made of ("45.5172920",
// "-73.5256830", "353.0", "94") bit for bit as strconv.ParseFloat(s, 64)
// does, and says ok=false for anything it cannot be sure of, which the
// caller hands to strconv. Hand-written because strconv takes a string
// (the text is bytes in the file, and a conversion would copy it) and goes
// through its general machinery (underscores, hex, inf, Eisel-Lemire) for
// every coordinate: a tenth of reading a GPX file. It is Clinger's fast path,
// the one strconv itself tries first (atof64exact): a mantissa of at most 19
// significant digits that is exact as a float64 (at most 2^53) times or
// over a power of ten that is exact too (at most 10^22) is one correctly
// rounded multiplication or division, so the result is the float64 nearest
// the decimal, which is what strconv returns. FuzzFastFloat holds it to
// strconv.
func fastFloat(b []byte) (float64, bool) {
	i, neg := 0, false
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		neg = b[0] == '-'
		i++
	}
	// The integer part, then the fraction, each read by digits (no test for
	// the dot per digit). Past the mantissa's 19 digits, a digit of the
	// integer part still moves the power of ten; in the fraction, every digit
	// kept in the mantissa (leading zeros too) moves it the other way.
	var d decimalDigits
	end, dropped := d.read(b, i)
	digits, exp := end-i, dropped
	i = end
	if i < len(b) && b[i] == '.' {
		end, dropped = d.read(b, i+1)
		digits, exp = digits+end-i-1, exp-(end-i-1-dropped)
		i = end
	}
	mant, trunc := d.mant, d.trunc
	if digits == 0 {
		return 0, false
	}
	if i < len(b) {
		e, ok := fastExponent(b[i:])
		if !ok {
			return 0, false
		}
		exp += e
	}
	if !trunc && mant <= 1<<53 && exp >= -22 && exp <= 22 {
		f := float64(mant)
		if exp >= 0 {
			f *= pow10[exp]
		} else {
			f /= pow10[-exp]
		}
		if neg {
			f = -f
		}
		return f, true
	}
	return eiselLemire(mant, exp, neg, trunc)
}

// decimalDigits is the mantissa of a decimal as strconv's readFloat keeps
// it: at most 19 significant digits (leading zeros are none), and whether
// a non-zero digit past them was dropped (trunc).
type decimalDigits struct {
	mant  uint64
	sig   int
	trunc bool
}

// read adds the digits of b from i on and says where they end and how many
// of them were dropped past the 19.
func (d *decimalDigits) read(b []byte, i int) (end, dropped int) {
	mant, sig, trunc := d.mant, d.sig, d.trunc // in locals for the loop
	for ; i < len(b); i++ {
		c := b[i] - '0'
		if c > 9 {
			break
		}
		if sig < 19 {
			mant = mant*10 + uint64(c)
			if mant != 0 {
				sig++
			}
		} else {
			dropped++
			trunc = trunc || c != 0
		}
	}
	d.mant, d.sig, d.trunc = mant, sig, trunc
	return i, dropped
}

// eiselLemire is strconv's second try, for the mantissas Clinger's fast path
// cannot take (past 2^53, or cut at 19 digits: the 30-digit coordinates some
// apps write): Eisel and Lemire's algorithm gives the correctly rounded
// float64 or says it cannot be sure. A cut mantissa is read as itself and as
// itself plus one, and only when both give the same float64 is that the
// answer, as strconv decides it; anything else goes to strconv. Ported from
// Go's internal/strconv (atofeisel.go, BSD licence), over the powers of ten
// GPS numbers need (eiselPow).
func eiselLemire(mant uint64, exp10 int, neg, trunc bool) (float64, bool) {
	f, ok := eiselLemire64(mant, exp10, neg)
	if !ok && !trunc {
		return binaryFraction(mant, exp10, neg)
	}
	if !ok || !trunc {
		return f, ok
	}
	up, ok := eiselLemire64(mant+1, exp10, neg)
	return f, ok && up == f
}

// binaryFraction reads a decimal that is a float64 exactly, which Eisel-Lemire
// cannot tell from a half-way case: the float32 values some exporters write
// out in full ("236.8000030517578125", a fifth of one file's reading time in
// strconv's slow path). mant/10^k is a binary fraction when 5^k divides mant;
// the quotient over 2^k is then the number itself, and when the quotient has
// at most 53 bits the float64 holds it exactly, so it is what strconv
// returns.
func binaryFraction(mant uint64, exp10 int, neg bool) (float64, bool) {
	k := -exp10
	if k <= 0 || k >= len(pow5) || mant%pow5[k] != 0 {
		return 0, false
	}
	q := mant / pow5[k]
	if q > 1<<53 {
		return 0, false
	}
	f := math.Ldexp(float64(q), -k)
	if neg {
		f = -f
	}
	return f, true
}

// pow5 are the powers of five a uint64 holds.
var pow5 = func() (t [28]uint64) {
	t[0] = 1
	for i := 1; i < len(t); i++ {
		t[i] = t[i-1] * 5
	}
	return t
}()

func eiselLemire64(man uint64, exp10 int, neg bool) (float64, bool) {
	if man == 0 {
		if neg {
			return math.Copysign(0, -1), true
		}
		return 0, true
	}
	if exp10 < eiselMin || exp10 > eiselMax {
		return 0, false
	}
	pow := eiselPow()[exp10-eiselMin]
	exp2 := 1 + (exp10*108853)>>15 // floor(exp10 * log2(10))
	clz := bits.LeadingZeros64(man)
	man <<= uint(clz)
	const bias = -1023
	retExp2 := uint64(exp2+63-bias) - uint64(clz)
	xHi, xLo := bits.Mul64(man, pow[0])
	if xHi&0x1FF == 0x1FF && xLo+man < man { // a wider approximation
		yHi, yLo := bits.Mul64(man, pow[1])
		mergedHi, mergedLo := xHi, xLo+yHi
		if mergedLo < xLo {
			mergedHi++
		}
		if mergedHi&0x1FF == 0x1FF && mergedLo+1 == 0 && yLo+man < man {
			return 0, false
		}
		xHi, xLo = mergedHi, mergedLo
	}
	msb := xHi >> 63
	retMantissa := xHi >> (msb + 9)
	retExp2 -= 1 ^ msb
	if xLo == 0 && xHi&0x1FF == 0 && retMantissa&3 == 1 { // half way: ambiguous
		return 0, false
	}
	retMantissa += retMantissa & 1
	retMantissa >>= 1
	if retMantissa>>53 > 0 {
		retMantissa >>= 1
		retExp2++
	}
	if retExp2-1 >= 0x7FF-1 { // subnormal, infinite or NaN: strconv's
		return 0, false
	}
	retBits := retExp2<<52 | retMantissa&(1<<52-1)
	if neg {
		retBits |= 1 << 63
	}
	return math.Float64frombits(retBits), true
}

// The powers of ten eiselLemire knows: GPS numbers have a few dozen digits
// at most. Outside them, strconv.
const (
	eiselMin = -64
	eiselMax = 64
)

// eiselPow holds 10^e for e in [eiselMin, eiselMax] as strconv's table does:
// a 128-bit mantissa (high, low), its top bit set, rounded down. Computed on
// first use (most files never need it) rather than copied: TestEiselPow
// holds entries to strconv's table.
var eiselPow = sync.OnceValue(func() *[eiselMax - eiselMin + 1][2]uint64 {
	t := new([eiselMax - eiselMin + 1][2]uint64)
	one := big.NewInt(1)
	for e := eiselMin; e <= eiselMax; e++ {
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(max(e, -e))), nil)
		var m *big.Int
		if e >= 0 {
			m = new(big.Int).Lsh(p, 128) // 10^e scaled up, then cut to 128 bits
			m.Rsh(m, uint(p.BitLen()))
		} else {
			m = new(big.Int).Lsh(one, uint(127+p.BitLen())) // 2^k / 10^-e, in [2^127, 2^128)
			m.Quo(m, p)
		}
		lo := new(big.Int).And(m, new(big.Int).SetUint64(math.MaxUint64))
		t[e-eiselMin] = [2]uint64{new(big.Int).Rsh(m, 64).Uint64(), lo.Uint64()}
	}
	return t // a pointer: the table copied out on each call was half of eiselLemire's time
})

// fastExponent reads "e12", "E-3", "e+05": up to three digits, and nothing
// after them.
func fastExponent(b []byte) (int, bool) {
	if len(b) < 2 || b[0] != 'e' && b[0] != 'E' {
		return 0, false
	}
	b = b[1:]
	neg := false
	if b[0] == '+' || b[0] == '-' {
		neg = b[0] == '-'
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 3 {
		return 0, false
	}
	e := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		e = e*10 + int(c-'0')
	}
	if neg {
		e = -e
	}
	return e, true
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
}
