package parse

// detectYear finds the year of the report: the year written before
// "政府工作报告" ("2021年《政府工作报告》"), else the most frequent
// "20xx年"/"19xx年" of the text (the first of equals), else 0.
func detectYear(rs []rune) int {
	counts := map[int]int{}
	best, bestN := 0, 0
	for i := 0; i+4 < len(rs); i++ {
		y, ok := yearAt(rs, i)
		if !ok {
			continue
		}
		j := i + 5
		if j < len(rs) && rs[j] == '《' {
			j++
		}
		if hasPrefix(rs, j, "政府工作报告") {
			return y
		}
		counts[y]++
		if counts[y] > bestN {
			best, bestN = y, counts[y]
		}
		i += 4
	}
	return best
}

// yearAt reads "19xx年" or "20xx年" at i, not part of a longer number.
func yearAt(rs []rune, i int) (int, bool) {
	if i+4 >= len(rs) || rs[i+4] != '年' || (i > 0 && isDigit(rs[i-1])) {
		return 0, false
	}
	y := 0
	for k := i; k < i+4; k++ {
		if !isASCIIDigit(rs[k]) {
			return 0, false
		}
		y = y*10 + int(rs[k]-'0')
	}
	if y < 1900 || y > 2099 {
		return 0, false
	}
	return y, true
}
