package share

import "sort"

// SameReportAt is the share of sentences that must align for two texts to
// be the same report in another form or version.
const SameReportAt = 0.97

// maxJoin is how many sentences of one side may make one run matched with
// the other side's: a hanging 。 dropped at a few line ends in a row.
const maxJoin = 8

// Alignment pairs the sentences of two contents, A (a file's report) and
// B (the workspace's), in runs whose normalised text is the same, or that
// stand between such runs and differ (an edited sentence, an inserted
// paragraph).
type Alignment struct {
	runs         []run
	aOff, bOff   []int // normalised offset of every sentence, and the end
	sameA, sameB int   // sentences in runs of the same text
}

// run is sentences a0..a1 of A against b0..b1 of B.
type run struct {
	a0, a1, b0, b1 int
	same           bool
}

// Align aligns the sentences of a with those of b: sentences found once on
// each side anchor the alignment (in the longest order-keeping chain);
// between anchors, runs are matched from both ends, a sentence split in
// one form and joined in the other matched by its composed hash; what is
// left between is paired as changed.
func Align(a, b Content) *Alignment {
	al := &Alignment{aOff: offsetsOf(a), bOff: offsetsOf(b)}
	na, nb := len(a.Sentences), len(b.Sentences)
	if a.TextHash != "" && a.TextHash == b.TextHash {
		al.runs = []run{{0, na, 0, nb, true}}
		al.sameA, al.sameB = na, nb
		return al
	}
	pa, pb := 0, 0
	for _, an := range anchors(a, b) {
		al.gap(a, b, pa, an[0], pb, an[1])
		al.add(run{an[0], an[0] + 1, an[1], an[1] + 1, true})
		pa, pb = an[0]+1, an[1]+1
	}
	al.gap(a, b, pa, na, pb, nb)
	return al
}

func offsetsOf(c Content) []int {
	out := make([]int, len(c.Sentences)+1)
	for i, s := range c.Sentences {
		out[i+1] = out[i] + s.Len
	}
	return out
}

func (al *Alignment) add(r run) {
	if r.a0 == r.a1 && r.b0 == r.b1 {
		return
	}
	if r.same {
		al.sameA += r.a1 - r.a0
		al.sameB += r.b1 - r.b0
	}
	al.runs = append(al.runs, r)
}

// gap aligns sentences a0..a1 of a with b0..b1 of b, which lie between
// two anchors.
func (al *Alignment) gap(a, b Content, a0, a1, b0, b1 int) {
	for a0 < a1 && b0 < b1 {
		k, l, ok := joinForward(a.Sentences[a0:a1], b.Sentences[b0:b1])
		if !ok {
			break
		}
		al.add(run{a0, a0 + k, b0, b0 + l, true})
		a0, b0 = a0+k, b0+l
	}
	var tail []run
	for a0 < a1 && b0 < b1 {
		k, l, ok := joinBackward(a.Sentences[a0:a1], b.Sentences[b0:b1])
		if !ok {
			break
		}
		tail = append(tail, run{a1 - k, a1, b1 - l, b1, true})
		a1, b1 = a1-k, b1-l
	}
	al.add(run{a0, a1, b0, b1, false})
	for i := len(tail) - 1; i >= 0; i-- {
		al.add(tail[i])
	}
}

// joinForward matches the first sentences of a and b: k of a joined give
// the text of l of b joined.
func joinForward(a, b []Sentence) (k, l int, ok bool) {
	ha, la, hb, lb := a[0].Hash, a[0].Len, b[0].Hash, b[0].Len
	k, l = 1, 1
	for la != lb {
		if la < lb {
			if k == len(a) || k == maxJoin {
				return 0, 0, false
			}
			ha, la = join(ha, a[k].Hash, a[k].Len), la+a[k].Len
			k++
		} else {
			if l == len(b) || l == maxJoin {
				return 0, 0, false
			}
			hb, lb = join(hb, b[l].Hash, b[l].Len), lb+b[l].Len
			l++
		}
	}
	return k, l, ha == hb
}

