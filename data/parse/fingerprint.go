package parse

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Normalize is the text a fingerprint is taken of: CRLF made LF, every line
// trimmed, blank lines dropped, lines joined by "\n".
func Normalize(text string) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// Fingerprint is the hex SHA-256 of Normalize(text), so that a copy with
// other line endings or blank lines is known as the same report. The lines
// are hashed as they are read rather than joined first.
func Fingerprint(text string) string {
	h := sha256.New()
	// the lines go through one buffer: a conversion per line would
	// allocate as much as the text
	var buf []byte
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		if buf != nil {
			buf = append(buf, '\n')
		}
		buf = append(buf, line...)
		if len(buf) >= 1<<14 {
			h.Write(buf)
			buf = buf[:0]
		}
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))
}
