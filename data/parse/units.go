package parse

// units are the measure words a committed quantity is counted in. Words for
// dates and names (年 月 日 号 岁 周年 期 届 代 号线 国道) are deliberately absent:
// a number followed by one of them is not a target. 级 is handled apart.
var units = []string{
	"个百分点", "百分点", "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "千瓦", "兆瓦",
	"公里", "千米", "千克", "公斤", "公顷", "个工作日", "工作日", "小时", "人次", "标准箱", "标箱",
	"吨/日", "吨/年", "斤",
	"美元", "平米", "%", "％", "‰",
	"吨", "亩", "米", "个", "家", "户", "座", "所", "名", "人", "套", "处", "项", "场",
	"辆", "台", "条", "张", "间", "栋", "幢", "次", "元", "件", "只", "头", "棵", "株",
	"床", "位", "本", "册", "部", "份", "片", "块", "支", "架", "艘", "列", "趟", "天", "倍", "批",
}

// unit is a measure word in runes and as a string.
type unit struct {
	runes []rune
	word  string
}

// unitIndex maps a first rune to the units starting with it, longest first.
var unitIndex = func() *runeTable[unit] {
	m := map[rune][]unit{}
	for _, u := range units {
		r := []rune(u)
		m[r[0]] = append(m[r[0]], unit{r, u})
	}
	for _, list := range m {
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && len(list[j].runes) > len(list[j-1].runes); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
	}
	return newRuneTable(m)
}()

// unitAt returns the measure word at i and its length in runes.
func unitAt(rs []rune, i int) (string, int) {
	if i >= len(rs) {
		return "", 0
	}
	for _, u := range unitIndex.get(rs[i]) {
		if hasRunes(rs, i, u.runes) {
			return u.word, len(u.runes)
		}
	}
	return "", 0
}

func equalRunes(a, b []rune) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
