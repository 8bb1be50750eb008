package report

import (
	"encoding/json"
	"io"

	"github.com/runlint/runlint/analyze"
)

// ProfileSchema names the profile document's version: the "profile" member
// of runlint.check/v1, on its own (schema/runlint-check-v1.schema.json
// describes it under #/properties/profile).
const ProfileSchema = "runlint.profile/v1"

// ProfileJSON writes the runner's profile alone, for `runlint profile
// --format json`: the same fields as the check document's profile.
func ProfileJSON(w io.Writer, p analyze.Profile) error {
	doc := struct {
		Schema  string      `json:"schema"`
		Profile jsonProfile `json:"profile"`
	}{ProfileSchema, profileJSON(p)}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}
