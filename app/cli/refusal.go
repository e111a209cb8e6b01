package cli

import (
	"errors"

	"pledgereview/app/internal/lang"
	"pledgereview/app/internal/sharewords"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// refusalReason says why the review file at path is not merged (by merge
// or by sync), in the user's language, as the window says it: the file's
// name, what is wrong, what to do. A claimed or changed key gives the
// words to compare, the same in both languages, and the flag or command
// that answers it; an unsigned file the flag that merges it.
func refusalReason(path string, err error) string {
	file := data.ShownFileName(path)
	var claim *share.ClaimError
	if errors.As(err, &claim) {
		return lang.X("cli.merge.claim", "{{.File}}: it signs the reviews of {{.Name}} ({{.ID}}), who sent unsigned files before, with a new key: {{.Words}}; call {{.Name}} and compare the words before accepting this key as theirs (merge --accept-key)",
			map[string]any{"File": file, "Name": data.CleanName(claim.Reviewer.Name), "ID": data.CleanName(claim.Reviewer.ID), "Words": share.FingerprintWordsBoth(claim.Key)})
	}
	var changed *share.KeyChangedError
	if errors.As(err, &changed) {
		return lang.X("cli.merge.keychanged", "{{.File}}: the records of {{.Name}} ({{.ID}}) are signed with a new key: {{.Offered}}; this workspace knows them by the key {{.Pinned}}; call {{.Name}} and compare the words before trusting this file (trust --forget)",
			map[string]any{"File": file, "Name": data.CleanName(changed.Reviewer.Name), "ID": data.CleanName(changed.Reviewer.ID),
				"Offered": share.FingerprintWordsBoth(changed.Offered), "Pinned": share.FingerprintWordsBoth(changed.Pinned)})
	}
	why, ok := sharewords.Refusal(lang.X, err, path)
	if !ok {
		return oneLine(err)
	}
	if errors.Is(err, workspace.ErrUnsigned) {
		why += lang.X("cli.merge.unsigned", " Merge it only if you trust how it reached you (--accept-unsigned).")
	}
	return why
}
