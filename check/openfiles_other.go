//go:build !unix

package check

// openFileLimit is 0 (unknown) where the system sets no limit runlint can
// read: the workers are as many as asked.
func openFileLimit() int { return 0 }
