package parse

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/seeds"
)

// checkLossless proves that every character of the input lands in exactly
// one place of the report — front matter, a chapter title, a pledge, the
// glossary, the byline or what the parser set aside — white space aside,
// and that what lands nowhere is numbering or punctuation.
func checkLossless(t testing.TB, input string, opts Options, r *data.Report) {
	t.Helper()
	var s []rune
	at := make([]int, 0, len(input)+1) // rune offset of the input -> offset in s
	for _, c := range input {
		at = append(at, len(s))
		if !isSpace(c) {
			s = append(s, c)
		}
	}
	at = append(at, len(s))
	covered := make([]bool, len(s))
	mark := func(what string, from, to int) {
		for i := from; i < to; i++ {
			if covered[i] {
				t.Fatalf("%s: %q is counted twice", what, string(s[from:to]))
			}
			covered[i] = true
		}
	}
	placed := func(what, text string, start int) {
		p := []rune(stripSpace(text))
		from := at[start]
		if from+len(p) > len(s) || string(s[from:from+len(p)]) != string(p) {
			t.Fatalf("%s: %q is not the input at %d", what, text, start)
		}
		mark(what, from, from+len(p))
	}
	// find places text at its first (or last) uncovered occurrence in s[from:to].
	findIn := func(what, text string, from, to int, last bool) int {
		p := []rune(stripSpace(text))
		if len(p) == 0 {
			return from
		}
		i, step := from, 1
		if last {
			i, step = to-len(p), -1
		}
	next:
		for ; i >= from && i+len(p) <= to; i += step {
			for k := range p {
				if s[i+k] != p[k] || covered[i+k] {
					continue next
				}
			}
			mark(what, i, i+len(p))
			return i + len(p)
		}
		t.Fatalf("%s: %q is not in the input", what, text)
		return from
	}
	find := func(what, text string, from, to int) int { return findIn(what, text, from, to, false) }

	for _, p := range r.Pledges() {
		placed(p.ID, p.Text, p.Start)
	}
	for _, e := range r.Glossary {
		end := find("glossary term", e.Term, at[e.Start], at[e.End])
		find("glossary text", e.Text, end, at[e.End])
	}
	// A scraper's header is set aside from the top, before the title that
	// it names again ("标题：二0二二年政府工作报告").
	for _, a := range r.SetAside[len(opts.SetAside):] {
		if a.Reason == data.AsideNavigation {
			find("scraper header", a.Text, 0, len(s))
		}
	}
	front := []string{r.Title, r.Subtitle, r.SourceLine, r.Delivery, r.Speaker}
	front = append(front, strings.Split(r.Preamble, "\n")...)
	for _, f := range front {
		find("front matter", f, 0, len(s))
	}
	prev := 0
	for i, c := range r.Chapters {
		end := len(s)
		for _, n := range r.Chapters[i:] {
			if ps := append(append([]data.Pledge{}, n.Pledges...), headlinePledges(n)...); len(ps) > 0 {
				end = at[ps[0].Start]
				break
			}
		}
		prev = find("chapter title", c.Title, prev, end)
		for _, p := range append(append([]data.Pledge{}, c.Pledges...), headlinePledges(c)...) {
			prev = max(prev, at[p.End])
		}
	}
	// From the end: the licence footer, the byline, then the headings of
	// glossaries, last first.
	var tail, headings []string
	for _, a := range r.SetAside[len(opts.SetAside):] {
		switch a.Reason {
		case data.AsideNavigation:
		case data.AsideLicence:
			tail = append(tail, a.Text)
		default:
			headings = append([]string{a.Text}, headings...)
		}
	}
	tail = append(append(tail, r.Byline), headings...)
	for _, f := range tail {
		findIn("byline or set aside", f, 0, len(s), true)
	}

	for i := 0; i < len(s); {
		if covered[i] {
			i++
			continue
		}
		j := i
		for j < len(s) && !covered[j] {
			j++
		}
		if gap := string(s[i:j]); !furnitureRE.MatchString(gap) {
			t.Fatalf("lost: %q", gap)
		}
		i = j
	}
}

