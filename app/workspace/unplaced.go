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

// placeKept places the records of a report kept unplaced that its text
// now has a pledge for (after an import of a corrected version): each goes
// to the pledge with its text, where it is newer than what is there.
func (s *Session) placeKept(r *data.Report) (int, error) {
	kept, err := s.store.Unplaced(r.ID)
	if err != nil || len(kept) == 0 {
		return 0, err
	}
	fm := share.FormOf(r)
	var w data.MergeWrite
	taken := map[share.Key]bool{}
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
	w.Source = "placed after a new import"
	_, err = s.store.ApplyMerge(w)
	return len(w.Placed), err
}
