package workspace

import (
	"pledgereview/data"
	"pledgereview/data/share"
)

// attachRelayed gives f, a file of everything, the colleagues' records
// among reviews that KeepSealed left out because they were placed here by
// text: each is relayed as its author signed it on their form of the
// report, under their seal (see data.Relay), when the record held here is
// still the one they signed.
func (s *Session) attachRelayed(f *share.File, reviews []data.Review) error {
	if len(reviews) == len(f.Reviews) {
		return nil
	}
	kept := make(map[share.Key]bool, len(f.Reviews))
	for _, r := range f.Reviews {
		kept[share.KeyOf(r)] = true
	}
	relay, err := s.store.Relay(f.ReportID)
	if err != nil || len(relay.Records) == 0 {
		return err
	}
	byKey := make(map[string]data.RelayedRecord, len(relay.Records))
	for _, rec := range relay.Records {
		byKey[string(rec.Key())] = rec
	}
	type form struct{ reviewer, fingerprint string }
	groups := map[form][]data.RelayedRecord{}
	var order []form
	for _, r := range reviews {
		rec, ok := byKey[string(data.RelayedRecordKey(f.ReportID, r.ReviewerID, r.Updated))]
		if r.ReviewerID == s.me.ID || kept[share.KeyOf(r)] || !ok {
			continue
		}
		k := form{r.ReviewerID, rec.Fingerprint}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], rec)
	}
	seals := map[form]data.RelayedSeal{}
	for _, st := range relay.Seals {
		seals[form{st.Seal.ReviewerID, st.Fingerprint}] = st
	}
	forms := map[string]data.RelayedForm{}
	for _, fm := range relay.Forms {
		forms[fm.Fingerprint] = fm
	}
	for _, k := range order {
		st, ok := seals[k]
		fm, hasForm := forms[k.fingerprint]
		if !ok || !hasForm {
			continue
		}
		sub, _, err := share.RelayedFile(st, fm, groups[k])
		if err == nil && len(sub.Reviews) > 0 {
			f.Relayed = append(f.Relayed, sub)
		}
	}
	return nil
}
