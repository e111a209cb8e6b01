package briefing

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"pledgereview/app/internal/linebreak"
)

// unitWidth measures every rune as 1, a hanzi (or any rune from U+2E80 on)
// as 2, so tests can reason in columns.
func unitWidth(r rune) float64 {
	if r >= 0x2E80 {
		return 2
	}
	return 1
}

// TestWrap: the PDF's lines, measured rune by rune as fpdf measures them,
// follow the breaker's rules (app/internal/linebreak has the full table).
func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width float64
		want  []string
	}{
		{"empty", "", 10, nil},
		{"fits", "年底5G基站", 20, []string{"年底5G基站"}},
		{"hanzi break anywhere", "一二三四五六七八", 8, []string{"一二三四", "五六七八"}},
		{"closing punctuation never starts a line", "一二三四，五六", 8, []string{"一二三", "四，五六"}},
		{"full-width percent never starts a line", "增长一二三。％", 12, []string{"增长一二", "三。％"}},
		{"opening punctuation never ends a line", "一二三“四五”", 8, []string{"一二三", "“四五”"}},
		{"latin words break at spaces", "go run the tests now", 10, []string{"go run the", "tests now"}},
		{"number stays with its unit", "达到5000座", 7, []string{"达到", "5000座"}},
		{"percent stays with number", "实现95%以上", 8, []string{"实现95%", "以上"}},
		{"long digit run breaks", "1234567890123", 5, []string{"12345", "67890", "123"}},
		{"newline forces a break", "一二\n三四", 20, []string{"一二", "三四"}},
		{"empty paragraph kept", "一\n\n二", 20, []string{"一", "", "二"}},
		{"em dash pair stays", "一二三——四", 7, []string{"一二三", "——四"}},
		{"mixed", "打造“太原智造”新名片", 10, []string{"打造“太原", "智造”新名", "片"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wrap(tt.in, tt.width, unitWidth)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("wrap(%q, %v) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
			checkWrap(t, tt.in, tt.width, got)
		})
	}
}

// checkWrap checks the wrapper's promises: lines joined give back the text
// minus spaces and line breaks; no line is wider than width unless it is a
// single rune; no line starts with closing or ends with opening punctuation
// unless the line is a single such rune run that could not be placed.
func checkWrap(t *testing.T, in string, width float64, lines []string) {
	t.Helper()
	joined := strings.Join(lines, "")
	if !sameInk(in, joined) {
		t.Fatalf("lines %q lose or add text of %q", lines, in)
	}
	// Only spaces and line breaks may go, and only spaces at a break.
	if i, j := subsequence(in, joined); i >= 0 {
		t.Fatalf("lines %q are not %q minus spaces (at %d/%d)", lines, in, i, j)
	}
	for k, ln := range lines {
		w := 0.0
		for _, r := range ln {
			w += unitWidth(r)
		}
		if w > width && utf8.RuneCountInString(strings.TrimSpace(ln)) > 1 {
			t.Errorf("line %q is %v wide, limit %v", ln, w, width)
		}
		rs := []rune(ln)
		if len(rs) == 0 {
			continue
		}
		allPunct := true
		for _, r := range rs {
			if !linebreak.NoLineStart(r) && !linebreak.NoLineEnd(r) {
				allPunct = false
			}
		}
		if allPunct {
			continue
		}
		if k > 0 && linebreak.NoLineStart(rs[0]) {
			t.Errorf("line %d %q starts with closing punctuation", k, ln)
		}
		if k < len(lines)-1 && linebreak.NoLineEnd(rs[len(rs)-1]) && len(rs) > 1 {
			t.Errorf("line %d %q ends with opening punctuation", k, ln)
		}
	}
}

func sameInk(a, b string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '\n' {
				return -1
			}
			return r
		}, s)
	}
	return strip(a) == strip(b)
}

// subsequence checks that b is a with only spaces and '\n' left out; it
// returns -1 on success.
func subsequence(a, b string) (int, int) {
	ra, rb := []rune(a), []rune(b)
	j := 0
	for i, r := range ra {
		if j < len(rb) && rb[j] == r {
			j++
			continue
		}
		if r != ' ' && r != '\n' {
			return i, j
		}
	}
	if j != len(rb) {
		return len(ra), j
	}
	return -1, -1
}

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"年底5G基站", "年底5G基站"},
		{"a\tb", "a b"},
		{"a\u3000b\u00a0c", "a b c"},
		{"emoji 😀 and 𠀀", "emoji \uFFFD and \uFFFD"},
		{"bell\a nul\x00 del\x7f", "bell nul del"},
		{"zero\u200bwidth\ufeff bom", "zerowidth bom"},
		{"line\u2028sep\r\n", "line\nsep\n"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"private \ue000 use", "private  use"},
	}
	for _, tt := range tests {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// keptRunes is what must survive: every printable BMP rune but the space.
func keptRunes(s string) string {
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF || r == ' ' || r == '\uFFFD' || !unicode.IsPrint(r) {
			return -1
		}
		return r
	}, s)
}

func FuzzWrap(f *testing.F) {
	for _, s := range []string{
		"", "年底5G基站达到5000座以上。", "（括号）《书名》“引号”", "😀𠀀\x00\a\x1b[31m",
		strings.Repeat("一二三，", 2500), strings.Repeat("9", 300), "a b  c   d", "\n\n", "\xff\xfe",
	} {
		f.Add(s, 30.0)
	}
	f.Fuzz(func(t *testing.T, s string, width float64) {
		if width != width || width < 0 || width > 1e6 { // NaN or absurd
			width = 30
		}
		clean := sanitize(s)
		for _, r := range clean {
			if r > 0xFFFF || (r != ' ' && r != '\n' && !unicode.IsPrint(r)) {
				t.Fatalf("sanitize left %U in %q", r, clean)
			}
		}
		lines := wrap(clean, width, unitWidth)
		joined := strings.Join(lines, "")
		if keptRunes(joined) != keptRunes(s) {
			t.Fatalf("printable BMP runes lost: %q -> %q", s, lines)
		}
		if i, j := subsequence(clean, joined); i >= 0 {
			t.Fatalf("lines %q are not %q minus spaces (at %d/%d)", lines, clean, i, j)
		}
		for _, ln := range lines {
			if strings.ContainsRune(ln, '\n') {
				t.Fatalf("line %q holds a newline", ln)
			}
		}
	})
}

// BenchmarkWrap wraps a long note (1,200 runes) to the body width of an A4
// page at 10 pt, measured by fpdf as the pack measures it.
func BenchmarkWrap(b *testing.B) {
	m, err := newModel(testInput(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	d, err := newDoc(m)
	if err != nil {
		b.Fatal(err)
	}
	note := strings.Repeat("全年新增城镇就业4.5万人，城镇调查失业率控制在5.5%以内；"+
		"打造“太原智造”新名片，出台《关于加快数字经济发展的实施意见》，年底5G基站达到5000座以上。", 12)
	for b.Loop() {
		d.lines(note, 10, d.bodyW())
	}
}
