//go:build unix

package check

import "syscall"

// openFileLimit is the soft limit on the files the process may hold open
// (which Go raises to the hard limit as it starts), 0 when unknown.
func openFileLimit() int {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil {
		return 0
	}
	return int(min(r.Cur, 1<<30))
}
