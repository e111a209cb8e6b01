package app

import (
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"pledgereview/data"
)

func TestEvidenceTagsLeadAndHistory(t *testing.T) {
	a := test.NewTempApp(t)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	d.list.list.Select(0)
	id := d.currentRow().Pledge.ID

	test.Type(d.form.tags, "新基建，重点、 民生")
	test.Tap(d.form.evidence.add)
	if len(d.form.evidence.rows) != 1 {
		t.Fatalf("%d evidence rows after Add", len(d.form.evidence.rows))
	}
	row := d.form.evidence.rows[0]
	test.Type(row.text, "已建成3200座")
	test.Type(row.date, "2021-06-30")
	d.win.Canvas().Unfocus() // focus loss saves at once
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

	test.Tap(d.form.evidence.add)
	d.form.evidence.onRemove(d.form.evidence.rows[0])
	rv, _ = d.sess.MyReview(id)
	if len(rv.Evidence) != 0 {
		t.Errorf("evidence after removing it: %+v", rv.Evidence)
	}

	// another pledge and back: the form shows what is stored
	d.list.list.Select(1)
	d.list.list.Select(0)
	if d.form.tags.Text != "新基建, 重点, 民生" || len(d.form.evidence.rows) != 0 {
		t.Errorf("reloaded form: tags %q, %d evidence rows", d.form.tags.Text, len(d.form.evidence.rows))
	}
}

func historyText(d *Desk) string {
	var b strings.Builder
	for _, o := range d.form.history.items.Objects {
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
	d.list.list.Select(0)
	cr := d.form.crits[0]
	before := cr.desc.Text
	cr.levels[2].MouseIn(&desktop.MouseEvent{})
	if cr.desc.Text != levelText(cr.c, 2) || cr.desc.Text == before {
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
