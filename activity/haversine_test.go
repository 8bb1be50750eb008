package activity

import (
	"math"
	"math/rand/v2"
	"testing"
)

// haversineRef is Haversine as first written: each sine twice, each cosine
// per call. The shared-cosine form must give the same bits.
func haversineRef(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371008.8
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	x := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(x)))
}

func TestHaversineCosSameBits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pairs := [][4]float64{{0, 0, 0, 0}, {90, 0, -90, 0}, {0, 0, 0, 180}, {45.5, 7.1, 45.5, 7.1}, {-33.9, 151.2, 51.5, -0.1}}
	for range 200000 {
		lat, lon := rng.Float64()*180-90, rng.Float64()*360-180
		step := rng.Float64() * math.Pow(10, -float64(rng.IntN(7))) // a track's step down to a whole world away
		pairs = append(pairs, [4]float64{lat, lon, lat + step*(rng.Float64()-0.5), lon + step*(rng.Float64()-0.5)})
	}
	for _, p := range pairs {
		want := haversineRef(p[0], p[1], p[2], p[3])
		got := HaversineCos(p[0], p[1], CosLat(p[0]), p[2], p[3], CosLat(p[2]))
		if math.Float64bits(got) != math.Float64bits(want) || math.Float64bits(Haversine(p[0], p[1], p[2], p[3])) != math.Float64bits(want) {
			t.Fatalf("%v: %v, want %v", p, got, want)
		}
	}
	if d := Haversine(0, 0, 0, 1); math.Abs(d-111195) > 1 {
		t.Errorf("a degree of longitude on the equator: %.0f m", d)
	}
}
