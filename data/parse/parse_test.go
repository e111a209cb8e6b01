package parse

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/seeds"
)

// seedOutline is every chapter of the seed with its headline titles.
var seedOutline = []struct {
	chapter   string
	headlines []string
}{
	{"科技自立自强 太原要有新担当", []string{"年底5G基站达到5000座以上", "培育高科技领军企业100家", "为科研人员松绑减负", "最大诚意吸引各类人才"}},
	{"构建现代产业体系 太原要有新速度", []string{"打造不锈钢航母", "打造“太原智造”新名片", "超前布局未来产业"}},
	{"建设品牌强市 太原要有新动作", []string{"打造“满意消费在太原”品牌", "打造“全域旅游”太原样板", "打造跨境电商生态圈"}},
	{"深化改革开放 太原要有新举措", []string{"力争新办小微企业1万户"}},
	{"城市更新行动 太原要有新提升", []string{"国庆节前完成五一广场改造", "建成滨河自行车专用道", "新增停车位1万个以上"}},
	{"推进乡村振兴 太原要有新局面", []string{"推动山西老陈醋走向世界", "打造迎泽区药茶一条街"}},
	{"改善生态环境 太原要有新突破", []string{"全面禁用一次性塑料制品", "改扩建北郊污水处理厂", "新增绿地3000亩"}},
	{"增进民生福祉 太原要有新成效", []string{"完善教师优待办法", "促进药价实质性降低", "改造老旧小区700个以上", "打造群众身边博物馆", "实施“百馆兴体”工程", "提高低保和特困人员补助标准", "新增应急避难场所157处"}},
	{"守护人民健康 太原要有新作为", []string{"筑牢疫情防控屏障"}},
	{"转变政府职能 太原要有新形象", []string{"实现95%以上政务服务 “最多跑一次”"}}}

func TestParseSeedStructure(t *testing.T) {
	r := mustParse(t, seeds.Taiyuan2021, seeds.Taiyuan2021ID)
	checkInvariants(t, seeds.Taiyuan2021, r)

	c, h, p := r.Count()
	if c != 10 || h != 28 || p != 171 {
		t.Fatalf("counts = %d chapters, %d headlines, %d pledges; want 10, 28, 171", c, h, p)
	}
	sentences := 0
	for _, pl := range r.Pledges() {
		if !pl.IsHeadline() {
			sentences++
		}
	}
	if sentences != 143 {
		t.Errorf("sentences = %d, want 143", sentences)
	}
	if r.ID != "taiyuan-2021" || r.Title != "转型发展蹚新路 太原要写新华章" ||
		r.Subtitle != "2021年《政府工作报告》解读" || r.Year != 2021 {
		t.Errorf("header = %q %q %q %d", r.ID, r.Title, r.Subtitle, r.Year)
	}
	if !strings.HasPrefix(r.Preamble, "2月23日开幕的市十四届人大六次会议上") || !strings.HasSuffix(r.Preamble, "新的气象扑面而来。") {
		t.Errorf("preamble = %q", r.Preamble)
	}
	if r.Byline != "本报记者 郜蓉 张晓丽 毕晶晶" {
		t.Errorf("byline = %q", r.Byline)
	}
	if r.Source != seeds.Taiyuan2021 {
		t.Error("source is not the input unchanged")
	}
	if len(r.Fingerprint) != 64 || r.Fingerprint != Fingerprint(seeds.Taiyuan2021) {
		t.Errorf("fingerprint = %q", r.Fingerprint)
	}
	for _, pl := range r.Pledges() {
		if strings.Contains(pl.Text, "本报记者") || strings.Contains(pl.Text, "2月23日开幕") {
			t.Errorf("%s: byline or preamble taken as a pledge: %q", pl.ID, pl.Text)
		}
	}

	if len(r.Chapters) != len(seedOutline) {
		t.Fatalf("%d chapters", len(r.Chapters))
	}
	for i, ch := range r.Chapters {
		want := seedOutline[i]
		if ch.N != i+1 || ch.Title != want.chapter {
			t.Errorf("chapter %d = %d %q, want %q", i+1, ch.N, ch.Title, want.chapter)
		}
		if len(ch.Pledges) != 0 {
			t.Errorf("chapter %d has %d pledges outside headlines", ch.N, len(ch.Pledges))
		}
		var titles []string
		for j, hl := range ch.Headlines {
			titles = append(titles, hl.Title)
			if hl.N != j+1 || hl.Pledges[0].Text != hl.Title || !hl.Pledges[0].IsHeadline() {
				t.Errorf("headline %d.%d: N=%d first pledge %q", ch.N, j+1, hl.N, hl.Pledges[0].Text)
			}
			for k, pl := range hl.Pledges {
				if pl.Chapter != ch.N || pl.Headline != hl.N || pl.Sentence != k {
					t.Errorf("%s numbered %d.%d.%d", pl.ID, pl.Chapter, pl.Headline, pl.Sentence)
				}
			}
		}
		if strings.Join(titles, "|") != strings.Join(want.headlines, "|") {
			t.Errorf("chapter %d headlines:\n got  %q\n want %q", ch.N, titles, want.headlines)
		}
	}

	pl, ok := r.Pledge("taiyuan-2021/03.02.04")
	if !ok || pl.Text != "太原古县城、华夏历史文明传承园5月对外开放。" {
		t.Errorf("03.02.04 = %q, %v", pl.Text, ok)
	}
	var truncated []string
	for _, pl := range r.Pledges() {
		if pl.Truncated {
			truncated = append(truncated, pl.ID+" "+pl.Text)
		}
	}
	if len(truncated) != 1 || truncated[0] != "taiyuan-2021/08.07.03 坚决维护公共安全和社" {
		t.Errorf("truncated pledges = %q", truncated)
	}
}

