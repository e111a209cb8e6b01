package linebreak

import "testing"

func TestWidest(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"", 0},
		{"  2022-02-01", 10}, // a date is not broken at its hyphens
		{"· 市统计公报 https://tjj.gov.cn/a", 11}, // a link breaks after its slashes
		{"Not scored yet", 6},
		{"· 公报\n  2022-02-01\nabc", 10}, // each line on its own
		{"一二三。", 4},                     // a full stop stays with the hanzi before it
		{"王芳（我）", 6},                    // "（我）" is one piece
	}
	for _, tt := range tests {
		if got := Widest(tt.in, columns); got != tt.want {
			t.Errorf("Widest(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
