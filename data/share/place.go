package share

import "pledgereview/data"

// Placement is how the records of a file found their pledges in the
// workspace: by id (the same report text, or the same pledge under the same
// id), by text (the same report in another form or version: aligned), or
// not at all (kept apart, see Unplaced).
type Placement struct {
	ByID, ByText int
	// Changed are the local pledges a record was placed on whose text
	// differs from the pledge it was written for: to be looked at.
	Changed []Key
	// Similarity is the share of sentences aligned, 1 for the same text.
	Similarity float64
	// OtherText is set for a file of another form or version of the
	// report: its records were placed by text where their ids did not do.
	OtherText bool
}

// Unplaced is a record that found no pledge in the workspace: it is kept
// as the author wrote it, with what the file said of its pledge, and placed
// again when a later report or correction makes it fit.
type Unplaced struct {
	Review      data.Review
	Anchor      Anchor
	ReportID    string
	Fingerprint string // of the report form the record was written on
}

// UnplacedKey names an unplaced record: one per author, pledge and form.
func (u Unplaced) UnplacedKey() string {
	return u.ReportID + "\x00" + u.Fingerprint + "\x00" + u.Review.PledgeID + "\x00" + u.Review.ReviewerID
}

// placeFile checks that f is for the workspace's report and returns it
// with its records on the workspace's pledges: f itself when it names the
// report by its id here and the texts are the same, else a copy whose
// records were placed by their pledges' text, those that could not be
// placed left out and returned. A report is its content: a file naming it
// by another id is for it when its text is the same (see SameContent), and
// its records are then placed as those of another form.
func placeFile(ws Workspace, f File) (File, Placement, []Unplaced, error) {
	sameID := f.ReportID == ws.ReportID
	if sameID && f.Fingerprint == ws.Fingerprint {
		return f, Placement{ByID: len(f.Reviews), Similarity: 1}, nil, nil
	}
	if f.Content == nil || ws.Form == nil {
		return File{}, Placement{}, nil, mismatch(f, ws, -1)
	}
	al := Align(*f.Content, ws.Form.Content)
	if sim := al.Similarity(); sim < SameReportAt {
		return File{}, Placement{}, nil, mismatch(f, ws, sim)
	}
	pl := placer{ws: ws, f: f, al: al, to: map[string]Mapped{}, lost: map[Key]bool{}}
	return pl.file()
}

// mismatch refuses f, not for the workspace's report: another report, or
// another version of it when it names it by its id; found is the share of
// its sentences found here, -1 when the texts could not be compared.
func mismatch(f File, ws Workspace, found float64) error {
	if f.ReportID == ws.ReportID {
		return &ReportMismatch{FileReport: f.ReportID, Found: found, Version: true}
	}
	return &ReportMismatch{FileReport: f.ReportID, Here: ws.ReportID, Found: found}
}

// SameContent tells whether a file's report, of content c, is the report
// of form fm: the same normalised text, or sentences aligned at
// SameReportAt or more. It gives the share of sentences aligned.
func SameContent(c Content, fm *Form) (float64, bool) {
	if fm == nil {
		return 0, false
	}
	sim := Align(c, fm.Content).Similarity()
	return sim, sim >= SameReportAt
}

// Mapped is where a pledge of one form of a report lies in another.
type Mapped struct {
	To      string // "" when it found no pledge
	ByText  bool   // found by aligning the texts, not by its id
	Changed bool   // its text changed (an edit, not a split or a join)
}

type placer struct {
	ws   Workspace
	f    File
	al   *Alignment
	to   map[string]Mapped // by the file's pledge id
	lost map[Key]bool      // the file's records left unplaced
}

// pledge places one pledge id of the file.
func (pl *placer) pledge(id string) Mapped {
	if p, ok := pl.to[id]; ok {
		return p
	}
	p := pl.find(id)
	pl.to[id] = p
	return p
}

func (pl *placer) find(id string) Mapped {
	a, ok := pl.f.Anchors[id]
	if !ok {
		return Mapped{}
	}
	return locate(id, a, pl.ws.Form, pl.al)
}

// locate finds the pledge of form to where a pledge (its id and anchor)
// of another form lies, al aligning the other form with to: the pledge of
// the same id when its text is the same, else the one that holds the most
// of its text, else (a sentence moved elsewhere, which no alignment in
// order finds) the one pledge with its text.
func locate(id string, a Anchor, to *Form, al *Alignment) Mapped {
	if mine, ok := to.Anchor(id); ok && mine.Hash == a.Hash {
		return Mapped{To: id}
	}
	if s, e, changed, ok := al.MapSpan(a.Start, a.End); ok {
		if best := to.covering(s, e); best != "" {
			return Mapped{To: best, ByText: true, Changed: changed}
		}
	}
	if best, ok := to.FindText(a.Text); ok {
		mine, _ := to.Anchor(best)
		return Mapped{To: best, ByText: true, Changed: mine.Hash != a.Hash}
	}
	return Mapped{}
}

