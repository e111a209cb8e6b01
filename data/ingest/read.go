package ingest

import (
	"fmt"
	"path/filepath"
	"strings"
)

// MaxFileSize bounds the bytes of a report file of any format.
const MaxFileSize = 64 << 20

// Read reads the bytes of the file called name; the name's suffix chooses
// the format.
func Read(name string, raw []byte) (*Document, error) {
	base := filepath.Base(name)
	if len(raw) > MaxFileSize {
		return nil, fmt.Errorf("%s: %w (%d MB, the limit is %d MB)", base, ErrTooLarge, len(raw)>>20, MaxFileSize>>20)
	}
	var (
		d   *Document
		err error
	)
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", "":
		d, err = readText(raw)
	case ".pdf":
		d, err = readPDF(raw)
	case ".docx":
		d, err = readDocx(raw)
	case ".doc", ".wps":
		err = ErrWordDoc
	default:
		err = ErrUnknownFormat
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", base, err)
	}
	return d, nil
}
