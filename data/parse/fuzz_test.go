package parse

import (
	"testing"
	"unicode/utf8"

	"pledgereview/seeds"
)

func FuzzParse(f *testing.F) {
	f.Add(seeds.Taiyuan2021)
	f.Add("政府工作报告\n一、总体要求\n（一）稳增长。增长6%左右。\n1.新增就业1.2万人以上\n二、民生\n春节前完成。")
	f.Add("标题\n（一）头条。正文约3000亩\n（二）头条二\n“五一”前建成10个公园")
	f.Add("\r\n\u3000标题\r\n章\r\n头条\r\n句子。“引语！”残句")
	f.Add("a\n1.\n(1)\n①\n第一部分\n一、\n（一）")
	f.Fuzz(func(t *testing.T, text string) {
		r, err := Parse(text, Options{ID: "fuzz"})
		if err != nil {
			if r != nil {
				t.Fatalf("report and error %v", err)
			}
			return
		}
		if !utf8.ValidString(text) {
			t.Fatal("invalid UTF-8 accepted")
		}
		if _, _, n := r.Count(); n == 0 {
			t.Fatal("report without pledges accepted")
		}
		checkInvariants(t, text, r)
		checkLossless(t, text, Options{}, r)
	})
}
