// Package share reads and writes review files, the JSON files colleagues
// exchange, and plans how one is merged into a workspace. It is pure: it takes
// bytes and domain values and does no file or database I/O.
package share

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"pledgereview/data"
)

// FormatV1 is the format tag of the review files this package writes.
const FormatV1 = "pledge-review/1"

const formatPrefix = "pledge-review/"

// MaxFileSize is the largest review file accepted, in bytes.
const MaxFileSize = 64 << 20

// Refusals of Decode and Plan; test with errors.Is. The wrapped message says
// what exactly is wrong.
var (
	ErrNotReviewFile = errors.New("not a review file")
	ErrDamaged       = errors.New("the review file is damaged")
	ErrNewerFormat   = errors.New("the review file comes from a newer version of Pledge Review")
	ErrTooLarge      = errors.New("the review file is too large")
	ErrInvalid       = errors.New("the review file holds an invalid record")
	ErrWrongReport   = errors.New("the review file is for another report")
)

// File is the content of a review file.
type File struct {
	ReportID    string
	Fingerprint string
	ReportTitle string
	Rubric      data.Rubric
	Reviewers   []data.Reviewer
	Reviews     []data.Review
	History     []data.HistoryEntry
	Progress    []data.ProgressUpdate // see progress.go
	Exporter    data.Reviewer
	Exported    time.Time
	// Checksum is set by Decode; Encode ignores it and computes its own.
	Checksum string
}

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
	// Progress is optional: a file without updates has no "progress" key.
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

// Encode validates f and returns the indented JSON of the review file.
func Encode(f File) ([]byte, error) {
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

// Read reads a whole review file from r, refusing one over MaxFileSize
// without reading further, and decodes it.
func Read(r io.Reader) (File, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return File{}, fmt.Errorf("read review file: %w", err)
	}
	return Decode(b)
}

// Decode parses, verifies and validates a review file.
func Decode(b []byte) (File, error) {
	if len(b) > MaxFileSize {
		return File{}, fmt.Errorf("%w: over %d MB", ErrTooLarge, MaxFileSize>>20)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) // a BOM some editors add
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		return File{}, classify(b, err)
	}
	if err := checkFormat(w.Format); err != nil {
		return File{}, err
	}
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
		r := &f.Reviews[i]
		if len(r.Scores) == 0 {
			r.Scores = nil
		}
		r.Tags = nilIfEmpty(r.Tags)
		r.Evidence = nilIfEmpty(r.Evidence)
	}
	if err := Validate(f); err != nil {
		return File{}, err
	}
	return f, nil
}

// classify names the failure of a file that is not valid JSON of our shape:
// one that mentions our format is damaged (truncated, edited), one whose
// format tag is readable may be newer, anything else is not a review file.
func classify(b []byte, err error) error {
	var probe struct {
		Format string `json:"format"`
	}
	if json.Unmarshal(b, &probe) == nil && probe.Format != "" {
		if ferr := checkFormat(probe.Format); ferr != nil {
			return ferr
		}
		return fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if bytes.Contains(b, []byte(formatPrefix)) {
		return fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	return fmt.Errorf("%w: %v", ErrNotReviewFile, err)
}

func checkFormat(format string) error {
	if format == FormatV1 {
		return nil
	}
	rest, ok := strings.CutPrefix(format, formatPrefix)
	if v, err := strconv.Atoi(rest); ok && err == nil && v > 1 {
		return fmt.Errorf("%w: format %q, this version reads %q", ErrNewerFormat, format, FormatV1)
	}
	return fmt.Errorf("%w: format %q", ErrNotReviewFile, format)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
