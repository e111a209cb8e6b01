package parse

import "pledgereview/data"

// licenceStarts open the licence footer a wiki appends to a report it
// republishes ("本作品是中华人民共和国的法律、法规…", "Public domain").
var licenceStarts = []string{"本作品是", "本作品在", "本作品来自", "Public domain", "This work is in the public domain"}

// setAsideTail sets aside a licence footer after the body, from its first
// line to the end, and returns the lines before it.
func (b *builder) setAsideTail(lines []line) []line {
	for i := len(lines) / 2; i < len(lines); i++ {
		l := lines[i]
		if l.make != "" {
			continue
		}
		for _, p := range licenceStarts {
			if hasPrefix(b.rs[:l.end], l.start, p) {
				b.setAside(b.text(span{l.start, lines[len(lines)-1].end}), data.AsideLicence)
				return lines[:i]
			}
		}
	}
	return lines
}
