package data

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// ScheduleSettings are the workspace's settings of the schedule test
// (序时进度).
type ScheduleSettings struct {
	// PlanStart is the first day of every plan period (YYYY-MM-DD); empty
	// means 1 January of the report's year.
	PlanStart string `json:"plan_start,omitempty"`
	// Tolerance, in percent: a count may trail the elapsed share by this many
	// points, a rate may miss its target by this share of the target, and
	// still be on schedule.
	Tolerance float64 `json:"tolerance"`
	// ReviewDate is the day the review judges progress and overdue pledges
	// on (YYYY-MM-DD), in the window and in every export; empty means today.
	ReviewDate string `json:"review_date,omitempty"`
}

// AsOf is the day the schedule test and "overdue" are judged on: the
// review date when one is set, else today.
func (s ScheduleSettings) AsOf(today time.Time) time.Time {
	if s.ReviewDate == "" {
		return today
	}
	day, err := time.ParseInLocation(DateLayout, s.ReviewDate, time.Local)
	if err != nil { // settings are validated before they are stored
		return today
	}
	return day
}

// DefaultScheduleSettings is what a new workspace uses.
func DefaultScheduleSettings() ScheduleSettings { return ScheduleSettings{Tolerance: 5} }

// Validate checks the settings a user typed.
func (s ScheduleSettings) Validate() error {
	if s.PlanStart != "" {
		if _, err := time.Parse(DateLayout, s.PlanStart); err != nil {
			return fmt.Errorf("plan start %q is not a date like 2021-01-01", s.PlanStart)
		}
	}
	if s.ReviewDate != "" {
		if _, err := time.Parse(DateLayout, s.ReviewDate); err != nil {
			return fmt.Errorf("review date %q is not a date like 2021-12-31", s.ReviewDate)
		}
	}
	if s.Tolerance < 0 || s.Tolerance > 50 {
		return fmt.Errorf("tolerance %s%% is out of range 0–50", num(s.Tolerance))
	}
	return nil
}

// Verdict is what the schedule test suggests for a target or a pledge. It
// stands beside the reviewer's own status and never replaces it.
type Verdict string

// Verdicts, from the best news to the worst; NoData when nothing was reported.
const (
	VerdictNoData     Verdict = "no_data"
	VerdictDone       Verdict = "done"
	VerdictOnSchedule Verdict = "on_schedule"
	VerdictBehind     Verdict = "behind_schedule"
	VerdictOverdue    Verdict = "overdue"
)

// VerdictInfo is a verdict with its labels.
type VerdictInfo struct {
	ID Verdict
	Zh string
	En string
}

// Verdicts lists the verdicts in display order.
var Verdicts = []VerdictInfo{
	{VerdictOnSchedule, "符合序时进度", "on schedule"},
	{VerdictBehind, "滞后于序时进度", "behind schedule"},
	{VerdictOverdue, "逾期未完成", "overdue"},
	{VerdictDone, "已完成", "done"},
	{VerdictNoData, "无进度数据", "no data"},
}

// Info returns the labels of v.
func (v Verdict) Info() VerdictInfo {
	for _, vi := range Verdicts {
		if vi.ID == v {
			return vi
		}
	}
	return Verdicts[len(Verdicts)-1]
}

// severity orders verdicts for picking a pledge's worst target.
func (v Verdict) severity() int {
	switch v {
	case VerdictOverdue:
		return 4
	case VerdictBehind:
		return 3
	case VerdictOnSchedule:
		return 2
	case VerdictDone:
		return 1
	}
	return 0
}

// TargetKind is how a target's completion is measured.
type TargetKind string

// Kinds of target.
const (
	KindCount TargetKind = "count" // a count to reach (达到/新增/建成 N): value/target
	KindLevel TargetKind = "level" // a rate to reach (覆盖率90%以上): latest value against the target
	KindCap   TargetKind = "cap"   // a rate to hold (≤, 以内, 控制在): latest value under the cap
	KindAbout TargetKind = "about" // a growth rate (增长5.5%左右): latest value near the target
	KindAct   TargetKind = "act"   // a one-off act (开工, 建成): its reported state
	KindShare TargetKind = "share" // a pledge without a numeric target: completion share
)

