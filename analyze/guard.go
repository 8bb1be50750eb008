package analyze

import (
	"fmt"
	"runtime/debug"
	"strings"
	"sync"
)

// Failure is a run or a rule that runlint could not judge because of a fault
// of its own: the run is left unjudged (not-judged says so) or the rule's
// findings are lost, and the rest of the block is judged all the same. The
// caller shows each on standard error.
type Failure struct {
	File    string // the run's file, "" for a rule
	Rule    string // the rule's name, "" for a run
	Date    string // the run's local date
	Message string
	Stack   string // where it failed, for a bug report
}

func (f Failure) String() string {
	if f.Rule != "" {
		return fmt.Sprintf("rule %s failed and its findings are lost: %s", f.Rule, f.Message)
	}
	return fmt.Sprintf("%s (%s): could not judge this run, so it is left out: %s", f.File, f.Date, f.Message)
}

// failures collects what failed while a block was judged, from any goroutine.
type failures struct {
	mu   sync.Mutex
	list []Failure
}

func (fs *failures) add(f Failure) {
	fs.mu.Lock()
	fs.list = append(fs.list, f)
	fs.mu.Unlock()
}

// guard runs one run's step of the judging; a panic in it costs that run
// only: it is not judged, and says why.
func (fs *failures) guard(r *Run, step func()) (ok bool) {
	defer func() {
		if v := recover(); v != nil {
			msg := fmt.Sprintf("internal error: %v", v)
			r.NotJudged = "runlint could not judge this run (" + msg + "; please report it)"
			r.Class, r.Reasons = "", nil
			fs.add(Failure{File: r.Source.Path, Date: r.LocalDate(), Message: msg, Stack: stack()})
			ok = false
		}
	}()
	step()
	return true
}

// stack is the panicking goroutine's stack, without the recovery's frames.
func stack() string {
	s := string(debug.Stack())
	if i := strings.Index(s, "panic("); i >= 0 {
		s = s[i:]
	}
	return s
}
