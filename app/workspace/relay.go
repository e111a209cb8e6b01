package workspace

import (
	"pledgereview/data"
	"pledgereview/data/share"
)

// attachRelayed gives f, a file of everything, the colleagues' records
// among reviews and progress that KeepSealed left out because they were
// placed here by text, and those kept unplaced: each is relayed as its
// author signed it on their form of the report, under their seal (see
// data.Relay), when the record held here is still the one they signed.
func (s *Session) attachRelayed(f *share.File, reviews []data.Review, progress []data.ProgressUpdate) error {
	unplaced, err := s.store.Unplaced(f.ReportID)
	if err != nil {
		return err
	}
	if len(reviews) == len(f.Reviews) && len(progress) == len(f.Progress) && len(unplaced) == 0 {
		return nil
	}
	relay, err := s.store.Relay(f.ReportID)
	if err != nil || len(relay.Records) == 0 {
		return err
	}
	byKey := make(map[string]data.RelayedRecord, len(relay.Records))
	for _, rec := range relay.Records {
		byKey[string(rec.Key())] = rec
	}
	rg := relayGroups{byKey: byKey, groups: map[relayForm][]data.RelayedRecord{}}
	rg.reviews(f, reviews, s.me.ID)
	rg.progress(f, progress, s.me.ID)
	for _, u := range unplaced {
		rg.add(data.RelayedRecordKey(f.ReportID, u.Review.ReviewerID, u.Review.Updated))
	}
	rg.attach(f, relay)
	return nil
}

// attach gives f the records gathered, a file of each reviewer's on each
// form, under the seals and with the forms relay keeps.
func (rg *relayGroups) attach(f *share.File, relay data.Relay) {
	seals := map[relayForm]data.RelayedSeal{}
	for _, st := range relay.Seals {
		seals[relayForm{st.Seal.ReviewerID, st.Fingerprint}] = st
	}
	forms := map[string]data.RelayedForm{}
	for _, fm := range relay.Forms {
		forms[fm.Fingerprint] = fm
	}
	for _, k := range rg.order {
		st, ok := seals[k]
		fm, hasForm := forms[k.fingerprint]
		if !ok || !hasForm {
			continue
		}
		sub, _, err := share.RelayedFile(st, fm, rg.groups[k])
		if err == nil && len(sub.Reviews)+len(sub.Progress) > 0 {
			f.Relayed = append(f.Relayed, sub)
		}
	}
}

// relayForm names the records of one reviewer signed on one form.
type relayForm struct{ reviewer, fingerprint string }

// relayGroups gathers, by reviewer and form, the records kept to relay
// (byKey, by their data.RelayedRecord key) of the colleagues' records that
// a file does not carry under a seal.
type relayGroups struct {
	byKey  map[string]data.RelayedRecord
	groups map[relayForm][]data.RelayedRecord
	order  []relayForm
}

func (rg *relayGroups) add(key []byte) {
	rec, ok := rg.byKey[string(key)]
	if !ok {
		return
	}
	k := relayForm{rec.ReviewerID, rec.Fingerprint}
	if rg.groups[k] == nil {
		rg.order = append(rg.order, k)
	}
	rg.groups[k] = append(rg.groups[k], rec)
}

// reviews adds the reviews held that f does not carry.
func (rg *relayGroups) reviews(f *share.File, held []data.Review, me string) {
	carried := make(map[share.Key]bool, len(f.Reviews))
	for _, r := range f.Reviews {
		carried[share.KeyOf(r)] = true
	}
	for _, r := range held {
		if r.ReviewerID != me && !carried[share.KeyOf(r)] {
			rg.add(data.RelayedRecordKey(f.ReportID, r.ReviewerID, r.Updated))
		}
	}
}

// progress adds the progress updates held that f does not carry.
func (rg *relayGroups) progress(f *share.File, held []data.ProgressUpdate, me string) {
	carried := make(map[string]bool, len(f.Progress))
	for _, u := range f.Progress {
		carried[data.ProgressKey(u)] = true
	}
	for _, u := range held {
		if u.ReviewerID != me && !carried[data.ProgressKey(u)] {
			rg.add(data.RelayedProgressKey(f.ReportID, u))
		}
	}
}
