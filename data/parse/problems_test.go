package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/ingest"
)

// reviewProblems names, for real reports, the sentence that opens the
// paragraph closing the review on its problems, and how many sentences
// from there to the end of the review are set aside ("" and 0: the review
// has no such paragraph).
var reviewProblems = []struct {
	file, first string
	n           int
}{
	{"national/2018-state-council.txt", "安不忘危，兴不忘忧。", 11},
	{"national/2019-state-council.txt", "思危方能居安。", 16},
	{"national/2021-state-council.txt", "在肯定成绩的同时，我们也清醒看到面临的困难和挑战。", 10},
	{"national/2022-state-council.txt", "在肯定成绩的同时，我们也清醒看到面临的问题和挑战。", 12},
	{"national/2024-state-council.txt", "在肯定成绩的同时，我们也清醒看到面临的困难和挑战。", 14},
	{"provinces-2026/2026年北京政府工作报告.txt", "同时，我们也清醒认识到，工作中还存在不少问题不足和风险挑战", 2},
	{"provinces-2026/2026年河南政府工作报告.txt", "我们也清醒认识到，发展中还存在不少矛盾和问题", 3},
	{"provinces-2026/2026年江苏政府工作报告.txt", "在看到成绩的同时，我们也认识到老问题、新挑战仍然不少", 3},
	{"provinces-2026/2026年广东政府工作报告.txt", "同时我们清醒地看到，我省经济社会发展中老问题、新挑战仍然不少。", 3},
	{"provinces-2026/2026年四川政府工作报告.txt", "在看到成绩的同时，我们也清醒认识到，经济社会发展中还存在一些困难和问题", 2},
	{"provinces-2025/2025年北京市政府工作报告.docx", "同时，我们也清醒地看到面临的困难和挑战", 2},
	{"provinces-2025/2025年广东省政府工作报告.docx", "我们也清醒地看到，当前广东经济社会发展还面临不少困难和挑战。", 8},
	{"provinces-2025/2025年江苏省政府工作报告.docx", "各位代表，在看到成绩的同时，我们也清醒认识到困难和挑战。", 3},
	{"cities/hefei-2024.docx", "肯定成绩的同时，我们也清醒地认识到，前进道路上还面临不少困难和挑战。", 8},
	{"cities/luzhou-2024.docx", "同时，我们也清醒认识到，经济社会发展还面临不少困难和问题", 6}, // one Word paragraph
	{"cities/xilingol-2024.docx", "在总结成绩的同时，我们也清醒地看到", 2},
	{"cities/aba-2024.docx", "", 0},
}

// TestReviewProblemsAreNoOutcomes: the paragraph that closes a review on
// the problems still seen ("同时，我们也清醒认识到…困难和问题") and what
// follows it to the end of the review are neither outcomes nor pledges:
// they are set aside, and the review's outcomes end before them.
func TestReviewProblemsAreNoOutcomes(t *testing.T) {
	dir := corpusDir(t)
	for _, tt := range reviewProblems {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			r := readChecked(t, filepath.Join(dir, tt.file))
			var problems []string
			for _, a := range r.SetAside {
				if a.Reason == data.AsideProblems {
					problems = append(problems, a.Text)
				}
			}
			if len(problems) != tt.n || tt.n > 0 && !strings.HasPrefix(problems[0], tt.first) {
				t.Errorf("set aside as the review's problems: %d sentences %q, want %d from %q", len(problems), problems, tt.n, tt.first)
			}
			outcomes := r.Outcomes()
			if len(outcomes) < 30 {
				t.Errorf("%d outcomes left, want the review's (≥ 30)", len(outcomes))
			}
			for _, o := range outcomes {
				if opensProblems(o.Text) {
					t.Errorf("outcome %s opens the problems: %q", o.ID, o.Text)
				}
			}
			for _, p := range r.Pledges() {
				for _, s := range problems {
					if p.Text == s {
						t.Errorf("pledge %s is a problem of the review: %q", p.ID, s)
					}
				}
			}
		})
	}
}

// readChecked reads and parses a corpus file, every character of it
// accounted for.
func readChecked(t *testing.T, path string) *data.Report {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Read(path, raw)
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{ID: "r", SetAside: doc.SetAside, Format: doc.Format}
	r, err := Parse(doc.Text(), opts)
	if err != nil {
		t.Fatal(err)
	}
	checkLossless(t, doc.Text(), opts, r)
	return r
}

// A paragraph the user marks review stays an outcome of the review.
func TestReviewProblemsMarkedReviewStay(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(corpusDir(t), "national/2022-state-council.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	var cs []data.Correction
	for i, l := range Lines(text, nil) {
		if strings.HasPrefix(strings.TrimSpace(l.Text), "在肯定成绩的同时，我们也清醒看到") {
			cs = append(cs, data.Correction{Line: i, Text: l.Text, Make: data.MakeReview})
		}
	}
	if len(cs) != 1 {
		t.Fatalf("%d problem paragraphs found, want 1", len(cs))
	}
	r, err := Parse(text, Options{ID: "r", Corrections: cs})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, o := range r.Outcomes() {
		found = found || strings.HasPrefix(o.Text, "在肯定成绩的同时，我们也清醒看到")
	}
	if !found {
		t.Error("the paragraph marked review is not among the outcomes")
	}
}

// TestProblemsTurnNeedsALack: "同时，我们也看到" opens the problems only
// when what is seen is lacking; problems seen solved are achievements.
func TestProblemsTurnNeedsALack(t *testing.T) {
	for s, want := range map[string]bool{
		"同时，我们也看到，群众反映强烈的一些问题得到有效解决。":  false,
		"同时，我们也看到，经济社会发展中还存在不少困难和问题。":  true,
		"在肯定成绩的同时，我们也清醒看到面临的困难和挑战。":    true,
		"我们清醒认识到，发展不平衡不充分问题仍然突出。":      true,
		"同时我们看到，全市上下攻坚克难，解决了一批历史遗留问题。": false,
	} {
		if got := opensProblems(s); got != want {
			t.Errorf("opensProblems(%q) = %v, want %v", s, got, want)
		}
	}
}
