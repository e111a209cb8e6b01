package share

import (
	"bytes"
	"crypto/sha256"
	"slices"

	"pledgereview/data"
)

// The lists of reviews and history entries of a signed file's groups are
// most of it. Read as the rest of the file is, by decodeStrict, each list
// would be checked twice: whole, as a value kept as written, then record
// by record. readGroupsByHand reads them once, by hand, and leaves the
// rest of the file to decodeStrict with each list it read written as [].
//
// What decodeStrict takes of that rest, it takes of the whole file: a list
// read by hand is a JSON value the strict decoder takes, set where the
// file holds a value, so putting it back or taking it out changes neither
// what is valid nor what the rest reads as. Anything else (a list the hand
// declines, a name written with escapes, the rest refused) sends the whole
// file to decodeStrict as before, which decides and words the error.

// handGroup is what the hand read of one group: for each of its lists
// read (the others are left to splitRecords), the records as written and
// as decoded.
type handGroup struct {
	reviewsRead, historyRead bool
	reviews, history         [][]byte
	reviewVals               []data.Review // a part of handFile.reviews
	historyVals              []data.HistoryEntry
	reviewsFrom, historyFrom int // where they start in handFile's
	reviewsCut, historyCut   int // their index in handFile.cuts
	seal                     []byte
	// sealAt is where the seal is in the file, when it is an object that
	// may be cut out and decoded on its own (body, see decodeSeals).
	sealAt *[2]int
	body   *sealBody
}

// handFile is a file whose groups' lists were read by hand: the file
// without them, and what they hold, a handGroup a group in order. The
// records of all its lists are kept in one list of each kind, in the
// order of the file, which can be the decoded file's (File.takeHand).
type handFile struct {
	rest    []byte
	groups  []handGroup
	cuts    [][2]int // where the lists were, in the file
	reviews []data.Review
	history []data.HistoryEntry
	// The anchors, when the hand read them (fastanchors.go), and where
	// they were in the file.
	anchors    map[string]wireAnchor
	anchorsCut *[2]int
}

// readGroupsByHand reads the lists of the groups of a signed file, and
// its anchors; ok is false when it declines. A file with no group (format
// 1) is declined. When the caller lets go of b (owned), the records kept
// as written are b's; else they are copied.
func readGroupsByHand(b []byte, owned bool) (hf handFile, ok bool) {
	var d recordReader
	d.reset(b)
	d.owned = owned
	ok = d.object(func(name []byte) bool {
		switch {
		case string(name) == "groups":
			return d.groups(&hf)
		case string(name) == "anchors" && hf.anchorsCut == nil:
			return d.anchors(&hf)
		}
		return d.skip()
	}) && d.end()
	if !ok || len(hf.cuts) == 0 {
		return handFile{}, false
	}
	var own ownedLists
	if !owned {
		own = hf.ownLists(b)
	}
	for i := range hf.groups {
		g := &hf.groups[i]
		if g.reviewsRead {
			g.reviewVals = hf.reviews[g.reviewsFrom : g.reviewsFrom+len(g.reviews)]
			own.move(g.reviews, g.reviewsCut)
		}
		if g.historyRead {
			g.historyVals = hf.history[g.historyFrom : g.historyFrom+len(g.history)]
			own.move(g.history, g.historyCut)
		}
		if g.sealAt != nil && !owned {
			g.seal = bytes.Clone(g.seal)
		}
	}
	hf.rest = withoutCuts(b, hf.allCuts())
	return hf, true
}

// cut is a value cut out of a file, written as an empty one of its kind.
type cut struct {
	from, to int
	empty    string
}

// allCuts is every value the hand read and cuts out of the file, in the
// order of the file: the lists as [], the anchors and the seals as {}.
func (hf *handFile) allCuts() []cut {
	cuts := make([]cut, 0, len(hf.cuts)+len(hf.groups)+1)
	for _, c := range hf.cuts {
		cuts = append(cuts, cut{c[0], c[1], "[]"})
	}
	if c := hf.anchorsCut; c != nil {
		cuts = append(cuts, cut{c[0], c[1], "{}"})
	}
	for _, g := range hf.groups {
		if c := g.sealAt; c != nil {
			cuts = append(cuts, cut{c[0], c[1], "{}"})
		}
	}
	slices.SortFunc(cuts, func(a, b cut) int { return a.from - b.from })
	return cuts
}

