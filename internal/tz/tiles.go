package tz

import (
	"errors"
	"fmt"
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/maptile"
	"google.golang.org/protobuf/encoding/protowire"
)

// zoneTiles answers what tzf's FuzzyFinder answers from the same
// pre-indexed tiles, read straight off the protobuf wire. The finder's
// constructor unmarshals every tile into a message of its own and then a
// map of string slices: about 95 ms and 23 MB at its peak, most of a
// one-file check of a GPX run and a twentieth of a cold check of a GPX
// block. Here the tiles are one sorted slice of integers, searched by
// halving (a map of 90,000 tiles was a cache miss per tile while built),
// and a tile's zone an index into the few hundred names. The finder answers
// a tile's first zone, at the first zoom from the aggregated one to the
// indexed one that holds the position; so does this
// (TestZoneTilesMatchFuzzyFinder).
type zoneTiles struct {
	idxZoom, aggZoom int
	names            []string
	tiles            []uint64 // tileKey<<seqBits | the tile's place among the keys, sorted, one per tile
	zones            []uint16 // by place: index into names
	lastID           uint16   // the zone of the tile read last, while reading
}

const (
	maxTileZoom = 20 // a tile's x and y fit 20 bits: tzf indexes at zoom 11-13
	seqBits     = 18 // places among the keys: 262,144, three times tzf's
)

func tileKey(t maptile.Tile) uint64 {
	return uint64(t.Z)<<(2*maxTileZoom) | uint64(t.X)<<maxTileZoom | uint64(t.Y)
}

// at names the zone of the first tile that holds the position, or "".
func (z *zoneTiles) at(lng, lat float64) string {
	p := orb.Point{lng, lat}
	for zoom := z.aggZoom; zoom <= z.idxZoom; zoom++ {
		key := tileKey(maptile.At(p, maptile.Zoom(zoom))) << seqBits
		i, _ := slices.BinarySearch(z.tiles, key)
		if i < len(z.tiles) && z.tiles[i]>>seqBits == key>>seqBits {
			return z.names[z.zones[z.tiles[i]&(1<<seqBits-1)]]
		}
	}
	return ""
}

// errTileWire is a pre-index that does not read as tzf's PreindexTimezones.
var errTileWire = errors.New("time-zone tiles: malformed pre-index")

// loadZoneTiles reads tzf's PreindexTimezones message: idx_zoom = 1,
// agg_zoom = 2, repeated keys = 3 (name = 1, x = 2, y = 3, z = 4).
func loadZoneTiles(b []byte) (*zoneTiles, error) {
	z := &zoneTiles{}
	ids := map[string]uint16{}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return nil, errTileWire
		}
		b = b[n:]
		switch {
		case (num == 1 || num == 2) && typ == protowire.VarintType:
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return nil, errTileWire
			}
			if num == 1 {
				z.idxZoom = int(int32(v))
			} else {
				z.aggZoom = int(int32(v))
			}
			b = b[n:]
		case num == 3 && typ == protowire.BytesType:
			key, n := protowire.ConsumeBytes(b)
			if n < 0 {
				return nil, errTileWire
			}
			if err := z.addTile(key, ids); err != nil {
				return nil, err
			}
			b = b[n:]
		default:
			n := protowire.ConsumeFieldValue(num, typ, b)
			if n < 0 {
				return nil, errTileWire
			}
			b = b[n:]
		}
	}
	if z.aggZoom < 0 || z.idxZoom > maxTileZoom {
		return nil, fmt.Errorf("time-zone tiles: zooms %d-%d outside 0-%d", z.aggZoom, z.idxZoom, maxTileZoom)
	}
	slices.Sort(z.tiles)
	// One entry per tile, its first: places sort after the tile's key.
	z.tiles = slices.CompactFunc(z.tiles, func(a, b uint64) bool { return a>>seqBits == b>>seqBits })
	return z, nil
}

// addTile reads one PreindexTimezone. A tile may be listed more than once:
// the finder keeps its zones in the keys' order and answers the first.
func (z *zoneTiles) addTile(b []byte, ids map[string]uint16) error {
	var name []byte
	var xyz [3]int32
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return errTileWire
		}
		b = b[n:]
		switch {
		case num == 1 && typ == protowire.BytesType:
			name, n = protowire.ConsumeBytes(b)
		case num >= 2 && num <= 4 && typ == protowire.VarintType:
			var v uint64
			v, n = protowire.ConsumeVarint(b)
			xyz[num-2] = int32(v)
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			return errTileWire
		}
		b = b[n:]
	}
	x, y, zoom := xyz[0], xyz[1], xyz[2]
	if zoom < 0 || zoom > maxTileZoom || x < 0 || y < 0 || x >= 1<<zoom || y >= 1<<zoom {
		return fmt.Errorf("time-zone tiles: tile %d/%d/%d outside zoom 0-%d", zoom, x, y, maxTileZoom)
	}
	if len(z.zones) >= 1<<seqBits {
		return fmt.Errorf("time-zone tiles: over %d tiles", 1<<seqBits)
	}
	id, ok := z.lastID, len(z.names) > 0 && z.names[z.lastID] == string(name) // keys come by zone
	if !ok {
		id, ok = ids[string(name)]
	}
	if !ok {
		if len(z.names) >= 1<<16 {
			return fmt.Errorf("time-zone tiles: over %d zone names", 1<<16)
		}
		id = uint16(len(z.names))
		ids[string(name)] = id
		z.names = append(z.names, string(name))
	}
	key := tileKey(maptile.New(uint32(x), uint32(y), maptile.Zoom(zoom)))
	z.tiles = append(z.tiles, key<<seqBits|uint64(len(z.zones)))
	z.zones = append(z.zones, id)
	z.lastID = id
	return nil
}