// MapPledges maps pledges of one form of a report (ids, those with
// records) onto another, and gives the share of sentences aligned.
func MapPledges(from, to *Form, ids []string) (map[string]Mapped, float64) {
	al := Align(from.Content, to.Content)
	out := make(map[string]Mapped, len(ids))
	for _, id := range ids {
		if a, ok := from.Anchor(id); ok {
			out[id] = locate(id, a, to, al)
		}
	}
	return out, al.Similarity()
}

// file places every record of the file.
func (pl *placer) file() (File, Placement, []Unplaced, error) {
	f := pl.f
	out := f
	out.ReportID = pl.ws.ReportID // the records now lie on this report's pledges
	out.Reviews = make([]data.Review, 0, len(f.Reviews))
	out.reviewsJSON = make([][]byte, 0, len(f.Reviews))
	out.from = make([]int, 0, len(f.Reviews))
	res := Placement{Similarity: pl.al.Similarity(), OtherText: true}
	var unplaced []Unplaced
	taken := map[Key]bool{}
	for i, r := range f.Reviews {
		p := pl.pledge(r.PledgeID)
		k := Key{p.To, r.ReviewerID}
		if p.To == "" || taken[k] {
			// Two records of one reviewer on pledges joined in this
			// form: the first one takes the pledge, the other is kept.
			unplaced = append(unplaced, Unplaced{Review: r, Anchor: f.Anchors[r.PledgeID], ReportID: pl.ws.ReportID, Fingerprint: f.Fingerprint})
			pl.lost[KeyOf(r)] = true
			continue
		}
		taken[k] = true
		raw := f.rawReview(i)
		if p.To != r.PledgeID {
			r = r.Clone()
			r.PledgeID = p.To
			raw = nil
		}
		if p.ByText {
			res.ByText++
		} else {
			res.ByID++
		}
		if p.Changed {
			res.Changed = append(res.Changed, k)
		}
		out.Reviews = append(out.Reviews, r)
		out.reviewsJSON = append(out.reviewsJSON, raw)
		out.from = append(out.from, i)
	}
	out.History, out.historyJSON = pl.history()
	out.Progress, out.progressFrom = pl.progress()
	return out, res, unplaced, nil
}

// history moves the history entries of the placed records with them.
func (pl *placer) history() ([]data.HistoryEntry, [][]byte) {
	var hs []data.HistoryEntry
	var raws [][]byte
	for i, h := range pl.f.History {
		if pl.lost[Key{h.PledgeID, h.ReviewerID}] {
			continue
		}
		p := pl.pledge(h.PledgeID)
		if p.To == "" {
			continue
		}
		raw := pl.f.rawHistory(i)
		if p.To != h.PledgeID {
			h.PledgeID, raw = p.To, nil
		}
		hs = append(hs, h)
		raws = append(raws, raw)
	}
	return hs, raws
}

// progress moves the progress updates of placed pledges with them, and
// says where each was in the file.
func (pl *placer) progress() ([]data.ProgressUpdate, []int) {
	var us []data.ProgressUpdate
	var from []int
	for i, u := range pl.f.Progress {
		if p := pl.pledge(u.PledgeID); p.To != "" {
			u.PledgeID = p.To
			us = append(us, u)
			from = append(from, i)
		}
	}
	return us, from
}

// planUnplaced lists the unplaced records the workspace does not keep yet,
// leaving out those the merge would refuse wherever they were placed.
func (p *MergePlan) planUnplaced(ws Workspace, carried map[string]bool) {
	for _, u := range p.Unplaced {
		r := u.Review
		var why Reason
		var detail string
		switch {
		case !carried[r.ReviewerID]:
			why = NotCarried
		case p.Unsigned && (r.ReviewerID == ws.Me || ws.Keys[r.ReviewerID] != nil || data.IsKeyID(r.ReviewerID)):
			why = Unsigned
		case len(ws.Rubric.Criteria) > 0 && r.Validate(ws.Rubric) != nil:
			why, detail = BadRecord, r.Validate(ws.Rubric).Error()
		}
		if why != "" {
			p.Rejected = append(p.Rejected, Rejection{Key: KeyOf(r), Reason: why, Detail: detail})
			continue
		}
		if !ws.Unplaced[u.UnplacedKey()] {
			p.UnplacedWrites = append(p.UnplacedWrites, u)
		}
	}
}
