package parse

import (
	"strings"

	"pledgereview/data"
)

// places are the provinces and some cities whose reports users import,
// with the pinyin an id spells them in; a file named in Chinese
// ("2025年广东省政府工作报告.docx") then gets a readable id of its own.
var places = []struct{ zh, pinyin string }{
	{"北京", "beijing"}, {"天津", "tianjin"}, {"河北", "hebei"}, {"山西", "shanxi"},
	{"内蒙古", "neimenggu"}, {"辽宁", "liaoning"}, {"吉林", "jilin"}, {"黑龙江", "heilongjiang"},
	{"上海", "shanghai"}, {"江苏", "jiangsu"}, {"浙江", "zhejiang"}, {"安徽", "anhui"},
	{"福建", "fujian"}, {"江西", "jiangxi"}, {"山东", "shandong"}, {"河南", "henan"},
	{"湖北", "hubei"}, {"湖南", "hunan"}, {"广东", "guangdong"}, {"广西", "guangxi"},
	{"海南", "hainan"}, {"重庆", "chongqing"}, {"四川", "sichuan"}, {"贵州", "guizhou"},
	{"云南", "yunnan"}, {"西藏", "xizang"}, {"陕西", "shaanxi"}, {"甘肃", "gansu"},
	{"青海", "qinghai"}, {"宁夏", "ningxia"}, {"新疆", "xinjiang"}, {"香港", "hongkong"},
	{"澳门", "macao"}, {"国务院", "national"}, {"全国", "national"},
	{"太原", "taiyuan"}, {"晋中", "jinzhong"}, {"大同", "datong"}, {"广州", "guangzhou"},
	{"深圳", "shenzhen"}, {"杭州", "hangzhou"}, {"南京", "nanjing"}, {"苏州", "suzhou"},
	{"武汉", "wuhan"}, {"成都", "chengdu"}, {"西安", "xian"}, {"郑州", "zhengzhou"},
	{"长沙", "changsha"}, {"济南", "jinan"}, {"青岛", "qingdao"}, {"厦门", "xiamen"},
	{"宁波", "ningbo"}, {"沈阳", "shenyang"}, {"大连", "dalian"}, {"哈尔滨", "haerbin"},
	{"兰州", "lanzhou"}, {"昆明", "kunming"}, {"南宁", "nanning"}, {"合肥", "hefei"},
	{"福州", "fuzhou"}, {"南昌", "nanchang"}, {"石家庄", "shijiazhuang"}, {"呼和浩特", "huhehaote"},
	{"长春", "changchun"}, {"贵阳", "guiyang"}, {"拉萨", "lasa"}, {"西宁", "xining"},
	{"银川", "yinchuan"}, {"乌鲁木齐", "wulumuqi"}, {"海口", "haikou"},
	{"泸州", "luzhou"}, {"阿坝", "aba"}, {"承德", "chengde"}, {"锡林郭勒", "xilingol"},
	{"驻马店", "zhumadian"},
}

// placeOf finds the first place named in s and returns its pinyin and s
// without it; "" and s when none is named.
func placeOf(s string) (string, string) {
	best, at := -1, len(s)
	for i, p := range places {
		if j := strings.Index(s, p.zh); j >= 0 && j < at {
			best, at = i, j
		}
	}
	if best < 0 {
		return "", s
	}
	p := places[best]
	return p.pinyin, s[:at] + " " + s[at+len(p.zh):]
}

// PlaceKey is the government a report is of, as a key to pair a report
// with the same government's a year on (PlaceOf is the name a list shows),
// read from its own words: the
// place its title names, else its delivery line, speaker, byline or source
// line ("河南省第十四届人民代表大会", "国务院总理"); a place of the table is
// given in pinyin ("henan", "national"), another by its name as the title
// writes it ("2024年某某市政府工作报告" → "某某"). "" when none is named.
func PlaceKey(r *data.Report) string {
	for _, s := range []string{r.Title, r.Subtitle, r.Delivery, r.Speaker, r.Byline, r.SourceLine, r.Preamble} {
		if p, _ := placeOf(s); p != "" {
			return p
		}
	}
	if p := placeInTitle(r.Title); p != "" {
		return p
	}
	// a title the parser did not find (a web page's furniture above it):
	// the words before the first chapter
	head := []rune(r.Source)
	p, _ := placeOf(string(head[:min(len(head), placeHeadRunes)]))
	return p
}

// placeHeadRunes is how much of a report's opening Place reads when its
// front matter names no place.
const placeHeadRunes = 200

// placeInTitle is the name between the year and 政府工作报告 in a title
// ("2024年某某市人民政府工作报告" → "某某"), without its 省/市/县/区.
func placeInTitle(title string) string {
	rest := title
	if i := strings.Index(rest, "年"); i >= 0 {
		rest = rest[i+len("年"):]
	}
	end := strings.Index(rest, "政府工作报告")
	if end <= 0 {
		return ""
	}
	name := strings.TrimSuffix(strings.TrimSpace(rest[:end]), "人民")
	for _, suffix := range []string{"自治区", "自治州", "省", "市", "县", "区", "盟", "州"} {
		if n := strings.TrimSuffix(name, suffix); n != name && n != "" {
			return n
		}
	}
	return name
}