// joinBackward is joinForward from the ends of a and b.
func joinBackward(a, b []Sentence) (k, l int, ok bool) {
	last := func(s []Sentence, i int) Sentence { return s[len(s)-1-i] }
	ha, la, hb, lb := last(a, 0).Hash, last(a, 0).Len, last(b, 0).Hash, last(b, 0).Len
	k, l = 1, 1
	for la != lb {
		if la < lb {
			if k == len(a) || k == maxJoin {
				return 0, 0, false
			}
			s := last(a, k)
			ha, la = join(s.Hash, ha, la), la+s.Len
			k++
		} else {
			if l == len(b) || l == maxJoin {
				return 0, 0, false
			}
			s := last(b, l)
			hb, lb = join(s.Hash, hb, lb), lb+s.Len
			l++
		}
	}
	return k, l, ha == hb
}

// anchors returns the pairs (i, j) of sentences whose hash is found once in
// a and once in b, the longest chain of them in the order of both.
func anchors(a, b Content) [][2]int {
	count := make(map[uint64]int, len(a.Sentences)+len(b.Sentences))
	inB := make(map[uint64]int, len(b.Sentences))
	for _, s := range a.Sentences {
		count[s.Hash]++
	}
	for j, s := range b.Sentences {
		count[s.Hash] += 1 << 16
		inB[s.Hash] = j
	}
	var pairs [][2]int
	for i, s := range a.Sentences {
		if count[s.Hash] == 1<<16+1 {
			pairs = append(pairs, [2]int{i, inB[s.Hash]})
		}
	}
	return longestChain(pairs)
}

// longestChain returns the longest subsequence of pairs (in order of i)
// whose j increase too (patience sorting).
func longestChain(pairs [][2]int) [][2]int {
	var tops []int // index in pairs of the last pair of the best chain of each length
	prev := make([]int, len(pairs))
	for p := range pairs {
		n := sort.Search(len(tops), func(t int) bool { return pairs[tops[t]][1] >= pairs[p][1] })
		prev[p] = -1
		if n > 0 {
			prev[p] = tops[n-1]
		}
		if n == len(tops) {
			tops = append(tops, p)
		} else {
			tops[n] = p
		}
	}
	out := make([][2]int, len(tops))
	if len(tops) == 0 {
		return out
	}
	for i, p := len(tops)-1, tops[len(tops)-1]; i >= 0; i-- {
		out[i] = pairs[p]
		p = prev[p]
	}
	return out
}

// Similarity is the share of the sentences of both sides that lie in runs
// of the same text.
func (al *Alignment) Similarity() float64 {
	n := len(al.aOff) + len(al.bOff) - 2
	if n == 0 {
		return 1
	}
	return float64(al.sameA+al.sameB) / float64(n)
}

// MapSpan maps the normalised span [s, e) of A onto B: the span of B its
// runs cover, and whether any of it lies in a run that changed (or was
// left out of B). ok is false when nothing of it is found in B.
func (al *Alignment) MapSpan(s, e int) (ms, me int, changed, ok bool) {
	i := sort.Search(len(al.runs), func(i int) bool { return al.aOff[al.runs[i].a1] > s })
	for ; i < len(al.runs); i++ {
		r := al.runs[i]
		ra0, ra1 := al.aOff[r.a0], al.aOff[r.a1]
		if ra0 >= e && ra1 > ra0 {
			break
		}
		lo, hi := max(s, ra0), min(e, ra1)
		if hi <= lo {
			continue
		}
		rb0, rb1 := al.bOff[r.b0], al.bOff[r.b1]
		if !r.same {
			changed = true
			if rb1 == rb0 {
				continue
			}
		}
		// Within a run of the same text offsets carry over; within a
		// changed one they are scaled.
		x0 := rb0 + (lo-ra0)*(rb1-rb0)/(ra1-ra0)
		x1 := rb0 + (hi-ra0)*(rb1-rb0)/(ra1-ra0)
		if x1 <= x0 {
			x1 = x0 + 1
		}
		if !ok {
			ms, me, ok = x0, x1, true
		}
		ms, me = min(ms, x0), max(me, x1)
	}
	return ms, me, changed, ok
}
