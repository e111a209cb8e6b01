package workspace

import (
	"pledgereview/data"
	"pledgereview/data/share"
	"pledgereview/data/store"
)

// checkPlanWrite runs on a plan the checks the store runs when it writes
// the plan, so that planning (and so a dry run) refuses what the merge
// would refuse.
func checkPlanWrite(plan share.MergePlan) error {
	return store.CheckMergeWrite(data.MergeWrite{Reviewers: plan.ReviewersAdded, Reviews: plan.Writes, History: plan.History})
}
