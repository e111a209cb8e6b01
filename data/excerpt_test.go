package data

import (
	"strings"
	"testing"
)

func TestDiffExcerpts(t *testing.T) {
	long := strings.Repeat("已建成基站", 10) // 50 runes
	tests := []struct {
		name, old, new string
		width          int
		wantOld        string
		wantNew        string
	}{
		{"short texts stay whole", "已建成3200座", "已建成3800座", 40, "已建成3200座", "已建成3800座"},
		{"a change at the end", long + "3200座", long + "3800座", 20,
			"…已建成基站已建成基站已建成基站3200座", "…已建成基站已建成基站已建成基站3800座"},
		{"a change at the start", "甲" + long, "乙" + long, 10, "甲已建成基站已建成基…", "乙已建成基站已建成基…"},
		{"text added at the end", long, long + "，另有在建", 20, "…已建成基站已建成基站已建成基站", "…已建成基站已建成基站已建成基站，另有在建"},
		{"evidence fields", "市通报 | https://example.gov.cn/5g/2021/report-a | 2021-06-30", "市通报 | https://example.gov.cn/5g/2021/report-a | 2021-07-31", 20,
			"…eport-a | 2021-06-30", "…eport-a | 2021-07-31"},
	}
	for _, tt := range tests {
		o, n := DiffExcerpts(tt.old, tt.new, tt.width)
		if o != tt.wantOld || n != tt.wantNew {
			t.Errorf("%s:\n got %q → %q\nwant %q → %q", tt.name, o, n, tt.wantOld, tt.wantNew)
		}
		if tt.old != tt.new && o == n {
			t.Errorf("%s: two different texts read the same: %q", tt.name, o)
		}
	}
}
