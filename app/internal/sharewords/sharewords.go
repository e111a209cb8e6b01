// Package sharewords says why a review file was not merged, in the
// interface's language, for the window and the CLI alike: one sentence
// that names the file (escaped, data.ShownFileName) and says what the user
// can do. A changed or claimed key is worded by each caller, who knows how
// the user compares its words and what they answer with.
package sharewords

import (
	"errors"
	"io/fs"
	"math"

	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// X is the translation call of the caller: Fyne's lang.X in the window,
// app/internal/lang's in the CLI.
type X func(key, fallback string, data ...any) string

// refusal words the errors that wrap its sentinel; args hold the File.
type refusal struct {
	sentinel error
	words    func(x X, args map[string]any) string
}

// refusals are in the order they are tried, the first an error wraps
// winning: a sentinel wrapped with another (ErrOtherVersion with
// ErrWrongReport) comes before it.
var refusals = []refusal{
	{share.ErrNotYours, func(x X, args map[string]any) string {
		return x("share.refused.notyours", "{{.File}} holds reviews in your name that your key did not sign: someone else wrote them.", args)
	}},
	{share.ErrForged, func(x X, args map[string]any) string {
		return x("share.refused.forged", "{{.File}} was changed after it was signed, or claims reviews its signer did not write. Ask your colleague to export it again.", args)
	}},
	{workspace.ErrTeamLink, func(x X, args map[string]any) string {
		return x("share.refused.link", "{{.File}} is a link, not a file; it was not opened: Pledge Review never follows links in the team folder.", args)
	}},
	{data.ErrNotAFile, func(x X, args map[string]any) string {
		return x("share.refused.notafile", "{{.File}} is a folder or a device, not a file; it was not opened.", args)
	}},
	{workspace.ErrUnsigned, func(x X, args map[string]any) string {
		return x("share.refused.unsigned", "{{.File}} is unsigned (from the first version of Pledge Review): nothing proves who wrote it.", args)
	}},
	{share.ErrOtherVersion, versionWords},
	{share.ErrWrongReport, reportWords},
	{share.ErrDamaged, func(x X, args map[string]any) string {
		return x("share.refused.damaged", "{{.File}} is damaged or was edited by hand (its checksum does not match, or it is cut short). Ask your colleague to export it again.", args)
	}},
	{share.ErrNewerFormat, func(x X, args map[string]any) string {
		return x("share.refused.newer", "{{.File}} was written by a newer version of Pledge Review. Update the program to merge it.", args)
	}},
	{share.ErrTooLarge, func(x X, args map[string]any) string {
		return x("share.refused.large", "{{.File}} is too large (over 64 MB) to be a review file.", args)
	}},
	{share.ErrNotReviewFile, func(x X, args map[string]any) string {
		return x("share.refused.notreview", "{{.File}} is not a Pledge Review review file.", args)
	}},
	{share.ErrInvalid, func(x X, args map[string]any) string {
		return x("share.refused.invalid", "{{.File}} holds records that are not valid. Ask your colleague to export it again.", args)
	}},
	{fs.ErrNotExist, func(x X, args map[string]any) string {
		return x("share.refused.missing", "{{.File}} is not there: check its name and folder.", args)
	}},
	{fs.ErrPermission, func(x X, args map[string]any) string {
		return x("share.refused.permission", "{{.File}} may not be read by the program: check its permissions.", args)
	}},
}

// versionWords words a file of another version of the workspace's report:
// the report it names and, when the texts were compared, the share of its
// sentences found here (args of mismatchArgs).
func versionWords(x X, args map[string]any) string {
	switch {
	case args["Found"] != nil:
		return x("share.refused.version.found", "{{.File}} is for another version of the report {{.Report}}: its text differs too much from the one in this workspace (only {{.Found}} % of its sentences are found here). Ask your colleague which report text they imported.", args)
	case args["Report"] != nil:
		return x("share.refused.version.named", "{{.File}} is for another version of the report {{.Report}}: its text differs from the one in this workspace, and the file comes from an older version of Pledge Review that does not say where its pledges lie. Ask your colleague which report text they imported.", args)
	}
	return x("share.refused.version", "{{.File}} is for another version of this report whose text differs too much from the one in this workspace (fewer than 97 % of its sentences are found here), or it comes from an older version of Pledge Review that does not say where its pledges lie. Ask your colleague which report text they imported.", args)
}

// reportWords words a file of another report: the report it names, so
// that the user can import it, and the share of its sentences found here
// when the texts were compared.
func reportWords(x X, args map[string]any) string {
	switch {
	case args["Found"] != nil:
		return x("share.refused.report.found", "{{.File}} holds reviews of another report, {{.Report}}, not of the one in this workspace (only {{.Found}} % of its sentences are found here). Import that report to merge them.", args)
	case args["Report"] != nil:
		return x("share.refused.report.named", "{{.File}} holds reviews of another report, {{.Report}}, not of the one in this workspace. Import that report to merge them.", args)
	}
	return x("share.refused.report", "{{.File}} holds reviews of another report, not of the one in this workspace.", args)
}

// mismatchArgs adds to args, for a file refused as another report or
// version (share.ReportMismatch), the Report it names, cleaned as a name
// from a file, and the share Found of its sentences (in whole per cent,
// rounded down: a refused file never reads as 97 %) when it was compared.
func mismatchArgs(err error, args map[string]any) {
	var m *share.ReportMismatch
	if !errors.As(err, &m) {
		return
	}
	if report := data.CleanName(m.FileReport); report != "" {
		args["Report"] = report
	}
	if m.Found >= 0 && args["Report"] != nil {
		args["Found"] = int(math.Floor(100 * m.Found))
	}
}

// Refusal says why the review file at path was not merged, worded with x
// in the language of the moment; ok is false for an error it has no words
// for. A file refused before with the same content says so after why.
func Refusal(x X, err error, path string) (why string, ok bool) {
	args := map[string]any{"File": data.ShownFileName(path)}
	mismatchArgs(err, args)
	for _, r := range refusals {
		if errors.Is(err, r.sentinel) {
			why, ok = r.words(x, args), true
			break
		}
	}
	if errors.Is(err, workspace.ErrRefusedBefore) {
		if !ok {
			why = x("share.refused.before", "{{.File}} holds what a file refused before held.", args)
		}
		why, ok = why+x("share.refused.before.tail", " It stays refused until it changes."), true
	}
	return why, ok
}
