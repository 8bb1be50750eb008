package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/runlint/runlint/analyze"
)

// GitHub writes GitHub Actions workflow commands: one ::error, ::warning or
// ::notice annotation per finding, on its file.
//
// The runner reads a command from every line of the log that starts with
// "::", so no file name or message may carry a line break: each goes
// through Escape (control characters, a newline among them, become \xNN)
// and then GitHub's own escaping, which the runner undoes.
func GitHub(w io.Writer, r *analyze.Report) error {
	var b strings.Builder
	for _, f := range r.Findings {
		cmd := map[analyze.Severity]string{analyze.Error: "error", analyze.Warning: "warning"}[f.Severity]
		if cmd == "" {
			cmd = "notice"
		}
		fmt.Fprintf(&b, "::%s file=%s,title=%s::%s\n", cmd, ghProperty(Escape(relURI(r.Root, f.File))),
			ghProperty(Escape("runlint "+f.Code+" "+f.Rule)), ghData(Escape(findingText(f))))
	}
	s := r.Summary
	fmt.Fprintf(&b, "runlint: %d runs (%d hard, %d long, %d easy, %d recovery); %d error, %d warning, %d info findings\n",
		s.Runs, s.ByClass[analyze.Hard], s.ByClass[analyze.Long], s.ByClass[analyze.Easy], s.ByClass[analyze.Recovery],
		s.BySeverity[analyze.Error], s.BySeverity[analyze.Warning], s.BySeverity[analyze.Info])
	_, err := io.WriteString(w, b.String())
	return err
}

// The escaping GitHub's toolkit (@actions/core, escapeData and
// escapeProperty) applies to workflow command data and properties: a
// property ends at "," and the properties at "::".
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
