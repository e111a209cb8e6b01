package workspace

import "pledgereview/data"

// preallocated returns a MergeWrite with room for the records of every
// plan, so that gathering a large merge copies each record once.
func (mp MultiPlan) preallocated() data.MergeWrite {
	var reviews, history int
	for _, fp := range mp.Files {
		if !fp.Writes() {
			continue
		}
		reviews += len(fp.Plan.Writes)
		history += len(fp.Plan.History)
	}
	return data.MergeWrite{Reviews: make([]data.Review, 0, reviews), ReviewsJSON: make([][]byte, 0, reviews),
		History: make([]data.HistoryEntry, 0, history), HistoryJSON: make([][]byte, 0, history)}
}
