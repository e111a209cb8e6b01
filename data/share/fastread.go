package share

import (
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// A record of a review file is read by hand when it is written as Encode
// writes it, and by decodeStrict otherwise. The hand reader takes only a
// subset of what decodeStrict takes: members it knows, each once, named
// without escapes; strings of valid UTF-8 with no raw control byte and no
// escaped surrogate; integers in range; null only where a list may be
// null. On anything else it declines, and the record goes to
// decodeStrict, which decides and words the error: for every input the
// hand reader either gives what decodeStrict gives or declines
// (FuzzFastRecordDecoder checks it).

// recordReader reads one record at a time. Its scratch buffer and its
// table of short strings (ids, statuses, criteria, which recur from record
// to record) serve every record of a file.
type recordReader struct {
	b      []byte
	i      int
	buf    []byte
	recent [256]string // short strings read before, by a hash of their bytes
	// owned: b is the reader's for good (a file read for this decode,
	// never written again), so the strings read are b's bytes, not
	// copies. Never so for bytes a caller may reuse, nor for a store's
	// pages, which live only as long as their transaction.
	owned bool
}

// maxWordLen bounds the strings kept for the records after.
const maxWordLen = 40

func (d *recordReader) reset(raw []byte) {
	d.b, d.i, d.owned = raw, 0, false
}

// space skips white space.
func (d *recordReader) space() {
	for d.i < len(d.b) && isSpace(d.b[d.i]) {
		d.i++
	}
}

// next skips white space and takes c if it comes next.
func (d *recordReader) next(c byte) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// end reports whether nothing but white space is left.
func (d *recordReader) end() bool {
	d.space()
	return d.i == len(d.b)
}

// literal takes the word w (true, false, null) if it comes next.
func (d *recordReader) literal(w string) bool {
	d.space()
	if len(d.b)-d.i >= len(w) && string(d.b[d.i:d.i+len(w)]) == w {
		d.i += len(w)
		return true
	}
	return false
}

// object reads an object, calling member for each member's name with the
// reader on its value; member returns false to decline.
func (d *recordReader) object(member func(name []byte) bool) bool {
	if !d.next('{') {
		return false
	}
	if d.next('}') {
		return true
	}
	for {
		name, ok := d.name()
		if !ok || !member(name) {
			return false
		}
		if d.next('}') {
			return true
		}
		if !d.next(',') {
			return false
		}
	}
}

// name reads a member's name and the colon after it: plain printable
// ASCII, no escapes (the names this reader knows are such, and any other
// name is declined anyway).
func (d *recordReader) name() ([]byte, bool) {
	if !d.next('"') {
		return nil, false
	}
	start := d.i
	for d.i < len(d.b) {
		c := d.b[d.i]
		if c == '"' {
			name := d.b[start:d.i]
			d.i++
			return name, d.next(':')
		}
		if c < 0x20 || c == '\\' || c >= utf8.RuneSelf {
			return nil, false
		}
		d.i++
	}
	return nil, false
}

// array reads an array, calling elem with the reader on each element.
func (d *recordReader) array(elem func() bool) bool {
	if !d.next('[') {
		return false
	}
	if d.next(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if d.next(']') {
			return true
		}
		if !d.next(',') {
			return false
		}
	}
}

// null takes a null if it comes next.
func (d *recordReader) null() bool { return d.literal("null") }

// bool reads true or false.
func (d *recordReader) bool() (bool, bool) {
	switch {
	case d.literal("true"):
		return true, true
	case d.literal("false"):
		return false, true
	}
	return false, false
}

// digits reads the digits of a JSON integer: 0, or no leading zero, and
// at most 18 of them, so that the value fits an int64 (a longer number is
// declined). A fraction or an exponent is declined.
func (d *recordReader) digits() (uint64, bool) {
	start := d.i
	var v uint64
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		v = v*10 + uint64(d.b[d.i]-'0')
		d.i++
	}
	n := d.i - start
	if n == 0 || n > 18 || (n > 1 && d.b[start] == '0') {
		return 0, false
	}
	if d.i < len(d.b) && (d.b[d.i] == '.' || d.b[d.i] == 'e' || d.b[d.i] == 'E') {
		return 0, false
	}
	return v, true
}

