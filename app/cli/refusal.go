package cli

import (
	"errors"

	"pledgereview/app/internal/lang"
	"pledgereview/app/workspace"
	"pledgereview/data"
	"pledgereview/data/share"
)

// refusalReason says why a file is not merged, in the user's language
// where the reason asks them to act: a claimed or changed key needs a
// phone call, and the words to compare are the same in both languages.
func refusalReason(fp workspace.FilePlan) string {
	file := data.ShownFileName(fp.Path)
	var claim *share.ClaimError
	if errors.As(fp.Err, &claim) {
		return lang.X("cli.merge.claim", "{{.File}}: it signs the reviews of {{.Name}} ({{.ID}}), who sent unsigned files before, with a new key: {{.Words}}; call {{.Name}} and compare the words before accepting this key as theirs (--accept-key)",
			map[string]any{"File": file, "Name": data.CleanName(claim.Reviewer.Name), "ID": data.CleanName(claim.Reviewer.ID), "Words": share.FingerprintWordsBoth(claim.Key)})
	}
	var changed *share.KeyChangedError
	if errors.As(fp.Err, &changed) {
		return lang.X("cli.merge.keychanged", "{{.File}}: the records of {{.Name}} ({{.ID}}) are signed with a new key: {{.Offered}}; this workspace knows them by the key {{.Pinned}}; call {{.Name}} and compare the words before trusting this file (trust --forget)",
			map[string]any{"File": file, "Name": data.CleanName(changed.Reviewer.Name), "ID": data.CleanName(changed.Reviewer.ID),
				"Offered": share.FingerprintWordsBoth(changed.Offered), "Pinned": share.FingerprintWordsBoth(changed.Pinned)})
	}
	return oneLine(fp.Err)
}
