package share

import "pledgereview/data"

// keepRelay gives p what relays later, as their authors signed them, the
// records it writes or keeps unplaced from f, a signed file of another
// form of the report; placed is f with its records placed (placeFile).
func (p *MergePlan) keepRelay(f, placed File) {
	written := make(map[Key]bool, len(p.Added)+len(p.Updated))
	for _, ks := range [][]Key{p.Added, p.Updated} {
		for _, k := range ks {
			written[k] = true
		}
	}
	signers := map[string]bool{}
	history := map[Key][]int{} // by the author's pledge
	for i, h := range f.History {
		k := Key{h.PledgeID, h.ReviewerID}
		history[k] = append(history[k], i)
	}
	keep := func(r data.Review, raw []byte, on string) {
		if rec, ok := relayedRecord(f, r, raw, on, history[KeyOf(r)]); ok {
			rec.ReportID = p.ReportID // kept with the report here, whatever id the author gave it
			p.Relay.Records = append(p.Relay.Records, rec)
			signers[r.ReviewerID] = true
		}
	}
	for i, r := range placed.Reviews {
		if written[KeyOf(r)] {
			j := placed.from[i]
			keep(f.Reviews[j], f.rawReview(j), r.PledgeID)
		}
	}
	for _, u := range p.UnplacedWrites {
		keep(u.Review, nil, "")
	}
	p.keepRelayProgress(f, placed, signers)
	for _, rv := range f.Reviewers {
		if s, ok := f.Seals[rv.ID]; ok && signers[rv.ID] {
			p.Relay.Seals = append(p.Relay.Seals, data.RelayedSeal{Fingerprint: f.Fingerprint, Seal: s.Stored(p.ReportID)})
		}
	}
	if len(signers) > 0 {
		p.Relay.Forms = append(p.Relay.Forms, data.RelayedForm{ReportID: p.ReportID, Fingerprint: f.Fingerprint,
			TextHash: f.Content.TextHash, Sentences: f.Content.Encoded()})
	}
}

// keepRelayProgress is keepRelay for the progress updates p adds, noting
// their authors in signers.
func (p *MergePlan) keepRelayProgress(f, placed File, signers map[string]bool) {
	added := make(map[string]bool, len(p.Progress))
	for _, u := range p.Progress {
		added[data.ProgressKey(u)] = true
	}
	for i, u := range placed.Progress {
		if added[data.ProgressKey(u)] {
			if rec, ok := relayedProgress(f, f.Progress[placed.progressFrom[i]], u.PledgeID); ok {
				rec.ReportID = p.ReportID
				p.Relay.Records = append(p.Relay.Records, rec)
				signers[u.ReviewerID] = true
			}
		}
	}
}

// relayedRecord is r, a record of f as decoded (raw its JSON as the file
// held it, when kept), with its history entries (f.History by index), to
// relay as signed; ok is false when its seal does not list it as it would
// be written. An entry its seal does not list is left out.
func relayedRecord(f File, r data.Review, raw []byte, placedOn string, history []int) (data.RelayedRecord, bool) {
	s, ok := f.Seals[r.ReviewerID]
	if !ok {
		return data.RelayedRecord{}, false
	}
	raw, err := signedAs(&s, s.reviews, raw, r, r.ReviewerID, "a review")
	if err != nil {
		return data.RelayedRecord{}, false
	}
	a := f.Anchors[r.PledgeID]
	rec := data.RelayedRecord{ReportID: f.ReportID, ReviewerID: r.ReviewerID, Updated: r.Updated, PledgeID: placedOn,
		Fingerprint: f.Fingerprint, Signed: raw, Anchor: data.RelayAnchor(a)}
	for _, i := range history {
		if h, err := signedAs(&s, s.history, f.rawHistory(i), f.History[i], f.History[i].ReviewerID, "a history entry"); err == nil {
			rec.History = append(rec.History, h)
		}
	}
	return rec, true
}

// planRelayed plans the records a file relays (File.Relayed) after its
// own, each reviewer's as a file of its author's form, against the
// workspace as the records planned before leave it, and adds their plans
// to p. A relayed group that cannot be placed refuses the file.
func (p *MergePlan) planRelayed(ws Workspace, relayed []File) error {
	cur := Apply(ws, *p)
	for _, sub := range relayed {
		sp, err := Plan(cur, sub)
		if err != nil {
			return err
		}
		cur.Merge(sp)
		p.add(sp)
	}
	return nil
}

// add adds to p the plan of records relayed in the same file.
func (p *MergePlan) add(sp MergePlan) {
	p.ReviewersAdded = append(p.ReviewersAdded, sp.ReviewersAdded...)
	p.LookAlikes = append(p.LookAlikes, sp.LookAlikes...)
	p.Added = append(p.Added, sp.Added...)
	p.Updated = append(p.Updated, sp.Updated...)
	p.Unchanged = append(p.Unchanged, sp.Unchanged...)
	p.Older = append(p.Older, sp.Older...)
	p.Rejected = append(p.Rejected, sp.Rejected...)
	p.Keys = append(p.Keys, sp.Keys...)
	p.Seals = append(p.Seals, sp.Seals...)
	p.Claims = append(p.Claims, sp.Claims...)
	p.WritesJSON = append(padded(p.WritesJSON, len(p.Writes)), padded(sp.WritesJSON, len(sp.Writes))...)
	p.Writes = append(p.Writes, sp.Writes...)
	p.HistoryJSON = append(padded(p.HistoryJSON, len(p.History)), padded(sp.HistoryJSON, len(sp.History))...)
	p.History = append(p.History, sp.History...)
	p.Progress = append(p.Progress, sp.Progress...)
	p.Placement.ByID += sp.Placement.ByID
	p.Placement.ByText += sp.Placement.ByText
	p.Placement.Changed = append(p.Placement.Changed, sp.Placement.Changed...)
	p.Placement.OtherText = p.Placement.OtherText || sp.Placement.OtherText
	p.Unplaced = append(p.Unplaced, sp.Unplaced...)
	p.UnplacedWrites = append(p.UnplacedWrites, sp.UnplacedWrites...)
	p.Relay.Records = append(p.Relay.Records, sp.Relay.Records...)
	p.Relay.Seals = append(p.Relay.Seals, sp.Relay.Seals...)
	p.Relay.Forms = append(p.Relay.Forms, sp.Relay.Forms...)
	p.names = sp.names
}

// padded returns raw with nil entries up to n.
func padded(raw [][]byte, n int) [][]byte {
	if len(raw) >= n {
		return raw[:n]
	}
	return append(raw[:len(raw):len(raw)], make([][]byte, n-len(raw))...)
}

// relayedProgress is u, a progress update of f as decoded, to relay as
// signed; ok is false when its seal does not list it as it would be
// written.
func relayedProgress(f File, u data.ProgressUpdate, placedOn string) (data.RelayedRecord, bool) {
	s, ok := f.Seals[u.ReviewerID]
	if !ok {
		return data.RelayedRecord{}, false
	}
	raw, err := signedAs(&s, s.progress, nil, u, u.ReviewerID, "a progress update")
	if err != nil {
		return data.RelayedRecord{}, false
	}
	a := f.Anchors[u.PledgeID]
	return data.RelayedRecord{ReportID: f.ReportID, ReviewerID: u.ReviewerID, Updated: u.Recorded, PledgeID: placedOn, Fingerprint: f.Fingerprint,
		Signed: raw, Anchor: data.RelayAnchor(a), Progress: &u}, true
}
