package data

import (
	"strings"
	"testing"
)

func TestParseStatusAcceptsTheObviousSpellings(t *testing.T) {
	cases := []struct {
		in   string
		want Status
	}{
		{"behind", Behind},
		{"behind_schedule", Behind},
		{"behind schedule", Behind},
		{"Behind-Schedule", Behind},
		{"  BEHIND  SCHEDULE ", Behind},
		{"滞后", Behind},
		{"in_progress", InProgress},
		{"in progress", InProgress},
		{"推进中", InProgress},
		{"done late", DoneLate},
		{"done_late", DoneLate},
		{"逾期完成", DoneLate},
		{"not_rated", NotRated},
		{"Not rated", NotRated},
		{"partly-done", PartlyDone},
		{"未完成", NotDone},
	}
	for _, c := range cases {
		got, ok := ParseStatus(c.in)
		if !ok || got != c.want {
			t.Errorf("ParseStatus(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestParseStatusRefusesWhatIsNoStatus(t *testing.T) {
	for _, in := range []string{"", "  ", "late", "behindschedule", "滞后了", "done  late x"} {
		if got, ok := ParseStatus(in); ok {
			t.Errorf("ParseStatus(%q) = %q, want refused", in, got)
		}
	}
}

func TestStatusChoicesNamesEveryStatusWithItsLabels(t *testing.T) {
	got := StatusChoices()
	if len(got) != len(Statuses) {
		t.Fatalf("StatusChoices() has %d entries, want %d: %q", len(got), len(Statuses), got)
	}
	all := strings.Join(got, "; ")
	for _, want := range []string{"behind (behind schedule, 滞后)", "in_progress (in progress, 推进中)", "not_rated (not rated, 未评估)"} {
		if !strings.Contains(all, want) {
			t.Errorf("StatusChoices() lacks %q: %q", want, got)
		}
	}
}
