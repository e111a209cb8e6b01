package parse

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOverlongSentenceIsCut: a .txt of one "sentence" of 1.68 million
// characters (the new-user review's huge4.txt, here 42,000) comes in as
// pledges of at most MaxSentenceRunes, cut after a ，, each marked
// truncated, which together hold the whole sentence.
func TestOverlongSentenceIsCut(t *testing.T) {
	sentence := strings.Repeat("我们将新建5000个基站，增长5000%，", 2000) + "。"
	text := "各位代表：\n二、2025年工作安排\n（一）推进发展\n" + sentence + "\n"
	r, err := Parse(text, Options{ID: "huge4"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Cut != 1 {
		t.Errorf("Cut = %d, want 1", r.Cut)
	}
	var got strings.Builder
	n := 0
	for _, p := range r.Chapters[0].Headlines[0].Pledges {
		if p.IsHeadline() {
			continue
		}
		n++
		if l := utf8.RuneCountInString(p.Text); l > MaxSentenceRunes {
			t.Errorf("%s: %d characters", p.ID, l)
		}
		if !p.Truncated {
			t.Errorf("%s: not marked truncated", p.ID)
		}
		if p.Text != string([]rune(text)[p.Start:p.End]) {
			t.Errorf("%s: text is not its span of the source", p.ID)
		}
		if !strings.HasSuffix(p.Text, "，") && !strings.HasSuffix(p.Text, "。") {
			t.Errorf("%s ends %q, not after a pause", p.ID, p.Text[len(p.Text)-6:])
		}
		got.WriteString(p.Text)
	}
	if got.String() != sentence {
		t.Errorf("the pieces hold %d characters of the sentence's %d", utf8.RuneCountInString(got.String()), utf8.RuneCountInString(sentence))
	}
	if want := (utf8.RuneCountInString(sentence) + MaxSentenceRunes - 1) / MaxSentenceRunes; n < want || n > want+1 {
		t.Errorf("%d pieces, want about %d", n, want)
	}
}

// TestCutOverlong: with no pause the cut falls at the cap; a lone 。 left
// after the last pause stays with the piece before it.
func TestCutOverlong(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		want []int // piece lengths
	}{
		{"short", "一句话。", []int{4}},
		{"no pause", strings.Repeat("字", MaxSentenceRunes*2+10) + "。", []int{MaxSentenceRunes, MaxSentenceRunes, 11}},
		{"pause", strings.Repeat("字", MaxSentenceRunes-10) + "、" + strings.Repeat("字", 20) + "。", []int{MaxSentenceRunes - 9, 21}},
		{"lone stop", strings.Repeat("字", MaxSentenceRunes-1) + "，。", []int{MaxSentenceRunes + 1}},
	} {
		rs := []rune(tt.text)
		var got []int
		covered := 0
		for _, s := range cutOverlong(rs, span{0, len(rs)}) {
			got = append(got, s.end-s.start)
			covered += s.end - s.start
		}
		if covered != len(rs) || !slices.Equal(got, tt.want) {
			t.Errorf("%s: pieces %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestNoRealSentenceIsCut: every report of the corpus and of the outcome
// test reports comes in uncut, its longest sentence (516 characters,
// zhumadian-2021 02.00.01) well under half the cap.
func TestNoRealSentenceIsCut(t *testing.T) {
	files, _ := filepath.Glob("../outcome/testdata/reports/*.txt")
	for _, dir := range []string{"national", "cities", "provinces-2025", "provinces-2026", "provinces-2025-pdf"} {
		more, _ := filepath.Glob(filepath.Join(corpusDir(t), dir, "*"))
		files = append(files, more...)
	}
	if len(files) < 90 {
		t.Fatalf("%d report files", len(files))
	}
	longest, where := 0, ""
	for _, f := range files {
		_, _, r, err := importFile(t, f)
		if err != nil {
			continue // a file the corpus keeps as a refusal
		}
		if r.Cut != 0 {
			t.Errorf("%s: %d sentences cut", filepath.Base(f), r.Cut)
		}
		for _, p := range allSentences(r) {
			if n := utf8.RuneCountInString(p.Text); n > longest {
				longest, where = n, filepath.Base(f)+" "+p.ID
			}
		}
	}
	if longest > MaxSentenceRunes/2 {
		t.Errorf("longest sentence %d characters (%s): the cap %d is too near", longest, where, MaxSentenceRunes)
	}
}
