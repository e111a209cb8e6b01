package share

import (
	"cmp"
	"fmt"
	"slices"

	"golang.org/x/text/unicode/norm"

	"pledgereview/data"
)

// DisplayNames maps each reviewer id to a name to show. People whose
// names look alike (data.NameSkeleton: the same name, or one written with
// invisible characters or look-alike letters of another script) stay
// apart: the first keeps the name and the others become "王芳 (2)",
// "王芳 (3)". First is a name written as it looks (its letters are their
// own skeleton) before a look-alike, then by id: ordering by id, not by
// when a reviewer was seen, gives every workspace the same labels whatever
// order files were merged in. A reviewer with no name is shown by id.
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
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(lookAlike(byID[a]), lookAlike(byID[b])), cmp.Compare(a, b))
	})

	taken := make(map[string]bool, len(ids))
	for _, id := range ids {
		taken[data.NameSkeleton(base(byID[id]))] = true
	}
	out := make(map[string]string, len(ids))
	used := make(map[string]int, len(ids))
	for _, id := range ids {
		name := base(byID[id])
		skel := data.NameSkeleton(name)
		used[skel]++
		label := name
		// Skip labels someone already holds, such as a person really named "王芳 (2)".
		for n := used[skel]; n > 1; n++ {
			label = fmt.Sprintf("%s (%d)", name, n)
			if !taken[data.NameSkeleton(label)] {
				used[skel] = n
				break
			}
		}
		taken[data.NameSkeleton(label)] = true
		out[id] = label
	}
	return out
}

// lookAlike is 1 for a name that is not written as it looks (it holds
// letters of another script that look like Latin ones), else 0.
func lookAlike(rv data.Reviewer) int {
	name := base(rv)
	if data.NameSkeleton(name) != norm.NFD.String(data.CleanName(name)) {
		return 1
	}
	return 0
}

// LookAlike is a reviewer new to the workspace whose name looks like the
// name of another reviewer it holds.
type LookAlike struct {
	New, Like data.Reviewer
}

// lookAlikes finds, among added, the reviewers whose name looks like that
// of another reviewer of known, or of added.
func lookAlikes(known, added []data.Reviewer) []LookAlike {
	bySkel := map[string]data.Reviewer{}
	for _, rv := range known {
		bySkel[data.NameSkeleton(base(rv))] = rv
	}
	var out []LookAlike
	for _, rv := range added {
		skel := data.NameSkeleton(base(rv))
		if like, ok := bySkel[skel]; ok && like.ID != rv.ID {
			out = append(out, LookAlike{New: rv, Like: like})
			continue
		}
		bySkel[skel] = rv
	}
	return out
}

func base(rv data.Reviewer) string {
	if name := data.CleanName(rv.Name); name != "" {
		return name
	}
	return rv.ID
}
