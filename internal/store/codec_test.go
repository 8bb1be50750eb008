package store

import (
	"reflect"
	"testing"
)

// TestCodecRoundTrip encodes what every shipped file reads to and decodes it
// back: every field of the model must survive, or a warm check would differ
// from a cold one.
func TestCodecRoundTrip(t *testing.T) {
	res := readDir(t, shipped, nil)
	n := 0
	for _, r := range res {
		in := &entry{Activities: r.Activities, Skipped: r.Skipped, Ignored: r.Ignored}
		if r.Err != nil {
			in.Err = r.Err.Error()
		}
		out, err := decodeEntry(encodeEntry(in))
		if err != nil {
			t.Fatalf("%s: %v", r.Path, err)
		}
		for i := range in.Activities {
			a, b := in.Activities[i], out.Activities[i]
			if a.Digest != nil && !reflect.DeepEqual(*a.Digest, *b.Digest) {
				t.Fatalf("%s #%d: digest differs:\n%#v\n%#v", r.Path, i, *a.Digest, *b.Digest)
			}
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("%s #%d: round trip differs:\n%+v\n%+v", r.Path, i, a, b)
			}
			n++
		}
		if in.Err != out.Err || in.Skipped != out.Skipped || in.Ignored != out.Ignored {
			t.Fatalf("%s: %+v vs %+v", r.Path, in, out)
		}
	}
	if n < 100 {
		t.Fatalf("only %d activities", n)
	}
	// A damaged entry is refused, never misread.
	b := encodeEntry(&entry{Activities: res[0].Activities})
	for cut := 0; cut < len(b); cut += 1 + len(b)/50 {
		if _, err := decodeEntry(b[:cut]); err == nil {
			t.Fatalf("a truncated entry (%d of %d bytes) decoded", cut, len(b))
		}
	}
}
