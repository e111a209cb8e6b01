package briefing

import (
	"fmt"
	"strconv"
	"strings"

	"pledgereview/data"
)

// exception is one line of the exceptions list.
type exception struct {
	it     *item
	reason string
}

// planExceptions lists the pledges that need attention, each line a link to
// the pledge's block.
func (d *doc) planExceptions() {
	m := d.m
	var flagged, behind, vague, disputed []exception
	for _, it := range m.pledges {
		if it.flagged {
			flagged = append(flagged, exception{it, m.tr("标记人", "by") + " " + m.opt.Language.list(d.flaggers(it))})
		}
		if why := d.behindReasons(it); len(why) > 0 {
			behind = append(behind, exception{it, strings.Join(why, "；")})
		}
		if it.vague {
			vague = append(vague, exception{it, it.vagueWhy})
		}
		if it.disputed != nil {
			disputed = append(disputed, exception{it, d.disputeReason(it.disputed)})
		}
	}

	d.add(d.mark(&row{h: lineH(sizeH2) + 2, breakBefore: true, draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), m.tr("例外清单", "Exceptions"), sizeH2, ink, "L", 0)
	}}, d.excEntry))
	d.add(d.textRows(m.tr("点击编号或文字可跳到该承诺。", "Click a line to jump to its pledge."), sizeTiny, muted, d.left, d.bodyW())...)
	d.exceptionGroup(m.tr("已标记", "Flagged"), flagged, "")
	d.exceptionGroup(m.tr("滞后或逾期未完成", "Behind schedule or past deadline, not done"), behind, "")
	d.vagueCount(vague)
	none := ""
	if m.in.Disputed == nil {
		none = m.tr("少于两位评审人评审过本报告，无分歧可比。", "Fewer than two reviewers have reviewed this report: no disputes to compare.")
	}
	d.exceptionGroup(m.tr("有分歧", "Disputed"), disputed, none)
}

// flaggers are the names of the reviewers who flagged a pledge.
func (d *doc) flaggers(it *item) []string {
	var who []string
	for i, r := range it.revs {
		if r != nil && r.Flag {
			who = append(who, oneLine(d.m.reviewers[i].Name))
		}
	}
	return who
}

// behindReasons say why a pledge is behind: the reviewers who say so, a
// deadline past, the schedule test of its progress.
func (d *doc) behindReasons(it *item) []string {
	m := d.m
	var why []string
	for i, r := range it.revs {
		if r != nil && r.Status == data.Behind {
			why = append(why, m.tr("滞后", "behind")+m.paren(oneLine(m.reviewers[i].Name)))
		}
	}
	if it.overdue {
		due := it.sug.Due
		if it.p.Deadline != nil && it.p.Deadline.Due != "" {
			due = it.p.Deadline.Due
		}
		why = append(why, m.tr("逾期", "due")+" "+due+" · "+m.short(it.status.Info().Zh, it.status.Info().En))
	}
	if v := it.sug.Verdict; v == data.VerdictBehind || v == data.VerdictOverdue {
		why = append(why, m.tr("序时进度", "schedule")+" "+m.gapCell(it.sug))
	}
	return why
}

// disputeReason is how far the reviewers are apart, and why.
func (d *doc) disputeReason(dp *DisputedPledge) string {
	reason := d.m.tr("分歧", "spread") + fmt.Sprintf(" %.1f", dp.Spread)
	if len(dp.Reasons) > 0 {
		reason += " · " + strings.Join(dp.Reasons, "；")
	}
	return reason
}

// vagueCount gives the number of vague pledges and links to their list in
// the annex.
func (d *doc) vagueCount(vague []exception) {
	m := d.m
	d.vague = vague
	d.vagueLink = d.f.AddLink()
	d.add(gapRow(4), &row{h: lineH(sizeH3) + 1, keep: 1, draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), m.tr("模糊", "Vague")+m.paren(strconv.Itoa(len(vague))), sizeH3, accent, "L", 0)
	}}, &row{h: lineH(sizeSmall), draw: func(y float64) {
		s := m.trf("清单见方法附录第 %d 页。", "Listed in the method annex, p. %d.", d.vaguePage)
		if len(vague) == 0 {
			s = m.tr("无", "None.")
		}
		d.text(d.left, y, d.bodyW(), s, sizeSmall, ink, "L", d.vagueLink)
	}})
}

func (d *doc) exceptionGroup(title string, list []exception, empty string) {
	d.add(gapRow(4))
	d.add(&row{h: lineH(sizeH3) + 1, keep: 1, draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), d.fit(title+d.m.paren(strconv.Itoa(len(list))), sizeH3, d.bodyW()), sizeH3, accent, "L", 0)
	}})
	if len(list) == 0 {
		if empty == "" {
			empty = d.m.tr("无", "None.")
		}
		d.add(d.textRows(empty, sizeSmall, muted, d.left, d.bodyW())...)
		return
	}
	idW, reasonW := 20.0, 62.0
	textW := d.bodyW() - idW - reasonW - 2
	h := lineH(sizeSmall) + 0.4
	for _, e := range list {
		d.add(&row{h: h, draw: func(y float64) {
			x := d.left
			d.text(x, y, idW, shortID(e.it.p.ID), sizeSmall, accent, "L", e.it.link)
			d.text(x+idW, y, textW, d.fit(e.it.p.Text, sizeSmall, textW), sizeSmall, ink, "L", e.it.link)
			d.text(x+idW+textW+2, y, reasonW, d.fit(e.reason, sizeTiny+0.5, reasonW), sizeTiny+0.5, warn, "L", e.it.link)
		}})
	}
}