// int reads an integer that fits an int64 (within 18 digits).
func (d *recordReader) int() (int64, bool) {
	d.space()
	neg := d.i < len(d.b) && d.b[d.i] == '-'
	if neg {
		d.i++
	}
	v, ok := d.digits()
	if neg {
		return -int64(v), ok
	}
	return int64(v), ok
}

// uint32 reads a non-negative integer that fits a uint32.
func (d *recordReader) uint32() (uint32, bool) {
	d.space()
	v, ok := d.digits()
	return uint32(v), ok && v <= 1<<32-1
}

// str reads a string: valid UTF-8, no raw control byte, the escapes of
// JSON, no escaped surrogate.
func (d *recordReader) str() (string, bool) { return d.text(false) }

// word reads a string that recurs from record to record (an id, a status,
// a tag), kept once for all of them.
func (d *recordReader) word() (string, bool) { return d.text(true) }

func (d *recordReader) text(shared bool) (string, bool) {
	if !d.next('"') {
		return "", false
	}
	start := d.i
	var high byte // the bits of every byte: over 0x7f, not all ASCII
	for d.i < len(d.b) && plain[d.b[d.i]] {
		high |= d.b[d.i]
		d.i++
	}
	switch {
	case d.i == len(d.b) || d.b[d.i] < 0x20:
		return "", false
	case d.b[d.i] == '\\':
		return d.escaped(start, shared)
	}
	end := d.i // at the closing quote
	d.i++
	if high >= utf8.RuneSelf && !utf8.Valid(d.b[start:end]) {
		return "", false
	}
	if d.owned && end > start && (!shared || end-start > maxWordLen) {
		return unsafe.String(&d.b[start], end-start), true
	}
	return d.keep(d.b[start:end], shared), true
}

// plain tells the bytes a string holds as they are: all but the quote,
// the backslash and the control bytes.
var plain = func() (p [256]bool) {
	for c := 0x20; c < 256; c++ {
		p[c] = c != '"' && c != '\\'
	}
	return p
}()

// escaped reads the rest of a string, from its first backslash on, into
// the scratch buffer; start is where the string's text began.
func (d *recordReader) escaped(start int, shared bool) (string, bool) {
	buf := append(d.buf[:0], d.b[start:d.i]...)
	from := start // the first byte not yet checked as UTF-8
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			d.buf = buf
			if !utf8.Valid(d.b[from : d.i-1]) {
				return "", false
			}
			return d.keep(buf, shared), true
		case c == '\\':
			if !utf8.Valid(d.b[from:d.i]) {
				return "", false
			}
			var ok bool
			if buf, ok = d.escape(buf); !ok {
				return "", false
			}
			from = d.i
			continue
		case c < 0x20:
			return "", false
		}
		buf = append(buf, c)
		d.i++
	}
	return "", false
}

// escape reads one escape at the backslash and appends what it stands for.
func (d *recordReader) escape(buf []byte) ([]byte, bool) {
	if d.i+1 >= len(d.b) {
		return buf, false
	}
	c := d.b[d.i+1]
	d.i += 2
	switch c {
	case '"', '\\', '/':
		return append(buf, c), true
	case 'b':
		return append(buf, '\b'), true
	case 'f':
		return append(buf, '\f'), true
	case 'n':
		return append(buf, '\n'), true
	case 'r':
		return append(buf, '\r'), true
	case 't':
		return append(buf, '\t'), true
	case 'u':
		return d.unicode(buf)
	}
	return buf, false
}

// unicode reads the four hex digits of a \u escape; a surrogate is
// declined.
func (d *recordReader) unicode(buf []byte) ([]byte, bool) {
	if len(d.b)-d.i < 4 {
		return buf, false
	}
	var r rune
	for _, c := range d.b[d.i : d.i+4] {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return buf, false
		}
		r = r<<4 | rune(v)
	}
	d.i += 4
	if utf16.IsSurrogate(r) {
		return buf, false
	}
	return utf8.AppendRune(buf, r), true
}

// keep returns s as a string; a short shared one is the string of the
// records read before it that hold the same, if its place is not taken.
func (d *recordReader) keep(s []byte, shared bool) string {
	if !shared || len(s) > maxWordLen {
		return string(s)
	}
	h := uint32(2166136261) // FNV-1a
	for _, c := range s {
		h = (h ^ uint32(c)) * 16777619
	}
	w := &d.recent[h%uint32(len(d.recent))]
	if *w != string(s) {
		*w = string(s)
	}
	return *w
}
