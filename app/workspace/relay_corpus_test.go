package workspace

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"pledgereview/data"
	"pledgereview/data/datatest"
	"pledgereview/data/share"
)

// TestRelayOfRecordsPlacedByText: A reviews the Word file of 北京's
// report, B holds its PDF and merges A's file (A's records placed by
// text), B exports everything, and C, holding the Word file or the PDF,
// merges B's file: A's records arrive on C under A's own signature, on the
// pledge with the text A reviewed; a record of the relayed bytes edited
// after signing refuses B's file.
func TestRelayOfRecordsPlacedByText(t *testing.T) {
	docx, pdf := datatest.Forms2025(t, "北京市")
	a, b := newColleague(t, "王芳"), newColleague(t, "李雷")
	ra, rb := importCorpus(t, a, docx), importCorpus(t, b, pdf)
	reviewed, sent := reviewEverything(t, a, ra)
	a.merge(t, reviewed) // A's reviews in A's workspace, for A's export
	b.merge(t, progressEveryTenth(t, a, ra))
	onB := reviewsOf(t, b, rb.ID, a.s.Me().ID)
	if len(onB) < sent*98/100 {
		t.Fatalf("%d of A's %d records placed on B", len(onB), sent)
	}
	progressOnB := progressOf(t, b, rb.ID, a.s.Me().ID)
	if len(progressOnB) == 0 {
		t.Fatal("none of A's progress updates placed on B")
	}
	own := data.NewReview(rb.Pledges()[3].ID, b.s.Me().ID)
	own.Scores = map[string]int{"specific": 2}
	if _, err := b.s.SaveReview(own); err != nil {
		t.Fatal(err)
	}
	fromB := filepath.Join(b.dir, "everything.json")
	exported, err := b.s.WriteReviewFile(fromB, rb.ID, true, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	kept, err := b.s.Unplaced(rb.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(onB)+len(kept) != sent {
		t.Fatalf("B holds %d of A's records and keeps %d unplaced, of %d sent", len(onB), len(kept), sent)
	}
	if len(exported.Relayed) != 1 || len(exported.Relayed[0].Reviews) != sent || len(exported.Relayed[0].Progress) != len(progressOnB) {
		t.Fatalf("B's file relays %d groups, want A's %d reviews (%d of them unplaced on B) and %d progress updates as A signed them", len(exported.Relayed), sent, len(kept), len(progressOnB))
	}

	for _, form := range []string{docx, pdf} {
		t.Run(filepath.Ext(form), func(t *testing.T) {
			c := newColleague(t, "张伟")
			rc := importCorpus(t, c, form)
			plan, err := planOne(c.s, fromB)
			if err != nil {
				t.Fatal(err)
			}
			if !pinsKey(plan, a.s.Me().ID, a.s.PublicKey()) {
				t.Errorf("C's plan pins %v, want A's own key for A's records", plan.Keys)
			}
			if _, err := applyOne(c.s, plan, fromB); err != nil {
				t.Fatal(err)
			}
			placed := sent // the Word file places them all; the PDF keeps those B kept unplaced
			if form == pdf {
				placed = len(onB)
			}
			checkSameText(t, ra, rc, reviewsOf(t, c, rc.ID, a.s.Me().ID), placed)
			var asNotes []data.Review // the updates' reasons name A's pledges
			for _, u := range progressOf(t, c, rc.ID, a.s.Me().ID) {
				asNotes = append(asNotes, data.Review{PledgeID: u.PledgeID, Note: u.Reason})
			}
			checkSameText(t, ra, rc, asNotes, len(progressOnB))
			if got := reviewsOf(t, c, rc.ID, b.s.Me().ID); len(got) != 1 {
				t.Errorf("C holds %d of B's own records, want 1", len(got))
			}
			// C relays A's records in turn.
			again, err := c.s.ExportReviewFile(rc.ID, true, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			if n := relayedOrSealed(again, a.s.Me().ID); n != sent {
				t.Errorf("C's file of everything carries %d of A's records, want all %d", n, sent)
			}
		})
	}

	t.Run("author", func(t *testing.T) {
		// A merges B's file: A's own records come back unchanged.
		plan, err := planOne(a.s, fromB)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range plan.Writes {
			if r.ReviewerID == a.s.Me().ID {
				t.Fatalf("A's record %s written back from B's file", r.PledgeID)
			}
		}
		if len(plan.Unchanged) < sent {
			t.Errorf("%d of A's records found unchanged, want %d", len(plan.Unchanged), sent)
		}
	})

	t.Run("forged", func(t *testing.T) {
		raw, err := os.ReadFile(fromB)
		if err != nil {
			t.Fatal(err)
		}
		at := bytes.Index(raw, []byte(`"relayed": [`))
		loc := regexp.MustCompile(`"specific":[0-4]`).FindIndex(raw[at:])
		if at < 0 || loc == nil {
			t.Fatal("no relayed score in B's file")
		}
		forged := bytes.Clone(raw)
		i := at + loc[1] - 1
		forged[i] = '0' + (forged[i]-'0'+1)%5
		path := filepath.Join(t.TempDir(), "forged.json")
		if err := os.WriteFile(path, forged, 0o644); err != nil {
			t.Fatal(err)
		}
		c := newColleague(t, "张伟")
		importCorpus(t, c, pdf)
		if _, err := planOne(c.s, path); !errors.Is(err, share.ErrForged) {
			t.Fatalf("a relayed record edited after signing: %v, want refused as forged", err)
		}
	})

	// What relays them goes with the report.
	if _, err := b.s.RemoveReport(rb.ID); err != nil {
		t.Fatal(err)
	}
	if relay, err := b.s.store.Relay(rb.ID); err != nil || !relay.IsEmpty() {
		t.Errorf("after the report's removal %d records, %d seals, %d forms to relay are kept (%v)", len(relay.Records), len(relay.Seals), len(relay.Forms), err)
	}
}

// reviewsOf returns a reviewer's reviews of a report held by c.
func reviewsOf(t *testing.T, c *colleague, reportID, reviewerID string) []data.Review {
	t.Helper()
	all, err := c.s.store.Reviews(reportID)
	if err != nil {
		t.Fatal(err)
	}
	var out []data.Review
	for _, rv := range all {
		if rv.ReviewerID == reviewerID {
			out = append(out, rv)
		}
	}
	return out
}

// checkSameText checks that want records of reviewEverything on from's
// pledges lie on the pledges of to with their text (98 % of them).
func checkSameText(t *testing.T, from, to *data.Report, got []data.Review, want int) {
	t.Helper()
	text := map[string]string{}
	for _, p := range from.Pledges() {
		text[p.ID] = share.Normalised(p.Text)
	}
	mine := map[string]string{}
	for _, p := range to.Pledges() {
		mine[p.ID] = share.Normalised(p.Text)
	}
	same := 0
	for _, rv := range got {
		if text[rv.Note] == mine[rv.PledgeID] {
			same++
		}
	}
	if len(got) != want || float64(same) < 0.98*float64(want) {
		t.Errorf("%d records arrived, %d on the pledge with the text reviewed; want %d, 98 %% of them", len(got), same, want)
	}
}

func pinsKey(p share.MergePlan, id string, key []byte) bool {
	for _, k := range p.Keys {
		if k.ReviewerID == id {
			return bytes.Equal(k.PublicKey, key)
		}
	}
	return false
}

// relayedOrSealed counts a reviewer's records in a file of everything,
// relayed under their seal over either form.
func relayedOrSealed(f share.File, id string) int {
	n := 0
	for _, r := range f.Reviews {
		if r.ReviewerID == id {
			n++
		}
	}
	for _, sub := range f.Relayed {
		if sub.Exporter.ID == id {
			n += len(sub.Reviews)
		}
	}
	return n
}

// progressEveryTenth records a progress update of every tenth pledge of r
// in c's workspace, its reason naming the pledge, and writes c's review
// file: their reviews and these updates.
func progressEveryTenth(t *testing.T, c *colleague, r *data.Report) string {
	t.Helper()
	for i, p := range r.Pledges() {
		if i%10 != 0 {
			continue
		}
		if _, err := c.s.AddProgress(data.ProgressUpdate{PledgeID: p.ID, Value: 40, AsOf: "2025-03-31", Reason: p.ID}); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(c.dir, "progress.json")
	if _, err := c.s.WriteReviewFile(path, r.ID, false, time.Now()); err != nil {
		t.Fatal(err)
	}
	return path
}

// progressOf returns a reviewer's progress updates of a report held by c.
func progressOf(t *testing.T, c *colleague, reportID, reviewerID string) []data.ProgressUpdate {
	t.Helper()
	all, err := c.s.store.Progress(reportID)
	if err != nil {
		t.Fatal(err)
	}
	var out []data.ProgressUpdate
	for _, u := range all {
		if u.ReviewerID == reviewerID {
			out = append(out, u)
		}
	}
	return out
}
