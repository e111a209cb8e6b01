package parse

import "pledgereview/data"

// Unclassified tells whether r was imported before review chapters were
// told from plan chapters, so that the sentences of its review are held as
// pledges: none of its chapters has a kind or an outcome, no review/plan
// correction was made, and a chapter of its body has a title that names a
// review of the past ("2024年工作回顾").
func Unclassified(r *data.Report) bool {
	named := false
	for _, c := range r.Chapters {
		if c.Kind != data.KindPlan || len(c.Outcomes) > 0 {
			return false
		}
		for _, h := range c.Headlines {
			if len(h.Outcomes) > 0 {
				return false
			}
		}
		if kind, _ := chapterKind(c.Title, r.Year); c.Annex == data.AnnexNone && kind != data.KindPlan {
			named = true
		}
	}
	for _, c := range r.Corrections {
		if c.Make == data.MakeReview || c.Make == data.MakePlan {
			return false
		}
	}
	return named
}
