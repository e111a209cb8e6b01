package workspace

import (
	"bytes"
	"errors"
)

// Files Pledge Review makes itself are no reports: a briefing pack read as
// one would become a report of its own pledges and scores.
var (
	// ErrOwnPack is a briefing pack made by Pledge Review.
	ErrOwnPack = errors.New("this is a briefing pack made by Pledge Review, not a report: import the report it was made from")
	// ErrOwnReviewFile is a review file made by Pledge Review.
	ErrOwnReviewFile = errors.New("this is a review file made by Pledge Review, not a report: merge it with File › Merge a colleague's file…")
)

// packCreators are how a pack's PDF names its creator: fpdf writes the
// Creator as UTF-16 (big-endian, with its mark) or as plain text.
var packCreators = [][]byte{
	[]byte("Pledge Review"),
	{0xfe, 0xff, 0, 'P', 0, 'l', 0, 'e', 0, 'd', 0, 'g', 0, 'e', 0, ' ', 0, 'R', 0, 'e', 0, 'v', 0, 'i', 0, 'e', 0, 'w'},
}

// ownFile tells whether raw is a file Pledge Review made: a briefing pack
// (a PDF whose Creator is Pledge Review) or a review file (JSON whose
// format is "pledge-review/N").
func ownFile(raw []byte) error {
	if bytes.HasPrefix(raw, []byte("%PDF")) {
		for _, c := range packCreators {
			if i := bytes.Index(raw, []byte("/Creator")); i >= 0 && bytes.Contains(raw[i:min(len(raw), i+80)], c) {
				return ErrOwnPack
			}
		}
		return nil
	}
	head := raw[:min(len(raw), 4096)]
	if bytes.HasPrefix(bytes.TrimSpace(head), []byte("{")) && bytes.Contains(head, []byte(`"pledge-review/`)) {
		return ErrOwnReviewFile
	}
	return nil
}
