package data_test

import (
	"testing"

	"pledgereview/data"
)

func TestNamedStart(t *testing.T) {
	cases := []struct{ text, want, words string }{
		{"自3月1日起，全面推行垃圾分类", "2021-03-01", "3月1日起"},
		{"从4月起开展专项整治", "2021-04-01", "4月起"},
		{"《条例》7月1日起实施", "2021-07-01", "7月1日起"},
		{"下半年起推行电子证照", "2021-07-01", "下半年起"},
		{"三季度开始试点老旧小区改造", "2021-07-01", "三季度开始"},
		{"第四季度起实行错峰生产", "2021-10-01", "第四季度起"},
		{"十月中旬开始供暖", "2021-10-11", "十月中旬开始"},
		{"2022年7月起施行新标准", "2022-07-01", "2022年7月起"},
		{"12月10号起免费开放", "2021-12-10", "12月10号起"},
		{"年底前建成充电桩100个", "", ""},
		{"3个月起步，12月31日前完成", "", ""},
		{"每月1日起公布一次", "", ""},
		{"2月30日起施行", "", ""},
	}
	for _, c := range cases {
		got, words, ok := data.NamedStart(c.text, 2021)
		if c.want == "" {
			if ok {
				t.Errorf("%s: start %s (%s), want none", c.text, got.Format(data.DateLayout), words)
			}
			continue
		}
		if !ok || got.Format(data.DateLayout) != c.want || words != c.words {
			t.Errorf("%s: start %s %q (%v), want %s %q", c.text, got.Format(data.DateLayout), words, ok, c.want, c.words)
		}
	}
}
