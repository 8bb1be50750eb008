package check

// fdHeadroom is what the process holds open besides the files the workers
// read: the standard streams, the spill file, the cache's index and the
// zone memo, the reports being written, and the runtime's own (its poller).
// Measured: a check of the gareth Strava export with one worker held at
// most 11 files open (ls /proc/PID/fd every 10 ms), 10 besides its
// worker's; the rest is margin.
const fdHeadroom = 32

// withinOpenFiles is n workers, or fewer when n would hold open more files
// than the process may (each worker holds at most one: the file it reads,
// or the cache entry it reads or writes): past the limit every open fails,
// and thousands of files would read as errors. asked is the workers asked
// for, held what the collection keeps open meanwhile (the archives).
func withinOpenFiles(n, asked, held int, warnf func(string, ...any)) int {
	limit := openFileLimit()
	if limit <= 0 {
		return n
	}
	budget := max(1, limit-fdHeadroom-held)
	if n <= budget {
		return n
	}
	if warnf != nil {
		warnf("%d workers would hold more files open than this process may (its limit, RLIMIT_NOFILE, is %d): reading with %d", asked, limit, budget)
	}
	return budget
}
