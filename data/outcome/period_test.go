package outcome

import (
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/parse/parsetest"
)

func corpusReport(t *testing.T, rel string) *data.Report {
	t.Helper()
	return parsetest.Corpus(t, rel, "r")
}

// The sentences of a review's part on the five-year plan are told from
// those of its part on the year past; a review of the year alone has
// nothing marked.
func TestSeveralYears(t *testing.T) {
	for _, tt := range []struct {
		file            string
		several, single []string // sentence openings
	}{
		{"provinces-2026/2026年四川政府工作报告.txt",
			[]string{"城乡就业增收更加提质，城镇新增就业522万人", "巩固拓展脱贫攻坚成果，落实责任、政策、帮扶、监管"},
			[]string{"大力推动稳就业促创业", "巩固拓展脱贫攻坚成果，累计识别监测对象"}},
		{"provinces-2026/2026年广东政府工作报告.txt",
			[]string{"基础教育公办学位增加326万个"}, []string{"新增基础教育公办学位50万个"}},
		{"provinces-2026/2026年河南政府工作报告.txt",
			[]string{"生产总值6.66万亿元"}, []string{"一年来，全省上下牢记嘱托"}},
		{"national/2019-state-council.txt", nil, []string{"城镇新增就业1361万人"}},
		// a review of five years with a paragraph on the year past
		{"national/2018-state-council.txt", []string{"国内生产总值从54万亿元增加到82.7万亿元"}, []string{"刚刚过去的2017年"}},
	} {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			r := corpusReport(t, tt.file)
			outcomes := r.Outcomes()
			marked, _ := severalYears(r, outcomes)
			check := func(opening string, want bool) {
				for i, o := range outcomes {
					if strings.HasPrefix(o.Text, opening) {
						if marked[i] != want {
							t.Errorf("%q: on several years %v, want %v", opening, marked[i], want)
						}
						return
					}
				}
				t.Errorf("no outcome opens %q", opening)
			}
			for _, s := range tt.several {
				check(s, true)
			}
			for _, s := range tt.single {
				check(s, false)
			}
		})
	}
}

// A sentence tells its period of itself, whatever its paragraph: a
// five-year figure said in a run of text on both (甘肃 2026, whose review
// has no headlines) is on several years, a count to date (四川 2026,
// "累计识别监测对象") is not.
func TestSentencePeriod(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"规模以上工业增加值增速连续30个月居全国前10位，规模以上工业企业从1832户增加到3382户。", periodSeveral},
		{"全体居民人均可支配收入年均增长6.8%，增速连续11个季度居全国前10位，城乡居民收入比值由3.27缩小至2.93。", periodSeveral},
		{"一般公共预算收入从874.6亿元增加到1112.4亿元。", periodSeveral},
		{"全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%，经济增速2022年以来连续16个季度高于全国平均水平。", periodSeveral},
		{"刚刚过去的2025年，全省上下坚决贯彻党中央、国务院决策部署，按照省委工作要求，致力建设“七地一屏一通道”，顶压前行、迎难而上，顺利完成全年目标任务，实现“十四五”圆满收官。", periodOne},
		{"粮食产量连年稳定在1.3万亿斤以上。", periodSeveral},
		{"十年来我国居民消费价格涨幅稳定在2%左右的较低水平。", periodSeveral},
		{"巩固拓展脱贫攻坚成果，累计识别监测对象", periodNone},
		{"规模以上工业增加值增长9.5%，增速居全国第3位", periodNone},
	} {
		if got := sentencePeriod(tt.text, "2025年"); got != tt.want {
			t.Errorf("%s: period %d, want %d", tt.text, got, tt.want)
		}
	}
}
