package share

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	fastjson "github.com/goccy/go-json"

	"pledgereview/data"
)

// wireGroup is one reviewer's records in a signed file, with their seal.
type wireGroup struct {
	Seal      json.RawMessage   `json:"seal"`
	Signature string            `json:"signature"`
	Reviews   []json.RawMessage `json:"reviews"`
	History   []json.RawMessage `json:"history"`
	Progress  []json.RawMessage `json:"progress,omitempty"`
}

// group is a reviewer's records encoded, ready to write.
type group struct {
	seal                       Seal
	reviews, history, progress [][]byte
}

// sealGroups encodes the records of f by reviewer, in the order of
// f.Reviewers, and seals each group: the exporter's with key, the others'
// with f.Seals.
func sealGroups(f File, key ed25519.PrivateKey) ([]group, error) {
	byID := make(map[string]*group, len(f.Reviewers))
	var order []*group
	for _, rv := range f.Reviewers {
		g := &group{}
		byID[rv.ID] = g
		order = append(order, g)
	}
	newest := map[string]data.HLC{}
	for _, r := range f.Reviews {
		raw, err := json.Marshal(r)
		if err != nil {
			return nil, err
		}
		g := byID[r.ReviewerID]
		g.reviews = append(g.reviews, raw)
		if r.Updated.Compare(newest[r.ReviewerID]) > 0 {
			newest[r.ReviewerID] = r.Updated
		}
	}
	for _, h := range f.History {
		raw, err := json.Marshal(h)
		if err != nil {
			return nil, err
		}
		g := byID[h.ReviewerID]
		g.history = append(g.history, raw)
	}
	for _, u := range f.Progress {
		raw, err := json.Marshal(u)
		if err != nil {
			return nil, err
		}
		g := byID[u.ReviewerID]
		g.progress = append(g.progress, raw)
		if u.Recorded.Compare(newest[u.ReviewerID]) > 0 {
			newest[u.ReviewerID] = u.Recorded
		}
	}
	for i, rv := range f.Reviewers {
		g := order[i]
		if rv.ID == f.Exporter.ID {
			if key == nil {
				return nil, fmt.Errorf("no key to sign the records of %s", rv.ID)
			}
			s, err := newSeal(f.ReportID, f.Fingerprint, f.Exporter, key, newest[rv.ID], g.reviews, g.history, g.progress)
			if err != nil {
				return nil, err
			}
			g.seal = s
			continue
		}
		s, ok := f.Seals[rv.ID]
		if !ok {
			return nil, fmt.Errorf("%w: no signature of %s", ErrUnsealed, who(rv))
		}
		for _, raw := range g.reviews {
			if !s.covers(s.reviews, raw) {
				return nil, fmt.Errorf("%w: a review of %s", ErrUnsealed, who(rv))
			}
		}
		for _, raw := range g.history {
			if !s.covers(s.history, raw) {
				return nil, fmt.Errorf("%w: a history entry of %s", ErrUnsealed, who(rv))
			}
		}
		for _, raw := range g.progress {
			if !s.covers(s.progress, raw) {
				return nil, fmt.Errorf("%w: a progress update of %s", ErrUnsealed, who(rv))
			}
		}
		g.seal = s
	}
	return groupsOf(order), nil
}