// ownedLists is a copy of the lists cut out of a file, so that the
// records a decoded file keeps as written are its own, not the caller's
// bytes.
type ownedLists struct {
	b, own []byte
	cuts   [][2]int
	at     []int // where each cut starts in own
}

func (hf *handFile) ownLists(b []byte) ownedLists {
	o := ownedLists{b: b, cuts: hf.cuts, at: make([]int, len(hf.cuts))}
	n := 0
	for i, c := range hf.cuts {
		o.at[i] = n
		n += c[1] - c[0]
	}
	o.own = make([]byte, 0, n)
	for _, c := range hf.cuts {
		o.own = append(o.own, b[c[0]:c[1]]...)
	}
	return o
}

// move points raws, records of the list cut k of b, at their copy; with
// no copy (the caller lets go of b), it leaves them.
func (o ownedLists) move(raws [][]byte, k int) {
	if o.own == nil {
		return
	}
	for i, raw := range raws {
		start := cap(o.b) - cap(raw) // raw is o.b[start : start+len(raw)]
		from := o.at[k] + start - o.cuts[k][0]
		raws[i] = o.own[from : from+len(raw) : from+len(raw)]
	}
}

// withoutCuts returns b with each of cuts (ordered, apart) written as
// the empty value it names.
func withoutCuts(b []byte, cuts []cut) []byte {
	n := len(b)
	for _, c := range cuts {
		n -= c.to - c.from - len(c.empty)
	}
	out := make([]byte, 0, n)
	from := 0
	for _, c := range cuts {
		out = append(out, b[from:c.from]...)
		out = append(out, c.empty...)
		from = c.to
	}
	return append(out, b[from:]...)
}

// groups reads the groups of a file, an array of objects.
func (d *recordReader) groups(hf *handFile) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] != '[' {
		return d.skip() // null, or anything the strict decoder refuses
	}
	return d.array(func() bool {
		hf.groups = append(hf.groups, handGroup{})
		g := &hf.groups[len(hf.groups)-1]
		return d.object(func(name []byte) bool { return d.groupMember(hf, g, name) })
	})
}

// groupMember reads a member of a group: its reviews and history by hand
// when they are a list, anything else skipped.
func (d *recordReader) groupMember(hf *handFile, g *handGroup, name []byte) bool {
	d.space()
	if d.i >= len(d.b) || d.b[d.i] != '[' {
		start := d.i
		ok := d.skip()
		if ok && string(name) == "seal" {
			g.seal, g.sealAt = d.b[start:d.i], nil
			if d.b[start] == '{' && len(g.seal) <= maxSealSize {
				g.sealAt = &[2]int{start, d.i}
			}
		}
		return ok
	}
	start := d.i
	var ok bool
	switch {
	case string(name) == "reviews" && !g.reviewsRead:
		hf.reviews = slices.Grow(hf.reviews, d.sizeHint(g.seal, "reviews"))
		g.reviewsFrom = len(hf.reviews)
		ok = d.list(&g.reviews, func() bool {
			r, ok := d.nextReview()
			hf.reviews = append(hf.reviews, r)
			return ok
		})
		g.reviewsRead = ok
	case string(name) == "history" && !g.historyRead:
		hf.history = slices.Grow(hf.history, d.sizeHint(g.seal, "history"))
		g.historyFrom = len(hf.history)
		ok = d.list(&g.history, func() bool {
			h, ok := d.nextHistory()
			hf.history = append(hf.history, h)
			return ok
		})
		g.historyRead = ok
	default:
		return d.skip()
	}
	if string(name) == "reviews" {
		g.reviewsCut = len(hf.cuts)
	} else {
		g.historyCut = len(hf.cuts)
	}
	hf.cuts = append(hf.cuts, [2]int{start, d.i})
	return ok
}

// sizeHint is how many records the list named name holds as far as the
// group's seal (which Encode writes before its lists) says: the count of
// its digests, no more than the rest of the file can hold. Room is made
// for them at once, rather than by growing the list record by record.
func (d *recordReader) sizeHint(seal []byte, name string) int {
	key := `"` + name + `":"`
	i := bytes.Index(seal, []byte(key))
	if i < 0 {
		return 0
	}
	n := bytes.IndexByte(seal[i+len(key):], '"') * 3 / 4 / sha256.Size
	return max(0, min(n, (len(d.b)-d.i)/3))
}

