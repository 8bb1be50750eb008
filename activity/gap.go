package activity

import "time"

// MaxGap is the longest stretch between two samples that can still be one
// outing. Auto-pause stops a watch's records for as long as the runner
// stands (a light, a café: minutes, which the moving-time rule leaves out
// as standing still), and a GPS gap in a tunnel or under trees lasts
// minutes; the longest stretch between two records of one run in the
// shared corpus is 2 h 15 min (an iPhone's sparse log,
// block-shaonianche-applewatch-2021/2021-03-14-062924.fit, whose distance
// arrives at the end). A gap longer than this is two recordings, or a
// device left on: never moving time, never distance (see IsGap), and a
// GPX track is split at it.
const MaxGap = 3 * time.Hour

// IsGap reports whether dt seconds between two samples is more than one
// outing holds (MaxGap).
func IsGap(dt float64) bool { return dt > MaxGap.Seconds() }

// CadenceMoves reports whether a sample's foot cadence shows progress over
// the dt seconds before it. A cadence is what the feet did as the sample
// was taken: it speaks for a sample interval (StillAfter at most), not for
// a gap before it. The first sample after a pause of minutes, hours or
// days carries the cadence of running again, and counted as the whole
// gap moving (a Strava GPX of two recordings 9 days apart read as 219 h).
func CadenceMoves(cadence uint8, dt float64) bool {
	return cadence >= StillCadence && dt <= StillAfter.Seconds()
}
