package widget

import (
	"image/color"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Golden images, light and dark: bars of three shares and of none (only
// the outline), and the legend naming the colours, drawn in the theme's
// foreground. To make them again after an intended change: delete
// testdata/sharebar, run the test, look at testdata/failed/sharebar and
// move them in place.
func TestShareBarGolden(t *testing.T) {
	colors := []color.Color{
		color.NRGBA{0x1e, 0x78, 0xd2, 0xff},
		color.NRGBA{0xf0, 0x8c, 0x00, 0xff},
		color.NRGBA{0x2e, 0x9e, 0x44, 0xff},
		color.Transparent,
	}
	for _, c := range []struct {
		name string
		dark bool
	}{{"light", false}, {"dark", true}} {
		t.Run(c.name, func(t *testing.T) {
			some, none := NewShareBar(colors), NewShareBar(colors)
			some.Set([]int{2, 1, 3, 2})
			none.Set(nil)
			legend := container.NewGridWithColumns(2,
				NewLegendItem(colors[0], "进行中"), NewLegendItem(colors[1], "滞后"),
				NewLegendItem(colors[2], "已完成"), NewLegendItem(colors[3], "未评估"))
			box := container.NewVBox(container.NewHBox(container.NewCenter(some), container.NewCenter(none)), legend)
			w := newGoldenWindowIn(t, box, fyne.NewSize(200, 90), c.dark)
			if got := some.rects[2].Size().Width; got != ShareBarSize.Width*3/8 {
				t.Errorf("3 of 8 drawn %v wide, want %v", got, ShareBarSize.Width*3/8)
			}
			if !slices.Equal(drawnTexts(legend), []string{"进行中", "滞后", "已完成", "未评估"}) {
				t.Errorf("the legend says %q", drawnTexts(legend))
			}
			assertGolden(t, "sharebar/"+c.name+".png", w)
		})
	}
}
