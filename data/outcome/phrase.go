package outcome

import "strings"

// A pledge of several actions may name one by a phrase of its own that
// the review says once, in a sentence on that work alone: "继续做好保交房工作"
// / "保交房7.4万套住房全部交付", "坚决打好保交房攻坚战" / "全面完成保交房任务".
// The other actions dilute the match below what a link needs; the phrase,
// three characters or more that the pledge and the sentence share, each of
// its words rare in the review and held by few of the earlier pledges,
// says it is the same work.

// phraseFirst puts first, when the best candidate is not strong, the
// first candidate after it that shares a rare phrase with text and scores
// at least sharedPhraseScore; it reports whether one was found.
func (l *Linker) phraseFirst(ranked []Candidate, text string) bool {
	for i := 0; i < min(len(ranked), MaxCandidates+1); i++ {
		c := ranked[i]
		if c.Score >= sharedPhraseScore && l.sharesPhrase(text, c.Outcome.Text) {
			copy(ranked[1:i+1], ranked[:i])
			ranked[0] = c
			return true
		}
	}
	return false
}

// sharedPhraseScore is the least score of a sentence that shares a rare
// phrase with a pledge for it to stand as the outcome.
const sharedPhraseScore = 0.6

// sharesPhrase tells whether text and sentence share three characters in
// a row whose two words are held by that one sentence of the review and
// that one pledge of the earlier report, and the piece of the sentence
// that holds them says the work finished ("保交房7.4万套住房全部交付", "全面
// 完成保交房任务"; not "扣除房地产开发投资后", which shares 房地产 with "持续推动
// 房地产市场止跌回稳").
func (l *Linker) sharesPhrase(text, sentence string) bool {
	rs := []rune(text)
	for i := 0; i+3 <= len(rs); i++ {
		if !isHan(rs[i]) || !isHan(rs[i+1]) || !isHan(rs[i+2]) {
			continue
		}
		a := uint64(rs[i])<<21 | uint64(rs[i+1])
		b := uint64(rs[i+1])<<21 | uint64(rs[i+2])
		if l.rareWord(a) && l.rareWord(b) && containsRunes(sentence, rs[i:i+3]) {
			return finished(pieceOf(sentence, string(rs[i:i+3])))
		}
	}
	return false
}

// rareWord tells whether w is held by one sentence of the review and one
// pledge of the earlier report.
func (l *Linker) rareWord(w uint64) bool {
	id, ok := l.ix.ids[w]
	return ok && l.ix.df[id] == 1 && l.pledgeDF != nil && l.pledgeDF[w] == 1
}

func containsRunes(s string, want []rune) bool {
	return strings.Contains(s, string(want))
}

// finished tells whether a piece of a review says a piece of work was
// finished (see finishedWords, stageDone).
func finished(piece string) bool {
	return containsAny(piece, finishedWords) || stageOf(piece) == stageDone
}
