package parse

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// GarminActivities are what a Garmin account export says of its activities
// in DI_CONNECT/DI-Connect-Fitness/*_summarizedActivities.json: each one's
// name, type (as the runner left or corrected it on Garmin Connect) and
// start. The export's FIT files (in the zips under
// DI_CONNECT/DI-Connect-Uploaded-Files) carry no activity ID in a form the
// JSON names, so a file is found by its start.
type GarminActivities []GarminActivity

// GarminActivity is one activity of a Garmin export's JSON.
type GarminActivity struct {
	Name        string
	Description string
	Type        string // Garmin's type key: "running", "trail_running", "backcountry_skiing"
	Start       time.Time
}

// garminJSON is the file's shape: a list of objects, each holding a part
// of the activities.
type garminJSON []struct {
	Activities []struct {
		Name         string  `json:"name"`
		Description  string  `json:"description"`
		ActivityType string  `json:"activityType"`
		StartTimeGMT float64 `json:"startTimeGmt"` // milliseconds since 1970, UTC
	} `json:"summarizedActivitiesExport"`
}

// ReadGarminActivities reads a summarizedActivities JSON file.
func ReadGarminActivities(data []byte) (GarminActivities, error) {
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("more than %d MB (the limit for an export's own file): not read", maxFileSize>>20)
	}
	var doc garminJSON
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("not a Garmin export's activity list: %w", err)
	}
	var out GarminActivities
	for _, part := range doc {
		for _, a := range part.Activities {
			if a.StartTimeGMT <= 0 {
				continue
			}
			out = append(out, GarminActivity{
				Name:        strings.TrimSpace(boundedText([]byte(a.Name))),
				Description: strings.TrimSpace(boundedText([]byte(a.Description))),
				Type:        boundedText([]byte(a.ActivityType)),
				Start:       time.UnixMilli(int64(a.StartTimeGMT)).UTC(),
			})
		}
	}
	return out, nil
}

// IsGarminActivities reports whether a file's name is that of a Garmin
// export's activity list.
func IsGarminActivities(name string) bool {
	return strings.HasSuffix(strings.ToLower(name), "summarizedactivities.json")
}

// Lend gives each file of the export the JSON at jsonPath belongs to (the
// folder or archive holding DI_CONNECT) the name, description and type of
// the activity that starts when it does (within startSlack). It returns how
// many files it lent to.
func (g GarminActivities) Lend(jsonPath string, results []Result) int {
	root := garminRoot(jsonPath)
	var in []*Result
	for i := range results {
		if inFolder(pathKey(results[i].Path), root) {
			in = append(in, &results[i])
		}
	}
	starts := startIndex(in)
	lent := 0
	for _, a := range g {
		if res := starts.find(a.Start); res != nil {
			lendLabel(res, "Garmin export", a.Name, a.Description, a.Type)
			lent++
		}
	}
	return lent
}

// garminRoot is the key of the folder (or archive) an export's JSON speaks
// for: the one holding DI_CONNECT, else the JSON's own folder.
func garminRoot(jsonPath string) string {
	key := pathKey(jsonPath)
	for _, sep := range []string{"/", ArchiveSep} {
		if i := strings.LastIndex(key, sep+"DI_CONNECT/"); i >= 0 {
			if sep == ArchiveSep {
				return key[:i+1]
			}
			return key[:i]
		}
	}
	if strings.HasPrefix(key, "DI_CONNECT/") {
		return "."
	}
	return pathKey(siblingPath(jsonPath, ""))
}
