package window

import (
	"testing"

	"pledgereview/data"
)

// Every reason the importer gives for setting text aside reads as words in
// the Chinese preview, never as the raw code.
func TestSetAsideReasonsAreWords(t *testing.T) {
	setLanguage(langZh)
	for _, reason := range []string{data.AsidePageNumber, data.AsideHeader, data.AsideFooter, data.AsideLicence,
		data.AsideNavigation, data.AsideFootnote, data.AsideEmpty, data.AsideGlossaryHeading, data.AsideSalutation, data.AsideProblems, data.AsidePageJump, data.AsideClosing} {
		if got := asideReason(reason); got == reason || got == "" {
			t.Errorf("set-aside reason %q reads %q in the preview", reason, got)
		}
	}
}
