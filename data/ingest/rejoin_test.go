package ingest

import (
	"strings"
	"testing"
)

// TestRejoinKeepsNumbersWhole: the cuts the issue found in text copied out
// of PDFs ("1" / "937元", "1042.8" / "亿元", "1200" / "万人左右") give the
// numbers back whole, and page numbers between pages are set aside.
func TestRejoinKeepsNumbersWhole(t *testing.T) {
	text := strings.Join([]string{
		"　　城乡居民收入稳步增长，农村居民人均可支配收入增加了1",
		"937元，增长6.5%，城乡收入差距继续缩小，民生保障更加有力有效，",
		"地方一般公共预算收入达到1042.8亿元，比上年增长百分之五点二，",
		"税收收入占比稳步提高，财政运行总体平稳，重点支出保障有力。",
		"　　今年要实现经济社会发展的主要预期目标，城镇新增就业人数达到1200",
		"万人左右，城镇调查失业率控制在百分之五点五左右，居民收入增长",
		"",
		"— 1 —",
		"",
		"和经济增长基本同步，粮食产量保持在一万三千亿斤以上的水平上。",
		"　　深入实施就业优先战略，加强重点群体就业帮扶，扩大公益性岗位",
		"安置，确保零就业家庭动态清零，稳定和扩大就业的政策持续发力。",
	}, "\n")
	d, err := Read("report.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	body := d.Text()
	for _, want := range []string{"增加了1937元", "1042.8亿元", "就业人数达到1200万人左右", "居民收入增长和经济增长基本同步"} {
		if !strings.Contains(body, want) {
			t.Errorf("%q not found whole in\n%s", want, body)
		}
	}
	if len(d.Paragraphs) != 3 {
		t.Errorf("%d paragraphs, want 3:\n%s", len(d.Paragraphs), body)
	}
	if len(d.SetAside) != 1 || d.SetAside[0].Text != "— 1 —" {
		t.Errorf("set aside %+v, want the page number", d.SetAside)
	}
}
