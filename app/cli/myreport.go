package cli

import (
	"fmt"
	"strings"

	"pledgereview/app/workspace"
	"pledgereview/data"
)

// myReport is the report export-review writes when none is named: the one
// report that holds my reviews, so that a reviewer of an imported report
// does not send an empty file of the seed. With my reviews on several
// reports the user must choose; with none, it is the default report.
func myReport(s *workspace.Session) (*data.Report, error) {
	infos, err := s.Store.Reports()
	if err != nil {
		return nil, err
	}
	var with []string
	for _, info := range infos {
		mine, err := s.Store.ReviewsBy(info.ID, s.Me.ID)
		if err != nil {
			return nil, err
		}
		if len(mine) > 0 {
			with = append(with, fmt.Sprintf("%s (%d)", info.ID, len(mine)))
		}
	}
	switch len(with) {
	case 0:
		return s.DefaultReport()
	case 1:
		id, _, _ := strings.Cut(with[0], " ")
		return s.Store.Report(id)
	default:
		return nil, usageErr("your reviews are on several reports: %s; choose one with --report ID", strings.Join(with, ", "))
	}
}
