package window

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// luminance is the relative luminance of WCAG 2.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 0xffff
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// The tree's status bars come with a legend that names every status and
// says what the figures count; the outline and every colour stand out on
// the light and the dark background.
func TestStatusMixHasALegendAndShowsInBothThemes(t *testing.T) {
	for _, variant := range []string{variantLight, variantDark} {
		t.Run(variant, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Preferences().SetString(prefVariant, variant)
			ws, cfg := tempPaths(t)
			d := newTestDesk(t, a, ws, cfg)
			shown := strings.Join(shownTexts(d.views.tree.box), "\n") + objectTexts(d.views.tree.box)
			for _, si := range data.Statuses {
				if !strings.Contains(shown, statusLabel(si.ID)) {
					t.Errorf("the legend does not name %q", statusLabel(si.ID))
				}
			}
			if !strings.Contains(shown, "我已评审的承诺 / 承诺总数") || !strings.Contains(shown, "空白为未评估") {
				t.Errorf("the legend does not say what the figures and bars are:\n%s", shown)
			}
			bg := theme.Color(theme.ColorNameBackground)
			if c := contrast(xwidget.OutlineColor(), bg); c < 2 {
				t.Errorf("the bar's outline: contrast %.2f against the background", c)
			}
			for _, si := range data.Statuses {
				if si.ID == data.NotRated {
					continue
				}
				if c := contrast(statusColor(si.ID), bg); c < 1.8 {
					t.Errorf("%s: contrast %.2f against the background", si.ID, c)
				}
			}
		})
	}
}

// After View → Light in a dark window the legend's names and swatch
// outlines are drawn in the light theme's colours: they read against the
// new background.
func TestStatusLegendFollowsTheThemeSwitch(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefVariant, variantDark)
	ws, cfg := tempPaths(t)
	d := newTestDesk(t, a, ws, cfg)
	for _, variant := range []string{variantLight, variantDark} {
		d.setVariant(variant)
		back := theme.Color(theme.ColorNameBackground)
		names, swatches := 0, 0
		for _, o := range test.LaidOutObjects(d.views.tree.box) {
			if sw, ok := o.(*canvas.Rectangle); ok && sw.Size() == xwidget.SwatchSize {
				swatches++
				if c := contrast(sw.StrokeColor, back); c < 2 {
					t.Errorf("%s: a swatch's outline at contrast %.2f against the background", variant, c)
				}
			}
			tx, ok := o.(*canvas.Text)
			if !ok || !isStatusName(tx.Text) {
				continue
			}
			names++
			if c := contrast(tx.Color, back); c < 4.5 {
				t.Errorf("%s: %q drawn at contrast %.2f against the background", variant, tx.Text, c)
			}
		}
		if swatches != len(data.Statuses) {
			t.Errorf("%s: the legend shows %d swatches, want %d", variant, swatches, len(data.Statuses))
		}
		if names != len(data.Statuses) {
			t.Errorf("%s: the legend shows %d status names, want %d", variant, names, len(data.Statuses))
		}
	}
}

func isStatusName(s string) bool {
	for _, si := range data.Statuses {
		if s == statusLabel(si.ID) {
			return true
		}
	}
	return false
}
