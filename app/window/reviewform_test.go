package window

import (
	"reflect"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/data"
)

func TestEvidenceTagsLeadAndHistory(t *testing.T) {
	synctest.Test(t, testEvidenceTagsLeadAndHistory)
}

func testEvidenceTagsLeadAndHistory(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	useRealPause(d)
	d.views.list.list.Select(0)
	id := d.currentRow().Pledge.ID

	test.Type(d.views.form.tags, "新基建，重点、 民生")
	test.Tap(d.views.form.evidence.add)
	if len(d.views.form.evidence.rows) != 1 {
		t.Fatalf("%d evidence rows after Add", len(d.views.form.evidence.rows))
	}
	row := d.views.form.evidence.rows[0]
	test.Type(row.text, "已建成3200座")
	test.Type(row.date, "2021-06-30")
	d.win.Canvas().Unfocus()
	passPause(d, evidencePause) // the evidence entry is saved after its pause
	rv, _ := d.sess.MyReview(id)
	if !reflect.DeepEqual(rv.Tags, []string{"新基建", "重点", "民生"}) {
		t.Errorf("tags %q", rv.Tags)
	}
	if len(rv.Evidence) != 1 || rv.Evidence[0].Text != "已建成3200座" || rv.Evidence[0].Date != "2021-06-30" {
		t.Errorf("evidence %+v", rv.Evidence)
	}
	hist := historyText(d)
	if !strings.Contains(hist, "标签") || !strings.Contains(hist, "佐证") {
		t.Errorf("history does not list the changes: %q", hist)
	}

	test.Tap(d.views.form.evidence.add)
	d.views.form.evidence.onRemove(d.views.form.evidence.rows[0])
	rv, _ = d.sess.MyReview(id)
	if len(rv.Evidence) != 0 {
		t.Errorf("evidence after removing it: %+v", rv.Evidence)
	}

	// another pledge and back: the form shows what is stored
	d.views.list.list.Select(1)
	d.views.list.list.Select(0)
	if d.views.form.tags.Text != "新基建, 重点, 民生" || len(d.views.form.evidence.rows) != 0 {
		t.Errorf("reloaded form: tags %q, %d evidence rows", d.views.form.tags.Text, len(d.views.form.evidence.rows))
	}
}

// historyText is what the history view lists, once its read came.
func historyText(d *Desk) string {
	settle(d.jobs)
	var b strings.Builder
	for _, o := range d.views.form.history.items.Objects {
		if text, ok := labelText(o); ok {
			b.WriteString(text + "\n")
		}
	}
	return b.String()
}

func TestLevelTextOnHover(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.list.list.Select(0)
	cr := d.views.form.crits[0]
	before := cr.desc.Text
	cr.levels[2].MouseIn(&desktop.MouseEvent{})
	if cr.desc.Text != "预览（未选）："+levelText(cr.c, 2) || cr.desc.Text == before {
		t.Errorf("hovering 2 shows %q", cr.desc.Text)
	}
	cr.levels[2].MouseOut()
	if cr.desc.Text != before {
		t.Errorf("after the mouse left: %q, want %q", cr.desc.Text, before)
	}
	rv, _ := d.sess.MyReview(d.currentRow().Pledge.ID)
	if len(rv.Scores) != 0 {
		t.Errorf("hovering scored: %v", rv.Scores)
	}
}

func TestThemeFontAndVariants(t *testing.T) {
	for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Monospace: true}} {
		if newDeskTheme("").Font(style) != fontResource {
			t.Errorf("style %+v does not use the bundled font", style)
		}
	}
	light, dark := newDeskTheme(variantLight), newDeskTheme(variantDark)
	bgL := light.Color(theme.ColorNameBackground, theme.VariantDark)
	bgD := dark.Color(theme.ColorNameBackground, theme.VariantLight)
	if bgL == bgD {
		t.Error("light and dark choices give the same background")
	}
	if light.Color(theme.ColorNameBackground, theme.VariantDark) != theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight) {
		t.Error("the light choice does not override a dark system")
	}
	if sys := newDeskTheme(variantSystem); sys.Color(theme.ColorNameBackground, theme.VariantDark) != bgD {
		t.Error("the system choice does not follow the system variant")
	}
	if statusColor(data.Done) == statusColor(data.NotDone) {
		t.Error("done and not done share a colour")
	}
}

