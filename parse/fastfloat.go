package parse

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
	var mant uint64
	sig, exp, digits, dot := 0, 0, 0, false // significant digits, power of ten, digits seen
	for ; i < len(b); i++ {
		c := b[i]
		if c == '.' && !dot {
			dot = true
			continue
		}
		if c < '0' || c > '9' {
			break
		}
		digits++
		if dot {
			exp--
		}
		if c == '0' && sig == 0 {
			continue // a leading zero
		}
		if sig == 19 {
			return 0, false // a mantissa past uint64: strconv rounds it
		}
		mant = mant*10 + uint64(c-'0')
		sig++
	}
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
	if mant > 1<<53 || exp < -22 || exp > 22 {
		return 0, false
	}
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
