package parse

// Rune classes asked for at every rune of a report, looked up in a table.
const (
	clsDigit  uint8 = 1 << iota // ASCII or full-width digit
	clsCN                       // Chinese numeral, 零 to 亿
	clsPhrase                   // first rune of a deadline phrase
	clsTerm                     // sentence terminator
	clsSpace                    // white space, full-width and BOM included
)

// The runes of each class.
const (
	cnNumerals  = "零〇一二两三四五六七八九十百千万亿"
	terminators = "。！？!?｡"
	spaces      = " \t\n\r\v\f\u0085\u00a0\u2028\u2029\u3000\ufeff\u200b" +
		"\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
	digits = "0123456789０１２３４５６７８９"
)

var runeClass = func() *[0x10000]uint8 {
	var t [0x10000]uint8
	set := func(runes string, c uint8) {
		for _, r := range runes {
			t[r] |= c
		}
	}
	set(digits, clsDigit)
	set(cnNumerals, clsCN)
	set(terminators, clsTerm)
	set(spaces, clsSpace)
	for r := range phrases.at {
		if phrases.at[r] != 0 {
			t[r] |= clsPhrase
		}
	}
	return &t
}()

func classOf(r rune) uint8 {
	if r < 0 || r >= 0x10000 {
		return 0
	}
	return runeClass[r]
}
