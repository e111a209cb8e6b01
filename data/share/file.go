// Package share reads and writes review files, the JSON files colleagues
// exchange, and plans how one is merged into a workspace. It is pure: it takes
// bytes and domain values and does no file or database I/O.
package share

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"pledgereview/data"
)

// FormatV1 is the format of the unsigned review files of the first
// version; they are read, and merged only when the user accepts them.
const FormatV1 = "pledge-review/1"

// FormatV2 is the format of the signed review files this package writes.
const FormatV2 = "pledge-review/2"

const formatPrefix = "pledge-review/"

// MaxFileSize is the largest review file accepted, in bytes.
const MaxFileSize = 64 << 20

// MaxReviewersPerFile caps the reviewers one file carries: a team is far
// smaller, and each reviewer costs every later view and export.
const MaxReviewersPerFile = 500

// maxSealSize caps one reviewer's seal: its digests, one per record
// sealed, hold 90,000 records (18 colleagues reviewing 5,000 pledges); a
// larger seal would only grow the workspace, which keeps the seals.
const maxSealSize = 4 << 20

// Refusals of Decode and Plan; test with errors.Is. The wrapped message says
// what exactly is wrong.
var (
	ErrNotReviewFile = errors.New("not a review file")
	ErrDamaged       = errors.New("the review file is damaged")
	ErrNewerFormat   = errors.New("the review file comes from a newer version of Pledge Review")
	ErrTooLarge      = errors.New("the review file is too large")
	ErrInvalid       = errors.New("the review file holds an invalid record")
	ErrWrongReport   = errors.New("the review file is for another report")
	// ErrOtherVersion comes with ErrWrongReport for a file of the same
	// report id whose text differs.
	ErrOtherVersion = errors.New("another version of the report")
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
	// Checksum is set by Decode for an unsigned file (format 1).
	Checksum string
	// Signed is set by Decode for a signed file (format 2), whose Seals
	// hold every reviewer's signature by reviewer id. Encode signs the
	// exporter's records itself and relays other reviewers' records with
	// their seals here.
	Signed bool
	Seals  map[string]Seal
	// Content and Anchors say what the report's text is and where each
	// reviewed pledge lies in it, so that a colleague holding the report
	// in another form can place the records by text (see anchors.go).
	// They are not signed: they guide where a record is shown, never what
	// it says. Files of older versions have neither.
	Content *Content
	Anchors map[string]Anchor
	// Relayed are colleagues' records the file relays as their authors
	// signed them on another form of the report (see relay.go): each one
	// reviewer's records under their seal, as a file of that form.
	Relayed []File

	// reviewsJSON and historyJSON hold, by index, the signed JSON of a record
	// when it can be stored as it is (see reusable); Decode sets them.
	reviewsJSON, historyJSON [][]byte
	// from and progressFrom hold, by index, where a review or progress
	// update of a file placed by text (see placeFile) was in the file
	// decoded.
	from, progressFrom []int
	// progressJSON holds, by index, the signed JSON of the progress
	// updates of a relayed group built by RelayedFile.
	progressJSON [][]byte
	// checks is what Precheck found of the reviews.
	checks *recordChecks
}

func (f *File) rawProgress(i int) []byte {
	if i < len(f.progressJSON) {
		return f.progressJSON[i]
	}
	return nil
}

func (f *File) rawReview(i int) []byte {
	if i < len(f.reviewsJSON) {
		return f.reviewsJSON[i]
	}
	return nil
}

func (f *File) rawHistory(i int) []byte {
	if i < len(f.historyJSON) {
		return f.historyJSON[i]
	}
	return nil
}

// Encode validates f and returns the signed review file (format 2): the
// records grouped by reviewer, the exporter's signed with key, every other
// reviewer's relayed under the seal in f.Seals that lists them
// (ErrUnsealed when none does; see KeepSealed). A file over MaxFileSize is
// refused with ErrTooLarge, as Decode would refuse it.
func Encode(f File, key ed25519.PrivateKey) ([]byte, error) {
	if err := Validate(f); err != nil {
		return nil, err
	}
	groups, err := sealGroups(f, key)
	if err != nil {
		return nil, fmt.Errorf("encode review file: %w", err)
	}
	out, err := writeV2(f, groups)
	if err != nil {
		return nil, fmt.Errorf("encode review file: %w", err)
	}
	if len(out) > MaxFileSize {
		return nil, fmt.Errorf("%w: it would be %d MB, over the %d MB a colleague's merge accepts; export your own reviews only, or fewer reviewers",
			ErrTooLarge, len(out)>>20, MaxFileSize>>20)
	}
	return out, nil
}

// Read reads a whole review file from r, refusing one over MaxFileSize
// without reading further, and decodes it.
func Read(r io.Reader) (File, error) {
	b, err := readAll(io.LimitReader(r, MaxFileSize+1), sizeHint(r))
	if err != nil {
		return File{}, fmt.Errorf("read review file: %w", err)
	}
	return decode(b, true, true)
}

// readAll is io.ReadAll starting with room for size bytes.
func readAll(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, size)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// sizeHint is the room to read r into at once: an open file's size (a
// byte more, to see the end), else bytes.Buffer's own start.
func sizeHint(r io.Reader) int64 {
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() <= MaxFileSize {
			return fi.Size() + 1
		}
	}
	return 512
}

// wireAny is either format: a file is read once, then checked as its
// format says.
type wireAny struct {
	payload
	wireText
	Checksum string        `json:"checksum"`
	Groups   []wireGroup   `json:"groups"`
	Relayed  []wireRelayed `json:"relayed,omitempty"`
}

// Decode parses, verifies and validates a review file: a signed file
// (format 2) group by group against its seals, an unsigned one (format 1)
// against its checksum.
func Decode(b []byte) (File, error) { return decode(b, true, false) }

// decode is Decode, with the lists of records of the groups read by hand
// where it can, or (byHand false) all by the strict decoder: both read
// every file the same, the first faster. When the caller lets go of b
// (owned), the decoded file keeps parts of it rather than copies.
func decode(b []byte, byHand, owned bool) (File, error) {
	if len(b) > MaxFileSize {
		return File{}, fmt.Errorf("%w: over %d MB", ErrTooLarge, MaxFileSize>>20)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) // a BOM some editors add
	w, hand, err := decodeTop(b, byHand, owned)
	if err != nil {
		return File{}, classify(b, err)
	}
	if err := checkFormat(w.Format); err != nil {
		return File{}, err
	}
	if n := max(len(w.Groups), len(w.Reviewers)); n > MaxReviewersPerFile {
		return File{}, fmt.Errorf("%w: it carries the reviews of %d reviewers, more than the %d a review file may carry", ErrInvalid, n, MaxReviewersPerFile)
	}
	var f File
	if w.Format == FormatV1 {
		f, err = decodeV1(&wire{payload: w.payload, Checksum: w.Checksum})
	} else {
		f, err = decodeV2(&w, hand)
	}
	if err != nil {
		return File{}, err
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
	if format == FormatV1 || format == FormatV2 || format == FormatV3 {
		return nil
	}
	rest, ok := strings.CutPrefix(format, formatPrefix)
	if v, err := strconv.Atoi(rest); ok && err == nil && v > 3 {
		return fmt.Errorf("%w: format %q, this version reads %q", ErrNewerFormat, format, FormatV3)
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
