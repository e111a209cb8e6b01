package outcome

import "pledgereview/data"

// plainScore is the floor for an outcome that shares no indicator with
// the pledge: the weak links of pledges the review passes over in silence
// (sentences that share a few common words, "进一步", "建设力度") score
// 0.52–0.60 on the keys, the weakest right link without an indicator
// 0.62.
const plainScore = 0.6

// gate decides which scored sentences may stand as outcomes of a pledge
// clause: what the review does not mention is "not reported", not a weak
// link to whatever sentence shares a few words.
type gate struct {
	indicators []string
	// figureOnly: the clause pledges figures of named indicators and no
	// state ("一般公共预算收入增长4%左右"); only a sentence naming one of
	// them reports on it.
	figureOnly bool
}

func newGate(text string, targets []data.Target) gate {
	inds := indicatorsOf(text)
	return gate{indicators: inds, figureOnly: len(targets) > 0 && len(inds) > 0 && !containsAny(text, stateWords) && figuresNamed(text, targets)}
}

// figuresNamed tells whether each target of text is a figure of a named
// indicator (read on the words before it): "加快建设连云港20万吨级集装箱码头，
// …在降低全社会物流成本中…" names logistics costs, but its figure is not one.
func figuresNamed(text string, targets []data.Target) bool {
	for _, t := range targets {
		if len(indicatorsOf(figureContext(text, t))) == 0 {
			return false
		}
	}
	return true
}

// admits tells whether a sentence scored s, naming (same) or not one of
// the clause's indicators, may be offered as an outcome of the clause.
func (g gate) admits(s float64, same bool) bool {
	return s >= minScore && (same || !g.figureOnly)
}

// strong tells whether c may stand as the outcome: a sentence that names
// none of the pledge's indicators needs plainScore, or phraseScore when it
// shares a phrase of the pledge's own (see phraseRare). A pledge whose best
// sentence is weak is not reported, its weak sentences kept as candidates.
func strong(c Candidate) bool {
	plain := c.Score
	if c.rare {
		plain -= rareBonus
	}
	return c.named || plain >= plainScore || c.rareN >= phraseRare && plain >= phraseScore
}

// phraseRare is how many rare words a sentence shares with a pledge, each
// held by few of the earlier report's pledges (Linker.distinct), for it to
// share a phrase of that pledge's own ("支持筹办大湾区大学" / "大湾区大学正式
// 成立", "加快渔港经济区建设" / "启动建设7个省级渔港经济区"); such a sentence
// stands as the outcome from phraseScore (its score without rareBonus).
const (
	phraseRare  = 3
	phraseScore = 0.45
)
