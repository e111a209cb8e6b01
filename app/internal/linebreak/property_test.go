package linebreak

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// The pieces random notes are made of: hanzi, English words, numbers with
// units, long words, and the punctuation the rules are about.
var (
	hanzi    = []rune("全年新增城镇就业万人调查失业率控制在以内打造太原智造新名片出台关于加快数字经济发展的实施意见年底基站达到座以上")
	words    = []string{"the", "review", "is", "done", "but", "not", "sent", "supercalifragilisticexpialidocious"}
	numbers  = []string{"1937元", "5.5%", "2021年", "5000", "4.5万人", "95％"}
	closers  = []string{"，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "”", "’", "％", "……", ".", ",", ")", "%"}
	openers  = []string{"（", "《", "「", "『", "“", "‘", "("}
	specials = []string{"——", "https://example.org/reports/taiyuan-2021/pledges.html"}
)

// randomNote writes a note of n pieces: closing punctuation only after
// something it can close, opening punctuation only before something.
func randomNote(rnd *rand.Rand, n int) string {
	var b strings.Builder
	latin := false // the last piece was an English word or a number
	for i := 0; i < n; i++ {
		switch k := rnd.IntN(10); {
		case k < 4:
			for range 1 + rnd.IntN(6) {
				b.WriteRune(hanzi[rnd.IntN(len(hanzi))])
			}
			latin = false
		case k < 6:
			if latin {
				b.WriteByte(' ')
			}
			b.WriteString(words[rnd.IntN(len(words))])
			latin = true
		case k < 7:
			b.WriteString(numbers[rnd.IntN(len(numbers))])
			latin = true
		case k < 8 && b.Len() > 0:
			b.WriteString(closers[rnd.IntN(len(closers))])
			latin = false
		case k < 9:
			b.WriteString(openers[rnd.IntN(len(openers))])
			b.WriteRune(hanzi[rnd.IntN(len(hanzi))])
			latin = false
		default:
			b.WriteString(specials[rnd.IntN(len(specials))])
			latin = false
		}
	}
	return b.String()
}

// TestLinesProperties breaks random notes at random widths, from five hanzi
// up, and checks what Lines promises. (Narrower, "（查」」" may not fit on a
// line and a cut must put "」" first.)
func TestLinesProperties(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 14))
	for range 3000 {
		text := randomNote(rnd, 1+rnd.IntN(30))
		width := float64(10 + rnd.IntN(60))
		spans := Spans(text, width, columns)
		checkJoin(t, text, width, spans)
		checkWidth(t, text, width, spans)
		checkKinsoku(t, text, width, spans)
	}
}

// checkJoin: the lines are the text in order; only spaces lie between.
func checkJoin(t *testing.T, text string, width float64, spans []Span) {
	t.Helper()
	at := 0
	for _, s := range spans {
		if gap := text[at:s.Start]; strings.Trim(gap, " \n\r\v\f\u0085\u2028\u2029") != "" || s.End < s.Start {
			t.Fatalf("Lines(%q, %v) drops %q before %v: %v", text, width, gap, s, spans)
		}
		at = s.End
	}
	if at != len(text) {
		t.Fatalf("Lines(%q, %v) ends at %d of %d: %v", text, width, at, len(text), spans)
	}
}

// checkWidth: no line is wider than width unless it is one cluster.
func checkWidth(t *testing.T, text string, width float64, spans []Span) {
	t.Helper()
	for _, s := range spans {
		line := strings.TrimRight(text[s.Start:s.End], " ")
		if columns(line) > width && uniseg.GraphemeClusterCount(line) > 1 {
			t.Fatalf("Lines(%q, %v): line %q is %v wide", text, width, line, columns(line))
		}
	}
}

// checkKinsoku: no line but the first starts with closing punctuation, no
// line but the last ends with opening punctuation, "——" and "……" whole.
func checkKinsoku(t *testing.T, text string, width float64, spans []Span) {
	t.Helper()
	for k, s := range spans {
		rs := []rune(text[s.Start:s.End])
		if len(rs) == 0 {
			t.Fatalf("Lines(%q, %v): empty line %d", text, width, k)
		}
		if k > 0 && NoLineStart(rs[0]) {
			t.Errorf("Lines(%q, %v): line %q starts with %q", text, width, string(rs), rs[0])
		}
		if k+1 < len(spans) && NoLineEnd(rs[len(rs)-1]) {
			t.Errorf("Lines(%q, %v): line %q ends with %q", text, width, string(rs), rs[len(rs)-1])
		}
		if k > 0 && inseparable([]rune(text[:spans[k-1].End])[len([]rune(text[:spans[k-1].End]))-1], rs[0]) {
			t.Errorf("Lines(%q, %v): %q split before line %q", text, width, rs[0], string(rs))
		}
	}
}

func FuzzLines(f *testing.F) {
	for _, s := range []string{"", "年底5G基站达到5000座以上。", "（括号）《书名》“引号”", "😀𠀀\x00\a\x1b[31m",
		strings.Repeat("一二三，", 200), strings.Repeat("9", 300), "a b  c   d", "\n\n", "\xff\xfe", "。。。。。。。。。",
		"e\u0301e\u0301e\u0301e\u0301", "\r\n\u2028x\u0085"} {
		f.Add(s, 8.0)
	}
	f.Fuzz(func(t *testing.T, text string, width float64) {
		spans := Spans(text, width, columns)
		checkJoin(t, text, width, spans)
		if width == width { // not NaN
			checkWidth(t, text, width, spans)
		}
	})
}

// BenchmarkLines breaks a long note of 1,200 runes into lines of 30
// columns.
func BenchmarkLines(b *testing.B) {
	note := strings.Repeat("全年新增城镇就业4.5万人，城镇调查失业率控制在5.5%以内；"+
		"打造“太原智造”新名片，出台《关于加快数字经济发展的实施意见》，年底5G基站达到5000座以上。", 12)
	for b.Loop() {
		Lines(note, 30, columns)
	}
}
