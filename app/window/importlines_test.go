package window

import (
	"strings"
	"testing"

	"pledgereview/app/workspace"
)

// What the import preview says each line of a real report became: the 广东
// 2025 report has front matter, chapters, a review of 2024 (reported
// outcomes), headlines, an annex of projects and a glossary.
func TestLineRolesOfARealReport(t *testing.T) {
	dr, err := workspace.ReadReportFile(corpusFile(t, "provinces-2025/2025年广东省政府工作报告.docx"), "")
	if err != nil {
		t.Fatal(err)
	}
	lines := dr.Lines()
	roles := lineRoles(dr.Report, lines)
	cases := []struct {
		start string // the line starting with this
		want  string
	}{
		{"2025年广东省政府工作报告", roleFront},
		{"来源", roleFront},
		{"——2025年1月15日", roleFront},
		{"各位代表：", roleFront},
		{"一、2024年工作回顾", roleChapter},
		{"二、2025年工作安排", roleChapter},
		{"一是纵深推进新阶段粤港澳大湾区建设", roleOutcome}, // a headline of the review of 2024
		{"2024年是中华人民共和国成立75周年", roleOutcome},
		{"（一）做实粤港澳大湾区", roleHeadline},
		{"深入实施“湾区通”工程。", roleBody},
		{"附件1", roleOther},
		{"一、为老年人提供健康管理", roleHeadline},
		{"附件2 名词解释", roleOther},
		{"1.“岳山造林”", roleGlossary},
	}
	for _, c := range cases {
		i := firstLine(lines, c.start)
		if i < 0 {
			t.Errorf("no line starts with %q", c.start)
			continue
		}
		if roles[i] != c.want {
			t.Errorf("line %d %q is %s, want %s", i, c.start, roles[i], c.want)
		}
	}
}

func firstLine(lines []workspace.DraftLine, start string) int {
	for i, l := range lines {
		if strings.HasPrefix(l.Text, start) {
			return i
		}
	}
	return -1
}
