package data

import (
	"fmt"
	"strings"
	"time"
)

// Reviewer is a person who reviews; the id is random and made once per
// installation, the name is only for display.
type Reviewer struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Evidence supports a status: what was seen, an optional link, a date.
type Evidence struct {
	Text string `json:"text"`
	Link string `json:"link,omitempty"`
	Date string `json:"date,omitempty"`
}

// Review is one reviewer's judgement of one pledge. Scores maps a rubric
// criterion id to a level 0..4; a criterion absent from the map is not scored.
type Review struct {
	PledgeID   string         `json:"pledge"`
	ReviewerID string         `json:"reviewer"`
	Scores     map[string]int `json:"scores,omitempty"`
	Status     Status         `json:"status"`
	LeadUnit   string         `json:"lead_unit,omitempty"`
	Tags       []string       `json:"tags,omitempty"`
	Flag       bool           `json:"flag,omitempty"`
	Note       string         `json:"note,omitempty"`
	Evidence   []Evidence     `json:"evidence,omitempty"`
	Updated    HLC            `json:"updated"`
}

// NewReview returns the empty review of a pledge by a reviewer.
func NewReview(pledgeID, reviewerID string) Review {
	return Review{PledgeID: pledgeID, ReviewerID: reviewerID, Status: NotRated}
}

// MaxScore is the highest rubric level; levels run 0..MaxScore.
const MaxScore = 4

// Reviewed reports whether the review holds a judgement: a score or a
// delivery status. A flag, a note, tags, a lead unit or evidence alone do
// not make a pledge reviewed: a flag asks for a discussion, it is no verdict.
func (r *Review) Reviewed() bool {
	return len(r.Scores) > 0 || (r.Status != NotRated && r.Status != "")
}

// HasContent reports whether the review holds anything a reader would want
// to see, judgement or not.
func (r *Review) HasContent() bool {
	return r.Reviewed() || r.Flag || r.Note != "" || r.LeadUnit != "" || len(r.Tags) > 0 || len(r.Evidence) > 0
}

// Average returns the mean of the scored criteria and whether any was scored.
func (r *Review) Average() (float64, bool) {
	if len(r.Scores) == 0 {
		return 0, false
	}
	sum := 0
	for _, v := range r.Scores {
		sum += v
	}
	return float64(sum) / float64(len(r.Scores)), true
}

// Clone returns a deep copy, so a caller may change it freely.
func (r Review) Clone() Review {
	if r.Scores != nil {
		s := make(map[string]int, len(r.Scores))
		for k, v := range r.Scores {
			s[k] = v
		}
		r.Scores = s
	}
	r.Tags = append([]string(nil), r.Tags...)
	r.Evidence = append([]Evidence(nil), r.Evidence...)
	return r
}

// Validate checks the review against a rubric.
func (r *Review) Validate(rb Rubric) error {
	if r.PledgeID == "" || r.ReviewerID == "" {
		return fmt.Errorf("review needs a pledge and a reviewer")
	}
	if strings.ContainsRune(r.PledgeID, 0) || strings.ContainsRune(r.ReviewerID, 0) {
		return fmt.Errorf("review ids may not hold a NUL character")
	}
	for k, v := range r.Scores {
		if rb.Criterion(k) == nil {
			return fmt.Errorf("unknown rubric criterion %q", k)
		}
		if v < 0 || v > MaxScore {
			return fmt.Errorf("score %s=%d is out of range 0-%d", k, v, MaxScore)
		}
	}
	if r.Status != "" && !r.Status.Valid() {
		return fmt.Errorf("unknown status %q", r.Status)
	}
	return r.checkLengths()
}

// HLC is a hybrid logical clock: wall time in milliseconds, a counter for
// events within one millisecond, and the node (reviewer) that made it.
type HLC struct {
	Wall    int64  `json:"wall"`
	Logical uint32 `json:"logical"`
	Node    string `json:"node"`
}

// Compare orders clocks: -1 if c is older than o, 0 if equal, 1 if newer.
func (c HLC) Compare(o HLC) int {
	switch {
	case c.Wall != o.Wall:
		return cmpInt(c.Wall, o.Wall)
	case c.Logical != o.Logical:
		return cmpInt(int64(c.Logical), int64(o.Logical))
	default:
		return strings.Compare(c.Node, o.Node)
	}
}

// IsZero reports whether the clock was never set.
func (c HLC) IsZero() bool { return c.Wall == 0 && c.Logical == 0 }

// Time returns the wall part of the clock.
func (c HLC) Time() time.Time { return time.UnixMilli(c.Wall) }

// MaxLogical is the highest logical counter a clock may hold. The counter
// only counts saves within one millisecond of wall time, so a real clock
// stays far below it; a record above it is refused, and Next moves the wall
// part on rather than count past it, so the counter can never wrap.
const MaxLogical = 1 << 20

// Next returns a clock newer than both c and every clock seen so far (last),
// at wall time now.
func Next(last HLC, now time.Time, node string) HLC {
	ms := now.UnixMilli()
	if ms > last.Wall {
		return HLC{Wall: ms, Node: node}
	}
	if last.Logical >= MaxLogical {
		return HLC{Wall: last.Wall + 1, Node: node}
	}
	return HLC{Wall: last.Wall, Logical: last.Logical + 1, Node: node}
}

func cmpInt(a, b int64) int {
	if a < b {
		return -1
	}
	return 1
}

// FieldChange is one field of a review that a save changed.
type FieldChange struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// HistoryEntry records one save of a review: who, when, what changed.
type HistoryEntry struct {
	PledgeID   string        `json:"pledge"`
	ReviewerID string        `json:"reviewer"`
	At         HLC           `json:"at"`
	Changes    []FieldChange `json:"changes"`
	Source     string        `json:"source,omitempty"` // "" for a local edit, else the merged file
}