// furnitureRE is what may land nowhere: numbering, and runes that are
// neither letters nor digits (punctuation, symbols, marks).
var furnitureRE = regexp.MustCompile(`^(第[一二三四五六七八九十百]+(部分|章)|[一二三四五六七八九十百]+[、．]|[（(][一二三四五六七八九十百]+[）)]|[（(][0-9０-９]{1,3}[）)]|[0-9０-９]{1,3}[.．、]|[①-⑳]|[^\pL\pN])*$`)

func TestLosslessSeedAndShapes(t *testing.T) {
	for _, text := range []string{
		seeds.Taiyuan2021,
		"政府工作报告\n一、总体要求\n（一）稳增长。增长6%左右。\n1.新增就业1.2万人以上\n二、民生\n春节前完成。",
		"二、2022年工作安排\n（一）稳增长。增长6%左右。\n（二）惠民生。新建学校3所。",
		"各位代表：\n现在我代表政府报告工作。\n2024年工作回顾\n一是稳增长，成效明显。二是惠民生。\n二是抓改革。改革深化。\n2025年工作安排\n（一）扩内需。消费增长5%。\n（二）强创新。\n名词解释\n1.两新：设备更新。\n2.两重：重大战略。\n本作品是中华人民共和国的法律\nPublic domain",
	} {
		opts := Options{ID: "t", SetAside: []data.SetAside{{Text: "— 1 —", Reason: data.AsidePageNumber}}}
		r, err := Parse(text, opts)
		if err != nil {
			t.Fatal(err)
		}
		checkLossless(t, text, opts, r)
	}
}

// TestLosslessRandom builds reports of random lines of the genre's shapes,
// half of them with random corrections, and checks that nothing is lost.
func TestLosslessRandom(t *testing.T) {
	parts := []string{
		"2025年某市政府工作报告", "来源：某某日报", "——2025年1月14日在某市第十六届人民代表大会第三次会议上",
		"某市市长 张三", "各位代表：", "现在，我代表市人民政府向大会报告工作。",
		"一、2024年工作回顾", "二、2025年重点工作", "第三部分 自身建设", "2024年工作回顾", "加强政府自身建设",
		"（一）扩大内需。", "（二）稳定增长，提升质量", "(三)保障民生。新增就业12万人以上。",
		"一是稳增长。GDP增长5%左右。", "二是惠民生，新建学校10所。", "三是抓改革",
		"1.新增绿地3000亩。", "（2）完成改造700个以上", "①粮食产量稳定在1300万吨。",
		"赤字率拟按4%左右安排。", "年底前建成5G基站5000座以上！", "“五一”前完成。引语“好”。残句",
		"附件1", "2025年十件民生实事", "附件2 名词解释", "名词解释", "1.两新：大规模设备更新。", "2.“四旁”：村旁、宅旁。",
		"本作品是中华人民共和国的法律", "Public domain", "本报记者 某某", "、", "。", "2.5", "PM", "）浓度下降。",
		" ", "\u3000\u3000大力提振消费。落实政策。", "各位代表！",
	}
	rng := rand.New(rand.NewPCG(8, 8))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			sb.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(4) > 0 {
				sb.WriteString("\n")
			}
		}
		text := sb.String()
		// Half the reports carry corrections of random lines.
		var fixes []data.Correction
		if lines := Lines(text, nil); n%2 == 1 && len(lines) > 0 {
			makes := []string{data.MakeChapter, data.MakeHeadline, data.MakeBody, data.MakeJoinNext, data.MakeAnnex}
			for k := rng.IntN(4); k >= 0; k-- {
				l := lines[rng.IntN(len(lines))]
				fixes = append(fixes, data.Correction{Line: l.N, Text: l.Text, Make: makes[rng.IntN(len(makes))]})
			}
		}
		r, err := Parse(text, Options{ID: "r", Corrections: fixes})
		if err != nil {
			continue
		}
		t.Run("", func(t *testing.T) {
			defer func() {
				if t.Failed() {
					t.Logf("input %q", text)
				}
			}()
			checkInvariants(t, text, r)
			checkLossless(t, text, Options{}, r)
		})
		if t.Failed() {
			break
		}
	}
}
