package parse

import (
	"regexp"
	"slices"
	"strings"

	"pledgereview/data"
)

// A report copied from a newspaper's web page keeps the page's furniture
// around its title: the toolbar (下载 打印 全屏 收藏 分享), the font-size
// switch (【字号： 加大 还原 减小】), the time it was posted and the
// caption of the speaker's photo. They are set aside as navigation, so
// that the title is the report's and the front matter reads on.

// pageTools are the words of a page's toolbar and font-size switch, each
// alone on its line, brackets and colons aside.
var pageTools = []string{
	"下载", "打印", "全屏", "收藏", "分享", "分享到", "关闭", "关闭窗口", "返回顶部", "默认",
	"字号", "字体", "加大", "还原", "减小", "大", "中", "小",
}

// postedAt is the time a page was posted: "时间：2026-02-02",
// "发布时间：2026-02-02 10:00", "2026年02月10日 07时41分".
var postedAt = regexp.MustCompile(`^(?:(?:发布)?时间[：:]\s*\S.*|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}(?:时\d{1,2}分|:\d{2}(?::\d{2})?))$`)

// webFurniture reports a line of a web page around the report: a toolbar
// word, a lone bracket, the time posted, or the caption of the speaker's
// photo ("殷勇同志作政府工作报告。本报记者 戴冰摄").
func webFurniture(rs []rune, l span) bool {
	if l.end-l.start > 60 {
		return false
	}
	s := string(rs[l.start:l.end])
	if strings.Contains(s, "作政府工作报告") && strings.Contains(s, "记者") {
		return true
	}
	if l.end-l.start > 30 {
		return false
	}
	if postedAt.MatchString(s) {
		return true
	}
	tool := strings.Trim(stripSpaces(s), "【】[]：:")
	return tool == "" || slices.Contains(pageTools, tool)
}

// takeWebFurniture sets aside the page furniture met in the front matter
// and reports whether l was some.
func (b *builder) takeWebFurniture(l span) bool {
	if !webFurniture(b.rs, l) {
		return false
	}
	b.setAside(b.text(l), data.AsideNavigation)
	return true
}
