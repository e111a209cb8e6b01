package parse

import (
	"testing"

	"pledgereview/data"
)

func TestPlaceKey(t *testing.T) {
	for _, tt := range []struct {
		r    data.Report
		want string
	}{
		{data.Report{Title: "2026年河南省政府工作报告"}, "henan"},
		{data.Report{Title: "政府工作报告", Delivery: "——2019年3月5日在第十三届全国人民代表大会第二次会议上"}, "national"},
		{data.Report{Title: "政府工作报告", Speaker: "河南省人民政府省长 王凯"}, "henan"},
		{data.Report{Title: "2024年某某市人民政府工作报告"}, "某某"},
		{data.Report{Title: "2024年某某自治州政府工作报告"}, "某某"},
		{data.Report{Title: "工作报告"}, ""},
		{data.Report{Title: "下载", Source: "下载\n打印\n2026年河南省政府工作报告\n——2026年1月26日在河南省第十四届人民代表大会第四次会议上"}, "henan"},
	} {
		if got := PlaceKey(&tt.r); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.r.Title, got, tt.want)
		}
	}
}
