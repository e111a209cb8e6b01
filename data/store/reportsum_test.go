package store_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"pledgereview/data"
	"pledgereview/data/store"
)

// A bit flipped inside a stored report's text still decodes as JSON: the
// report would open with a pledge that reads otherwise than imported. Each
// flip of the report's bytes either leaves the report as it was or is
// reported as damage; none opens with other text.
func TestBitFlipsInAReportAreNeverSilent(t *testing.T) {
	dir := t.TempDir()
	path := realWorkspace(t, dir)
	want := reportText(t, path)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The report's text lies around its first pledge's words.
	at := bytes.Index(raw, []byte(`"text":"`))
	if at < 0 {
		t.Fatal("no report text in the file")
	}
	copyPath := filepath.Join(dir, "flipped.pledgereview")
	reported := 0
	for i := range 300 {
		flipped := append([]byte(nil), raw...)
		flipped[at+8+i*7] ^= 1 << (i % 7)
		if err := os.WriteFile(copyPath, flipped, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := store.Open(copyPath, store.Options{NoSync: true})
		if err == nil {
			var r *data.Report
			if r, err = s.Report(want.ID); err == nil && !sameText(r, want) {
				t.Fatalf("byte %d flipped: the report opens with other text and no word of damage", at+8+i*7)
			}
			s.Close()
		}
		if err != nil {
			if !errors.Is(err, data.ErrDamaged) {
				t.Fatalf("byte %d flipped: %v", at+8+i*7, err)
			}
			reported++
		}
	}
	if reported == 0 {
		t.Fatal("no flip was reported: the flips missed the report")
	}
}

func reportText(t *testing.T, path string) *data.Report {
	t.Helper()
	s, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	reports, err := s.Reports()
	if err != nil || len(reports) != 1 {
		t.Fatalf("%d reports, %v", len(reports), err)
	}
	r, err := s.Report(reports[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func sameText(a, b *data.Report) bool {
	pa, pb := a.Pledges(), b.Pledges()
	if a.Title != b.Title || len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		if pa[i].Text != pb[i].Text || pa[i].ID != pb[i].ID {
			return false
		}
	}
	return true
}