// Hovering a level while another is chosen looks nothing like choosing it:
// the chosen button stays the one filled, the text says "preview", muted.
func TestHoverIsNotChoosing(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.views.list.list.Select(0)
	cr := d.views.form.crits[0]
	test.Tap(cr.levels[3])
	chosen := cr.desc.Text
	if chosen != "已选："+levelText(cr.c, 3) {
		t.Fatalf("the chosen level reads %q", chosen)
	}
	cr.levels[1].MouseIn(&desktop.MouseEvent{})
	if cr.levels[1].Importance == widget.HighImportance || cr.levels[3].Importance != widget.HighImportance {
		t.Errorf("hovering 1 changed the filled button: 1 is %v, 3 is %v", cr.levels[1].Importance, cr.levels[3].Importance)
	}
	// muted, in the one text style (no italic: the font has none, fontstyle_test.go)
	if !strings.HasPrefix(cr.desc.Text, "预览（未选）：") || cr.desc.Importance != widget.LowImportance {
		t.Errorf("hovering 1 reads %q in %v", cr.desc.Text, cr.desc.Importance)
	}
	cr.levels[1].MouseOut()
	if cr.desc.Text != chosen || cr.desc.Importance == widget.LowImportance {
		t.Errorf("after the mouse left: %q", cr.desc.Text)
	}
}

// Typing an evidence entry's text, link and date is one edit: one history
// entry, saved after the pause or at once by another action; the history
// shows where a long entry changed, not two identical beginnings.
func TestOneEvidenceEditIsOneHistoryEntry(t *testing.T) {
	synctest.Test(t, testOneEvidenceEditIsOneHistoryEntry)
}

func testOneEvidenceEditIsOneHistoryEntry(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	useRealPause(d)
	d.views.list.list.Select(0)
	id := d.currentRow().Pledge.ID
	entries := func() int {
		h, err := d.sess.MyHistory(id)
		if err != nil {
			t.Fatal(err)
		}
		return len(h)
	}
	before := entries()
	test.Tap(d.views.form.evidence.add)
	row := d.views.form.evidence.rows[0]
	long := "市通信管理局通报：截至6月底全市累计建成5G基站3200座，其中市区2100座，县域1100座"
	test.Type(row.text, long)
	test.Type(row.link, "https://example.gov.cn/5g")
	test.Type(row.date, "2021-06-30")
	d.win.Canvas().Unfocus()
	if n := entries(); n != before {
		t.Fatalf("moving between the entry's fields saved %d times", n-before)
	}
	passPause(d, evidencePause-time.Millisecond)
	if n := entries(); n != before {
		t.Fatalf("saved %d times before the evidence pause passed", n-before)
	}
	passPause(d, time.Millisecond)
	if n := entries(); n != before+1 {
		t.Fatalf("one evidence edit made %d history entries", n-before)
	}

	// change only the date: another pledge saves it at once
	row.date.SetText("")
	test.Type(row.date, "2021-07-31")
	d.views.list.list.Select(1)
	d.views.list.list.Select(0)
	if n := entries(); n != before+2 {
		t.Fatalf("the date change made %d history entries", n-before-1)
	}
	hist := historyText(d)
	first := strings.SplitN(hist, "\n", 2)[0]
	if !strings.Contains(first, "2021-06-30 →") {
		t.Errorf("the newest history line does not show the old date: %q", first)
	}
	if !strings.Contains(first, "2021-07-31") {
		t.Errorf("the newest history line does not show the new date: %q", first)
	}
}