// list reads an array of records, each by record, keeping each as written.
func (d *recordReader) list(raws *[][]byte, record func() bool) bool {
	return d.array(func() bool {
		d.space()
		start := d.i
		if !record() {
			return false
		}
		*raws = append(*raws, d.b[start:d.i])
		return true
	})
}

// skip passes over a value without reading it: the strict decoder reads
// it. A value that is valid JSON ends where skip ends; anything else the
// strict decoder refuses.
func (d *recordReader) skip() bool {
	d.space()
	if d.i >= len(d.b) {
		return false
	}
	switch d.b[d.i] {
	case '"':
		end := stringEnd(d.b, d.i+1)
		if end < 0 {
			return false
		}
		d.i = end + 1
		return true
	case '{', '[':
		return d.skipNested()
	}
	for d.i < len(d.b) && !bytes.ContainsRune([]byte(",}] \t\r\n"), rune(d.b[d.i])) {
		d.i++
	}
	return true
}

// skipNested passes over an object or an array.
func (d *recordReader) skipNested() bool {
	depth := 0
	for ; d.i < len(d.b); d.i++ {
		switch d.b[d.i] {
		case '"':
			end := stringEnd(d.b, d.i+1)
			if end < 0 {
				return false
			}
			d.i = end
		case '{', '[':
			depth++
		case '}', ']':
			if depth--; depth == 0 {
				d.i++
				return true
			}
		}
	}
	return false
}

// decodeTop decodes the top of a file strictly, its groups' lists read by
// hand (byHand) where the hand takes them (hand is then what it read),
// else the whole file as it is.
func decodeTop(b []byte, byHand, owned bool) (w wireAny, hand *handFile, err error) {
	if !byHand {
		return w, nil, decodeStrict(b, &w)
	}
	if hf, ok := readGroupsByHand(b, owned); ok {
		if decodeStrict(hf.rest, &w) == nil && len(w.Groups) == len(hf.groups) && hf.decodeSeals(w.Groups) {
			if hf.anchorsCut != nil {
				w.Anchors = hf.anchors
			}
			return w, &hf, nil
		}
		w = wireAny{}
	}
	return w, nil, decodeStrict(b, &w)
}

// decodeSeals decodes each seal cut out of the file, strictly, and puts it
// back in its group as written: the seal is read once, here, rather than
// checked as a value with the rest, then decoded by parseSeal. A seal that
// does not decode declines the hand: the whole file goes to decodeStrict,
// and parseSeal words the error as before.
func (hf *handFile) decodeSeals(groups []wireGroup) bool {
	for i := range hf.groups {
		g := &hf.groups[i]
		if g.sealAt == nil {
			continue
		}
		var body sealBody
		if decodeStrict(g.seal, &body) != nil {
			return false
		}
		g.body = &body
		groups[i].Seal = g.seal
	}
	return true
}

// lists returns room for n reviews and nh history entries: the lists the
// hand read, when it read every list of a kind (each record is then
// decoded in its place, see nextRecord), else new ones.
func (hf *handFile) lists(n, nh int) ([]data.Review, []data.HistoryEntry) {
	reviews, history := hf != nil, hf != nil
	if hf != nil {
		for _, g := range hf.groups {
			reviews = reviews && g.reviewsRead
			history = history && g.historyRead
		}
	}
	var rs []data.Review
	var hs []data.HistoryEntry
	if reviews && len(hf.reviews) == n {
		rs = hf.reviews[:0]
	} else {
		rs = make([]data.Review, 0, n)
	}
	if history && len(hf.history) == nh {
		hs = hf.history[:0]
	} else {
		hs = make([]data.HistoryEntry, 0, nh)
	}
	return rs, hs
}

// nextRecord adds the record k of a list to *list and returns it: the one
// the hand read (vals), already in its place when *list is the hand's own,
// or a zero record to decode.
func nextRecord[T any](list *[]T, vals []T, k int) *T {
	n := len(*list)
	switch {
	case vals == nil:
		var zero T
		*list = append(*list, zero)
	case n < cap(*list) && &(*list)[:n+1][n] == &vals[k]:
		*list = (*list)[:n+1]
	default:
		*list = append(*list, vals[k])
	}
	return &(*list)[n]
}
