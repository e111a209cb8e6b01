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

// TestStageOf: the shell of a building finished is work under way, not
// done; 投入使用 is done.
func TestStageOf(t *testing.T) {
	for text, want := range map[string]int{
		"农村敬老院和综合老年养护院项目主体完工。":  stageStarted,
		"东海写字楼、区国税局综合业务用房主体封顶":  stageStarted,
		"中网科技云计算基地进入设备安装阶段":     stageStarted,
		"区医院120急救中心及医技业务用房投入使用": stageDone,
		"伊敏河沿河公园等工程进展顺利":        stageStarted,
		"一期主体完工，二期建成投用":         stageDone,
		"项目完成设备安装并正式投产":         stageDone,
	} {
		if got := stageOf(text); got != want {
			t.Errorf("stageOf(%q) = %d, want %d", text, got, want)
		}
	}
}
