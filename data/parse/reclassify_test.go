package parse

import (
	"os"
	"path/filepath"
	"testing"

	"pledgereview/data/datatest"
)

// TestUnclassifiedOldImport: a report stored before review chapters were
// classified (national 2022: its review of 2021 held as pledges) is found
// unclassified; a classified report is not.
func TestUnclassifiedOldImport(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(datatest.CorpusDir(t), "national/2022-state-council.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(string(raw), Options{ID: "2022-state-council"})
	if err != nil {
		t.Fatal(err)
	}
	old := datatest.AsOldImport(r)
	if Unclassified(r) || !Unclassified(old) {
		t.Fatalf("unclassified: new %v, old %v", Unclassified(r), Unclassified(old))
	}
	if len(old.Outcomes()) != 0 || len(old.Pledges()) != len(r.Pledges())+len(r.Outcomes()) {
		t.Fatalf("the old import holds %d pledges, %d outcomes", len(old.Pledges()), len(old.Outcomes()))
	}
}
