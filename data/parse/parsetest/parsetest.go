// Package parsetest reads real report files through the importer, as an
// import does, for the tests of the packages that work on reports.
package parsetest

import (
	"os"
	"path/filepath"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/ingest"
	"pledgereview/data/parse"
)

// Report reads the report file at path (any form the importer reads)
// under the id given.
func Report(t testing.TB, path, id string) *data.Report {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Read(path, raw)
	if err != nil {
		t.Fatal(err)
	}
	r, err := parse.Parse(doc.Text(), parse.Options{ID: id, SetAside: doc.SetAside, Format: doc.Format})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Corpus reads the report rel of ../shared/corpus under the id given.
func Corpus(t testing.TB, rel, id string) *data.Report {
	t.Helper()
	return Report(t, filepath.Join(datatest.CorpusDir(t), rel), id)
}
