package parse

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
)

// TestSalutationsSetAside: the 西藏 report addresses 各位代表! between its
// parts nine times; each is set aside as a salutation, none is a pledge.
func TestSalutationsSetAside(t *testing.T) {
	path := filepath.Join(corpusDir(t), "provinces-2025", "2025年西藏政府工作报告.docx")
	text, opts, r, err := importFile(t, path)
	if err != nil {
		t.Fatal(err)
	}
	checkLossless(t, text, opts, r)
	for _, p := range r.Pledges() {
		if isBareSalutation([]rune(p.Text), span{0, len([]rune(p.Text))}) {
			t.Errorf("pledge %s is the salutation %q", p.ID, p.Text)
		}
	}
	n := 0
	for _, a := range r.SetAside {
		if a.Reason == data.AsideSalutation {
			n++
			if a.Text != "各位代表!" {
				t.Errorf("salutation set aside as %q", a.Text)
			}
		}
	}
	if n != 9 {
		t.Errorf("%d salutations set aside, want 9", n)
	}
}

func TestBareSalutation(t *testing.T) {
	for _, s := range []string{"各位代表！", "各位代表!", "各位代表：", "各位代表:", "各位代表，", "各位代表,", "各位代表", "  各位代表！ "} {
		if !isBareSalutation([]rune(s), span{0, len([]rune(s))}) {
			t.Errorf("%q is a bare salutation", s)
		}
	}
	for _, s := range []string{"各位代表！迎接风险挑战，惟有无畏前行。", "各位代表，我们要坚决贯彻。", "各位代表们！", "代表！"} {
		if isBareSalutation([]rune(s), span{0, len([]rune(s))}) {
			t.Errorf("%q is not a bare salutation", s)
		}
	}
}

// citySalutations are the bare salutations between the parts of the seven
// city reports, "各位主任、委员！" of 锡林郭勒 among them.
const citySalutations = 16

// TestCorpusSalutations: across the corpus 75 bare salutations stand
// between the parts of the provinces' and the State Council's reference
// files (the preamble's own aside), 16 in the cities'; in
// no file, .pdf included, is one a pledge, a chapter or a headline.
func TestCorpusSalutations(t *testing.T) {
	bare := func(s string) bool { return isBareSalutation([]rune(s), span{0, len([]rune(s))}) }
	total, cities := 0, 0
	for _, d := range loadCorpus(t) {
		for i, path := range d.files {
			_, _, r, err := importFile(t, path)
			if errors.Is(err, errNotReadable) {
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(path)
			for _, a := range r.SetAside {
				if a.Reason == data.AsideSalutation && i == 0 {
					if strings.Contains(path, "cities") {
						cities++
					} else {
						total++
					}
				}
			}
			for _, p := range r.Pledges() {
				if bare(p.Text) {
					t.Errorf("%s: pledge %s is %q", name, p.ID, p.Text)
				}
			}
			for _, c := range r.Chapters {
				if bare(c.Title) {
					t.Errorf("%s: chapter %q", name, c.Title)
				}
				for _, h := range c.Headlines {
					if bare(h.Title) {
						t.Errorf("%s: headline %q", name, h.Title)
					}
				}
			}
		}
	}
	// 34 in the 2025 provinces and State Council 2019 and 2024, 41 in
	// State Council 2018, 2021 and 2022 and the 2026 provinces
	if total != 75 || cities != citySalutations {
		t.Errorf("%d salutations set aside in the provinces' and the State Council's reference files, %d in the cities', want 75 and %d", total, cities, citySalutations)
	}
}
