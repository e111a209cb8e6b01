package briefing

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
)

// TableFile is the spreadsheet of a report for a file named name: XLSX, or
// CSV when the name ends in .csv; its own words are in the language l.
func TableFile(name string, in Input, l Language) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		err = WriteCSV(&buf, in, l)
	case ".xlsx":
		err = WriteXLSX(&buf, in, l)
	default:
		return nil, fmt.Errorf("export table %s: the file name must end in .xlsx or .csv", name)
	}
	if err != nil {
		return nil, fmt.Errorf("export table %s: %w", name, err)
	}
	return buf.Bytes(), nil
}
