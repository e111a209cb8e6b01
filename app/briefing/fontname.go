package briefing

import (
	"bytes"
	"hash/fnv"
)

// tagSubsetFont gives the embedded font a subset tag. fpdf embeds only the
// glyphs a document uses, but names the font "utf8"+family, so readers and
// pdffonts cannot tell it is a subset (PDF 32000-1 §9.6.4 wants a name of
// six capitals and '+'). The name is replaced by one of the same length, so
// no object offset moves; it only occurs in the font dictionaries, which are
// not compressed.
func tagSubsetFont(pdf []byte) []byte {
	old := []byte("/utf8" + fontFamily)
	h := fnv.New32a()
	h.Write(pdf)
	sum := h.Sum32()
	tag := make([]byte, 0, len(old))
	tag = append(tag, '/')
	for range 6 {
		tag = append(tag, byte('A'+sum%26))
		sum /= 26
	}
	tag = append(tag, '+')
	name := "MicroHei" // "/utf8wqymicrohei" and "/ABCDEF+MicroHei" have the same length
	tag = append(tag, name...)
	if len(tag) != len(old) {
		return pdf
	}
	return bytes.ReplaceAll(pdf, old, tag)
}
