package analyze

import (
	"fmt"
	"strings"
)

// Starter is the config `runlint init` writes: every setting at its default,
// commented out, so the file documents itself and holds only what its user
// uncomments: a default runlint improves later reaches them. The sections
// stay, so uncommenting one line is all a change takes. Rendered from
// Defaults(), Settings and Rules, so it cannot drift from them.
func Starter() string {
	d := Defaults()
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w(`# runlint configuration. Every setting is here at its default, commented out:
# uncomment a line and change its value to change it, and this file holds only
# what you changed (runlint's defaults may improve; what you did not set follows
# them). Durations: 45m, 1h15m, 10d, 6w. Paces: min:sec per km. Shares:
# 0.1 = 10 %%. runlint finds this file by walking up from the checked folder.

# Exit 1 when a finding is at or above this severity: error, warning, info or none.
# fail_on = %q
`, d.FailOn)
	section := ""
	for _, s := range Settings {
		sec, key, _ := strings.Cut(s.Key, ".")
		if sec != section {
			w("\n[%s]\n", sec)
			section = sec
		}
		v, _ := settingValue(&d, s.Key)
		w("# %s\n# %s = %s\n", s.Doc, key, configText(v))
	}
	w("\n# Rules: enabled = false turns one off; severity = error, warning or info.\n")
	for _, r := range Rules {
		w("\n# %s %s: %s\n[rules.%s]\n# enabled = true\n# severity = %q\n", r.Code, r.Name, r.Doc.Title, r.Name, r.Severity)
		for _, o := range r.Options {
			w("# %s = %s   # %s\n", o.Name, o.configValue(), o.Doc)
		}
	}
	w(`
# Ignores silence one rule on one file or local date, and need a reason. An
# ignore that matches nothing is reported.
# [[ignore]]
# rule = "recovery-too-fast"
# date = "2024-06-04"
# reason = "ran with a friend, agreed with the coach"
`)
	return b.String()
}
