package window

import (
	"pledgereview/app/workspace"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestRejectRemembered: a link rejected with Delete is still rejected when
// the desk is opened again on the same workspace, and nothing went into my
// review; accepting it afterwards lifts the rejection.
func TestRejectRemembered(t *testing.T) {
	o := openOutcomes(t, langEn, "national/2021-state-council.txt", "national/2022-state-council.txt")
	a, ws, cfg, d, pair, v := o.a, o.ws, o.cfg, o.d, o.pair, o.v
	_, id := selectLinkOf(t, v, pair, "新开工改造城镇老旧小区5.3万个")
	v.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDelete})
	v.win.Close()
	d.shutdown()

	d2 := newTestDesk(t, a, ws, cfg)
	d2.switchReport("2021-state-council")
	settle(d2.jobs)
	v2 := d2.showOutcomes()
	if v2 == nil {
		t.Fatal("the view did not open on the reopened desk")
	}
	at := -1
	for p, i := range v2.rows {
		if v2.pair.Links[i].Pledge.ID == id {
			at = p
		}
	}
	if at < 0 {
		t.Fatalf("%s not listed", id)
	}
	v2.list.Select(at)
	if !strings.HasPrefix(v2.rowLine(v2.rows[at]), "×") || !strings.Contains(v2.state.Text, "rejected") {
		t.Errorf("after reopening the link shows %q / %q", v2.rowLine(v2.rows[at]), v2.state.Text)
	}
	if rv, _ := d2.sess.MyReview(id); rv.HasContent() {
		t.Errorf("a rejected link was recorded: %+v", rv)
	}
	v2.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if again, _ := d2.sess.Outcomes("2021-state-council", ""); len(again.Rejected) != 0 {
		t.Errorf("accepted, still rejected: %v", again.Rejected)
	}
}

// selectLinkOf selects, in the view's list, the (last) row of the pledge
// whose text holds words, and returns the row and the pledge's id.
func selectLinkOf(t *testing.T, v *outcomesView, pair *workspace.OutcomePair, words string) (row int, id string) {
	t.Helper()
	row = -1
	for pos, i := range v.rows {
		if strings.Contains(pair.Links[i].Pledge.Text, words) {
			row = pos
		}
	}
	if row < 0 {
		t.Fatalf("no pledge holding %q in the list", words)
	}
	v.list.Select(row)
	return row, pair.Links[v.rows[row]].Pledge.ID
}
