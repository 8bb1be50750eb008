//go:build unix

package store

import (
	"fmt"
	"os"
	"syscall"
)

// readFile is os.ReadFile for the cache's own small files, in four system
// calls (open, fstat, read, close). os.Open also puts the file in
// non-blocking mode and offers it to the poller, which refuses a regular
// file (four fcntl and an epoll_ctl): with a cache entry read per file,
// those were half the system calls of a warm check. Written by hand: the
// standard library has no plain read of a file, and x/sys/unix would only
// spell the same calls. O_NONBLOCK makes opening a FIFO planted in the
// cache folder return at once instead of waiting for a writer; it is then
// refused as not a regular file.
func readFile(path string) ([]byte, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, &os.PathError{Op: "fstat", Path: path, Err: err}
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, fmt.Errorf("%s: not a regular file", path)
	}
	if st.Size > maxCacheFile {
		return nil, fmt.Errorf("%s: %d bytes, more than a cache file holds", path, st.Size)
	}
	buf := make([]byte, st.Size)
	n := 0
	for n < len(buf) {
		m, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: path, Err: err}
		}
		if m == 0 {
			break // cut short since fstat: the entry's checksum says so
		}
		n += m
	}
	return buf[:n], nil
}

// maxCacheFile bounds what readFile reads: an entry is a few KB (a day-long
// run's series some hundreds), the index some bytes a file; more is not a
// cache file runlint wrote.
const maxCacheFile = 64 << 20
