package share

// The anchors of a file, one a pledge its records are on, are the most of
// what is left of it when the lists of records are read by hand: read by
// decodeStrict, each would go through its reflection for a map of
// structs. They are read by hand, as the records are, when written as
// Encode writes them: names of plain ASCII without escapes, each once; an
// anchor's members among hash, span (two integers) and text, each once.
// On anything else the hand declines, and decodeStrict reads them.

var anchorMembers = []string{"hash", "span", "text"}

// anchors reads the value of a file's "anchors" by hand into hf, cut out
// of the file (see readGroupsByHand); when the hand declines, it passes
// over the value, left to decodeStrict.
func (d *recordReader) anchors(hf *handFile) bool {
	d.space()
	start := d.i
	var list []handAnchor
	ok := d.object(func(name []byte) bool {
		a, ok := d.anchor()
		list = append(list, handAnchor{string(name), a})
		return ok
	})
	if ok {
		ok = hf.setAnchors(list)
	}
	if !ok {
		d.i = start
		return d.skip()
	}
	hf.anchorsCut = &[2]int{start, d.i}
	return true
}

// handAnchor is an anchor read by hand, with its pledge's id.
type handAnchor struct {
	id string
	a  wireAnchor
}

// setAnchors keeps the anchors read, in a map made once for all of them;
// an id given twice declines.
func (hf *handFile) setAnchors(list []handAnchor) bool {
	hf.anchors = make(map[string]wireAnchor, len(list))
	for _, e := range list {
		if _, dup := hf.anchors[e.id]; dup {
			return false
		}
		hf.anchors[e.id] = e.a
	}
	return true
}

// anchor reads one anchor.
func (d *recordReader) anchor() (a wireAnchor, ok bool) {
	ok = d.members(anchorMembers, func(m int) (ok bool) {
		switch m {
		case 0:
			a.Hash, ok = d.str()
		case 1:
			a.Span, ok = d.span()
		case 2:
			a.Text, ok = d.str()
		}
		return ok
	})
	return a, ok
}

// span reads an array of two integers.
func (d *recordReader) span() (s [2]int, ok bool) {
	if !d.next('[') {
		return s, false
	}
	from, ok1 := d.int()
	if !ok1 || !d.next(',') {
		return s, false
	}
	to, ok2 := d.int()
	return [2]int{int(from), int(to)}, ok2 && d.next(']')
}
