package outcome

import (
	"testing"

	"pledgereview/data"
)

// TestFinishedCountReadsTheNextPiece: the pieces named finished are those
// right after the count's own; a finished piece further on speaks of
// something else and counts for nothing.
func TestFinishedCountReadsTheNextPiece(t *testing.T) {
	pledge := "建成投运4个国家区域医疗中心。"
	target := data.Target{Subject: "国家区域医疗中心", Value: 4, Unit: "个", Comparator: data.Exactly, Quote: "4个"}
	actual := data.Target{Subject: "国家级区域医疗中心", Value: 4, Unit: "个", Comparator: data.Exactly, Quote: "4个"}
	for outcome, want := range map[string]float64{
		"4个国家级区域医疗中心建设进展顺利，兰州、天水建成投运，其余即将建成。": 2,
		"4个国家级区域医疗中心建设进展顺利，高速公路通车里程达6000公里。":  -1,
	} {
		got, found := finishedCount(target, pledge, actual, outcome)
		switch {
		case want < 0 && found:
			t.Errorf("%s: counted %v finished (%s), want none", outcome, got.Value, got.Quote)
		case want >= 0 && (!found || got.Value != want):
			t.Errorf("%s: %v finished (found %v), want %v", outcome, got.Value, found, want)
		}
	}
}
