package outcome

import (
	"math"
	"unicode"
)

// terms cuts text into the words of the index: overlapping bigrams of each
// run of CJK characters (a lone character stands for itself) and each run
// of Latin letters and digits that holds a letter ("5G", "GDP"). Bare
// numbers are left to the figures. A word is a number, not a string: two
// runes packed, or a hash of a Latin run with the top bit set.
func terms(text string, add func(uint64)) {
	var prev rune // the CJK character before, or 0
	run, letter := uint64(0), false
	flush := func() {
		if letter {
			add(run | 1<<63)
		}
		run, letter = 0, false
	}
	lone := false
	for _, r := range text {
		switch {
		case isHan(r):
			flush()
			if prev != 0 {
				add(uint64(prev)<<21 | uint64(r))
				lone = false
			} else {
				lone = true
			}
			prev = r
			continue
		case isAlnum(r):
			if run == 0 {
				run = 14695981039346656037
			}
			run = (run ^ uint64(r)) * 1099511628211
			letter = letter || !unicode.IsDigit(r) && r != '.'
		default:
			flush()
		}
		if lone {
			add(uint64(prev))
		}
		prev, lone = 0, false
	}
	flush()
	if lone {
		add(uint64(prev))
	}
}

func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF { // the common block, most of any report
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

func isAlnum(r rune) bool {
	return r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.')
}

// weight is one term of a tf-idf vector of unit length.
type weight struct {
	term int
	w    float64
}

// posting is one sentence holding a term, with the term's weight there.
type posting struct {
	doc int
	w   float64
}

// index holds the tf-idf weights of a set of sentences as an inverted
// list from term to the sentences that hold it.
type index struct {
	ids      map[uint64]int
	idf      []float64
	df       []int // sentences holding each term
	postings [][]posting
	acc      []float64 // scores of the last query, by sentence
	touched  []int
	tf       map[int]float64 // the last query's term counts, reused
	rareN    []int           // rare words shared, by sentence (see rare)
	rareD    []int           // distinct ones of them
	words    []uint64        // the word of each term
	generic  map[int]bool    // the terms of genericWords
}

// newIndex indexes texts; lengthPower is how much of a sentence's length
// its weights get back (0: plain cosine, see docLengthPower).
func newIndex(texts []string, lengthPower float64) *index {
	ix := &index{ids: map[uint64]int{}, acc: make([]float64, len(texts))}
	tfs := make([]map[int]float64, len(texts))
	for i, t := range texts {
		tf := map[int]float64{}
		terms(t, func(w uint64) {
			id, ok := ix.ids[w]
			if !ok {
				id = len(ix.idf)
				ix.ids[w] = id
				ix.words = append(ix.words, w)
				ix.idf = append(ix.idf, 0)
				ix.postings = append(ix.postings, nil)
			}
			tf[id]++
		})
		tfs[i] = tf
		for id := range tf {
			ix.idf[id]++
		}
	}
	ix.generic = map[int]bool{}
	for w := range generic {
		if id, ok := ix.ids[w]; ok {
			ix.generic[id] = true
		}
	}
	n := float64(len(texts))
	ix.df = make([]int, len(ix.idf))
	for id, df := range ix.idf {
		ix.df[id] = int(df)
		ix.idf[id] = math.Log(1 + n/df)
	}
	for i, tf := range tfs {
		v := ix.weigh(tf)
		// pivoted normalisation: with a plain cosine a short clause could
		// never reach a long sentence that reports on it among others
		shrink := math.Pow(float64(len(v)), lengthPower)
		for _, x := range v {
			ix.postings[x.term] = append(ix.postings[x.term], posting{i, x.w * shrink})
		}
	}
	return ix
}

// weigh turns term counts into a unit tf-idf vector.
func (ix *index) weigh(tf map[int]float64) []weight {
	v := make([]weight, 0, len(tf))
	var norm float64
	for id, c := range tf {
		x := (1 + math.Log(c)) * ix.idf[id]
		v = append(v, weight{id, x})
		norm += x * x
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	return v
}

// query is the vector of a pledge: its own words, and its headline's at a
// lower weight as context. Words no sentence holds are left out. With damp,
// the generic words (see genericWords) weigh genericWeight of the others.
func (ix *index) query(text, context string, damp bool) []weight {
	return ix.queryAlso(text, "", context, damp)
}

// queryAlso is query with the other forms of the pledge's words (see
// spelledOut), each word of them counting alsoWeight.
func (ix *index) queryAlso(text, also, context string, damp bool) []weight {
	if ix.tf == nil {
		ix.tf = map[int]float64{}
	}
	tf := ix.tf
	clear(tf)
	terms(text, func(w uint64) {
		if id, ok := ix.ids[w]; ok {
			tf[id]++
		}
	})
	terms(also, func(w uint64) {
		if id, ok := ix.ids[w]; ok {
			tf[id] += alsoWeight
		}
	})
	terms(context, func(w uint64) {
		if id, ok := ix.ids[w]; ok {
			tf[id] += contextWeight
		}
	})
	if damp {
		for id := range tf {
			if ix.generic[id] {
				tf[id] *= genericWeight
			}
		}
	}
	return ix.weigh(tf)
}

// genericWords are the words of work every pledge and every review sentence
// of the genre use ("推进", "加强", "实施", "高质量发展"): what they share says
// little about whether a sentence reports on a pledge. A review's IDF does
// not see it, a review being written in them too.
var genericWords = []string{"推进", "推动", "加强", "实施", "加快", "深入", "持续", "进一步", "全面", "积极", "大力", "扎实",
	"坚持", "不断", "着力", "提升", "完善", "深化", "强化", "高质量发展", "开展", "落实", "促进", "健全", "优化", "统筹", "有效", "稳步"}

// generic holds the words of genericWords as terms.
var generic = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range genericWords {
		terms(w, func(t uint64) { m[t] = true })
	}
	return m
}()

// genericWeight is what a generic word of a pledge counts in its query
// against another.
const genericWeight = 0.5

// docLengthPower is how much of an outcome sentence's length its weights
// get back: a long review sentence reports on many pledges at once.
const docLengthPower = 0.25

// contextWeight is what a word of the headline counts against one of the
// pledge itself.
const contextWeight = 0.3

// alsoWeight is what a word of the other form of a pledge's word counts:
// "国有企业" has three words where "国企" has one.
const alsoWeight = 0.5

// scores calls f with the similarity of q and every sentence that shares
// a term with it. An index answers one query at a time.
func (ix *index) scores(q []weight, f func(doc int, score float64)) {
	for _, x := range q {
		for _, p := range ix.postings[x.term] {
			if ix.acc[p.doc] == 0 {
				ix.touched = append(ix.touched, p.doc)
			}
			ix.acc[p.doc] += x.w * p.w
		}
	}
	for _, d := range ix.touched {
		f(d, ix.acc[d])
		ix.acc[d] = 0
	}
	ix.touched = ix.touched[:0]
}

// rare calls f with the number of rare words (held by at most two
// sentences) each sentence shares with q, and how many of them distinct
// tells apart (nil: all). Like scores, one query at a time.
func (ix *index) rare(q []weight, distinct func(word uint64) bool, f func(doc, n, nDistinct int)) {
	if ix.rareN == nil {
		ix.rareN = make([]int, len(ix.acc))
		ix.rareD = make([]int, len(ix.acc))
	}
	floor := math.Log(1 + float64(len(ix.acc))/2)
	for _, x := range q {
		if ix.idf[x.term] < floor-1e-9 {
			continue
		}
		d := distinct == nil || distinct(ix.words[x.term])
		for _, p := range ix.postings[x.term] {
			if ix.rareN[p.doc] == 0 {
				ix.touched = append(ix.touched, p.doc)
			}
			ix.rareN[p.doc]++
			if d {
				ix.rareD[p.doc]++
			}
		}
	}
	for _, d := range ix.touched {
		f(d, ix.rareN[d], ix.rareD[d])
		ix.rareN[d], ix.rareD[d] = 0, 0
	}
	ix.touched = ix.touched[:0]
}
