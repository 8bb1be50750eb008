package analyze

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the README's generated tables (settings, rules)")

// SettingsTable is the README's table of every setting, rendered from Settings.
func SettingsTable() string {
	d := Defaults()
	var b strings.Builder
	b.WriteString("| setting | default | meaning |\n| --- | --- | --- |\n")
	for _, s := range Settings {
		v, _ := settingValue(&d, s.Key)
		fmt.Fprintf(&b, "| `%s` | %s | %s |\n", s.Key, strings.Trim(configText(v), `"`), strings.ReplaceAll(s.Doc, "|", `\|`))
	}
	return b.String()
}

// RulesTable is the README's table of every rule, rendered from Rules.
func RulesTable() string {
	var b strings.Builder
	b.WriteString("| code | rule | default | what it flags | options |\n| --- | --- | --- | --- | --- |\n")
	for _, r := range Rules {
		var opts []string
		for _, o := range r.Options {
			opts = append(opts, fmt.Sprintf("`%s` (%s): %s", o.Name, o.Default, o.Doc))
		}
		def, what := string(r.Severity), r.Doc.What
		if r.Off {
			def, what = "off ("+def+")", what+" **Off by default:** "+r.Doc.Off
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", r.Code, r.Name, def, strings.ReplaceAll(what, "|", `\|`), strings.Join(opts, "; "))
	}
	return b.String()
}

// TestReadmeTables holds the README's settings and rules tables to the code:
// go test ./analyze -run ReadmeTables -update-readme rewrites them.
func TestReadmeTables(t *testing.T) {
	const path = "../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, tbl := range []struct{ name, body string }{{"settings", SettingsTable()}, {"rules", RulesTable()}} {
		open, close := "<!-- "+tbl.name+" table: generated -->\n", "<!-- end of "+tbl.name+" table -->"
		i, j := strings.Index(s, open), strings.Index(s, close)
		if i < 0 || j < i {
			t.Fatalf("README.md has no %q ... %q block", open, close)
		}
		if got := s[i+len(open) : j]; got != tbl.body {
			if !*updateReadme {
				t.Errorf("README.md's %s table is out of date: go test ./analyze -run ReadmeTables -update-readme", tbl.name)
				continue
			}
			s = s[:i+len(open)] + tbl.body + s[j:]
		}
	}
	if *updateReadme {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRuleRegistry: codes and names unique, in code order, each rule with a
// category, complete docs and options whose defaults parse.
func TestRuleRegistry(t *testing.T) {
	seen := map[string]bool{}
	prev := ""
	cats := map[string]bool{"recovery": true, "load": true, "intensity": true, "duplicates": true, "data-quality": true}
	for _, r := range Rules {
		for _, k := range []string{r.Code, r.Name} {
			if seen[k] {
				t.Errorf("%s registered twice", k)
			}
			seen[k] = true
		}
		if r.Code <= prev {
			t.Errorf("%s after %s: keep Rules in code order", r.Code, prev)
		}
		prev = r.Code
		if !cats[r.Category] {
			t.Errorf("%s: category %q", r.Code, r.Category)
		}
		if r.Doc.Title == "" || r.Doc.What == "" || r.Doc.Why == "" || r.Doc.Example == "" || r.Check == nil {
			t.Errorf("%s: incomplete doc or no check", r.Code)
		}
		if !strings.HasPrefix(r.Doc.Example, r.Name+": ") {
			t.Errorf("%s: the example should read %q", r.Code, r.Name+": ...")
		}
		if r.Severity.Rank() == 0 {
			t.Errorf("%s: severity %q", r.Code, r.Severity)
		}
		for _, o := range r.Options {
			if o.Kind == "" {
				t.Errorf("%s.%s: no kind", r.Code, o.Name)
			}
			if o.Doc == "" {
				t.Errorf("%s.%s: no doc", r.Code, o.Name)
			}
			if err := ValidateRules(map[string]RuleConfig{r.Name: {Options: map[string]any{o.Name: defaultValue(o)}}}); err != nil {
				t.Errorf("%s.%s: the default does not validate: %v", r.Code, o.Name, err)
			}
		}
	}
}

func defaultValue(o Option) any {
	switch o.Kind {
	case Minutes:
		return o.Default
	case Count:
		var n int64
		fmt.Sscan(o.Default, &n)
		return n
	case Switch:
		return o.Default == "true"
	}
	var f float64
	fmt.Sscan(o.Default, &f)
	return f
}
