package share

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"pledgereview/data"
)

// wireGroup is one reviewer's records in a signed file, with their seal.
// Its lists are kept whole, as written, and split into records by
// splitRecords: one copy of a list rather than one of every record.
type wireGroup struct {
	Seal      json.RawMessage `json:"seal"`
	Signature string          `json:"signature"`
	Reviews   json.RawMessage `json:"reviews"`
	History   json.RawMessage `json:"history"`
	Progress  json.RawMessage `json:"progress,omitempty"`
}

// group is a reviewer's records encoded, ready to write.
type group struct {
	seal                       Seal
	reviews, history, progress [][]byte
	// The records of a list read by hand, decoded, in the order of the
	// list; nil for a list to decode record by record.
	reviewVals  []data.Review
	historyVals []data.HistoryEntry
}

// sealGroups encodes the records of f by reviewer, in the order of
// f.Reviewers, and seals each group: the exporter's with key, the others'
// with f.Seals.
func sealGroups(f File, key ed25519.PrivateKey) ([]group, error) {
	gs := groupSet{byID: make(map[string]*group, len(f.Reviewers)), newest: map[string]data.HLC{}}
	order := make([]*group, len(f.Reviewers))
	for i, rv := range f.Reviewers {
		order[i] = &group{}
		gs.byID[rv.ID] = order[i]
	}
	if err := gs.encode(f); err != nil {
		return nil, err
	}
	for i, rv := range f.Reviewers {
		var err error
		if rv.ID == f.Exporter.ID {
			err = order[i].sign(f, key, gs.newest[rv.ID])
		} else {
			err = order[i].relay(f, rv)
		}
		if err != nil {
			return nil, err
		}
	}
	return groupsOf(order), nil
}

// groupSet gathers the records of a file being encoded by reviewer.
type groupSet struct {
	byID   map[string]*group
	newest map[string]data.HLC // the newest clock of a reviewer's reviews and progress updates
}

func (gs groupSet) newer(id string, c data.HLC) {
	if c.Compare(gs.newest[id]) > 0 {
		gs.newest[id] = c
	}
}

// encode encodes every record of f into its reviewer's group.
func (gs groupSet) encode(f File) error {
	for _, r := range f.Reviews {
		raw, err := json.Marshal(r)
		if err != nil {
			return err
		}
		g := gs.byID[r.ReviewerID]
		g.reviews = append(g.reviews, raw)
		gs.newer(r.ReviewerID, r.Updated)
	}
	for _, h := range f.History {
		raw, err := json.Marshal(h)
		if err != nil {
			return err
		}
		g := gs.byID[h.ReviewerID]
		g.history = append(g.history, raw)
	}
	for _, u := range f.Progress {
		raw, err := json.Marshal(u)
		if err != nil {
			return err
		}
		g := gs.byID[u.ReviewerID]
		g.progress = append(g.progress, raw)
		gs.newer(u.ReviewerID, u.Recorded)
	}
	return nil
}

// sign seals the exporter's own group with key.
func (g *group) sign(f File, key ed25519.PrivateKey, newest data.HLC) error {
	if key == nil {
		return fmt.Errorf("no key to sign the records of %s", f.Exporter.ID)
	}
	s, err := newSeal(f.ReportID, f.Fingerprint, f.Exporter, key, newest, g.reviews, g.history, g.progress)
	g.seal = s
	return err
}

