package share

import "fmt"

// splitRecords returns the records of a JSON array of objects as they are
// written, without the white space around them, so each can be checked
// against the digest its author signed and then decoded on its own: the
// bytes checked are the bytes decoded. A missing or null array has no
// records. Anything but objects separated by commas is ErrDamaged.
func splitRecords(raw []byte) ([][]byte, error) {
	raw = trimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	if len(raw) < 2 || raw[0] != '[' || raw[len(raw)-1] != ']' {
		return nil, fmt.Errorf("%w: a list of records is not a list", ErrDamaged)
	}
	body := raw[1 : len(raw)-1]
	if len(trimSpace(body)) == 0 {
		return nil, nil
	}
	var out [][]byte
	var sc recordScanner
	start := 0
	for i := 0; i < len(body); i++ {
		if body[i] == '"' && sc.depth > 0 {
			if i = stringEnd(body, i+1); i < 0 {
				return nil, fmt.Errorf("%w: a list of records is cut short", ErrDamaged)
			}
			continue
		}
		sep, ok := sc.step(body[i])
		if !ok {
			return nil, fmt.Errorf("%w: a list of records is malformed near byte %d", ErrDamaged, i+1)
		}
		if sep {
			out = append(out, trimSpace(body[start:i]))
			start = i + 1
		}
	}
	if sc.depth != 0 || !sc.closed {
		return nil, fmt.Errorf("%w: a list of records is cut short", ErrDamaged)
	}
	return append(out, trimSpace(body[start:])), nil
}

// stringEnd returns the index of the quote that ends the JSON string
// starting at from, or -1. A backslash escapes the byte after it (\uXXXX
// holds no quote). Strings in records are short: a byte loop beats a call
// to find each quote.
func stringEnd(b []byte, from int) int {
	for i := from; i < len(b); i++ {
		switch b[i] {
		case '"':
			return i
		case '\\':
			i++
		}
	}
	return -1
}

// recordScanner follows, byte by byte outside strings, the objects of an
// array: nesting, and what may come between two objects.
type recordScanner struct {
	depth  int
	closed bool // an object ended and no comma followed yet
}

// step takes the next byte outside a string; sep is set for a comma
// between two records, ok is false for a byte that cannot be there.
func (sc *recordScanner) step(c byte) (sep, ok bool) {
	switch {
	case sc.depth == 0:
		return sc.between(c)
	case c == '{' || c == '[':
		sc.depth++
	case c == '}' || c == ']':
		sc.depth--
		sc.closed = sc.depth == 0
	}
	return false, true
}

// between takes a byte outside every record: space, the comma after a
// record, or the brace that opens the next one.
func (sc *recordScanner) between(c byte) (sep, ok bool) {
	switch {
	case isSpace(c):
		return false, true
	case c == ',' && sc.closed:
		sc.closed = false
		return true, true
	case c == '{' && !sc.closed:
		sc.depth = 1
		return false, true
	}
	return false, false
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
