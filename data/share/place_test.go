package share

import (
	"strings"
	"testing"
)

// The plan of a file of another version says per file how its records
// were placed, in both languages; a file of the same text says nothing of it.
func TestSummarySaysHowRecordsWerePlaced(t *testing.T) {
	ws := workspace(lawPledges, nil)
	ws.Form = wsForm
	f := file(lawReviewers[1:2], review(1, li, 3), review(2, li, 4), review(7, li, 5))
	f.Fingerprint = "fp-other-version"
	f.Describe(otherForm)
	p, err := Plan(ws, f)
	if err != nil {
		t.Fatal(err)
	}
	// the other version's pledge 1 is a sentence this one lacks; its 2 and 7 are 1 and 6 here
	if p.Placement.ByText != 2 || len(p.Unplaced) != 1 || len(p.UnplacedWrites) != 1 {
		t.Fatalf("placement %+v, %d unplaced", p.Placement, len(p.Unplaced))
	}
	for lang, want := range map[string][]string{
		"zh": {"按文字对应：2", "无法对应（保留在工作区，不丢弃）：1", "新增记录：2"},
		"en": {"placed by text: 2", "could not be placed (kept in the workspace, not dropped): 1", "records added: 2"},
	} {
		got := p.Summary(lang)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s summary lacks %q:\n%s", lang, w, got)
			}
		}
	}
	same, err := Plan(ws, file(lawReviewers[1:2], review(1, li, 3)))
	if err != nil || strings.Contains(same.Summary("en"), "placed") {
		t.Errorf("a file of the same text: %v\n%s", err, same.Summary("en"))
	}
}
