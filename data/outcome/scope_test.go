package outcome_test

import (
	"strings"
	"testing"

	"pledgereview/data/outcome"
)

// TestScopeRules: a figure the review gives of a part of the place
// ("市中心城区实施重点城建项目973个，完成投资1003亿元") is no figure of the
// city's investment pledged (3000亿元, 1178亿元 and 3522亿元 of the key
// projects): 驻马店 2022 → 2023 reads unclear, with no arithmetic. A pledge
// of the part's own work ("实施重点城建项目184个", 2024 → 2025) is held to it.
func TestScopeRules(t *testing.T) {
	const dir = "testdata/reports/"
	checkRules(t, []rule{
		{"the downtown's investment for the city's", zhumadian1, zhumadian2, "完成投资3000亿元以上",
			outcome.Unclear, "市中心城区实施重点城建项目973个，完成投资1003亿元", ""},
		{"the downtown's investment for the key projects'", zhumadian1, zhumadian2, "确保完成投资1178亿元、3522亿元",
			outcome.Unclear, "市中心城区实施重点城建项目973个，完成投资1003亿元", ""},
		{"the downtown's own projects", dir + "zhumadian-2024.txt", dir + "zhumadian-2025.txt", "实施重点城建项目184个",
			outcome.Missed, "市中心城区实施重点城建项目117个", "目标 184个，实际 117个 → 未达到"},
	})
	for _, seg := range []string{"完成投资3000亿元以上", "确保完成投资1178亿元、3522亿元"} {
		if j, _ := judgementOf(linksOf(t, zhumadian1, zhumadian2), seg); strings.Contains(j.Arithmetic, "1003亿元") {
			t.Errorf("%s judged on the downtown's figure: %s", seg, j.Arithmetic)
		}
	}
}
