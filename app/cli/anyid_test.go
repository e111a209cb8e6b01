package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data/datatest"
)

// TestSameReportAnyFormAnyID: A reviews three pledges of the Word file of
// 甘肃's report, two of them sentences the PDF joins; B imported the PDF
// under the id 甘肃2025. B's merge finds the report by its text and keeps
// the record that finds no pledge of its own; B's export of everything
// relays all of A's records and says so; C, with the Word file, gets them
// all. In English and in Chinese.
func TestSameReportAnyFormAnyID(t *testing.T) {
	docx, pdf := datatest.Forms2025(t, "甘肃省")
	for _, tc := range []struct {
		locale                   string
		plan, unplaced, exported string
		added                    string
	}{
		{"en_US.UTF-8", "Merge plan: 甘肃2025 (the same report as gansu-2025)", "could not be placed (kept in the workspace, not dropped): 1",
			"(reviews: 1 of mine, 0 of colleagues, 3 relayed from 1 colleague as they signed them; reviewers: 2)", "records added: 4"},
		{"zh_CN.UTF-8", "合并计划：甘肃2025（与 gansu-2025 为同一份报告）", "无法对应（保留在工作区，不丢弃）：1",
			"（评审：本人 1 条，同事 0 条，按原签名转交 1 位同事的 3 条；评审人 2 位）", "新增记录：4"},
	} {
		t.Run(tc.locale, func(t *testing.T) {
			t.Setenv("LC_ALL", tc.locale)
			a, b, c := newHarness(t), newHarness(t), newHarness(t)
			a.ok("whoami", "--name", "王芳")
			b.ok("whoami", "--name", "李雷")
			c.ok("whoami", "--name", "张伟")
			a.ok("import-report", docx)
			for _, p := range []string{"03.03.07", "03.03.08", "03.03.09"} {
				a.ok("review", "gansu-2025/"+p, "--score", "specific=3")
			}
			fromA := filepath.Join(a.dir, "A.pledgereview.json")
			a.ok("export-review", "--report", "gansu-2025", "-o", fromA)

			b.ok("import-report", "--id", "甘肃2025", pdf)
			b.ok("review", "甘肃2025/02.00.01", "--score", "specific=1")
			out := b.ok("merge", fromA)
			for _, want := range []string{tc.plan, tc.unplaced} {
				if !strings.Contains(out, want) {
					t.Errorf("B's merge printed\n%s\nwant %q", out, want)
				}
			}
			fromB := filepath.Join(b.dir, "B-all.pledgereview.json")
			if out := b.ok("export-review", "--all", "--report", "甘肃2025", "-o", fromB); !strings.Contains(out, tc.exported) {
				t.Errorf("B's export of everything printed %q, want %q", out, tc.exported)
			}

			c.ok("import-report", docx)
			if out := c.ok("merge", fromB); !strings.Contains(out, tc.added) {
				t.Errorf("C's merge printed\n%s\nwant %q", out, tc.added)
			}
		})
	}
}
