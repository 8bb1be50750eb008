package analyze

// nth rearranges xs so that xs[k] is the value a sort would put there, every
// value before it no greater and every one after no smaller, and returns it:
// Hoare's selection, linear on average, where a check once spent a tenth of
// its time sorting each run's buckets for two order statistics. The
// pivot is the median of three, so sorted input is no worst case.
func nth(xs []float64, k int) float64 {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if xs[mid] < xs[lo] {
			xs[mid], xs[lo] = xs[lo], xs[mid]
		}
		if xs[hi] < xs[lo] {
			xs[hi], xs[lo] = xs[lo], xs[hi]
		}
		if xs[hi] < xs[mid] {
			xs[hi], xs[mid] = xs[mid], xs[hi]
		}
		p := xs[mid]
		i, j := lo, hi
		for i <= j {
			for xs[i] < p {
				i++
			}
			for xs[j] > p {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return xs[k]
		}
	}
	return xs[k]
}

// medianInPlace is the median of xs, reordering them.
func medianInPlace(xs []float64) float64 {
	n := len(xs)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return nth(xs, n/2)
	}
	hi := nth(xs, n/2)
	lo := xs[0]
	for _, x := range xs[:n/2] { // after nth, the lower half holds the values up to it
		lo = max(lo, x)
	}
	return (lo + hi) / 2
}
