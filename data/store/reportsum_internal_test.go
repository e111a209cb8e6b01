package store

import (
	"encoding/json"
	"errors"
	"testing"

	"pledgereview/data"
)

// Reports stored before the sum was kept open as they are; a sum that
// does not match is damage.
func TestReportSum(t *testing.T) {
	r := &data.Report{ID: "r1", Title: "太原市2021年政府工作报告", Fingerprint: "fp",
		Chapters: []data.Chapter{{N: 1, Headlines: []data.Headline{{N: 1, Pledges: []data.Pledge{{ID: "r1/01.01.01", Text: "建成5G基站3000个。"}}}}}}}
	old, _ := json.Marshal(map[string]any{"report": r, "source": "taiyuan.txt"})
	got, err := decodeReport("r1", old)
	if err != nil || got.Source != "taiyuan.txt" || got.Pledges()[0].Text != "建成5G基站3000个。" {
		t.Fatalf("a report stored without a sum: %+v, %v", got, err)
	}
	raw, _ := json.Marshal(r)
	wrong, _ := json.Marshal(summedReport{Report: raw, Source: "taiyuan.txt", Sum: "00"})
	if _, err := decodeReport("r1", wrong); !errors.Is(err, data.ErrDamaged) {
		t.Fatalf("a sum that does not match: %v", err)
	}
	// the source text is summed too: corrections and placement read it
	otherSource, _ := json.Marshal(summedReport{Report: raw, Source: "太原市人民政府", Sum: reportSum(raw, "太原市人民政府工作报告")})
	if _, err := decodeReport("r1", otherSource); !errors.Is(err, data.ErrDamaged) {
		t.Fatalf("a source that is not the one summed: %v", err)
	}
	good, _ := json.Marshal(summedReport{Report: raw, Source: "taiyuan.txt", Sum: reportSum(raw, "taiyuan.txt")})
	if got, err := decodeReport("r1", good); err != nil || got.Source != "taiyuan.txt" {
		t.Fatalf("a report with its sum: %+v, %v", got, err)
	}
}
