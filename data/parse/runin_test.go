package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/ingest"
)

// headings lists the chapters and headlines of r, a headline indented.
func headings(r *data.Report) []string {
	var out []string
	for _, c := range r.Chapters {
		out = append(out, c.Title)
		for _, h := range c.Headlines {
			out = append(out, "  "+h.Title)
		}
	}
	return out
}

// Run-in headings: each case is the shape of a corpus city report, in a
// few of its own sentences.
func TestRunInHeadings(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		bold       []string // stretches the Word file sets in bold
		want       []string
	}{{
		name: "驻马店: numbered chapters run into their first paragraph",
		text: "各位代表：现在，我代表市人民政府，向大会报告工作。\n" +
			"一、2021年工作回顾2021年是“十四五”规划开局之年，也是极不平凡的一年。\n" +
			"（一）综合实力迈上新台阶。全市生产总值完成3082.8亿元。\n" +
			"二、2022年工作总体要求和主要目标今年是党的二十大召开之年。地区生产总值增长7%。\n" +
			"三、2022年重点工作奋进新征程，发力新跨越。\n" +
			"（一）着力保持经济平稳健康运行突出抓好项目建设。实施重大项目500个。\n" +
			"（二）着力实施科技创新工程实施创新主体培育工程。新增高新技术企业100家。\n",
		want: []string{
			"2021年工作回顾", "  综合实力迈上新台阶",
			"2022年工作总体要求和主要目标",
			"2022年重点工作", "  着力保持经济平稳健康运行", "  着力实施科技创新工程",
		},
	}, {
		name: "驻马店 2023: a lead after a comma",
		text: "一、过去五年工作回顾刚刚过去的2022年，经济稳中有进。\n" +
			"二、2023年重点工作安排围绕实现今年经济社会发展目标，重点做好以下工作：\n" +
			"（一）突出转型提质，建设现代化产业体系推动现代制造业做大做强。新增规上企业100家。\n" +
			"（二）突出四个拉动，促进经济稳定增长积极扩大有效投资。完成投资1000亿元。\n",
		want: []string{
			"过去五年工作回顾",
			"2023年重点工作安排", "  突出转型提质，建设现代化产业体系", "  突出四个拉动，促进经济稳定增长",
		},
	}, {
		name: "泸州: one paragraph, headings in bold",
		text: "各位代表：现在，我代表市人民政府，向大会报告工作。2023年工作回顾2023年是全面贯彻党的二十大精神的开局之年。" +
			"2023年，我们主要做了以下工作：（一）千方百计稳增长，经济发展质效稳中有升。项目投资拉动有力。完成投资370亿元。" +
			"（二）持续壮大实体经济，现代化产业体系加快构建。新型工业化扎实推进。28个工业项目建成投产。" +
			"2024年工作安排建议今年政府工作的总体要求是稳中求进。" +
			"一、聚焦抓项目增效益，持续巩固经济回升势头大力实施项目投资攻坚行动。全年完成投资1200亿元。" +
			"二、聚焦产业转型升级，加快建设现代化产业体系推动白酒产业高质量发展。白酒产业营收增长8%。" +
			"切实加强政府自身建设人民政府为人民，“人民”二字重于泰山。旗帜鲜明讲政治。坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，守牢意识形态主阵地。" +
			"持之以恒强法治。巩固全国法治政府建设示范市成果，严格规范公正文明执法。" +
			"担当作为抓落实。牢记“空谈误国、实干兴邦”，把抓落实作为政府工作的生命线。各位代表！道虽远，行则将至；事虽难，做则必成。",
		bold: []string{"2023年工作回顾", "2023年，我们主要做了以下工作：（一）千方百计稳增长，经济发展质效稳中有升。",
			"（二）持续壮大实体经济，现代化产业体系加快构建。", "2024年工作安排建议",
			"一、聚焦抓项目增效益，持续巩固经济回升势头", "二、聚焦产业转型升级，加快建设现代化产业体系", "切实加强政府自身建设"},
		want: []string{
			"2023年工作回顾", "  千方百计稳增长，经济发展质效稳中有升", "  持续壮大实体经济，现代化产业体系加快构建",
			"2024年工作安排建议", "  聚焦抓项目增效益，持续巩固经济回升势头", "  聚焦产业转型升级，加快建设现代化产业体系",
			"切实加强政府自身建设", "  旗帜鲜明讲政治", "  持之以恒强法治", "  担当作为抓落实",
		},
	}, {
		name: "阿坝: 一、 under unnumbered chapters is a headline, 一是 beside it no headline",
		text: "各位代表：\n2023年工作回顾\n刚刚过去的2023年，是关键之年。\n一、生态建设绘就新画卷\n（一）系统保护成色十足。新增造林10万亩。\n" +
			"二、经济发展实现新突破\n地区生产总值增长6%。\n2024年工作安排\n一是必须坚持“政治第一要求”。二是必须坚持“生态第一本底”。\n" +
			"一、在筑牢生态屏障上持续发力，打好“护绿增绿”主动战\n完成营造林20万亩。\n二、在深化改革开放上协同发力，打好“破旧立新”进击战\n新增市场主体1万户。",
		want: []string{
			"2023年工作回顾", "  生态建设绘就新画卷", "  经济发展实现新突破",
			"2024年工作安排", "  在筑牢生态屏障上持续发力，打好“护绿增绿”主动战", "  在深化改革开放上协同发力，打好“破旧立新”进击战",
		},
	}, {
		name: "a headline alone on its line is never cut",
		text: "一、2025年工作总体要求和预期目标\n地区生产总值增长5%左右。\n二、2025年重点工作\n（一）坚持稳中求进、以进促稳，全力推动经济持续向好\n完成投资100亿元。",
		want: []string{"2025年工作总体要求和预期目标", "2025年重点工作", "  坚持稳中求进、以进促稳，全力推动经济持续向好"},
	}, {
		name: "海拉尔区 2012: a paragraph opening on the subject of its sentence is no heading",
		text: "一、过去一年工作回顾\n过去的一年，地区生产总值增长18.5%。\n二、2012年政府工作总体要求和目标任务\n" +
			"2012年政府工作的总体要求是：全面贯彻落实区十四届四次全委会议精神，稳中求进。\n主要预期目标是：地区生产总值增长20%。\n" +
			"（一）以工业集聚为助推，促进多元发展\n完成工业投资50亿元。",
		want: []string{"过去一年工作回顾", "2012年政府工作总体要求和目标任务", "  以工业集聚为助推，促进多元发展"},
	}, {
		name: "a numbered chapter heading run into a colon is still a heading",
		text: "一、2024年工作回顾2024年，地区生产总值增长5%。\n二、2025年工作总体要求和目标任务：地区生产总值增长5%左右，完成投资100亿元。\n" +
			"三、2025年重点工作\n（一）稳增长\n完成投资100亿元。",
		want: []string{"2024年工作回顾", "2025年工作总体要求和目标任务", "2025年重点工作", "  稳增长"},
	}} {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{ID: "x", Bold: boldSpans(t, tt.text, tt.bold)}
			r, err := Parse(tt.text, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkLossless(t, tt.text, opts, r)
			diffLines(t, headings(r), tt.want)
		})
	}
}

