package share

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"

	"pledgereview/data"
)

// Relaying records placed by text. A colleague's records placed here by
// their pledges' text were signed on another form of the report (another
// fingerprint): their seal does not vouch for them under this form's
// pledge ids. "Export everything" relays them as their author signed them
// instead, each reviewer's under their own seal, with what their form's
// text is, so that a third colleague checks the signature and places them
// on their own form. The placement is the receiver's reading; the record
// relayed is the author's.

// FormatV3 is the format of a signed file that relays records of another
// form of the report (File.Relayed); a file without them is written as
// FormatV2, which earlier versions read.
const FormatV3 = "pledge-review/3"

// wireRelayed is one reviewer's records relayed as they signed them on
// another form of the report.
type wireRelayed struct {
	Content   *wireContent          `json:"content"`
	Anchors   map[string]wireAnchor `json:"anchors"`
	Seal      json.RawMessage       `json:"seal"`
	Signature string                `json:"signature"`
	Reviews   json.RawMessage       `json:"reviews"`
	History   json.RawMessage       `json:"history"`
	Progress  json.RawMessage       `json:"progress,omitempty"`
}

// formatOf is the format f is written in.
func formatOf(f File) string {
	if len(f.Relayed) > 0 {
		return FormatV3
	}
	return FormatV2
}

// readRelayed checks and decodes the relayed records of a signed file:
// each group a file of its author's form, every record listed by its seal.
func (f *File) readRelayed(ws []wireRelayed) error {
	if len(ws) > MaxReviewersPerFile {
		return fmt.Errorf("%w: it relays the records of %d reviewers, more than the %d a review file may carry", ErrInvalid, len(ws), MaxReviewersPerFile)
	}
	for _, w := range ws {
		g, err := splitGroup(wireGroup{Seal: w.Seal, Signature: w.Signature, Reviews: w.Reviews, History: w.History, Progress: w.Progress}, handGroup{})
		if err != nil {
			return err
		}
		// The author's records, for the report as the author named it.
		sub := File{ReportID: g.seal.reportID, Fingerprint: g.seal.fingerprint, ReportTitle: f.ReportTitle, Rubric: f.Rubric,
			Exporter: g.seal.Reviewer, Exported: f.Exported, Signed: true, Seals: map[string]Seal{}}
		if err := sub.readText(wireText{Content: w.Content, Anchors: w.Anchors}); err != nil {
			return err
		}
		if sub.Content == nil {
			return fmt.Errorf("%w: records of %s are relayed without their report's text", ErrDamaged, who(g.seal.Reviewer))
		}
		sub.allocate([]group{g}, nil)
		if err := sub.addGroup(g); err != nil {
			return err
		}
		sub.History, sub.Progress = nilIfEmpty(sub.History), nilIfEmpty(sub.Progress)
		if err := Validate(sub); err != nil {
			return err
		}
		f.Relayed = append(f.Relayed, sub)
	}
	return nil
}

// writeRelayed writes the "relayed" field of a file that relays records,
// after its groups: each record as its author signed it, which its seal
// must list (ErrUnsealed).
func writeRelayed(b *bytes.Buffer, f File) error {
	if len(f.Relayed) == 0 {
		return nil
	}
	b.WriteString(",\n\t\"relayed\": [")
	for i, sub := range f.Relayed {
		raws, history, progress, seal, err := sub.relayedRecords()
		if err != nil {
			return err
		}
		c, err := json.Marshal(wireContent{Text: sub.Content.TextHash, Sentences: base64.StdEncoding.EncodeToString(sub.Content.Encoded())})
		if err != nil {
			return err
		}
		fmt.Fprintf(b, "\n\t\t{\n\t\t\t\"content\": %s,\n", c)
		if err := writeAnchors(b, "\t\t\t", sub.Anchors); err != nil {
			return err
		}
		b.WriteString(",\n\t\t\t\"seal\": ")
		b.Write(seal.Raw)
		fmt.Fprintf(b, ",\n\t\t\t\"signature\": %q,\n", base64.StdEncoding.EncodeToString(seal.Signature))
		writeList(b, "reviews", raws, false)
		writeList(b, "history", history, len(progress) == 0)
		if len(progress) > 0 {
			writeList(b, "progress", progress, true)
		}
		b.WriteString("\t\t}")
		if i < len(f.Relayed)-1 {
			b.WriteByte(',')
		}
	}
	b.WriteString("\n\t]")
	return nil
}

// writeList writes a list of records of a group, one a line.
func writeList(b *bytes.Buffer, name string, items [][]byte, last bool) {
	fmt.Fprintf(b, "\t\t\t%q: [", name)
	for i, it := range items {
		b.WriteString("\n\t\t\t\t")
		b.Write(it)
		if i < len(items)-1 {
			b.WriteByte(',')
		}
	}
	if len(items) > 0 {
		b.WriteString("\n\t\t\t")
	}
	b.WriteString("]")
	if !last {
		b.WriteByte(',')
	}
	b.WriteByte('\n')
}

