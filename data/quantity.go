package data

import (
	"math"
	"strconv"
)

// FormatQuantity writes a value the way a report writes it: large counts
// in 万, 亿 or 万亿 ("1万户", "20万吨", "800亿元", "1.5万亿元"), shares and
// points as they are ("5.5%", "3个百分点"). A value that would need more
// than two decimals in 万 or 亿 is written in full ("12345人").
func FormatQuantity(value float64, unit string) string {
	if math.IsNaN(value) || math.IsInf(value, 0) {
		return "?" + unit
	}
	if unit == "级" {
		if w, ok := scaleWords[value]; ok {
			return w + unit
		}
	}
	if !scaledUnit(unit) {
		return plainNumber(value) + unit
	}
	abs := math.Abs(value)
	for _, s := range scales {
		if abs >= s.factor {
			if q, ok := shortQuotient(value, s.factor); ok {
				return q + s.word + unit
			}
		}
	}
	return plainNumber(value) + unit
}

// Quantity writes the target's value with its unit, as FormatQuantity.
func (t Target) Quantity() string { return FormatQuantity(t.Value, t.Unit) }

var scales = []struct {
	factor float64
	word   string
}{{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}}

// scaleWords name the orders of magnitude of "千亿级" and the like.
var scaleWords = map[float64]string{
	1e3: "千", 1e4: "万", 1e5: "十万", 1e6: "百万", 1e7: "千万",
	1e8: "亿", 1e9: "十亿", 1e10: "百亿", 1e11: "千亿", 1e12: "万亿",
}

// scaledUnit reports whether a value in unit may be written in 万 or 亿;
// ratios and points never are.
func scaledUnit(unit string) bool {
	switch unit {
	case "%", "％", "‰", "个百分点", "百分点", "倍":
		return false
	}
	return true
}

// shortQuotient is value/factor when it needs at most two decimals.
func shortQuotient(value, factor float64) (string, bool) {
	q := value / factor
	r := math.Round(q * 100)
	if math.Abs(q*100-r) > 1e-6*math.Max(1, math.Abs(q*100)) {
		return "", false
	}
	return strconv.FormatFloat(r/100, 'f', -1, 64), true
}

// plainNumber writes a value without exponent and without float noise
// (0.1+0.2 is written 0.3).
func plainNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if short := strconv.FormatFloat(v, 'f', 6, 64); len(s) > len(short) {
		f, _ := strconv.ParseFloat(short, 64)
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	return s
}