// The same report with other line endings, indentation, blank lines and a
// final newline parses to the same pledges and the same fingerprint.
func TestParseSeedVariants(t *testing.T) {
	base := mustParse(t, seeds.Taiyuan2021, "s")
	variants := map[string]string{
		"crlf":        strings.ReplaceAll(seeds.Taiyuan2021, "\n", "\r\n"),
		"final-nl":    seeds.Taiyuan2021 + "\n",
		"tab-indent":  strings.ReplaceAll(seeds.Taiyuan2021, "\n", "\n\t"),
		"full-width":  strings.ReplaceAll(seeds.Taiyuan2021, "\n", "\n\u3000\u3000"),
		"no-blanks":   strings.ReplaceAll(seeds.Taiyuan2021, "\n\n", "\n"),
		"more-blanks": strings.ReplaceAll(seeds.Taiyuan2021, "\n", "\n \n\n"),
		"bom":         "\ufeff" + seeds.Taiyuan2021,
	}
	for name, text := range variants {
		t.Run(name, func(t *testing.T) {
			r := mustParse(t, text, "s")
			checkInvariants(t, text, r)
			if got, want := texts(r.Pledges()), texts(base.Pledges()); got != want {
				t.Errorf("pledges differ from the seed's")
			}
			if r.Title != base.Title || r.Subtitle != base.Subtitle || r.Byline != base.Byline || r.Preamble != base.Preamble {
				t.Errorf("header %q %q %q", r.Title, r.Subtitle, r.Byline)
			}
			if name != "bom" && r.Fingerprint != base.Fingerprint {
				t.Errorf("fingerprint changed")
			}
		})
	}
}

// texts renders pledges with everything but their offsets.
func texts(ps []data.Pledge) string {
	var sb strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&sb, "%s|%s|%v|%v|%v\n", p.ID, p.Text, p.Truncated, p.Targets, p.Deadline)
	}
	return sb.String()
}

