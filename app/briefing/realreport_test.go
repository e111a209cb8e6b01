package briefing

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"pledgereview/data"
	"pledgereview/data/parse/parsetest"
)

// corpusReport reads a report of ../shared/corpus through the importer.
func corpusReport(t *testing.T, rel, id string) *data.Report {
	t.Helper()
	return parsetest.Corpus(t, rel, id)
}

// TestPackOfRealReportShowsAnnexGlossaryAndQuantities checks, with
// pdftotext, that an imported province's pack marks its annex, explains
// glossary terms under the pledges that use them, and writes large values
// as the report does.
func TestPackOfRealReportShowsAnnexGlossaryAndQuantities(t *testing.T) {
	r := corpusReport(t, "provinces-2025/2025年广东省政府工作报告.docx", "guangdong-2025")
	var annex *data.Chapter
	for i := range r.Chapters {
		if r.Chapters[i].Annex != data.AnnexNone {
			annex = &r.Chapters[i]
		}
	}
	if annex == nil || len(r.Glossary) == 0 {
		t.Fatalf("the importer found no annex or no glossary in the Guangdong report")
	}
	var user data.Pledge
	var term data.GlossaryEntry
	var big data.Target
	for _, p := range r.Pledges() {
		if g := r.GlossaryFor(p.Text); len(g) > 0 && user.ID == "" {
			user, term = p, g[0]
		}
		for _, tg := range p.Targets {
			if tg.Value >= 1e8 && big.Value == 0 && !strings.Contains(tg.Quote, "\n") {
				big = tg
			}
		}
	}
	if user.ID == "" || big.Value == 0 {
		t.Fatal("no pledge uses a glossary term, or no target is over 1亿")
	}
	in := Input{Report: r, Rubric: data.DefaultRubric(), Reviewers: testReviewers[:1], Me: testReviewers[0].ID,
		Workspace: "广东 2025", Generated: testDate}
	pdf, err := Build(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := writePack(t, pdf)
	text := pdfText(t, path, r.Title)
	for _, want := range []string{
		"附件Annex" + stripSpace(annex.Title),
		"名词解释Glossary" + stripSpace(term.Term+"："+term.Text),
		stripSpace(big.Quantity()),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("pack text lacks %q", want)
		}
	}
	// the glossary follows the pledge that uses it, within its block
	at := strings.Index(text, stripSpace(sanitize(user.Text)))
	if at < 0 || !strings.Contains(text[at:], "名词解释Glossary"+stripSpace(term.Term)) {
		t.Errorf("the glossary entry %q is not under pledge %s", term.Term, user.ID)
	}
	if os.Getenv("PACK_PNG") != "" { // keep a rendering to look at
		exec.Command("cp", path, os.Getenv("PACK_PNG")+".pdf").Run()
	}
}
