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
	relay, err := s.store.Relay(f.ReportID)
	if err != nil || len(relay.Records) == 0 {
		return err
	}
	groups, order := relayGroups(f, reviews, relay.Records, s.me.ID)
	seals := map[relayForm]data.RelayedSeal{}
	for _, st := range relay.Seals {
		seals[relayForm{st.Seal.ReviewerID, st.Fingerprint}] = st
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

// relayForm names the records of one reviewer signed on one form.
type relayForm struct{ reviewer, fingerprint string }

// relayGroups gathers, by reviewer and form, the records kept to relay of
// the colleagues' reviews that f does not carry under a seal.
func relayGroups(f *share.File, reviews []data.Review, records []data.RelayedRecord, me string) (map[relayForm][]data.RelayedRecord, []relayForm) {
	carried := make(map[share.Key]bool, len(f.Reviews))
	for _, r := range f.Reviews {
		carried[share.KeyOf(r)] = true
	}
	byKey := make(map[string]data.RelayedRecord, len(records))
	for _, rec := range records {
		byKey[string(rec.Key())] = rec
	}
	groups := map[relayForm][]data.RelayedRecord{}
	var order []relayForm
	for _, r := range reviews {
		rec, ok := byKey[string(data.RelayedRecordKey(f.ReportID, r.ReviewerID, r.Updated))]
		if r.ReviewerID == me || carried[share.KeyOf(r)] || !ok {
			continue
		}
		k := relayForm{r.ReviewerID, rec.Fingerprint}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], rec)
	}
	return groups, order
}
