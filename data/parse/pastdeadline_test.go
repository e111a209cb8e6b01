package parse

import "testing"

// TestNoDeadlineBeforeDelivery: in the real reports, time words that fall
// before the report was delivered ("2024年底" in the review of 2024) give no
// deadline, so last year's achievements are never "overdue"; the year's own
// deadlines stay.
func TestNoDeadlineBeforeDelivery(t *testing.T) {
	due, dated := 0, 0
	for _, d := range loadCorpus(t) {
		_, _, r, err := importFile(t, d.files[0])
		if err != nil {
			t.Fatal(err)
		}
		if r.Delivered == "" {
			continue // the 2019 State Council text has no delivery line
		}
		dated++
		for _, p := range allSentences(r) {
			if p.Deadline == nil || p.Deadline.Due == "" {
				continue
			}
			due++
			if p.Deadline.Due < r.Delivered {
				t.Errorf("%s %s: deadline %s before the report (%s): %s", d.slug, p.ID, p.Deadline.Due, r.Delivered, p.Text)
			}
		}
	}
	// 28 dated time words in the provinces' 2025 reports, the 19 before
	// delivery gone; 驻马店 2022 and 2023 are dated and keep 3; the 2026
	// provinces and the State Council reports keep 18: the "努力完成全年
	// 目标任务" of the State Council's closing appeals (2021, 2022, 2024)
	// is set aside with them
	if dated != 21 || due != 30 {
		t.Errorf("%d dated reports with %d deadlines left, want 21 with 30", dated, due)
	}
}
