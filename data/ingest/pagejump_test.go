package ingest

import (
	"reflect"
	"strings"
	"testing"

	"pledgereview/data"
)

// TestPageJumpsSetAside: a newspaper's page-jump markers are set aside
// wherever they stand (the 西藏 2026 text's "（下转第四版）（紧接第一版）",
// one inside a sentence, one alone on its line) and the text around them
// reads on as one.
func TestPageJumpsSetAside(t *testing.T) {
	text := "为我们做好抗震救灾和灾后恢复重建提供了行动指南。（下转第四版）（紧接第一版） 我们坚持人民至上、生命至上。\n" +
		"科学有序推进灾后（下转第2版）\n" +
		"（上接第1版）\n" +
		"实现了“当年重建、当年入住”。本版（第四版）责任编辑。"
	d, err := Read("xizang.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, p := range d.Paragraphs {
		paras = append(paras, p.Text)
	}
	want := []string{
		"为我们做好抗震救灾和灾后恢复重建提供了行动指南。我们坚持人民至上、生命至上。",
		"科学有序推进灾后",
		"实现了“当年重建、当年入住”。本版（第四版）责任编辑。",
	}
	if !reflect.DeepEqual(paras, want) {
		t.Errorf("paragraphs\n%q\nwant\n%q", paras, want)
	}
	var jumps []string
	for _, a := range d.SetAside {
		if a.Reason == data.AsidePageJump {
			jumps = append(jumps, a.Text)
		}
	}
	if got := strings.Join(jumps, "|"); got != "（下转第四版）|（紧接第一版）|（下转第2版）|（上接第1版）" {
		t.Errorf("set aside as page jumps: %s", got)
	}
}

// TestPageJumpKeepsBoldRuns: a bold run-in heading after a marker keeps
// its words once the marker is out.
func TestPageJumpKeepsBoldRuns(t *testing.T) {
	d := &Document{Paragraphs: []Paragraph{{
		Text:     "提出意见。（下转第四版）（紧接第一版）2023年工作回顾2023年是",
		BoldRuns: []data.Span{{Start: 19, End: 28}},
	}}}
	setAsidePageJumps(d)
	p := d.Paragraphs[0]
	if p.Text != "提出意见。2023年工作回顾2023年是" || len(p.BoldRuns) != 1 {
		t.Fatalf("paragraph %q, bold %v", p.Text, p.BoldRuns)
	}
	if b := string([]rune(p.Text)[p.BoldRuns[0].Start:p.BoldRuns[0].End]); b != "2023年工作回顾" {
		t.Errorf("bold run %q, want 2023年工作回顾", b)
	}
}
