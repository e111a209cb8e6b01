package share

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"pledgereview/data"
)

// payload is everything the checksum covers, in file order.
type payload struct {
	Format      string              `json:"format"`
	ReportID    string              `json:"report_id"`
	Fingerprint string              `json:"fingerprint"`
	ReportTitle string              `json:"report_title"`
	Exporter    data.Reviewer       `json:"exporter"`
	Exported    string              `json:"exported"`
	Rubric      data.Rubric         `json:"rubric"`
	Reviewers   []data.Reviewer     `json:"reviewers"`
	Reviews     []data.Review       `json:"reviews"`
	History     []data.HistoryEntry `json:"history"`
	// Progress is optional: a file without updates has no "progress" key,
	// so the checksum of a file written before progress existed holds.
	Progress []data.ProgressUpdate `json:"progress,omitempty"`
}

type wire struct {
	payload
	Checksum string `json:"checksum"`
}

// checksum is the lowercase hex SHA-256 of json.Marshal(p): the compact
// encoding/json form of the payload struct (fields in declaration order, map
// keys sorted, HTML escaping on). The indentation of the file is not covered,
// so re-indenting a file keeps it valid; changing any value does not.
func checksum(p *payload) (string, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// EncodeV1 writes f as an unsigned file of the first version (format 1),
// the only format a colleague still on that version can read. Progress
// updates, when f has any, go in the optional top-level "progress" list
// that builds between the two formats wrote; a first-version build
// without progress reads only a file without them.
func EncodeV1(f File) ([]byte, error) {
	if err := Validate(f); err != nil {
		return nil, err
	}
	w := wire{payload: payload{
		Format:      FormatV1,
		ReportID:    f.ReportID,
		Fingerprint: f.Fingerprint,
		ReportTitle: f.ReportTitle,
		Exporter:    f.Exporter,
		Exported:    f.Exported.UTC().Format(time.RFC3339Nano),
		Rubric:      f.Rubric,
		Reviewers:   nonNil(f.Reviewers),
		Reviews:     nonNil(f.Reviews),
		History:     nonNil(f.History),
		Progress:    f.Progress,
	}}
	sum, err := checksum(&w.payload)
	if err != nil {
		return nil, fmt.Errorf("encode review file: %w", err)
	}
	w.Checksum = sum
	b, err := json.MarshalIndent(&w, "", "\t")
	if err != nil {
		return nil, fmt.Errorf("encode review file: %w", err)
	}
	return append(b, '\n'), nil
}

// decodeV1 checks an unsigned file of the first version against its checksum.
func decodeV1(w *wire) (File, error) {
	if w.Checksum == "" {
		return File{}, fmt.Errorf("%w: it has no checksum", ErrDamaged)
	}
	sum, err := checksum(&w.payload)
	if err != nil {
		return File{}, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if !strings.EqualFold(sum, w.Checksum) {
		return File{}, fmt.Errorf("%w: the checksum does not match the content", ErrDamaged)
	}
	exported, err := time.Parse(time.RFC3339Nano, w.Exported)
	if err != nil {
		return File{}, fmt.Errorf("%w: export time %q is not an RFC 3339 time", ErrInvalid, w.Exported)
	}
	f := File{
		ReportID:    w.ReportID,
		Fingerprint: w.Fingerprint,
		ReportTitle: w.ReportTitle,
		Rubric:      w.Rubric,
		Reviewers:   nilIfEmpty(w.Reviewers),
		Reviews:     nilIfEmpty(w.Reviews),
		History:     nilIfEmpty(w.History),
		Progress:    nilIfEmpty(w.Progress),
		Exporter:    w.Exporter,
		Exported:    exported.UTC(),
		Checksum:    sum,
	}
	for i := range f.Reviews {
		normalise(&f.Reviews[i])
	}
	return f, nil
}

// normalise gives a decoded review the shape Encode's reviews have (its
// encoding stays the same: the lists are omitted when empty).
func normalise(r *data.Review) {
	if len(r.Scores) == 0 {
		r.Scores = nil
	}
	r.Tags = nilIfEmpty(r.Tags)
	r.Evidence = nilIfEmpty(r.Evidence)
}
