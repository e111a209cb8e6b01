package linebreak

import (
	"strings"
	"testing"
)

// columns measures text in columns: a hanzi, kana or full-width form two,
// anything else one.
func columns(s string) float64 {
	w := 0.0
	for _, r := range s {
		w++
		if r >= 0x2E80 {
			w++
		}
	}
	return w
}

func TestLines(t *testing.T) {
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
		{"full stop never starts a line", "这个工作区已在另一个窗口或程序中打开。", 36, []string{"这个工作区已在另一个窗口或程序中打", "开。"}},
		{"closing run", "一二三四」。五", 8, []string{"一二三", "四」。五"}},
		{"full-width percent stays with the number", "增长一二三。％", 12, []string{"增长一二", "三。％"}},
		{"opening quote never ends a line", "一二三“四五”", 8, []string{"一二三", "“四五”"}},
		{"closing quote never starts a line", "他说“好的”。然后", 10, []string{"他说“好", "的”。然后"}},
		{"quotes between hanzi break outside", "打造“太原智造”新名片", 10, []string{"打造“太原", "智造”新名", "片"}},
		{"book title", "一二三《四》", 8, []string{"一二三", "《四》"}},
		{"em dash pair stays", "一二三——四", 7, []string{"一二三", "——四"}},
		{"ellipsis pair stays and never starts a line", "一二三……四", 7, []string{"一二", "三……四"}},
		{"English breaks at spaces", "the review is done but not sent", 15, []string{"the review is", "done but not", "sent"}},
		{"spaces at a break dropped", "aaa   bbb", 4, []string{"aaa", "bbb"}},
		{"number with unit", "全年达到1937元", 12, []string{"全年达到", "1937元"}},
		{"year with unit", "到2021年底", 7, []string{"到", "2021年", "底"}},
		{"decimal percent", "失业率控制在5.5%以内", 14, []string{"失业率控制在", "5.5%以内"}},
		{"percent after hanzi number", "实现95%以上", 8, []string{"实现95%", "以上"}},
		{"mixed", "年底5G基站达到5000座以上", 12, []string{"年底5G基站达", "到5000座以上"}},
		{"long URL breaks after slashes", "见 https://example.org/reports/taiyuan-2021/pledges.html 一文", 24,
			[]string{"见 https://example.org/", "reports/taiyuan-2021/", "pledges.html 一文"}},
		{"long word cut as a last resort", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"long word starts its own line", "文件 abcdefghijklmnopqrstuvwxy 打开", 10,
			[]string{"文件", "abcdefghij", "klmnopqrst", "uvwxy 打开"}},
		{"long path breaks after slashes", "文件 /tmp/a/very/long/path.pledgereview 无法打开", 20,
			[]string{"文件 /tmp/a/very/", "long/", "path.pledgereview 无", "法打开"}},
		{"cut keeps closing punctuation off a line start", "abcdefgh，一", 8, []string{"abcdefg", "h，一"}},
		{"newline forces a break", "一二\n三四", 20, []string{"一二", "三四"}},
		{"empty paragraph kept", "一\n\n二", 20, []string{"一", "", "二"}},
		{"final newline gives an empty line", "一\n", 20, []string{"一", ""}},
		{"crlf", "一\r\n二", 20, []string{"一", "二"}},
		{"leading spaces kept", "  ab cd", 5, []string{"  ab", "cd"}},
		{"trailing spaces kept on the last line", "ab  ", 10, []string{"ab  "}},
		{"narrower than a hanzi", "一二", 1, []string{"一", "二"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lines(tt.in, tt.width, columns)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Lines(%q, %v)\n got %q\nwant %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

func TestSpans(t *testing.T) {
	text := "打造“太原智造”新名片"
	got := Spans(text, 10, columns)
	want := []Span{{0, 15}, {15, 30}, {30, 33}} // “ and ” are three bytes
	if len(got) != len(want) {
		t.Fatalf("Spans = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Spans = %v, want %v", got, want)
		}
	}
}
