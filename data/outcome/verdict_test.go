package outcome

import (
	"testing"

	"pledgereview/data"
)

// TestCompare holds the verdict to the rules of the genre, with the line
// of arithmetic the reviewer reads.
func TestCompare(t *testing.T) {
	gdp := &data.Target{Subject: "地区生产总值", Value: 5.4, Unit: "%", Quote: "5.4%"}
	tests := []struct {
		name   string
		target data.Target
		actual float64
		text   string
		want   string
	}{
		{"about, within 0.5 points", data.Target{Subject: "地区生产总值", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}, 5.4, "地区生产总值增长5%左右", "目标 5%左右，实际 X → 达到"},
		{"about, short by more", data.Target{Subject: "地区生产总值", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}, 4.4, "地区生产总值增长5%左右", "目标 5%左右，实际 X → 未达到"},
		{"floor", data.Target{Subject: "粮食产量", Value: 1.3e12, Unit: "斤", Comparator: data.AtLeast, Quote: "1.3万亿斤以上"}, 1.29e12, "粮食产量保持在1.3万亿斤以上", "目标 1.3万亿斤以上，实际 X → 未达到"},
		{"unemployment about is a ceiling", data.Target{Subject: "城镇调查失业率", Value: 5.5, Unit: "%", Comparator: data.About, Quote: "5.5%左右"}, 5.6, "城镇调查失业率5.5%左右", "目标 5.5%左右，实际 X → 未达到"},
		{"CPI under the ceiling", data.Target{Subject: "居民消费价格涨幅", Value: 3, Unit: "%", Comparator: data.About, Quote: "3%左右"}, 0.9, "居民消费价格涨幅3%左右", "目标 3%左右，实际 X → 达到"},
		{"level within 1 %", data.Target{Subject: "新增就业", Value: 1.2e7, Unit: "人", Comparator: data.About, Quote: "1200万人左右"}, 1.19e7, "城镇新增就业1200万人左右", "目标 1200万人左右，实际 X → 达到"},
		{"in step with growth", data.Target{Subject: "居民收入", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}, 5.0, "居民收入增长与经济增长同步", "目标 与经济增长同步（5.4%），实际 X → 达到"},
		{"in step, behind", data.Target{Subject: "居民收入", Value: 5, Unit: "%", Comparator: data.About, Quote: "5%左右"}, 4.6, "居民收入增长与经济增长同步", "目标 与经济增长同步（5.4%），实际 X → 未达到"},
	}
	l := &Linker{gdp: gdp}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, line := l.compare(tt.target, data.Target{Value: tt.actual, Unit: tt.target.Unit, Quote: "X"}, tt.text)
			if line != tt.want {
				t.Errorf("got %q, want %q", line, tt.want)
			}
		})
	}
}

// TestClauses: a pledge of several targets is judged per clause, and two
// equal quotes ("3%左右" twice) go each to its own clause.
func TestClauses(t *testing.T) {
	p := data.Pledge{Text: "居民消费价格涨幅3%左右；生态环境质量进一步改善，单位国内生产总值能耗降低3%左右。",
		Targets: []data.Target{{Quote: "3%左右", Subject: "居民消费价格涨幅"}, {Quote: "3%左右", Subject: "单位国内生产总值能耗降低"}}}
	cs := clauses(p)
	if len(cs) != 2 || len(cs[0].targets) != 1 || len(cs[1].targets) != 1 || cs[1].targets[0].Subject != "单位国内生产总值能耗降低" {
		t.Fatalf("clauses = %+v", cs)
	}
}

// TestIndicators: the longest word is read first, so the energy intensity
// of GDP is no GDP figure.
func TestIndicators(t *testing.T) {
	if got := indicatorsOf("单位国内生产总值能耗降低3%左右"); len(got) != 1 || got[0] != "energy" {
		t.Errorf("indicators = %v, want [energy]", got)
	}
	if got := indicatorsOf("国内生产总值增长5%"); len(got) != 1 || got[0] != "GDP" {
		t.Errorf("indicators = %v, want [GDP]", got)
	}
}
