package share

import (
	"errors"
	"testing"

	"pledgereview/data"
)

// A file of another report, or of another version of this one, is refused
// with a ReportMismatch that names the reports and the share of sentences
// found; errors.Is still finds ErrWrongReport, and ErrOtherVersion for a
// version, and its message is the one the refusal always had.
func TestReportMismatchKeepsItsSentinelsAndWords(t *testing.T) {
	unrelated, _ := ContentOf("另一份报告：一段完全不同的文字。")
	f := file([]data.Reviewer{wang}, review(1, wang, 1))
	other := f
	other.ReportID = "beijing-2021"
	version := f
	version.Fingerprint = "fp-other"
	compared := func(g File) File {
		g.Content = &unrelated
		return g
	}
	bare, described := workspace(3, nil), workspace(3, nil)
	described.Form = wsForm
	for _, c := range []struct {
		what    string
		ws      Workspace
		f       File
		version bool
		says    string
	}{
		{"another report", bare, other, false,
			`the review file is for another report: the file is for "beijing-2021", this workspace for "taiyuan-2021"`},
		{"another version", bare, version, true,
			`the review file is for another report: the file is for another version of the report "taiyuan-2021" (its text differs, and the file does not say enough of its text to find its pledges)`},
		{"another report, compared", described, compared(other), false,
			`the review file is for another report: the file is for "beijing-2021", this workspace for "taiyuan-2021" (only 0 % of its sentences are found in its text)`},
		{"another version, compared", described, compared(version), true,
			`the review file is for another report: the file is for another version of the report "taiyuan-2021" (only 0 % of its sentences are found in this workspace's text)`},
	} {
		_, err := Plan(c.ws, c.f)
		if !errors.Is(err, ErrWrongReport) || errors.Is(err, ErrOtherVersion) != c.version {
			t.Errorf("%s: %v is not ErrWrongReport, or ErrOtherVersion is %v", c.what, err, !c.version)
		}
		var m *ReportMismatch
		if !errors.As(err, &m) || m.FileReport != c.f.ReportID {
			t.Errorf("%s: %v names no report, or another than %q", c.what, err, c.f.ReportID)
		}
		if err == nil || err.Error() != c.says {
			t.Errorf("%s: says %v\nwant %s", c.what, err, c.says)
		}
	}
	// a report the workspace does not have (the session's refusals)
	for m, says := range map[*ReportMismatch]string{
		{FileReport: "beijing-2021", Found: -1}:                 `the review file is for another report: this workspace has no report "beijing-2021"`,
		{FileReport: "beijing-2021", Searched: true, Found: -1}: `the review file is for another report: this workspace has no report "beijing-2021", nor the same report under another id`,
	} {
		if err := error(m); !errors.Is(err, ErrWrongReport) || errors.Is(err, ErrOtherVersion) || err.Error() != says {
			t.Errorf("%+v says %q", *m, err)
		}
	}
}
