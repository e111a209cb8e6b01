package cli

import (
	"io"
	"unicode/utf8"

	"pledgereview/data"
)

// terminalWriter passes text on without the characters a terminal would
// act on (ESC sequences, BEL, carriage returns that overwrite a line, C1
// controls) or that reorder what is shown (bidi overrides): names and notes
// come from colleagues' files, and printing them raw would let a file
// rewrite the screen. Tabs and newlines stay. A rune split between two
// writes is held back until the next.
type terminalWriter struct {
	w    io.Writer
	tail []byte
}

func terminalSafe(w io.Writer) io.Writer {
	if w == nil {
		return nil
	}
	if _, ok := w.(*terminalWriter); ok {
		return w
	}
	return &terminalWriter{w: w}
}

func (t *terminalWriter) Write(p []byte) (int, error) {
	buf := append(t.tail, p...)
	t.tail = nil
	out := make([]byte, 0, len(buf))
	for i := 0; i < len(buf); {
		r, n := utf8.DecodeRune(buf[i:])
		if r == utf8.RuneError && n <= 1 && !utf8.FullRune(buf[i:]) {
			t.tail = append([]byte(nil), buf[i:]...)
			break
		}
		if r == '\n' || r == '\t' || !data.UnsafeRune(r) {
			out = append(out, buf[i:i+n]...)
		}
		i += n
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
