package analyze

// Severity is how much a finding matters.
type Severity string

// Severities, from most to least serious.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Rank orders severities: error 3, warning 2, info 1.
func (s Severity) Rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	case Info:
		return 1
	}
	return 0
}

// Finding is one thing a rule found about one run (or file).
type Finding struct {
	Rule     string // the rule's name, e.g. "recovery-too-fast"
	Code     string // its stable code, e.g. "RL101"
	Severity Severity
	Message  string
	File     string
	Session  int
	Date     string // local date
	Run      *Run   // nil for a file that could not be read
}

// Note is what holds for much of a block, said once instead of on every
// run: a watch without a heart-rate sensor, position jumps in the runs of a
// watch whose distance is its own. JSON's notes and the text summary show it.
type Note struct {
	Rule, Code string
	Runs, Of   int // the judged runs it holds for, and the judged runs in all
	Message    string
}
