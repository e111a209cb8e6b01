package parse

import (
	"os"
	"path/filepath"
	"testing"

	"pledgereview/data/datatest"
)

// TestReclassifyOldImport: a report stored before review chapters were
// classified (national 2022: its review of 2021 held as pledges) is found
// unclassified, and parsing it again gives the review as outcomes and the
// plan's pledges under their ids; a classified report is left alone.
func TestReclassifyOldImport(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(datatest.CorpusDir(t), "national/2022-state-council.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(string(raw), Options{ID: "2022-state-council"})
	if err != nil {
		t.Fatal(err)
	}
	r.Title = "我的标题"
	old := datatest.AsOldImport(r)
	if Unclassified(r) || !Unclassified(old) {
		t.Fatalf("unclassified: new %v, old %v", Unclassified(r), Unclassified(old))
	}
	if len(old.Outcomes()) != 0 || len(old.Pledges()) != len(r.Pledges())+len(r.Outcomes()) {
		t.Fatalf("the old import holds %d pledges, %d outcomes", len(old.Pledges()), len(old.Outcomes()))
	}
	again, err := Reclassify(old)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Outcomes()) != len(r.Outcomes()) || len(again.Pledges()) != len(r.Pledges()) || again.Title != "我的标题" {
		t.Errorf("reclassified: %d pledges, %d outcomes, title %q; want %d, %d", len(again.Pledges()), len(again.Outcomes()), again.Title, len(r.Pledges()), len(r.Outcomes()))
	}
	if ps := again.Pledges(); ps[0].ID != r.Pledges()[0].ID {
		t.Errorf("first pledge %s, want %s", ps[0].ID, r.Pledges()[0].ID)
	}
}