var (
	capWords  = []string{"以内", "以下", "控制在", "不超过", "不高于", "低于"}
	rateUnits = map[string]bool{"%": true, "％": true, "‰": true, "个百分点": true}
	actWords  = []string{"开工", "建成", "竣工", "投用", "投运", "投入使用", "完工", "开业", "挂牌", "启用", "通车", "完成"}
)

// ClassifyTarget says how target t of pledge p is measured.
func ClassifyTarget(p Pledge, t Target) TargetKind {
	around := quoteContext(p.Text, t.Quote)
	switch {
	case t.Comparator == AtMost || containsAny(around, capWords):
		return KindCap
	case t.Comparator == About || (rateUnits[t.Unit] && containsAny(around, []string{"增长", "下降", "提高"})):
		if rateUnits[t.Unit] {
			return KindAbout
		}
		return KindCount
	case rateUnits[t.Unit]:
		return KindLevel
	}
	return KindCount
}

// PledgeKind says how the whole pledge's completion share is read: a
// one-off act by its state, anything else against the elapsed time.
func PledgeKind(p Pledge) TargetKind {
	if len(p.Targets) == 0 && containsAny(p.Text, actWords) {
		return KindAct
	}
	return KindShare
}

// quoteContext is the quote with the few characters before and after it.
func quoteContext(text, quote string) string {
	rs := []rune(text)
	i := strings.Index(text, quote)
	if quote == "" || i < 0 {
		return quote
	}
	start := len([]rune(text[:i]))
	end := start + len([]rune(quote))
	lo, hi := max(0, start-4), min(len(rs), end+3)
	return string(rs[lo:hi])
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Suggestion is the schedule test of one target (or of the whole pledge,
// Target 0) with its arithmetic in one line a reader can check.
type Suggestion struct {
	PledgeID string
	Target   int
	Kind     TargetKind
	Verdict  Verdict
	Goal     float64 // the target's value (100 for a share)
	Unit     string
	Value    float64 // the latest value reported
	AsOf     string
	Due      string
	Done     float64 // completion share in percent, for counts and shares
	Expected float64 // share of the plan period gone at AsOf, in percent
	Gap      float64 // how far behind: points of share, or of the target's unit for a rate
	Latest   ProgressUpdate
	Zh, En   string
}

// Schedule runs the schedule test on every target of p with the updates
// ups (of any reviewers; the newest per target counts), for a report of
// the given year, on the day today. A pledge without numeric targets, or
// with updates of its completion share, gets a Target 0 suggestion.
func Schedule(p Pledge, year int, ups []ProgressUpdate, today time.Time, set ScheduleSettings) []Suggestion {
	mine := ups[:0:0]
	for _, u := range ups {
		if u.PledgeID == p.ID {
			mine = append(mine, u)
		}
	}
	latest := LatestProgress(mine)
	var out []Suggestion
	for i, t := range p.Targets {
		u, ok := latest[i+1]
		out = append(out, judge(p, year, i+1, ClassifyTarget(p, t), t.Value, t.Unit, u, ok, today, set))
	}
	if u, ok := latest[0]; ok || len(p.Targets) == 0 {
		out = append(out, judge(p, year, 0, PledgeKind(p), 100, "%", u, ok, today, set))
	}
	return out
}

// Worst returns the suggestion that most needs attention: overdue before
// behind before on schedule before done before no data.
func Worst(sugs []Suggestion) Suggestion {
	var w Suggestion
	w.Verdict = VerdictNoData
	for i, s := range sugs {
		if i == 0 || s.Verdict.severity() > w.Verdict.severity() {
			w = s
		}
	}
	return w
}

// judge applies the test to one target with its newest update u (ok false
// when there is none).
func judge(p Pledge, year, n int, kind TargetKind, goal float64, unit string, u ProgressUpdate, ok bool, today time.Time, set ScheduleSettings) Suggestion {
	s := Suggestion{PledgeID: p.ID, Target: n, Kind: kind, Goal: goal, Unit: unit, Verdict: VerdictNoData}
	if !ok {
		s.Zh, s.En = "没有进度数据", "no progress reported"
		return s
	}
	asOf, _ := time.Parse(DateLayout, u.AsOf) // valid: updates are validated before they are stored
	if year == 0 {
		year = asOf.Year()
	}
	start, due, dueWords := period(p, year, set)
	s.Value, s.AsOf, s.Due, s.Latest = u.Value, u.AsOf, due.Format(DateLayout), u
	late := dateOnly(today).After(due)
	tol := set.Tolerance
	switch kind {
	case KindCount, KindShare:
		s.Done = 100 * u.Value / goal
		if goal == 0 {
			s.Done = 100
		}
		elapsed, total := daysGone(start, due, asOf)
		s.Expected = 100 * float64(elapsed) / float64(total)
		done := fmt.Sprintf("%s/%s=%s%%", num(u.Value), num(goal), pct(s.Done))
		doneEn := fmt.Sprintf("%s/%s = %s%% done", num(u.Value), num(goal), pct(s.Done))
		if kind == KindShare {
			done, doneEn = fmt.Sprintf("完成%s%%", num(u.Value)), fmt.Sprintf("%s%% done", num(u.Value))
		}
		from, fromEn := "", ""
		if start.YearDay() != 1 {
			from = "自" + start.Format(DateLayout) + "起"
			fromEn = " from " + start.Format(DateLayout)
		}
		gone := fmt.Sprintf("截至%s计划期%s已过%d/%d天=%s%%", u.AsOf, from, elapsed, total, pct(s.Expected))
		goneEn := fmt.Sprintf("%d/%d days of the plan period%s gone by %s = %s%%", elapsed, total, fromEn, u.AsOf, pct(s.Expected))
		switch {
		case s.Done >= 100:
			s.Verdict = VerdictDone
			s.Zh, s.En = done+"，已达目标", doneEn+": target reached"
		case late:
			s.Verdict, s.Gap = VerdictOverdue, 100-s.Done
			s.Zh = fmt.Sprintf("%s；期限%s（%s）已过", done, s.Due, dueWords)
			s.En = fmt.Sprintf("%s; the deadline %s has passed", doneEn, s.Due)
		case s.Done >= s.Expected-tol:
			s.Verdict = VerdictOnSchedule
			s.Zh = fmt.Sprintf("%s；%s（容差%s个百分点）", done, gone, num(tol))
			s.En = fmt.Sprintf("%s; %s (tolerance %s points)", doneEn, goneEn, num(tol))
		default:
			s.Verdict, s.Gap = VerdictBehind, s.Expected-s.Done
			s.Zh = fmt.Sprintf("%s；%s；落后%s个百分点", done, gone, pct(s.Gap))
			s.En = fmt.Sprintf("%s; %s; %s points behind", doneEn, goneEn, pct(s.Gap))
		}
	case KindAct:
		s.Done = u.Value
		switch {
		case u.Value >= 100:
			s.Verdict = VerdictDone
			s.Zh, s.En = fmt.Sprintf("截至%s报告已完成", u.AsOf), fmt.Sprintf("reported done by %s", u.AsOf)
		case late:
			s.Verdict, s.Gap = VerdictOverdue, 100-u.Value
			s.Zh = fmt.Sprintf("截至%s报告未完成（%s%%）；期限%s已过", u.AsOf, num(u.Value), s.Due)
			s.En = fmt.Sprintf("reported not done (%s%%) by %s; the deadline %s has passed", num(u.Value), u.AsOf, s.Due)
		default:
			s.Verdict = VerdictOnSchedule
			s.Zh = fmt.Sprintf("截至%s报告未完成（%s%%）；期限%s未到", u.AsOf, num(u.Value), s.Due)
			s.En = fmt.Sprintf("reported not done (%s%%) by %s; the deadline %s is still ahead", num(u.Value), u.AsOf, s.Due)
		}
	default: // a rate: the latest value against the target, within the tolerance
		judgeRate(&s, kind, tol, late)
	}
	s.Zh += " → " + s.Verdict.Info().Zh
	s.En += " → " + s.Verdict.Info().En
	return s
}

// judgeRate compares the latest value of a rate with its target.
func judgeRate(s *Suggestion, kind TargetKind, tol float64, late bool) {
	slack := s.Goal * tol / 100
	if slack < 0 {
		slack = -slack
	}
	var meets bool
	var rule, ruleEn string
	switch kind {
	case KindCap:
		meets = s.Value <= s.Goal+slack
		rule = fmt.Sprintf("上限%s%s，容差%s%%即≤%s%s", num(s.Goal), s.Unit, num(tol), num(s.Goal+slack), s.Unit)
		ruleEn = fmt.Sprintf("cap %s%s, with %s%% tolerance ≤ %s%s", num(s.Goal), s.Unit, num(tol), num(s.Goal+slack), s.Unit)
		s.Gap = s.Value - s.Goal
	case KindAbout:
		meets = s.Value >= s.Goal-slack && s.Value <= s.Goal+slack
		rule = fmt.Sprintf("目标%s%s左右，容差%s%%即%s–%s%s", num(s.Goal), s.Unit, num(tol), num(s.Goal-slack), num(s.Goal+slack), s.Unit)
		ruleEn = fmt.Sprintf("target about %s%s, with %s%% tolerance %s–%s%s", num(s.Goal), s.Unit, num(tol), num(s.Goal-slack), num(s.Goal+slack), s.Unit)
		s.Gap = s.Goal - s.Value
		if s.Gap < 0 {
			s.Gap = -s.Gap
		}
	default:
		meets = s.Value >= s.Goal-slack
		rule = fmt.Sprintf("目标≥%s%s，容差%s%%即≥%s%s", num(s.Goal), s.Unit, num(tol), num(s.Goal-slack), s.Unit)
		ruleEn = fmt.Sprintf("target ≥ %s%s, with %s%% tolerance ≥ %s%s", num(s.Goal), s.Unit, num(tol), num(s.Goal-slack), s.Unit)
		s.Gap = s.Goal - s.Value
	}
	if meets {
		s.Gap = 0
	}
	s.Zh = fmt.Sprintf("截至%s最新值%s%s；%s", s.AsOf, num(s.Value), s.Unit, rule)
	s.En = fmt.Sprintf("latest value %s%s by %s; %s", num(s.Value), s.Unit, s.AsOf, ruleEn)
	points, pointsEn := s.Unit, " "+s.Unit
	if rateUnits[s.Unit] {
		points, pointsEn = "个百分点", " points"
	}
	switch {
	case meets && late:
		s.Verdict = VerdictDone
	case meets:
		s.Verdict = VerdictOnSchedule
	case late:
		s.Verdict = VerdictOverdue
	default:
		s.Verdict = VerdictBehind
	}
	if !meets {
		s.Zh += fmt.Sprintf("；差%s%s", num(s.Gap), points)
		s.En += fmt.Sprintf("; off by %s%s", num(s.Gap), pointsEn)
	}
}

// period is a pledge's plan period: from the start its text names (in the
// report year, or the deadline's when the year is unknown) or else the
// workspace's plan start, to its deadline, or to the end of the report year
// when it names none. A named start on or after the deadline is ignored.
func period(p Pledge, year int, set ScheduleSettings) (start, due time.Time, words string) {
	start = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	if t, err := time.Parse(DateLayout, set.PlanStart); err == nil {
		start = t
	}
	due = time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
	words = "未写明，按年底计"
	if p.Deadline != nil {
		if t, err := time.Parse(DateLayout, p.Deadline.Due); err == nil {
			due, words = t, p.Deadline.Raw
		}
	}
	if year == 0 {
		year = due.Year()
	}
	if t, _, ok := NamedStart(p.Text, year); ok && t.Before(due) {
		start = t
	}
	return start, due, words
}

// daysGone counts the days of the plan period up to and including asOf,
// and the days of the whole period, both ends included.
func daysGone(start, due, asOf time.Time) (elapsed, total int) {
	total = int(due.Sub(start).Hours()/24) + 1
	if total < 1 {
		return 1, 1
	}
	elapsed = int(asOf.Sub(start).Hours()/24) + 1
	return min(max(elapsed, 0), total), total
}

func dateOnly(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// num writes a value as short as it reads: 5000, 3.5, 0.275.
func num(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e4)/1e4, 'f', -1, 64)
}

// pct writes a share with one decimal.
func pct(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }
