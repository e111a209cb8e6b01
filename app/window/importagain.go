package window

import (
	"pledgereview/app/workspace"
	"pledgereview/data"
)

// reimporter is what importing a report again needs of the session.
type reimporter interface {
	PlanReimport(r *data.Report) (workspace.ReimportPlan, error)
	ApplyReimport(p workspace.ReimportPlan) (data.ReimportResult, error)
}