func TestParseNumbered(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		chapters []string // "title: headline|headline"
		pledges  []string
		preamble string
	}{
		{
			name: "chapters, headlines with text on the heading line, items",
			text: "政府工作报告\n——2022年1月10日在市人民代表大会上\n\n各位代表：\n现在报告工作。\n\n" +
				"一、2021年工作回顾\n过去一年，生产总值增长8%。城镇新增就业5.2万人。\n\n" +
				"二、2022年主要任务\n（一）坚持创新驱动发展。加快建设科技强市，年底前新增高新技术企业200家以上。\n" +
				"1.培育创新主体。新建研发平台30个左右。\n2、深化科技体制改革。\n" +
				"(二)扩大有效需求\n全年完成投资不少于1000亿元\n",
			chapters: []string{"2021年工作回顾: ", "2022年主要任务: 坚持创新驱动发展|扩大有效需求"},
			pledges: []string{
				"01.00.01|过去一年，生产总值增长8%。|outcome",
				"01.00.02|城镇新增就业5.2万人。|outcome",
				"02.01.00|坚持创新驱动发展。",
				"02.01.01|加快建设科技强市，年底前新增高新技术企业200家以上。",
				"02.01.02|培育创新主体。",
				"02.01.03|新建研发平台30个左右。",
				"02.01.04|深化科技体制改革。",
				"02.02.00|扩大有效需求",
				"02.02.01|全年完成投资不少于1000亿元|~",
			},
			preamble: "各位代表：\n现在报告工作。",
		},
		{
			name: "items are headlines where a chapter has no （一）",
			text: "某市政府工作报告\n\n一、保障和改善民生\n1.办好民生实事。春节前完成约2000户安置。\n2.加强社会保障\n到2025年，养老床位达到1.2万张。\n" +
				"二、加强政府建设\n（一）建设法治政府\n依法行政。",
			chapters: []string{"保障和改善民生: 办好民生实事|加强社会保障", "加强政府建设: 建设法治政府"},
			pledges: []string{
				"01.01.00|办好民生实事。",
				"01.01.01|春节前完成约2000户安置。",
				"01.02.00|加强社会保障",
				"01.02.01|到2025年，养老床位达到1.2万张。",
				"02.01.00|建设法治政府",
				"02.01.01|依法行政。",
			},
		},
		{
			name:     "第一部分 chapters and headlines before any chapter",
			text:     "报告\n（一）总体要求\n稳字当头。\n第二部分 重点工作\n（一）稳增长\n增长6%左右！还有吗?",
			chapters: []string{": 总体要求", "重点工作: 稳增长"},
			pledges: []string{
				"01.01.00|总体要求", "01.01.01|稳字当头。",
				"02.01.00|稳增长", "02.01.01|增长6%左右！", "02.01.02|还有吗?",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustParse(t, tt.text, "n")
			checkInvariants(t, tt.text, r)
			var chapters []string
			for _, c := range r.Chapters {
				var hs []string
				for _, h := range c.Headlines {
					hs = append(hs, h.Title)
				}
				chapters = append(chapters, c.Title+": "+strings.Join(hs, "|"))
			}
			diffLines(t, chapters, tt.chapters)
			diffLines(t, outline(r), tt.pledges)
			if r.Preamble != tt.preamble {
				t.Errorf("preamble = %q, want %q", r.Preamble, tt.preamble)
			}
		})
	}
}

