package outcome_test

import (
	"testing"

	"pledgereview/data/outcome"
)

const (
	sichuan25 = "provinces-2025/2025年四川省政府工作报告.docx"
	sichuan26 = "provinces-2026/2026年四川政府工作报告.txt"
)

// TestDueLaterRules: a target set for a year after the one reviewed
// ("力争2027年建成6个万亿级产业" in 四川 2025, reviewed in 2026) is neither
// met nor missed, whatever figure of the five years the review gives: it
// is unclear, its outcome linked as the progress so far, with no
// arithmetic that judges it. A target of the year beside it is judged.
func TestDueLaterRules(t *testing.T) {
	checkRules(t, []rule{
		{"due in 2027, reviewed for 2025", sichuan25, sichuan26, "力争2027年建成6个万亿级产业",
			outcome.Unclear, "培育形成3个万亿级优势产业", ""},
		{"the year's target of the same report", sichuan25, sichuan26, "地区生产总值增长5.5%以上",
			outcome.Met, "增长5.5%", "目标 5.5%以上，实际 5.5% → 达到"},
	})
	j, _ := judgementOf(linksOf(t, sichuan25, sichuan26), "力争2027年建成6个万亿级产业")
	if j.Arithmetic != "" || len(j.Steps) != 0 {
		t.Errorf("a target not yet due judged: %q", j.Arithmetic)
	}
}