// relay seals a colleague's group with their own seal from f.Seals, which
// must list every record of it.
func (g *group) relay(f File, rv data.Reviewer) error {
	s, ok := f.Seals[rv.ID]
	if !ok {
		return fmt.Errorf("%w: no signature of %s", ErrUnsealed, who(rv))
	}
	for _, list := range []struct {
		what  string
		set   map[[sha256.Size]byte]bool
		items [][]byte
	}{{"a review", s.reviews, g.reviews}, {"a history entry", s.history, g.history}, {"a progress update", s.progress, g.progress}} {
		for _, raw := range list.items {
			if !s.covers(list.set, raw) {
				return fmt.Errorf("%w: %s of %s", ErrUnsealed, list.what, who(rv))
			}
		}
	}
	g.seal = s
	return nil
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
	list := func(name string, items [][]byte, last bool) { writeList(&b, name, items, last) }
	b.WriteString("{\n")
	for _, fv := range []struct {
		name string
		v    any
	}{
		{"format", formatOf(f)}, {"report_id", f.ReportID}, {"fingerprint", f.Fingerprint},
		{"report_title", f.ReportTitle}, {"exporter", f.Exporter},
		{"exported", f.Exported.UTC().Format(time.RFC3339Nano)}, {"rubric", f.Rubric},
	} {
		if err := field("\t", fv.name, fv.v, false); err != nil {
			return nil, err
		}
	}
	if err := writeText(&b, f); err != nil {
		return nil, err
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
	b.WriteString("]")
	if err := writeRelayed(&b, f); err != nil {
		return nil, err
	}
	b.WriteString("\n}\n")
	return b.Bytes(), nil
}

// decodeV2 checks every group of a signed file against its seal: the
// signature, the report, the reviewer, and every record listed.
func decodeV2(w *wireAny, hand *handFile) (File, error) {
	exported, err := time.Parse(time.RFC3339Nano, w.Exported)
	if err != nil {
		return File{}, fmt.Errorf("%w: export time %q is not an RFC 3339 time", ErrInvalid, w.Exported)
	}
	f := File{ReportID: w.ReportID, Fingerprint: w.Fingerprint, ReportTitle: w.ReportTitle, Rubric: w.Rubric,
		Exporter: w.Exporter, Exported: exported.UTC(), Signed: true, Seals: make(map[string]Seal, len(w.Groups))}
	if err := f.readText(w.wireText); err != nil {
		return File{}, err
	}
	groups := make([]group, len(w.Groups))
	for i, g := range w.Groups {
		var hg handGroup
		if hand != nil {
			hg = hand.groups[i]
		}
		if groups[i], err = splitGroup(g, hg); err != nil {
			return File{}, err
		}
	}
	f.allocate(groups, hand)
	for _, g := range groups {
		if err := f.addGroup(g); err != nil {
			return File{}, err
		}
	}
	if _, ok := f.Seals[f.Exporter.ID]; !ok {
		return File{}, fmt.Errorf("%w: the exporter %s signed nothing in the file", ErrForged, who(f.Exporter))
	}
	if err := f.readRelayed(w.Relayed); err != nil {
		return File{}, err
	}
	f.Reviews, f.History, f.Progress = nilIfEmpty(f.Reviews), nilIfEmpty(f.History), nilIfEmpty(f.Progress)
	return f, nil
}

// splitGroup checks the seal of a group and splits its lists into
// records, but for those hg read by hand.
func splitGroup(g wireGroup, hg handGroup) (group, error) {
	if len(g.Seal) > maxSealSize {
		return group{}, fmt.Errorf("%w: a seal of %d MB, over the %d MB one reviewer's signature may take", ErrInvalid, len(g.Seal)>>20, maxSealSize>>20)
	}
	sig, err := base64.StdEncoding.DecodeString(g.Signature)
	if err != nil {
		return group{}, fmt.Errorf("%w: a signature is not base64", ErrDamaged)
	}
	var out group
	if hg.body != nil { // decoded with the rest (decodeSeals)
		out.seal, err = sealOf(hg.body, g.Seal, sig)
	} else {
		out.seal, err = parseSeal(g.Seal, sig)
	}
	if err != nil {
		return group{}, err
	}
	if out.reviews, out.reviewVals, err = listOf(g.Reviews, hg.reviewsRead, hg.reviews, hg.reviewVals); err != nil {
		return group{}, err
	}
	if out.history, out.historyVals, err = listOf(g.History, hg.historyRead, hg.history, hg.historyVals); err != nil {
		return group{}, err
	}
	out.progress, err = splitRecords(g.Progress)
	return out, err
}

// listOf returns the records of a list: read by hand, as written and
// decoded, or else split from raw, to be decoded one by one.
func listOf[T any](raw []byte, read bool, raws [][]byte, vals []T) ([][]byte, []T, error) {
	if read {
		return raws, vals, nil
	}
	raws, err := splitRecords(raw)
	return raws, nil, err
}

// allocate makes room for the records of every group, in the lists the
// hand read if it can (hf, nil if none).
func (f *File) allocate(groups []group, hf *handFile) {
	n, nh, np := 0, 0, 0
	for _, g := range groups {
		n += len(g.reviews)
		nh += len(g.history)
		np += len(g.progress)
	}
	f.Reviews, f.History = hf.lists(n, nh)
	f.Progress = make([]data.ProgressUpdate, 0, np)
	f.reviewsJSON = make([][]byte, 0, n)
	f.historyJSON = make([][]byte, 0, nh)
}

// addGroup adds the records of one reviewer's group, each checked against
// the seal and decoded.
func (f *File) addGroup(g group) error {
	s := &g.seal
	id := s.Reviewer.ID
	if s.reportID != f.ReportID || s.fingerprint != f.Fingerprint {
		return fmt.Errorf("%w: the records of %s were signed for another report", ErrForged, who(s.Reviewer))
	}
	if _, dup := f.Seals[id]; dup {
		return fmt.Errorf("%w: two groups of records of %s", ErrInvalid, who(s.Reviewer))
	}
	f.Seals[id] = *s
	f.Reviewers = append(f.Reviewers, s.Reviewer)
	if id == f.Exporter.ID {
		f.Exporter = s.Reviewer // the name as signed
	}
	// Each record is decoded in place, in the room allocate made.
	var rd recordReader
	for k, raw := range g.reviews {
		r := nextRecord(&f.Reviews, g.reviewVals, k)
		asIs, err := openSigned(s, s.reviews, raw, "review", func() error { return decodeUnread(&rd, raw, r, g.reviewVals) }, &r.ReviewerID)
		if err != nil {
			return err
		}
		normalise(r)
		f.reviewsJSON = append(f.reviewsJSON, reusable(raw, asIs, false))
	}
	for k, raw := range g.history {
		h := nextRecord(&f.History, g.historyVals, k)
		asIs, err := openSigned(s, s.history, raw, "history entry", func() error { return decodeUnread(&rd, raw, h, g.historyVals) }, &h.ReviewerID)
		if err != nil {
			return err
		}
		f.historyJSON = append(f.historyJSON, reusable(raw, asIs && h.Source == "", true))
	}
	for _, raw := range g.progress {
		f.Progress = append(f.Progress, data.ProgressUpdate{})
		u := &f.Progress[len(f.Progress)-1]
		if _, err := openSigned(s, s.progress, raw, "progress update", func() error { return decodeStrict(raw, u) }, &u.ReviewerID); err != nil {
			return err
		}
	}
	return nil
}

// openSigned checks that the seal lists raw, a record of the kind named
// what, decodes it (decode, the strict decoder's reading), and checks that
// its reviewer (*reviewer, a field of what decode fills) is the seal's.
// asIs tells whether raw is listed as it is written.
func openSigned(s *Seal, set map[[sha256.Size]byte]bool, raw []byte, what string, decode func() error, reviewer *string) (asIs bool, err error) {
	ok, asIs := s.coversAs(set, raw)
	if !ok {
		return false, fmt.Errorf("%w: a %s of %s is not the one signed", ErrForged, what, who(s.Reviewer))
	}
	if err := decode(); err != nil {
		return false, fmt.Errorf("%w: a %s of %s: %v", ErrInvalid, what, who(s.Reviewer), err)
	}
	if *reviewer != s.Reviewer.ID {
		return false, fmt.Errorf("%w: %s signed a %s in the name of %s", ErrForged, who(s.Reviewer), what, data.CleanName(*reviewer))
	}
	return asIs, nil
}

// decodeUnread decodes raw into v, a zero record, by rd, unless it was
// read by hand with its list (vals): v holds it already.
func decodeUnread[T any](rd *recordReader, raw []byte, v *T, vals []T) error {
	if vals != nil {
		return nil
	}
	return rd.decodeRecord(raw, v)
}

// maxReusable bounds the records stored as the file holds them: a real
// record is far smaller, a longer one (a long note) is encoded again.
const maxReusable = 4 << 10

// reusable returns raw when the store can keep it as it is: signed as it
// stands (Encode writes records compact, one a line; a record re-indented
// by hand is encoded again), decoded strictly, so encoding/json reads it
// as it was checked, and not over maxReusable. A history entry must name
// no source: the merge adds it.
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
	covered := f.coveredBySeal
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

// coveredBySeal reports whether a record v of reviewer id may be relayed:
// the exporter's own, or listed by the reviewer's seal over this report's
// text (a seal over another form of it is not relayed in this one).
func (f *File) coveredBySeal(id string, v any, set func(*Seal) map[[sha256.Size]byte]bool) bool {
	if id == f.Exporter.ID {
		return true
	}
	s, ok := f.Seals[id]
	if !ok || s.fingerprint != f.Fingerprint {
		return false
	}
	raw, err := json.Marshal(v)
	if err != nil {
		return false
	}
	return s.covers(set(&s), raw)
}
