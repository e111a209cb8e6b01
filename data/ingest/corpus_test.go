package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/datatest"
)

// corpusDir is datatest.CorpusDir: the real reports of ../shared/corpus.
func corpusDir(t testing.TB) string { return datatest.CorpusDir(t) }

// corpusFiles lists the files of one corpus folder with the given suffix.
func corpusFiles(t testing.TB, folder, suffix string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(corpusDir(t), folder, "*"+suffix))
	if err != nil || len(m) == 0 {
		t.Fatalf("no %s files in %s: %v", suffix, folder, err)
	}
	return m
}

func readFile(t testing.TB, path string) *Document {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(path, raw)
	if err != nil {
		t.Fatalf("%s: %v", filepath.Base(path), err)
	}
	return d
}

// province names the report of a corpus file: 广东 from 2025年广东省政府工作报告.pdf.
func province(path string) string {
	b := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(b, "2025年"), "政府工作报告"), "省")
}

// nonSpace returns s without white space.
func nonSpace(s string) string {
	return strings.Join(strings.Fields(s), "")
}
