package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// indentCases are compact JSON the way json.Marshal writes it, with the
// shapes json.Indent treats apart: empty containers, nesting, strings
// holding punctuation, quotes and backslashes.
var indentCases = []string{
	`0`, `"x"`, `null`, `[]`, `{}`, `[[]]`, `{"a":{}}`, `[1,2,3]`,
	`{"a":1,"b":[true,false,null],"c":{"d":"e"}}`,
	`{"s":"a,b:{c}[d]","q":"say \"hi\", \\ then \\\"","u":"\u2028é"}`,
	`[{"a":[]},{"b":{}},[],[{}]]`,
	`{"":"","\\":"\"","n":-1.5e-7}`,
}

func TestIndentJSON(t *testing.T) {
	for _, src := range indentCases {
		for _, prefix := range []string{"", "  ", "    "} {
			var want bytes.Buffer
			if err := json.Indent(&want, []byte(src), prefix, "  "); err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			if got := indentJSON(nil, []byte(src), prefix, "  "); string(got) != want.String() {
				t.Errorf("%s with prefix %q:\ngot  %s\nwant %s", src, prefix, got, want.String())
			}
		}
	}
}

func FuzzIndentJSON(f *testing.F) {
	for _, src := range indentCases {
		f.Add([]byte(src), uint8(1))
	}
	f.Fuzz(func(t *testing.T, data []byte, width uint8) {
		var compact bytes.Buffer
		if json.Compact(&compact, data) != nil {
			return // indentJSON is given only what Marshal wrote
		}
		prefix := string(bytes.Repeat([]byte(" "), int(width%8)))
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), prefix, "  "); err != nil {
			t.Fatal(err)
		}
		if got := indentJSON(nil, compact.Bytes(), prefix, "  "); string(got) != want.String() {
			t.Errorf("%q:\ngot  %q\nwant %q", compact.Bytes(), got, want.String())
		}
	})
}
