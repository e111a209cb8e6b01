package workspace

import (
	"errors"
	"fmt"
	"strings"

	"pledgereview/data"
)

// ErrSeveralReports is MyReport with my reviews on more than one report.
var ErrSeveralReports = errors.New("your reviews are on several reports")

// MyReport is the report my review file is for when none is named: the one
// report that holds my reviews, so that a reviewer of an imported report
// does not send an empty file of the seed. With my reviews on several
// reports it is ErrSeveralReports, naming them; with none, DefaultReport.
func (s *Session) MyReport() (*data.Report, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	infos, err := s.store.Reports()
	if err != nil {
		return nil, err
	}
	var ids, counted []string
	for _, info := range infos {
		mine, err := s.store.ReviewsBy(info.ID, s.me.ID)
		if err != nil {
			return nil, err
		}
		if len(mine) > 0 {
			ids = append(ids, info.ID)
			counted = append(counted, fmt.Sprintf("%s (%d)", info.ID, len(mine)))
		}
	}
	switch len(ids) {
	case 0:
		return s.defaultReport()
	case 1:
		return s.store.Report(ids[0])
	}
	return nil, fmt.Errorf("%w: %s", ErrSeveralReports, strings.Join(counted, ", "))
}
