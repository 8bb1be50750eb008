package analyze

import (
	"slices"

	"github.com/runlint/runlint/activity"
)

// hrMask marks the buckets whose heart rate can be trusted: a rate a heart
// beats at, and no artefact. An artefact is a short stretch that disagrees
// with the pace and with the rest of the run (an optical sensor's spike to
// the runner's maximum on a jog): ArtefactHR bpm or more above the run's
// median heart rate while the runner goes no faster than their median
// speed, not up a slope (grade, nil without elevation), and not in the
// minute after a faster stretch (the heart rate of a jog between repeats is
// still high), entered by a jump of artefactJump bpm or more within 20 s (a
// heart drifts up over a long run; a sensor leaps). Stretches that make up
// more than a third of the run's heart rate are no artefact: they are the
// run. room is reused.
// artefactJump: the rise within 20 s that a sensor's leap makes, and a
// heart's drift does not.
const artefactJump = 15

func hrMask(room []bool, bs []activity.Bucket, grade []float64, artefactHR float64) []bool {
	mask := slices.Grow(room[:0], len(bs))[:len(bs)]
	// One allocation for both, sized once: grown by append, they were most
	// of a warm check's time.
	buf := make([]float64, 0, 2*len(bs))
	hrs, speeds := buf[:0:len(bs)], buf[len(bs):len(bs)]
	for i, b := range bs {
		mask[i] = b.HR() > 0 && b.HR() <= 220
		if mask[i] {
			hrs = append(hrs, b.HR())
			speeds = append(speeds, b.Speed())
		}
	}
	if len(hrs) < 30 || artefactHR <= 0 {
		return mask
	}
	hrMed, vMed := medianInPlace(hrs), medianInPlace(speeds) // theirs alone: reordering them costs nothing
	var odd []int
	lastFast, entered := -1000, false
	for i, b := range bs {
		if b.Speed() > 1.1*vMed {
			lastFast = i
		}
		climbing := grade != nil && grade[i] >= 0.04
		if !(mask[i] && b.HR() >= hrMed+artefactHR && b.Speed() <= vMed && !climbing && i-lastFast > 6) {
			entered = false
			continue
		}
		if !entered { // a stretch begins: an artefact leaps into it
			before := bs[max(0, i-2)].HR()
			entered = i >= 2 && before > 0 && b.HR()-before >= artefactJump
			if !entered {
				entered = false
				continue
			}
		}
		odd = append(odd, i)
	}
	if 3*len(odd) > len(hrs) {
		return mask
	}
	for _, i := range odd {
		mask[i] = false
	}
	return mask
}
