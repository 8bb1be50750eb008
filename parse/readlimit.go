// Reading a file within its limits, and saying what a path is when it is not a file.

package parse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// withoutPath is err without the path an *fs.PathError repeats ("open
// x.fit: permission denied" is "x.fit: permission denied" once the report
// names the file), keeping the operation.
func withoutPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// readAtMost reads r into buf until EOF or limit bytes, doubling buf's room
// but never past limit: bytes.Buffer's own growth doubles past it, and a
// decompression bomb would cost twice the limit per read. big is called
// once buf passes bigFileSize.
func readAtMost(buf *bytes.Buffer, r io.Reader, hint, limit int, big func()) error {
	b := buf.Bytes()[:0]
	defer func() { *buf = *bytes.NewBuffer(b) }()
	if hint = min(hint, limit); hint > cap(b) {
		if hint > bigFileSize {
			big()
		}
		b = make([]byte, 0, hint)
	}
	for len(b) < limit {
		if len(b) == cap(b) {
			if 2*cap(b) > bigFileSize {
				big()
			}
			grown := make([]byte, len(b), min(max(2*cap(b), 64<<10), limit))
			copy(grown, b)
			b = grown
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// inflatedHint is the size gzip's trailer states for what it inflates to
// (plus the byte that tells the limit was passed): one allocation of the
// right size for an honest file, and of the limit for a bomb. The trailer
// holds the size modulo 4 GB, and of the last member only, so it is only a
// hint: readAtMost grows past it when it is short.
func inflatedHint(raw []byte) int {
	if len(raw) < 18 {
		return 0
	}
	return int(binary.LittleEndian.Uint32(raw[len(raw)-4:])) + 1
}

// FileKind names what a path that is no regular file is (a FIFO, a socket,
// a device, a folder): the one word an error about it gives.
func FileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "a device"
	case m.IsDir():
		return "a folder"
	}
	return "not a plain file"
}
