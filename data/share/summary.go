package share

import (
	"fmt"
	"strings"

	"pledgereview/data"
)

// maxListed caps the rejected records a summary lists one by one.
const maxListed = 20

type summaryText struct {
	title, reviewers, lookAlike, newKey, added, updated, unchanged, older, rejected, more, nothing, unsigned, progress string
	otherText, byID, byText, unplaced, sameAs                                                                          string
	reasons                                                                                                            map[Reason]string
}

var summaryTexts = map[string]summaryText{
	"zh": {
		title:     "合并计划：%s（%s 导出于 %s）",
		sameAs:    "%s（与 %s 为同一份报告）",
		reviewers: "新增评审人：%d",
		newKey:    "首次记下 %s 的密钥：%s",
		lookAlike: "注意：%s 的名字看起来和已有的 %s 一样，但不是同一个人（不同的密钥），显示为 %s。",
		added:     "新增记录：%d",
		updated:   "更新记录：%d",
		unchanged: "未变记录：%d",
		older:     "较旧而忽略：%d",
		rejected:  "拒绝记录：%d",
		progress:  "新增进度更新：%d",
		otherText: "文件所依据的是本报告的另一种形式或版本（%.1f%% 的句子对齐）：",
		byID:      "按编号对应：%d",
		byText:    "按文字对应：%d",
		unplaced:  "无法对应（保留在工作区，不丢弃）：%d",
		more:      "……另有 %d 条",
		nothing:   "没有需要写入的内容。",
		unsigned:  "未签名的文件（第一版）：无法证明是谁写的；只有确认后才合并。",
		reasons: map[Reason]string{
			NotCarried:    "文件未包含该评审人",
			UnknownPledge: "本报告没有这条承诺",
			BadRecord:     "记录无效",
			Unsigned:      "该评审人签名其文件，未签名的记录不予接受",
		},
	},
	"en": {
		title:     "Merge plan: %s (exported by %s on %s)",
		sameAs:    "%s (the same report as %s)",
		reviewers: "reviewers added: %d",
		newKey:    "key of %s pinned for the first time: %s",
		lookAlike: "warning: the name of %s looks like that of %s, who is someone else here (another key); shown as %s.",
		added:     "records added: %d",
		updated:   "records updated: %d",
		unchanged: "records unchanged: %d",
		older:     "older and ignored: %d",
		rejected:  "rejected: %d",
		progress:  "progress updates added: %d",
		otherText: "the file is for another form or version of this report (%.1f %% of sentences aligned):",
		byID:      "placed by id: %d",
		byText:    "placed by text: %d",
		unplaced:  "could not be placed (kept in the workspace, not dropped): %d",
		more:      "… and %d more",
		nothing:   "Nothing to write.",
		unsigned:  "unsigned file (first version): nothing proves who wrote it; merged only when you accept it.",
		reasons: map[Reason]string{
			NotCarried:    "the file does not carry this reviewer",
			UnknownPledge: "this report has no such pledge",
			BadRecord:     "invalid record",
			Unsigned:      "this reviewer signs their files; an unsigned record of theirs is not taken",
		},
	},
}

// Summary describes the plan in lines for the merge dialog and the
// sub-command: "zh" (or "zh-…") gives Chinese, anything else English.
func (p MergePlan) Summary(lang string) string {
	t := summaryTexts["en"]
	if strings.HasPrefix(lang, "zh") {
		t = summaryTexts["zh"]
	}
	var b strings.Builder
	line := func(indent int, format string, a ...any) {
		b.WriteString(strings.Repeat("  ", indent))
		fmt.Fprintf(&b, format, a...)
		b.WriteByte('\n')
	}
	line(0, "%s", p.title(t))
	if p.Unsigned {
		line(1, "%s", t.unsigned)
	}
	var names []string
	for _, rv := range p.ReviewersAdded {
		names = append(names, p.name(rv.ID))
	}
	if len(names) > 0 {
		line(1, t.reviewers+" (%s)", len(names), strings.Join(names, ", "))
	} else {
		line(1, t.reviewers, 0)
	}
	for _, k := range p.Keys {
		line(1, t.newKey, p.name(k.ReviewerID), FingerprintWordsBoth(k.PublicKey))
	}
	for _, la := range p.LookAlikes {
		line(1, t.lookAlike, data.ShownName(la.New), data.ShownName(la.Like), p.name(la.New.ID))
	}
	if pl := p.Placement; pl.OtherText {
		line(1, t.otherText, 100*pl.Similarity)
		line(2, t.byID, pl.ByID)
		line(2, t.byText, pl.ByText)
		line(2, t.unplaced, len(p.Unplaced))
	}
	line(1, t.added, len(p.Added))
	line(1, t.updated, len(p.Updated))
	line(1, t.unchanged, len(p.Unchanged))
	line(1, t.older, len(p.Older))
	if len(p.Progress) > 0 {
		line(1, t.progress, len(p.Progress))
	}
	line(1, t.rejected, len(p.Rejected))
	for i, r := range p.Rejected {
		if i == maxListed {
			line(2, t.more, len(p.Rejected)-maxListed)
			break
		}
		why := t.reasons[r.Reason]
		if r.Detail != "" {
			why += ": " + r.Detail
		}
		line(2, "%s / %s: %s", r.Pledge, p.name(r.Reviewer), why)
	}
	if !p.Changes() {
		line(0, "%s", t.nothing)
	}
	return b.String()
}

// title is the summary's first line: the report, the exporter and when;
// the report named as the file names it too when that is another id.
func (p MergePlan) title(t summaryText) string {
	exporter := p.Exporter.Name
	if exporter == "" {
		exporter = p.Exporter.ID
	}
	report := p.ReportID
	if p.FileReportID != "" && p.FileReportID != p.ReportID {
		report = fmt.Sprintf(t.sameAs, p.ReportID, data.CleanName(p.FileReportID))
	}
	return fmt.Sprintf(t.title, report, data.CleanName(exporter), p.Exported.Format("2006-01-02 15:04 MST"))
}

func (p MergePlan) name(id string) string {
	if n, ok := p.names[id]; ok {
		return n
	}
	return id
}
