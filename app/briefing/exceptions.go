package briefing

import (
	"fmt"
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
			var who []string
			for i, r := range it.revs {
				if r != nil && r.Flag {
					who = append(who, oneLine(m.reviewers[i].Name))
				}
			}
			flagged = append(flagged, exception{it, "标记人 by " + strings.Join(who, "、")})
		}
		var why []string
		for i, r := range it.revs {
			if r != nil && r.Status == data.Behind {
				why = append(why, "滞后 behind（"+oneLine(m.reviewers[i].Name)+"）")
			}
		}
		if it.overdue {
			why = append(why, fmt.Sprintf("逾期 due %s · %s", it.p.Deadline.Due, it.status.Info().Zh))
		}
		if v := it.sug.Verdict; v == data.VerdictBehind || v == data.VerdictOverdue {
			why = append(why, "序时进度 "+gapCell(it.sug))
		}
		if len(why) > 0 {
			behind = append(behind, exception{it, strings.Join(why, "；")})
		}
		if it.vague {
			vague = append(vague, exception{it, it.vagueWhy})
		}
		if it.disputed != nil {
			reason := fmt.Sprintf("分歧 spread %.1f", it.disputed.Spread)
			if len(it.disputed.Reasons) > 0 {
				reason += " · " + strings.Join(it.disputed.Reasons, "；")
			}
			disputed = append(disputed, exception{it, reason})
		}
	}

	d.add(d.mark(&row{h: lineH(sizeH2) + 2, breakBefore: true, draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), "例外清单 Exceptions", sizeH2, ink, "L", 0)
	}}, d.excEntry))
	d.add(d.textRows("点击编号或文字可跳到该承诺。Click a line to jump to its pledge.", sizeTiny, muted, d.left, d.bodyW())...)
	d.exceptionGroup("已标记 Flagged", flagged, "")
	d.exceptionGroup("滞后或逾期未完成 Behind schedule or past deadline, not done", behind, "")
	d.vague = vague
	d.vagueLink = d.f.AddLink()
	d.add(gapRow(4), &row{h: lineH(sizeH3) + 1, keep: 1, draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), fmt.Sprintf("模糊 Vague（%d）", len(vague)), sizeH3, accent, "L", 0)
	}}, &row{h: lineH(sizeSmall), draw: func(y float64) {
		s := fmt.Sprintf("清单见方法附录第 %d 页。Listed in the method annex, p. %d.", d.vaguePage, d.vaguePage)
		if len(vague) == 0 {
			s = "无 None."
		}
		d.text(d.left, y, d.bodyW(), s, sizeSmall, ink, "L", d.vagueLink)
	}})
	none := ""
	if m.in.Disputed == nil {
		none = "未使用共享，无分歧数据。Sharing not in use: no disputes to show."
	}
	d.exceptionGroup("有分歧 Disputed", disputed, none)
}

func (d *doc) exceptionGroup(title string, list []exception, empty string) {
	d.add(gapRow(4))
	d.add(&row{h: lineH(sizeH3) + 1, keep: 1, draw: func(y float64) {
		d.text(d.left, y, d.bodyW(), d.fit(fmt.Sprintf("%s（%d）", title, len(list)), sizeH3, d.bodyW()), sizeH3, accent, "L", 0)
	}})
	if len(list) == 0 {
		if empty == "" {
			empty = "无 None."
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
