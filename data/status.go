package data

import (
	"fmt"
	"strings"
)

// Status is the delivery status a reviewer gives a pledge.
type Status string

// Delivery statuses. NotRated is the default of a review never rated.
const (
	NotRated   Status = "not_rated"
	NotStarted Status = "not_started"
	InProgress Status = "in_progress"
	Behind     Status = "behind"
	Done       Status = "done"
	DoneLate   Status = "done_late"
	PartlyDone Status = "partly_done"
	NotDone    Status = "not_done"
)

// StatusInfo is a status with its labels and written definition.
type StatusInfo struct {
	ID    Status `json:"id"`
	Zh    string `json:"zh"`
	En    string `json:"en"`
	DefZh string `json:"def_zh"`
	DefEn string `json:"def_en"`
}

// Statuses lists every delivery status in display order.
var Statuses = []StatusInfo{
	{NotRated, "未评估", "not rated", "尚未评估这项承诺的落实情况。", "The delivery of this pledge has not been assessed yet."},
	{NotStarted, "未启动", "not started", "没有证据表明工作已经开始。", "No evidence that work has begun."},
	{InProgress, "推进中", "in progress", "工作已开始，按计划推进，期限未到。", "Work has begun and is on schedule; the deadline has not passed."},
	{Behind, "滞后", "behind schedule", "工作已开始，但进度落后于承诺的时间表。", "Work has begun but is behind the promised schedule."},
	{Done, "已完成", "done", "承诺在期限内全部兑现。", "The pledge was delivered in full, on time."},
	{DoneLate, "逾期完成", "done late", "承诺全部兑现，但晚于承诺的期限。", "The pledge was delivered in full, after its deadline."},
	{PartlyDone, "部分完成", "partly done", "只兑现了承诺的一部分（例如目标数量未达到）。", "Only part of the pledge was delivered (for example a target was missed)."},
	{NotDone, "未完成", "not done", "期限已过，承诺没有兑现。", "The deadline has passed and the pledge was not delivered."},
}

// Info returns the labels and definition of s; an unknown status reads as NotRated.
func (s Status) Info() StatusInfo {
	for _, si := range Statuses {
		if si.ID == s {
			return si
		}
	}
	return Statuses[0]
}

// OrNotRated returns s, or NotRated for the empty status of a review never rated.
func (s Status) OrNotRated() Status {
	if s == "" {
		return NotRated
	}
	return s
}

// Valid reports whether s is one of the known statuses.
func (s Status) Valid() bool {
	for _, si := range Statuses {
		if si.ID == s {
			return true
		}
	}
	return false
}

// ParseStatus accepts a status id, its Chinese or its English label, in
// any case and with words joined by spaces, underscores or hyphens: "behind",
// "behind schedule", "Behind_Schedule" and "滞后" all read as Behind.
func ParseStatus(s string) (Status, bool) {
	key := statusKey(s)
	if key == "" {
		return "", false
	}
	for _, si := range Statuses {
		if statusKey(string(si.ID)) == key || statusKey(si.En) == key || strings.TrimSpace(si.Zh) == key {
			return si.ID, true
		}
	}
	return "", false
}

// statusKey folds the spellings ParseStatus accepts into one: lower case,
// words joined by single spaces.
func statusKey(s string) string {
	s = strings.NewReplacer("_", " ", "-", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// StatusChoices names each status ParseStatus accepts as
// "id (English label, Chinese label)", for help texts and error messages.
func StatusChoices() []string {
	out := make([]string, len(Statuses))
	for i, si := range Statuses {
		out[i] = fmt.Sprintf("%s (%s, %s)", si.ID, si.En, si.Zh)
	}
	return out
}
