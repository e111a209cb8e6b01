package outcome

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/ingest"
	"pledgereview/data/parse"
)

func corpusReport(t *testing.T, rel string) *data.Report {
	t.Helper()
	path := filepath.Join(datatest.CorpusDir(t), rel)
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Read(path, raw)
	if err != nil {
		t.Fatal(err)
	}
	r, err := parse.Parse(doc.Text(), parse.Options{ID: "r", SetAside: doc.SetAside, Format: doc.Format})
	if err != nil {
		t.Fatal(err)
	}
	return r
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
			marked := severalYears(r, outcomes)
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