// boldSpans finds each bold stretch in text, in order.
func boldSpans(t *testing.T, text string, bold []string) []data.Span {
	t.Helper()
	rs := []rune(text)
	var out []data.Span
	from := 0
	for _, b := range bold {
		i := strings.Index(string(rs[from:]), b)
		if i < 0 {
			t.Fatalf("bold %q not in the text", b)
		}
		start := from + len([]rune(string(rs[from:])[:i]))
		out = append(out, data.Span{Start: start, End: start + len([]rune(b))})
		from = start + len([]rune(b))
	}
	return out
}

// TestLuzhouWithoutBold: the 泸州 paragraph with its bold lost (copied as
// plain text) is cut at its headings by their words and numbering alone.
func TestLuzhouWithoutBold(t *testing.T) {
	path := filepath.Join(corpusDir(t), "cities", "luzhou-2024.docx")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ingest.Read(path, raw)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(doc.Text(), Options{ID: "luzhou-2024"})
	if err != nil {
		t.Fatal(err)
	}
	diffLines(t, headings(r), []string{
		"2023年工作回顾",
		"  千方百计稳增长，经济发展质效稳中有升",
		"  持续壮大实体经济，现代化产业体系加快构建",
		"  充分发挥区位优势，开放合作水平稳步提升",
		"  科学统筹城乡发展，融合发展格局加快形成",
		"  切实提升科教水平，创新发展动能更加强劲",
		"  倾力增进民生福祉，群众生活品质不断改善",
		"  守牢安全发展底线，社会大局保持和谐稳定",
		"2024年工作安排建议",
		"  聚焦抓项目增效益，持续巩固经济回升势头",
		"  聚焦产业转型升级，加快建设现代化产业体系",
		"  聚焦促进共同富裕，扎实推进城乡融合发展",
		"  聚焦城市功能完善，提升新时代区域中心城市能级",
		"  聚焦群众关心关切，用心用情办好民生实事",
		"  聚焦生态文明建设，筑牢长江上游重要生态屏障",
		"  聚焦风险防范化解，织密扎牢安全发展防线",
		"切实加强政府自身建设",
		"  旗帜鲜明讲政治",
		"  持之以恒强法治",
		"  担当作为抓落实",
		"  清正廉洁守底线",
	})
}
