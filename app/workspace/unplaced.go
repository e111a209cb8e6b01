package workspace

import (
	"pledgereview/data"
	"pledgereview/data/share"
)

// Unplaced lists the colleagues' records of a report that found no pledge
// in its text here, kept as their authors wrote them.
func (s *Session) Unplaced(reportID string) ([]data.UnplacedRecord, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.store.Unplaced(reportID)
}

// unplacedKeys are the share.Unplaced keys of the records kept unplaced.
func (s *Session) unplacedKeys(reportID string) (map[string]bool, error) {
	us, err := s.store.Unplaced(reportID)
	if err != nil {
		return nil, err
	}
	keys := make(map[string]bool, len(us))
	for _, u := range us {
		keys[unplacedOf(u).UnplacedKey()] = true
	}
	return keys, nil
}

func unplacedRecords(us []share.Unplaced, source string) []data.UnplacedRecord {
	out := make([]data.UnplacedRecord, len(us))
	for i, u := range us {
		out[i] = data.UnplacedRecord{ReportID: u.ReportID, Fingerprint: u.Fingerprint, Review: u.Review,
			PledgeText: u.Anchor.Text, TextHash: u.Anchor.Hash, Source: source}
	}
	return out
}

func unplacedOf(u data.UnplacedRecord) share.Unplaced {
	return share.Unplaced{Review: u.Review, Anchor: share.Anchor{Hash: u.TextHash, Text: u.PledgeText},
		ReportID: u.ReportID, Fingerprint: u.Fingerprint}
}

// placeKeptOf places the records kept unplaced of the reports merged that
// now fit (see placeKept).
func (s *Session) placeKeptOf(reportIDs []string) (int, error) {
	placed := 0
	for _, id := range reportIDs {
		kept, err := s.store.Unplaced(id)
		if err != nil || len(kept) == 0 {
			if err != nil {
				return placed, err
			}
			continue
		}
		r, err := s.store.Report(id)
		if err != nil {
			return placed, err
		}
		n, err := s.placeKept(r)
		placed += n
		if err != nil {
			return placed, err
		}
	}
	return placed, nil
}

// placeKept places the records of a report kept unplaced that its text
// now has a pledge for (after an import of a corrected version, or a merge
// that kept records its text finds): each goes to the one pledge with its
// text where its reviewer has no record yet, so that placing it never
// takes the place of another of their records.
func (s *Session) placeKept(r *data.Report) (int, error) {
	kept, err := s.store.Unplaced(r.ID)
	if err != nil || len(kept) == 0 {
		return 0, err
	}
	held, err := s.store.Reviews(r.ID)
	if err != nil {
		return 0, err
	}
	fm := share.FormOf(r)
	var w data.MergeWrite
	taken := make(map[share.Key]bool, len(held))
	for _, rv := range held {
		taken[share.KeyOf(rv)] = true
	}
	for _, u := range kept {
		id, ok := fm.FindText(u.PledgeText)
		k := share.Key{Pledge: id, Reviewer: u.Review.ReviewerID}
		if !ok || taken[k] {
			continue
		}
		taken[k] = true
		rv := u.Review.Clone()
		rv.PledgeID = id
		w.Reviews = append(w.Reviews, rv)
		w.Placed = append(w.Placed, u)
	}
	if len(w.Placed) == 0 {
		return 0, nil
	}
	w.Source = "placed: its pledge is found in the report's text"
	_, err = s.store.ApplyMerge(w)
	return len(w.Placed), err
}
