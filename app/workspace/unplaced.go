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
