package parse

import "testing"

func TestParseCN(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"三", 3, true}, {"十", 10, true}, {"十二", 12, true}, {"三十", 30, true},
		{"二十一", 21, true}, {"百", 100, true}, {"一百零五", 105, true}, {"千亿", 1e11, true},
		{"一万五千", 15000, true}, {"两万", 20000, true}, {"万亿", 1e12, true}, {"十万", 1e5, true},
		{"五一", 0, false}, {"十四五", 0, false}, {"二〇二一", 0, false}, {"", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseCN([]rune(tt.in))
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("parseCN(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestArabicAt(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		end  int
	}{
		{"5000座", 5000, 4}, {"1.5万", 1.5, 3}, {"1,200亿", 1200, 5}, {"１２万", 12, 2},
		{"3,5个", 3, 1}, {"2.个", 2, 1}, {"1,2345", 1, 1},
		// old transcriptions (national 1998, 1999): spaced figures, a middle dot
		{"4 9 2 5 0 万吨", 49250, 10}, {"8 ．8 ％", 8.8, 5}, {"19·5％", 19.5, 4}, {"3 5", 35, 3}, {"3 ，", 3, 1},
	}
	for _, tt := range tests {
		got, end := arabicAt([]rune(tt.in), 0)
		if got != tt.want || end != tt.end {
			t.Errorf("arabicAt(%q) = %v, %d; want %v, %d", tt.in, got, end, tt.want, tt.end)
		}
	}
}
