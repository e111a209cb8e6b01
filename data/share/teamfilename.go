package share

import (
	"strings"
)

// TeamFileName is the name of a reviewer's own file for a report in a team
// folder: "<report>--<reviewer id>.pledgereview.json". It holds the id, not
// the display name, so it stays the same when the name changes and two
// colleagues who share a name never write over each other's file.
func TeamFileName(reportID, reviewerID string) string {
	return safeName(reportID, "report") + "--" + safeName(reviewerID, "reviewer") + FileExt
}

// IsTeamFile reports whether a file of a team folder is read as a review
// file: a name that mentions pledgereview and ends in .json, in any case.
// That takes in the copies sync engines make of a file on a conflict
// ("x.pledgereview.sync-conflict-20250101-101010-ABCDEFG.json",
// "x.pledgereview (1).json", "x (conflicted copy 2025-01-01).pledgereview.json")
// and leaves out their temporary and hidden files (".syncthing.x.tmp",
// "~x", "x.part") and our own, which start with a dot.
func IsTeamFile(name string) bool {
	lower := strings.ToLower(name)
	if strings.HasPrefix(lower, ".") || strings.HasPrefix(lower, "~") {
		return false
	}
	return strings.HasSuffix(lower, ".json") && strings.Contains(lower, "pledgereview")
}
