package parse

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"pledgereview/data"
)

// A report with no title line gets none from its salutation or its first
// sentence: the import preview asks for one and proposes
// "<place><year>年政府工作报告".

// placeName is a place as a file name or a report names it: 泸州市,
// 阿坝州, 锡林郭勒盟, 阿坝藏族羌族自治州.
var placeName = regexp.MustCompile(`\p{Han}{2,10}?(?:自治州|市|州|盟|地区|区|县)`)

// yearWords are a year in a file name: "2024年", "二〇二四年", "2024".
var yearWords = regexp.MustCompile(`[0-9０-９〇零一二三四五六七八九]{4}年?`)

// placeInText is where a report names its own place: the delivery line
// "在驻马店市第五届人民代表大会…", or a line opening "泸州市人民政府".
var placeInText = regexp.MustCompile(`(?m)(?:在|^)(\p{Han}{2,10}?(?:自治州|市|州|盟|地区|区|县))(?:第[一二三四五六七八九十]+届|人民政府|行政公署)`)

// ProposedTitle proposes a title for report r read from the file called
// fileName: "<place><year>年政府工作报告", the place from the file name,
// else from the text, else from the id's pinyin ("luzhou-2024" → 泸州); ""
// when r has a title of its own that names more than the genre (a bare
// "政府工作报告" tells no two years or places apart). A text in which no
// chapter was found yet keeps its first line when that is a title
// ("某某市2025年政府工作报告").
func ProposedTitle(fileName string, r *data.Report) string {
	if r.Title != "" && !genericTitle(r.Title) {
		return ""
	}
	if t := titleLine(r); t != "" {
		return t
	}
	place := placeOfName(fileName)
	if place == "" {
		if m := placeInText.FindStringSubmatch(r.Source); m != nil {
			place = m[1]
		}
	}
	if place == "" {
		place = placeOfID(r.ID)
	}
	year := ""
	if r.Year != 0 {
		year = strconv.Itoa(r.Year) + "年"
	}
	return place + year + "政府工作报告"
}

// genericTitle tells whether a title is the genre's name alone, with
// neither place nor year: "政府工作报告" (the State Council's, and that of
// many a scraped city page).
func genericTitle(title string) bool {
	t := strings.Join(strings.Fields(title), "")
	return t == "政府工作报告" || t == "工作报告"
}

// titleLine is the first line of a report in which no chapter was found,
// when it is a title that names more than the genre; else "".
func titleLine(r *data.Report) string {
	if len(r.Chapters) > 0 {
		return ""
	}
	for line := range strings.Lines(r.Source) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasSuffix(line, "工作报告") && utf8.RuneCountInString(line) <= 40 && !genericTitle(line) &&
			!strings.ContainsAny(line, "：:") { // not a scraper's "标题：…"
			return line
		}
		return ""
	}
	return ""
}

// placeOfName finds the place a file name names, its year and the genre's
// words left out ("2024年泸州市政府工作报告.docx" → 泸州市).
func placeOfName(fileName string) string {
	base := strings.TrimSuffix(filepath.Base(fileName), filepath.Ext(fileName))
	base = yearWords.ReplaceAllString(base, " ")
	for _, w := range []string{"政府工作报告", "人民政府", "工作报告"} {
		base = strings.ReplaceAll(base, w, " ")
	}
	if m := placeName.FindString(base); m != "" {
		return m
	}
	for _, p := range places {
		if strings.Contains(base, p.zh) {
			return p.zh
		}
	}
	return ""
}

// placeOfID is the place whose pinyin starts an id, "" when none does.
func placeOfID(id string) string {
	first, _, _ := strings.Cut(id, "-")
	for _, p := range places {
		if p.pinyin == first && p.pinyin != "national" {
			return p.zh
		}
	}
	return ""
}
