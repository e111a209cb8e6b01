package workspace

import (
	"fmt"

	"pledgereview/data/share"
)

// reportFor returns the id of the report here that a review file is for.
// A report is its content, not the id a colleague gave it on import: the
// report of the file's id, else the one report with its text (the same
// fingerprint, else the same content, see share.SameContent), whatever
// its id here. A file of a report the workspace holds in no form is
// refused (share.ErrWrongReport).
func (pl *planner) reportFor(f share.File) (string, error) {
	key := f.ReportID + "\x00" + f.Fingerprint
	if id, ok := pl.sameAs[key]; ok {
		return id, nil
	}
	id, err := pl.findReport(f)
	if err != nil {
		return "", err
	}
	pl.sameAs[key] = id
	return id, nil
}

func (pl *planner) findReport(f share.File) (string, error) {
	infos, err := pl.s.store.Reports()
	if err != nil {
		return "", fmt.Errorf("%w: %w", errWorkspace, err)
	}
	// the very text first (under the file's id when it is there), then
	// the file's id, then the same report in another form or version
	exact, named := "", false
	for _, info := range infos {
		if info.Fingerprint == f.Fingerprint && (exact == "" || info.ID == f.ReportID) {
			exact = info.ID
		}
		named = named || info.ID == f.ReportID
	}
	if exact != "" {
		return exact, nil
	}
	if named {
		return f.ReportID, nil
	}
	best, most := "", 0.0
	for _, info := range infos {
		if f.Content == nil {
			break
		}
		fm, err := pl.form(info.ID)
		if err != nil {
			return "", err
		}
		if sim, same := share.SameContent(*f.Content, fm); same && sim > most {
			best, most = info.ID, sim
		}
	}
	if best == "" {
		return "", &share.ReportMismatch{FileReport: f.ReportID, Searched: true, Found: -1}
	}
	return best, nil
}

// form returns a report here as placement reads it, read once.
func (pl *planner) form(id string) (*share.Form, error) {
	if fm, ok := pl.forms[id]; ok {
		return fm, nil
	}
	r, err := pl.s.store.Report(id)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errWorkspace, err)
	}
	if pl.forms == nil {
		pl.forms = map[string]*share.Form{}
	}
	pl.forms[id] = share.FormOf(r)
	return pl.forms[id], nil
}
