//go:build unix && !linux

package main

import "syscall"

// maxRSSKB: the BSDs and macOS report ru_maxrss in bytes.
func maxRSSKB(ru *syscall.Rusage) int64 { return int64(ru.Maxrss) / 1024 }
