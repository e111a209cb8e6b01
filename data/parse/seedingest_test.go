package parse

import (
	"strings"
	"testing"

	"pledgereview/data/ingest"
	"pledgereview/seeds"
)

// TestSeedThroughIngest imports the seed as the application does: read as
// a .txt file by data/ingest, then parsed. Its structure is the seed's.
func TestSeedThroughIngest(t *testing.T) {
	doc, err := ingest.Read("taiyuan-2021.txt", []byte(seeds.Taiyuan2021))
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{ID: seeds.Taiyuan2021ID, SetAside: doc.SetAside, Format: doc.Format}
	r, err := Parse(doc.Text(), opts)
	if err != nil {
		t.Fatal(err)
	}
	checkLossless(t, doc.Text(), opts, r)
	direct := mustParse(t, seeds.Taiyuan2021, seeds.Taiyuan2021ID)
	var got, want []string
	for _, p := range r.Pledges() {
		got = append(got, p.ID+"|"+p.Text)
	}
	for _, p := range direct.Pledges() {
		want = append(want, p.ID+"|"+p.Text)
	}
	diffLines(t, got, want)
	if r.Title != direct.Title || r.Year != 2021 || strings.Count(r.Preamble, "\n") != strings.Count(direct.Preamble, "\n") {
		t.Errorf("header %q %d", r.Title, r.Year)
	}
}