func TestParsePlainShapes(t *testing.T) {
	tests := []struct {
		name                    string
		text                    string
		title, subtitle, byline string
		chapters                []string
		pledges                 []string
	}{
		{
			name:     "title then chapter, no subtitle",
			text:     "标题 太原\n第一章 标题\n头条一\n句子一。他说：“句子二！”句子三\n\n头条 二\n句子四?",
			title:    "标题 太原",
			chapters: []string{"第一章 标题: 头条一|头条 二"},
			pledges: []string{
				"01.01.00|头条一", "01.01.01|句子一。", "01.01.02|他说：“句子二！”", "01.01.03|句子三|~",
				"01.02.00|头条 二", "01.02.01|句子四?",
			},
		},
		{
			name:     "headlines without chapters get an untitled chapter",
			text:     "\n\n标题\n副标题\n引言一段。\n头条\n正文。\n记者 张三",
			title:    "标题",
			subtitle: "副标题",
			byline:   "记者 张三",
			chapters: []string{": 头条"},
			pledges:  []string{"01.01.00|头条", "01.01.01|正文。"},
		},
		{
			name:     "tabs, full-width spaces and CRLF around lines",
			text:     "\r\n\t标题\r\n\u3000\u3000章\t\r\n  头条 \r\n\u3000\u3000正文一。 正文二。\t\r\n",
			title:    "标题",
			chapters: []string{"章: 头条"},
			pledges:  []string{"01.01.00|头条", "01.01.01|正文一。", "01.01.02|正文二。"},
		},
		{
			name:     "punctuation-only fragments are not pledges; a pause is not a truncation",
			text:     "标题\n章\n头条\n。。正文：\n……\n列举一；",
			title:    "标题",
			chapters: []string{"章: 头条"},
			pledges:  []string{"01.01.00|头条", "01.01.01|正文：", "01.01.02|列举一；"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustParse(t, tt.text, "p")
			checkInvariants(t, tt.text, r)
			if r.Title != tt.title || r.Subtitle != tt.subtitle || r.Byline != tt.byline {
				t.Errorf("header = %q %q %q", r.Title, r.Subtitle, r.Byline)
			}
			var chapters []string
			for _, c := range r.Chapters {
				var hs []string
				for _, h := range c.Headlines {
					hs = append(hs, h.Title)
				}
				chapters = append(chapters, c.Title+": "+strings.Join(hs, "|"))
			}
			diffLines(t, chapters, tt.chapters)
			diffLines(t, outline(r), tt.pledges)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, text, id string
		want           error
	}{
		{"empty id", "标题\n章\n头条\n正文。", "", ErrNoID},
		{"id with slash", "标题\n章\n头条\n正文。", "a/b", ErrBadID},
		{"id with space", "标题\n章\n头条\n正文。", "a b", ErrBadID},
		{"empty input", "", "x", ErrNoPledges},
		{"blank input", " \r\n\t\u3000\n", "x", ErrNoPledges},
		{"only a title", "\n\n政府工作报告\n", "x", ErrNoPledges},
		{"title and preamble", "政府工作报告\n各位代表：现在报告工作。", "x", ErrNoPledges},
		{"invalid UTF-8", "标题\n章\n头条\n正文\xff。", "x", ErrInvalidUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse(tt.text, Options{ID: tt.id})
			if !errors.Is(err, tt.want) || r != nil {
				t.Errorf("Parse = %v, %v; want error %v", r, err, tt.want)
			}
		})
	}
}

func TestYear(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"2021年《政府工作报告》解读\n2022年建成", 2021},
		{"去年是2019年。2020年政府工作报告", 2020},
		{"2019年回顾，2020年目标，2020年任务", 2020},
		{"12021年 没有年份", 0},
		{"没有年份", 0},
	}
	for _, tt := range tests {
		if got := detectYear([]rune(tt.text)); got != tt.want {
			t.Errorf("detectYear(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

func TestIDFromFileName(t *testing.T) {
	tests := map[string]string{
		"/work/seeds/taiyuan-2021.txt":   "taiyuan-2021",
		"taiyuan-2021.txt":               "taiyuan-2021",
		`C:\reports\Taiyuan_2021 v2.TXT`: "taiyuan-2021-v2",
		"reports/太原2021.txt":             "taiyuan-2021",
		"太原.txt":                         "taiyuan",
		"某市.txt":                         "report",
		"2025年广东省政府工作报告.pdf":             "guangdong-2025",
		"2025年西藏政府工作报告.docx":             "xizang-2025",
		"2024-state-council.txt":         "2024-state-council",
		"":                               "report",
		"--Weird--Name--.tar.gz":         "weird-name-tar",
		"noext":                          "noext",
		".hidden":                        "hidden",
	}
	for in, want := range tests {
		if got := IDFromFileName(in); got != want {
			t.Errorf("IDFromFileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFingerprint(t *testing.T) {
	a := Fingerprint("标题\n\n 正文。 \n")
	if a != Fingerprint("\r\n标题\r\n正文。") {
		t.Error("line endings, blank lines or spaces change the fingerprint")
	}
	if a == Fingerprint("标题\n正文！") {
		t.Error("different text, same fingerprint")
	}
	for _, text := range []string{seeds.Taiyuan2021, "a\rb\r\n c", "\n\n", "x\u3000\n\ty"} {
		sum := sha256.Sum256([]byte(Normalize(text)))
		if Fingerprint(text) != hex.EncodeToString(sum[:]) {
			t.Errorf("Fingerprint(%.20q) is not the hash of Normalize", text)
		}
	}
	if got := Normalize(" a \r\n\r\n\tb\n"); got != "a\nb" {
		t.Errorf("Normalize = %q", got)
	}
	if got := Fingerprint("a\n\nb"); got != "7e18f737311b2dc3b2f269dd78396b0351f14fb66efa879f768cb23181883c78" { // sha256 of "a\nb"
		t.Errorf("Fingerprint = %q", got)
	}
}

func TestPledgeIDMatchesData(t *testing.T) {
	for _, n := range [][3]int{{1, 2, 3}, {10, 0, 0}, {3, 28, 143}, {100, 9, 1000}} {
		if got, want := pledgeID("r-1", n[0], n[1], n[2]), data.PledgeID("r-1", n[0], n[1], n[2]); got != want {
			t.Errorf("pledgeID%v = %q, data.PledgeID = %q", n, got, want)
		}
	}
}

func TestParseSingleNumberedChapter(t *testing.T) {
	for name, text := range map[string]string{
		"sentences": "某县2022年工作报告\n\n一、总体要求\n全年新增就业1000人。\n",
		"items":     "某县2022年工作报告\n\n一、总体要求\n1.稳就业。全年新增就业1000人。\n",
	} {
		t.Run(name, func(t *testing.T) {
			r := mustParse(t, text, "p")
			checkInvariants(t, text, r)
			c, _, p := r.Count()
			if c != 1 || p == 0 || r.Chapters[0].Title != "总体要求" {
				t.Fatalf("chapters %d pledges %d, first chapter %q", c, p, r.Chapters[0].Title)
			}
			found := false
			for _, pl := range r.Pledges() {
				found = found || pl.Text == "全年新增就业1000人。"
			}
			if !found {
				t.Fatalf("pledge missing in %+v", r.Pledges())
			}
		})
	}
}
