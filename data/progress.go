package data

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// ProgressUpdate is one reading of how far a pledge has come: the value a
// numeric target had reached on a date, or, with Target 0, the completion
// share of a pledge (0–100) with the reason for it. Updates form a time
// series and are never overwritten: a correction is a newer update.
type ProgressUpdate struct {
	PledgeID   string `json:"pledge"`
	ReviewerID string `json:"reviewer"`
	// Target is the number of the target on the pledge, 1 for the first,
	// as the detail and `list` show it; 0 is the whole pledge's share.
	Target int     `json:"target"`
	Value  float64 `json:"value"`
	AsOf   string  `json:"as_of"` // YYYY-MM-DD the value is as of
	Reason string  `json:"reason,omitempty"`
	// Source is where the value comes from, like evidence: text, link, date.
	Source   Evidence `json:"source"`
	Recorded HLC      `json:"recorded"`
}

// DateLayout is how dates are written in the workspace and its files.
const DateLayout = "2006-01-02"

// Validate checks an update on its own; the store checks the pledge and
// its number of targets.
func (u *ProgressUpdate) Validate() error {
	if u.PledgeID == "" || u.ReviewerID == "" {
		return fmt.Errorf("a progress update needs a pledge and a reviewer")
	}
	if strings.ContainsRune(u.PledgeID, 0) || strings.ContainsRune(u.ReviewerID, 0) {
		return fmt.Errorf("progress ids may not hold a NUL character")
	}
	if n := len(u.Source.Text + u.Source.Link + u.Source.Date); n > MaxEvidenceRunes && utf8.RuneCountInString(u.Source.Text+u.Source.Link+u.Source.Date) > MaxEvidenceRunes {
		return fmt.Errorf("%w: the source of a progress update is over %d characters", ErrTooLong, MaxEvidenceRunes)
	}
	if len(u.Reason) > MaxEvidenceRunes && utf8.RuneCountInString(u.Reason) > MaxEvidenceRunes {
		return fmt.Errorf("%w: the reason of a progress update is over %d characters", ErrTooLong, MaxEvidenceRunes)
	}
	return u.checkValue()
}

// checkValue checks what the CLI and the form take: number, value, date.
func (u *ProgressUpdate) checkValue() error {
	if u.Target < 0 {
		return fmt.Errorf("target number %d: targets are numbered from 1 (0 is the whole pledge)", u.Target)
	}
	if math.IsNaN(u.Value) || math.IsInf(u.Value, 0) {
		return fmt.Errorf("progress value is not a number")
	}
	if u.Target == 0 && (u.Value < 0 || u.Value > 100) {
		return fmt.Errorf("a completion share is 0 to 100, not %s", strconv.FormatFloat(u.Value, 'f', -1, 64))
	}
	if _, err := time.Parse(DateLayout, u.AsOf); err != nil {
		return fmt.Errorf("progress date %q is not a date like 2021-09-30", u.AsOf)
	}
	return nil
}

// HasUnsafeText reports whether CleanProgressText would change u.
func (u *ProgressUpdate) HasUnsafeText() bool {
	return !isClean(u.Reason) || !isClean(u.Source.Text) || !isClean(u.Source.Link) || !isClean(u.Source.Date)
}

// CleanProgressText removes control characters and bidi overrides from
// the texts of an update that came in a file, as CleanReviewText does.
func (u *ProgressUpdate) CleanProgressText() {
	u.Reason = CleanText(u.Reason)
	u.Source.Text, u.Source.Link, u.Source.Date = CleanText(u.Source.Text), CleanLine(u.Source.Link), CleanLine(u.Source.Date)
}

// Label is the update in the form the CLI takes: N=VALUE@DATE.
func (u ProgressUpdate) Label() string {
	return fmt.Sprintf("%d=%s@%s", u.Target, strconv.FormatFloat(u.Value, 'f', -1, 64), u.AsOf)
}

// progressKey orders updates by pledge, reviewer, date, clock and target,
// so that a cursor walks each reviewer's series in time order; it is also
// the identity of an update in a merge.
func progressKey(u ProgressUpdate) []byte {
	return fmt.Appendf(nil, "%s\x00%s\x00%s\x00%016x%08x%s\x00%04d",
		u.PledgeID, u.ReviewerID, u.AsOf, uint64(u.Recorded.Wall), u.Recorded.Logical, u.Recorded.Node, u.Target)
}

// ProgressKey is the identity of an update in a merge: two updates with
// the same pledge, reviewer, target, date and clock are one.
func ProgressKey(u ProgressUpdate) string { return string(progressKey(u)) }

// SortProgress orders updates as the store keeps them.
func SortProgress(ups []ProgressUpdate) {
	sort.SliceStable(ups, func(i, j int) bool {
		return string(progressKey(ups[i])) < string(progressKey(ups[j]))
	})
}

// LatestProgress returns the newest update of each target in ups (by
// date, then by when it was recorded), keyed by target number.
func LatestProgress(ups []ProgressUpdate) map[int]ProgressUpdate {
	out := map[int]ProgressUpdate{}
	for _, u := range ups {
		old, ok := out[u.Target]
		if !ok || u.AsOf > old.AsOf || (u.AsOf == old.AsOf && u.Recorded.Compare(old.Recorded) > 0) {
			out[u.Target] = u
		}
	}
	return out
}

// ParseProgress reads the CLI form N=VALUE@YYYY-MM-DD|source text|link|date.
// A percent sign after the value is allowed; thousands separators too.
func ParseProgress(s string) (ProgressUpdate, error) {
	head, src, _ := strings.Cut(s, "|")
	n, rest, ok := strings.Cut(head, "=")
	if !ok {
		return ProgressUpdate{}, fmt.Errorf("progress %q: want N=VALUE@YYYY-MM-DD, such as 1=3800@2021-09-30", s)
	}
	val, date, ok := strings.Cut(rest, "@")
	if !ok {
		return ProgressUpdate{}, fmt.Errorf("progress %q: the date is missing (N=VALUE@YYYY-MM-DD)", s)
	}
	target, err := strconv.Atoi(strings.TrimSpace(n))
	if err != nil {
		return ProgressUpdate{}, fmt.Errorf("progress %q: %q is not a target number", s, n)
	}
	clean := strings.NewReplacer(",", "", "，", "", "%", "", "％", "").Replace(strings.TrimSpace(val))
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		return ProgressUpdate{}, fmt.Errorf("progress %q: %q is not a number", s, val)
	}
	u := ProgressUpdate{Target: target, Value: v, AsOf: strings.TrimSpace(date)}
	if src != "" {
		parts := strings.SplitN(src, "|", 3)
		for len(parts) < 3 {
			parts = append(parts, "")
		}
		u.Source = Evidence{Text: parts[0], Link: parts[1], Date: parts[2]}
		if u.Target == 0 {
			u.Reason = parts[0]
		}
	}
	if err := u.checkValue(); err != nil {
		return ProgressUpdate{}, fmt.Errorf("progress %q: %w", s, err)
	}
	return u, nil
}
