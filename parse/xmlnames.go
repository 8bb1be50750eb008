package parse

// The element and attribute names the XML readers look for, and the others
// GPS files repeat on every point, are recognised without hashing them into
// a map (the scanner's map lookup per tag was a fifth of reading a GPX file):
// a perfect hash of a name's length and three of its bytes picks the one
// slot it can be in, and one comparison says whether it is there. Any other
// name goes through the scanner's map, as every name did. Hand-written: no
// library builds a perfect hash over bytes at this cost, and Go's string
// switch compares several strings per name.
var knownNames = [...]string{
	"gpx", "metadata", "trk", "trkseg", "trkpt", "rtept", "wpt", "time", "name", "type", "desc", "ele",
	"extensions", "TrackPointExtension", "hr", "heartrate", "HeartRate", "cad", "cadence", "Cadence",
	"RunCadence", "speed", "Speed", "distance", "atemp", "hdop", "fix", "ele_alt", "temp", "power",
	"TrainingCenterDatabase", "Activities", "Activity", "Id", "Lap", "TotalTimeSeconds", "DistanceMeters",
	"MaximumSpeed", "Calories", "AverageHeartRateBpm", "MaximumHeartRateBpm", "Value", "Intensity",
	"TriggerMethod", "Track", "Trackpoint", "Time", "Position", "LatitudeDegrees", "LongitudeDegrees",
	"AltitudeMeters", "HeartRateBpm", "Extensions", "TPX", "LX", "AvgSpeed", "SensorState", "Notes", "Name",
	"Creator", "UnitId", "ProductID", "Version", "VersionMinor", "BuildMinor", "Author", "Build", "LangID",
	"PartNumber", "Course", "SeaLevelPressure",
	"lat", "lon", "creator", "version", "xmlns", "schemaLocation", "xsi", "gpxtpx", "gpxx", "ns2", "ns3",
	"ns5", "Sport", "StartTime",
}

// nameMul makes nameSlot collision-free over knownNames (found by trying
// odd multipliers; TestKnownNames says when a new name needs another).
const (
	nameMul  = 0x9e377f87
	nameBits = 9
)

var nameTable = func() (t [1 << nameBits]string) {
	for _, n := range knownNames {
		s := nameSlot([]byte(n))
		if t[s] != "" {
			panic("parse: known names " + t[s] + " and " + n + " share a slot: change nameMul")
		}
		t[s] = n
	}
	return t
}()

// nameSlot hashes a non-empty name by its length, first, middle and last bytes.
func nameSlot(b []byte) uint32 {
	k := uint32(b[0]) | uint32(b[len(b)/2])<<8 | uint32(b[len(b)-1])<<16 | uint32(len(b))<<24
	return (k * nameMul) >> (32 - nameBits)
}

// knownSlot is b's slot in nameTable when it is one of knownNames.
func knownSlot(b []byte) (uint32, bool) {
	slot := nameSlot(b)
	n := nameTable[slot]
	return slot, len(n) == len(b) && n == string(b)
}
