package data

import (
	"math"
	"testing"
)

func TestFormatQuantity(t *testing.T) {
	for _, tc := range []struct {
		value float64
		unit  string
		want  string
	}{
		{10000, "户", "1万户"},
		{200000, "吨", "20万吨"},
		{8e10, "元", "800亿元"},
		{1.2e11, "元", "1200亿元"},
		{1.0428e11, "元", "1042.8亿元"},
		{1.5e12, "元", "1.5万亿元"},
		{1.86e6, "平方米", "186万平方米"},
		{15000, "人", "1.5万人"},
		{120000, "", "12万"},
		{12345, "人", "12345人"},
		{1937, "元", "1937元"},
		{5000, "座", "5000座"},
		{5.5, "%", "5.5%"},
		{3, "个百分点", "3个百分点"},
		{200000, "%", "200000%"},
		{1e11, "级", "千亿级"},
		{0.1 + 0.2, "倍", "0.3倍"},
		{-20000, "人", "-2万人"},
		{0, "个", "0个"},
		{math.NaN(), "个", "?个"},
	} {
		if got := FormatQuantity(tc.value, tc.unit); got != tc.want {
			t.Errorf("FormatQuantity(%v, %q) = %q, want %q", tc.value, tc.unit, got, tc.want)
		}
	}
	if got := (Target{Value: 4e4, Unit: "套"}).Quantity(); got != "4万套" {
		t.Errorf("Target.Quantity = %q", got)
	}
}
