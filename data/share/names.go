package share

import (
	"fmt"
	"slices"
	"strings"

	"pledgereview/data"
)

// DisplayNames maps each reviewer id to a name to show. People who share a
// name stay apart: in order of id, the first keeps the name and the others
// become "王芳 (2)", "王芳 (3)". Ordering by id, not by when a reviewer was
// seen, gives every workspace the same labels whatever order files were
// merged in. A reviewer with no name is shown by id.
func DisplayNames(reviewers []data.Reviewer) map[string]string {
	byID := make(map[string]data.Reviewer, len(reviewers))
	for _, rv := range reviewers {
		if _, ok := byID[rv.ID]; !ok {
			byID[rv.ID] = rv
		}
	}
	ids := make([]string, 0, len(byID))
	for id := range byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)

	taken := make(map[string]bool, len(ids))
	for _, id := range ids {
		taken[base(byID[id])] = true
	}
	out := make(map[string]string, len(ids))
	used := make(map[string]int, len(ids))
	for _, id := range ids {
		name := base(byID[id])
		used[name]++
		label := name
		// Skip labels someone already holds, such as a person really named "王芳 (2)".
		for n := used[name]; n > 1; n++ {
			label = fmt.Sprintf("%s (%d)", name, n)
			if !taken[label] {
				used[name] = n
				break
			}
		}
		taken[label] = true
		out[id] = label
	}
	return out
}

func base(rv data.Reviewer) string {
	if name := strings.TrimSpace(rv.Name); name != "" {
		return name
	}
	return rv.ID
}
