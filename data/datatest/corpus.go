package datatest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// NeedCorpus is the variable `make test` (and so .ci/run) sets: with it a
// missing corpus fails the corpus tests instead of skipping them, so that
// they cannot pass by not running.
const NeedCorpus = "PLEDGEREVIEW_NEED_CORPUS"

// CorpusDir returns the real reports of ../shared/corpus beside the module
// root. A missing corpus fails the test under `make test` (NeedCorpus set,
// or CI=true) and skips it in a bare `go test`.
func CorpusDir(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	need := os.Getenv(NeedCorpus) != "" || os.Getenv("CI") == "true"
	dir, err := corpusDir(wd)
	switch {
	case err != nil && need:
		t.Fatal(err)
	case err != nil:
		t.Skip(err)
	}
	return dir
}

// corpusDir finds ../shared/corpus beside the module root above wd.
func corpusDir(wd string) (string, error) {
	root := wd
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			return "", fmt.Errorf("no go.mod above %s", wd)
		}
		root = parent
	}
	corpus := filepath.Join(root, "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		return "", fmt.Errorf("the corpus tests need the real reports in ../shared/corpus beside the module (%s): %w", corpus, err)
	}
	return corpus, nil
}

// Forms2025 is the Word file and the PDF of one province's 2025 report in
// the corpus ("甘肃省", "北京市", "西藏"), for the tests of one report in
// two forms.
func Forms2025(t testing.TB, province string) (docx, pdf string) {
	t.Helper()
	corpus := CorpusDir(t)
	name := "2025年" + province + "政府工作报告"
	return filepath.Join(corpus, "provinces-2025", name+".docx"), filepath.Join(corpus, "provinces-2025-pdf", name+".pdf")
}
