package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestParseReadsAnySuffixCase(t *testing.T) {
	h := newHarness(t)
	seed, err := os.ReadFile(seedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	upper := filepath.Join(h.dir, "TAIYUAN-2021.TXT")
	if err := os.WriteFile(upper, seed, 0o644); err != nil {
		t.Fatal(err)
	}
	var r struct {
		ID   string
		Year int
	}
	if err := json.Unmarshal([]byte(h.ok("parse", upper)), &r); err != nil {
		t.Fatal(err)
	}
	if r.ID != "taiyuan-2021" || r.Year != 2021 {
		t.Errorf("parse %s: id %q year %d", upper, r.ID, r.Year)
	}

	rtf := filepath.Join(h.dir, "report.rtf")
	os.WriteFile(rtf, []byte(`{\rtf1 太原}`), 0o644)
	h.fails(1, "cannot be read", "parse", rtf)
	h.fails(1, "cannot be read", "import-report", rtf)
}
