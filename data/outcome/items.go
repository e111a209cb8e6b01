package outcome

import "strings"

// An action pledge may name several pieces of work, each at a stage
// ("建成投运陇电入鲁工程，加快推进陇电入浙工程，开工建设陇电入川工程"; "确保上罗、
// 许信高速公路建成通车，争取开工确阜、上淮高速公路"). The review reports on
// each in a piece of its own ("陇电入鲁工程建成投运，…，陇电入川工程具备核准
// 条件"), and one left short is a pledge missed, whatever the others did.

// items judges one by one the actions of pledge text that promise a stage
// of work (see stageOf), against the pieces of its outcome and candidates
// that name the same work: reported done when the piece says the stage is
// reached, missed when it says an earlier one, unclear when it says none,
// not reported when no piece names it. It returns nil unless two actions
// or more are found so.
func items(text string, j Judgement) []Judgement {
	if j.Best == nil {
		return nil
	}
	acts := actions(text)
	words := make([]map[uint64]bool, len(acts))
	for i, a := range acts {
		words[i] = itemWords(a)
	}
	var out []Judgement
	found := 0
	for i, a := range acts {
		want := stageOf(a)
		if want < stageStarted {
			continue
		}
		ij := Judgement{Quote: a, Verdict: NotReported}
		if c, piece := itemPiece(words, i, append([]Candidate{*j.Best}, j.Candidates...)); c != nil {
			found++
			ij.Best = c
			if step := stageStep(want, piece); step != nil {
				ij.Verdict, ij.Steps = ReportedDone, []Step{*step}
				if !step.Met {
					ij.Verdict = Missed
				}
				ij.Arithmetic = arithmetic(ij.Steps)
			} else {
				// the piece names the work at no stage: read as the pledge
				ij.Verdict = actionVerdict(a, c.Outcome)
			}
		}
		out = append(out, ij)
	}
	if found < 2 {
		return nil
	}
	return out
}

// itemWords are the words of an action less those of stages, of work in
// general and those astride a particle ("等重" of "风电等重大项目"): what
// names the work ("陇电入川工程").
func itemWords(action string) map[uint64]bool {
	m := map[uint64]bool{}
	terms(action, func(w uint64) {
		if !stageTerms[w] && !generic[w] && !astride(w) {
			m[w] = true
		}
	})
	return m
}

// particles join the names of a list or a phrase without being part of
// them.
const particles = "等和及与的了在为对"

// astride tells whether the word w of two characters holds a particle.
func astride(w uint64) bool {
	if w>>63 != 0 || w < 1<<21 {
		return false // a Latin run or a lone character
	}
	return strings.ContainsRune(particles, rune(w>>21)) || strings.ContainsRune(particles, rune(w&(1<<21-1)))
}

// stageTerms are the words of the stage words.
var stageTerms = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, ws := range append(stageWords, notYetWords) {
		for _, w := range ws {
			terms(w, func(t uint64) { m[t] = true })
		}
	}
	return m
}()

// itemPiece is the candidate and the piece of it that name action i of
// words: the piece sharing most of its words, two at least of them its
// own among the actions ("入川", "川工", not "陇电"; "确阜", "上淮", not
// "高速").
func itemPiece(words []map[uint64]bool, i int, cands []Candidate) (*Candidate, string) {
	var best *Candidate
	piece, most := "", 1
	for k := range cands {
		for _, p := range pieces(cands[k].Outcome.Text) {
			n, own := 0, 0
			seen := map[uint64]bool{}
			terms(p, func(w uint64) {
				if !words[i][w] || seen[w] {
					return
				}
				seen[w] = true
				n++
				if ownWord(words, i, w) {
					own++
				}
			})
			if own >= 2 && n > most {
				best, piece, most = &cands[k], p, n
			}
		}
	}
	return best, piece
}

// ownWord tells whether w is a word of action i and of no other.
func ownWord(words []map[uint64]bool, i int, w uint64) bool {
	for k, m := range words {
		if k != i && m[w] {
			return false
		}
	}
	return true
}

// stageNames name the stages in the line of arithmetic.
var stageNames = []string{stagePrepared: "前期", stageStarted: "开工", stageDone: "建成"}

// stageStep compares the stage an action promises with the one the piece
// of the review reports (nil when it reports none).
func stageStep(want int, piece string) *Step {
	got := stageOf(piece)
	if got == stageNone && containsAny(piece, pushedWords) {
		got = stageStarted
	}
	if got == stageNone {
		return nil
	}
	return &Step{Stage: stageKeys[want], Piece: piece, Met: got >= want}
}

// markStillUnderWay makes missed the judgement of an action pledged finished
// ("确保开源大道、解放大道、交通路下穿铁路工程建成投用") whose outcome names the
// work at an earlier stage only ("开源大道、解放大道下穿工程加快推进").
func markStillUnderWay(j *Judgement, text string) {
	if j.Best == nil || stageOf(text) != stageDone || len(stagedActions(text)) != 1 {
		return // none pledged finished, or several pieces of work at their stages (see items)
	}
	_, piece := itemPiece([]map[uint64]bool{itemWords(text)}, 0, []Candidate{*j.Best})
	if piece == "" {
		return
	}
	if step := stageStep(stageDone, piece); step != nil && !step.Met {
		j.Verdict, j.Steps, j.Arithmetic = Missed, []Step{*step}, arithmetic([]Step{*step})
	}
}

// pushedWords say of a piece of work only that it was pushed on: said of
// work pledged finished, it is not; said of work pledged started, it was.
// They are no stage words: in a pledge ("加快推进陇电入浙工程") they
// promise no stage, so items does not read them there.
var pushedWords = []string{"加快推进", "持续推进", "稳步推进", "扎实推进"}

// stagedActions are the actions of text that promise a stage of work.
func stagedActions(text string) []string {
	var out []string
	for _, a := range actions(text) {
		if stageOf(a) >= stageStarted {
			out = append(out, a)
		}
	}
	return out
}
