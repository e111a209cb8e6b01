package workspace

import (
	"bytes"
	"fmt"
	"os"
	"unicode/utf8"

	"pledgereview/data"
	"pledgereview/data/parse"
)

// MaxReportSize bounds a report text file; real reports are well under 1 MB.
const MaxReportSize = 16 << 20

// ReadReportText reads a report text file and checks that it is UTF-8 text.
func ReadReportText(path string) (string, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return "", fmt.Errorf("read report %s: %w", path, err)
	}
	if fi.IsDir() {
		return "", fmt.Errorf("read report %s: it is a folder, not a text file", path)
	}
	if fi.Size() > MaxReportSize {
		return "", fmt.Errorf("read report %s: the file is %d MB, more than a report can be (%d MB)", path, fi.Size()>>20, MaxReportSize>>20)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read report %s: %w", path, err)
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(raw) || bytes.IndexByte(raw, 0) >= 0 {
		return "", fmt.Errorf("read report %s: the file is not UTF-8 text (save it as UTF-8 and try again)", path)
	}
	return string(raw), nil
}

// ParseReportFile reads and parses a report file; id "" takes it from the file name.
func ParseReportFile(path, id string) (*data.Report, error) {
	text, err := ReadReportText(path)
	if err != nil {
		return nil, err
	}
	if id == "" {
		id = parse.IDFromFileName(path)
	}
	r, err := parse.Parse(text, parse.Options{ID: id})
	if err != nil {
		return nil, fmt.Errorf("parse report %s: %w", path, err)
	}
	return r, nil
}