// relayedRecords returns the reviews, history entries and progress
// updates of a relayed group as signed, and the seal that lists them.
func (f *File) relayedRecords() (reviews, history, progress [][]byte, s Seal, err error) {
	s, ok := f.Seals[f.Exporter.ID]
	if !ok || f.Content == nil || len(f.Reviews)+len(f.Progress) == 0 {
		return nil, nil, nil, Seal{}, fmt.Errorf("%w: records of %s relayed without their signature or their report's text", ErrUnsealed, who(f.Exporter))
	}
	reviews = make([][]byte, len(f.Reviews))
	for i, r := range f.Reviews {
		if reviews[i], err = signedAs(&s, s.reviews, f.rawReview(i), r, r.ReviewerID, "a review"); err != nil {
			return nil, nil, nil, Seal{}, err
		}
	}
	history = make([][]byte, len(f.History))
	for i, h := range f.History {
		if history[i], err = signedAs(&s, s.history, f.rawHistory(i), h, h.ReviewerID, "a history entry"); err != nil {
			return nil, nil, nil, Seal{}, err
		}
	}
	progress = make([][]byte, len(f.Progress))
	for i, u := range f.Progress {
		if progress[i], err = signedAs(&s, s.progress, f.rawProgress(i), u, u.ReviewerID, "a progress update"); err != nil {
			return nil, nil, nil, Seal{}, err
		}
	}
	return reviews, history, progress, s, nil
}

// signedAs returns a record of the seal's reviewer as written (raw, else v
// encoded), which set of the seal must list.
func signedAs(s *Seal, set map[[sha256.Size]byte]bool, raw []byte, v any, reviewer, what string) ([]byte, error) {
	if raw == nil {
		var err error
		if raw, err = json.Marshal(v); err != nil {
			return nil, err
		}
	}
	if reviewer != s.Reviewer.ID || !s.covers(set, raw) {
		return nil, fmt.Errorf("%w: %s of %s", ErrUnsealed, what, who(s.Reviewer))
	}
	return raw, nil
}

// RelayedFile builds, from what a workspace keeps (data.Relay), the
// records of one reviewer on one form of a report to relay as signed:
// those the seal lists, the newest of each of the author's pledges, with
// the history entries of them the seal lists. It returns how many records
// it left out.
func RelayedFile(seal data.RelayedSeal, form data.RelayedForm, recs []data.RelayedRecord) (File, int, error) {
	s, err := SealFromStore(seal.Seal)
	if err != nil {
		return File{}, len(recs), err
	}
	c, err := DecodeContent(form.TextHash, form.Sentences)
	if err != nil {
		return File{}, len(recs), err
	}
	f := File{ReportID: s.reportID, Fingerprint: seal.Fingerprint, Exporter: s.Reviewer, Signed: true,
		Seals: map[string]Seal{s.Reviewer.ID: s}, Reviewers: []data.Reviewer{s.Reviewer}, Content: &c, Anchors: map[string]Anchor{}}
	for _, rec := range recs {
		var u data.ProgressUpdate
		a := relayAnchor(rec.Anchor)
		if rec.Progress == nil || !s.covers(s.progress, rec.Signed) || decodeStrict(rec.Signed, &u) != nil || u.ReviewerID != s.Reviewer.ID ||
			!a.within(c.Len()) {
			continue
		}
		f.Progress = append(f.Progress, u)
		f.progressJSON = append(f.progressJSON, rec.Signed)
		f.Anchors[u.PledgeID] = Anchor(a)
	}
	for _, rr := range newestRelayed(&s, c.Len(), recs) {
		f.Reviews = append(f.Reviews, rr.review)
		f.reviewsJSON = append(f.reviewsJSON, rr.rec.Signed)
		f.Anchors[rr.review.PledgeID] = Anchor(rr.rec.Anchor)
		for _, raw := range rr.rec.History {
			var h data.HistoryEntry
			if s.covers(s.history, raw) && decodeStrict(raw, &h) == nil && h.ReviewerID == s.Reviewer.ID && h.PledgeID == rr.review.PledgeID {
				f.History = append(f.History, h)
				f.historyJSON = append(f.historyJSON, raw)
			}
		}
	}
	return f, len(recs) - len(f.Reviews) - len(f.Progress), nil
}

// relayedReview is a record kept to relay and the review it holds.
type relayedReview struct {
	rec    data.RelayedRecord
	review data.Review
}

// newestRelayed returns, of the records kept to relay, those the seal lists
// whose anchor lies in the text (total normalised runes): the newest of
// each of the author's pledges, in the order first met.
func newestRelayed(s *Seal, total int, recs []data.RelayedRecord) []relayedReview {
	var out []relayedReview
	at := map[string]int{} // the author's pledge id -> index in out
	for _, rec := range recs {
		var r data.Review
		a := relayAnchor(rec.Anchor)
		if rec.Progress != nil || !s.covers(s.reviews, rec.Signed) || decodeStrict(rec.Signed, &r) != nil || r.ReviewerID != s.Reviewer.ID ||
			!a.within(total) {
			continue
		}
		i, seen := at[r.PledgeID]
		switch {
		case !seen:
			at[r.PledgeID] = len(out)
			out = append(out, relayedReview{rec, r})
		case r.Updated.Compare(out[i].review.Updated) > 0:
			out[i] = relayedReview{rec, r}
		}
	}
	return out
}

// relayAnchor is an anchor kept to relay.
type relayAnchor data.RelayAnchor

// within reports whether the anchor lies in a text of total normalised runes.
func (a relayAnchor) within(total int) bool {
	return a.Start >= 0 && a.Start <= a.End && a.End <= total
}
