package parse

import "strconv"

// cnDigit is the value of a Chinese digit, -1 for anything else.
func cnDigit(r rune) int {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// multiplier is the value of a Chinese magnitude character, 0 for others.
func multiplier(r rune) float64 {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1e3
	case '万':
		return 1e4
	case '亿':
		return 1e8
	}
	return 0
}

func isCNNumeral(r rune) bool { return classOf(r)&clsCN != 0 }

// parseCN reads a run of Chinese numerals strictly: "三十" 30, "百" 100,
// "千亿" 1e11, "一万五千" 15000. Runs that are names rather than numbers,
// such as "五一" or "十四五" (two digits in a row), are rejected.
func parseCN(rs []rune) (float64, bool) {
	var total, section float64
	digit := -1
	for _, r := range rs {
		if d := cnDigit(r); d >= 0 {
			if r == '零' || r == '〇' {
				if digit >= 0 {
					return 0, false
				}
				continue
			}
			if digit >= 0 {
				return 0, false
			}
			digit = d
			continue
		}
		switch m := multiplier(r); {
		case m == 0:
			return 0, false
		case m < 1e4:
			if digit < 0 {
				digit = 1
			}
			section += float64(digit) * m
			digit = -1
		default:
			if digit >= 0 {
				section += float64(digit)
				digit = -1
			}
			if section == 0 && total == 0 {
				section = 1
			}
			total = (total + section) * m
			section = 0
		}
	}
	if digit >= 0 {
		section += float64(digit)
	}
	return total + section, len(rs) > 0
}

// arabicAt reads an Arabic number at i (ASCII or full-width digits, a
// decimal point, "," thousands groups) and returns its value and end. Old
// transcriptions set a space between the characters of a figure ("4 9 2 5 0
// 万吨", "8 ．8 ％", national 1998) and write the decimal point as a middle
// dot ("19·5％", national 1999): both are read as one number.
func arabicAt(rs []rune, i int) (float64, int) {
	buf := make([]byte, 0, 16)
	buf, j := digitRun(rs, i, buf)
	for thousandsGroup(rs, j) {
		buf, j = digitRun(rs, j+1, buf)
	}
	if j+1 < len(rs) && isPoint(rs[j]) && isDigit(rs[j+1]) {
		buf, j = digitRun(rs, j+1, append(buf, '.'))
	}
	if j > i && spaceBeforeUnit(rs, j) {
		j++ // "8 ％", "4 9 2 5 0 万吨": the space before its unit
	}
	// a number too long for a float64 comes back as +Inf, which the caller refuses
	v, _ := strconv.ParseFloat(string(buf), 64)
	return v, j
}

// digitRun appends the digits at j to buf, across single spaces between
// them ("4 9 2 5 0", "8 ．8"), and returns where they end.
func digitRun(rs []rune, j int, buf []byte) ([]byte, int) {
	for j < len(rs) && isDigit(rs[j]) {
		buf = append(buf, byte('0'+digitValue(rs[j])))
		j++
		if j+1 < len(rs) && rs[j] == ' ' && (isDigit(rs[j+1]) || isPoint(rs[j+1]) && j+2 < len(rs) && isDigit(rs[j+2])) {
			j++
		}
	}
	return buf, j
}

// thousandsGroup tells whether a "," group of three digits stands at j.
func thousandsGroup(rs []rune, j int) bool {
	return j+3 < len(rs) && rs[j] == ',' && isDigit(rs[j+1]) && isDigit(rs[j+2]) && isDigit(rs[j+3]) &&
		(j+4 == len(rs) || !isDigit(rs[j+4]))
}

// spaceBeforeUnit tells whether a space at j stands between a figure and
// its magnitude or measure word.
func spaceBeforeUnit(rs []rune, j int) bool {
	return j+1 < len(rs) && rs[j] == ' ' && (multiplier(rs[j+1]) > 0 || unitOf(rs, j+1))
}

// unitOf tells whether a measure word stands at i.
func unitOf(rs []rune, i int) bool {
	u, _ := unitAt(rs, i)
	return u != ""
}

// isPoint tells whether r is written for a decimal point.
func isPoint(r rune) bool { return r == '.' || r == '．' || r == '·' || r == '・' }

func digitValue(r rune) int {
	if r >= '０' && r <= '９' {
		return int(r - '０')
	}
	return int(r - '0')
}