func groupsOf(ps []*group) []group {
	out := make([]group, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

// writeV2 writes the file by hand: indented for a reader, one record a line
// as it was sealed, so reading it back needs no re-encoding to check.
func writeV2(f File, groups []group) ([]byte, error) {
	var b bytes.Buffer
	field := func(indent, name string, v any, last bool) error {
		raw, err := json.MarshalIndent(v, indent, "\t")
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s%q: %s", indent, name, raw)
		if !last {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
		return nil
	}
	list := func(name string, items [][]byte, last bool) {
		fmt.Fprintf(&b, "\t\t\t%q: [", name)
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
	b.WriteString("{\n")
	for _, fv := range []struct {
		name string
		v    any
	}{
		{"format", FormatV2}, {"report_id", f.ReportID}, {"fingerprint", f.Fingerprint},
		{"report_title", f.ReportTitle}, {"exporter", f.Exporter},
		{"exported", f.Exported.UTC().Format(time.RFC3339Nano)}, {"rubric", f.Rubric},
	} {
		if err := field("\t", fv.name, fv.v, false); err != nil {
			return nil, err
		}
	}
	b.WriteString("\t\"groups\": [")
	for i, g := range groups {
		b.WriteString("\n\t\t{\n\t\t\t\"seal\": ")
		b.Write(g.seal.Raw)
		fmt.Fprintf(&b, ",\n\t\t\t\"signature\": %q,\n", base64.StdEncoding.EncodeToString(g.seal.Signature))
		list("reviews", g.reviews, false)
		if len(g.progress) == 0 {
			list("history", g.history, true)
		} else {
			list("history", g.history, false)
			list("progress", g.progress, true)
		}
		b.WriteString("\t\t}")
		if i < len(groups)-1 {
			b.WriteByte(',')
		}
	}
	if len(groups) > 0 {
		b.WriteString("\n\t")
	}
	b.WriteString("]\n}\n")
	return b.Bytes(), nil
}

// decodeV2 checks every group of a signed file against its seal: the
// signature, the report, the reviewer, and every record listed.
func decodeV2(w *wireAny) (File, error) {
	exported, err := time.Parse(time.RFC3339Nano, w.Exported)
	if err != nil {
		return File{}, fmt.Errorf("%w: export time %q is not an RFC 3339 time", ErrInvalid, w.Exported)
	}
	f := File{ReportID: w.ReportID, Fingerprint: w.Fingerprint, ReportTitle: w.ReportTitle, Rubric: w.Rubric,
		Exporter: w.Exporter, Exported: exported.UTC(), Signed: true, Seals: make(map[string]Seal, len(w.Groups))}
	n, nh, np := 0, 0, 0
	for _, g := range w.Groups {
		n += len(g.Reviews)
		nh += len(g.History)
		np += len(g.Progress)
	}
	f.Progress = make([]data.ProgressUpdate, 0, np)
	f.Reviews = make([]data.Review, 0, n)
	f.History = make([]data.HistoryEntry, 0, nh)
	f.reviewsJSON = make([][]byte, 0, n)
	f.historyJSON = make([][]byte, 0, nh)
	for _, g := range w.Groups {
		sig, err := base64.StdEncoding.DecodeString(g.Signature)
		if err != nil {
			return File{}, fmt.Errorf("%w: a signature is not base64", ErrDamaged)
		}
		s, err := parseSeal(g.Seal, sig)
		if err != nil {
			return File{}, err
		}
		id := s.Reviewer.ID
		if s.reportID != f.ReportID || s.fingerprint != f.Fingerprint {
			return File{}, fmt.Errorf("%w: the records of %s were signed for another report", ErrForged, who(s.Reviewer))
		}
		if _, dup := f.Seals[id]; dup {
			return File{}, fmt.Errorf("%w: two groups of records of %s", ErrInvalid, who(s.Reviewer))
		}
		f.Seals[id] = s
		f.Reviewers = append(f.Reviewers, s.Reviewer)
		if id == f.Exporter.ID {
			f.Exporter = s.Reviewer // the name as signed
		}
		for _, raw := range g.Reviews {
			ok, asIs := s.coversAs(s.reviews, raw)
			if !ok {
				return File{}, fmt.Errorf("%w: a review of %s is not the one signed", ErrForged, who(s.Reviewer))
			}
			var r data.Review
			if err := fastjson.Unmarshal(raw, &r); err != nil {
				return File{}, fmt.Errorf("%w: a review of %s: %v", ErrDamaged, who(s.Reviewer), err)
			}
			if r.ReviewerID != id {
				return File{}, fmt.Errorf("%w: %s signed a record in the name of %s", ErrForged, who(s.Reviewer), r.ReviewerID)
			}
			normalise(&r)
			f.Reviews = append(f.Reviews, r)
			f.reviewsJSON = append(f.reviewsJSON, reusable(raw, asIs, false))
		}
		for _, raw := range g.History {
			ok, asIs := s.coversAs(s.history, raw)
			if !ok {
				return File{}, fmt.Errorf("%w: a history entry of %s is not the one signed", ErrForged, who(s.Reviewer))
			}
			var h data.HistoryEntry
			if err := fastjson.Unmarshal(raw, &h); err != nil {
				return File{}, fmt.Errorf("%w: a history entry of %s: %v", ErrDamaged, who(s.Reviewer), err)
			}
			if h.ReviewerID != id {
				return File{}, fmt.Errorf("%w: %s signed a history entry in the name of %s", ErrForged, who(s.Reviewer), h.ReviewerID)
			}
			f.History = append(f.History, h)
			if h.Source != "" {
				raw = nil
			}
			f.historyJSON = append(f.historyJSON, reusable(raw, asIs, true))
		}
		for _, raw := range g.Progress {
			if !s.covers(s.progress, raw) {
				return File{}, fmt.Errorf("%w: a progress update of %s is not the one signed", ErrForged, who(s.Reviewer))
			}
			var u data.ProgressUpdate
			if err := fastjson.Unmarshal(raw, &u); err != nil {
				return File{}, fmt.Errorf("%w: a progress update of %s: %v", ErrDamaged, who(s.Reviewer), err)
			}
			if u.ReviewerID != id {
				return File{}, fmt.Errorf("%w: %s signed a progress update in the name of %s", ErrForged, who(s.Reviewer), u.ReviewerID)
			}
			f.Progress = append(f.Progress, u)
		}
	}
	if _, ok := f.Seals[f.Exporter.ID]; !ok {
		return File{}, fmt.Errorf("%w: the exporter %s signed nothing in the file", ErrForged, who(f.Exporter))
	}
	f.Reviews, f.History, f.Progress = nilIfEmpty(f.Reviews), nilIfEmpty(f.History), nilIfEmpty(f.Progress)
	return f, nil
}

// maxReusable bounds the records stored as the file holds them: a real
// record is far smaller, a longer one (a long note, or fields this version
// does not know) is encoded again, so unknown fields cannot bloat the
// workspace.
const maxReusable = 4 << 10

// reusable returns raw when the store can keep it as it is: signed as it
// stands (Encode writes records compact, one a line; a record re-indented
// by hand is encoded again) and not over maxReusable. A history entry must
// name no source: the merge adds it.
func reusable(raw []byte, asIs, history bool) []byte {
	if !asIs || len(raw) < 2 || len(raw) > maxReusable || raw[0] != '{' || raw[len(raw)-1] != '}' {
		return nil
	}
	if history && bytes.Contains(raw, []byte(`"source"`)) {
		return nil
	}
	return raw
}

// KeepSealed drops from f the records of reviewers other than the
// exporter that no seal in f.Seals covers (they came in an unsigned file,
// or were cleaned on merge), so that Encode can relay the rest; it returns
// how many records it dropped.
func (f *File) KeepSealed() int {
	dropped := 0
	covered := func(id string, v any, set func(*Seal) map[[sha256.Size]byte]bool) bool {
		if id == f.Exporter.ID {
			return true
		}
		s, ok := f.Seals[id]
		if !ok {
			return false
		}
		raw, err := json.Marshal(v)
		if err != nil {
			return false
		}
		return s.covers(set(&s), raw)
	}
	reviewsOf := func(s *Seal) map[[sha256.Size]byte]bool { return s.reviews }
	historyOf := func(s *Seal) map[[sha256.Size]byte]bool { return s.history }
	progressOf := func(s *Seal) map[[sha256.Size]byte]bool { return s.progress }
	reviews := f.Reviews[:0:0]
	for _, r := range f.Reviews {
		if covered(r.ReviewerID, r, reviewsOf) {
			reviews = append(reviews, r)
		} else {
			dropped++
		}
	}
	history := f.History[:0:0]
	for _, h := range f.History {
		kept := h
		kept.Source = "" // merging names the file an entry came from; the author signed it without
		switch {
		case covered(h.ReviewerID, h, historyOf):
			history = append(history, h)
		case h.Source != "" && covered(h.ReviewerID, kept, historyOf):
			history = append(history, kept)
		default:
			dropped++
		}
	}
	progress := f.Progress[:0:0]
	for _, u := range f.Progress {
		if covered(u.ReviewerID, u, progressOf) {
			progress = append(progress, u)
		} else {
			dropped++
		}
	}
	f.Reviews, f.History, f.Progress = nilIfEmpty(reviews), nilIfEmpty(history), nilIfEmpty(progress)
	var reviewers []data.Reviewer
	for _, rv := range f.Reviewers {
		if rv.ID == f.Exporter.ID {
			reviewers = append(reviewers, rv)
		} else if s, ok := f.Seals[rv.ID]; ok {
			reviewers = append(reviewers, s.Reviewer) // the name as signed
		}
	}
	f.Reviewers = reviewers
	return dropped
}
