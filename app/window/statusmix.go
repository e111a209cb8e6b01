package window

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	xwidget "pledgereview/app/internal/widget"
	"pledgereview/data"
)

// newStatusMix is the tree's bar of the statuses I gave, each as wide as
// its share of the pledges; pledges not rated leave their share empty
// inside the outline. The legend under the tree (newStatusLegend) says
// what it is.
func newStatusMix() *xwidget.ShareBar {
	colors := make([]color.Color, len(data.Statuses))
	for i, si := range data.Statuses {
		colors[i] = mixColor(si.ID)
	}
	return xwidget.NewShareBar(colors)
}

// setStatusMix shows counts by status on a bar made by newStatusMix.
func setStatusMix(b *xwidget.ShareBar, by map[data.Status]int) {
	counts := make([]int, len(data.Statuses))
	for i, si := range data.Statuses {
		counts[i] = by[si.ID]
	}
	b.Set(counts)
}

// newStatusLegend explains the tree's figures and bars: what "2/21" counts
// and which colour is which status.
func newStatusLegend() fyne.CanvasObject {
	head := newTextLabel(lang.X("legend.head", "Figures: pledges I reviewed / all. Bar: my delivery statuses, each as wide as its share; empty: not rated."))
	head.SizeName = theme.SizeNameCaptionText
	items := container.NewGridWithColumns(2)
	for _, si := range data.Statuses {
		items.Add(xwidget.NewLegendItem(mixColor(si.ID), statusLabel(si.ID)))
	}
	pad := container.New(layout.NewCustomPaddedLayout(0, theme.Padding(), theme.Padding(), theme.Padding()), items)
	return container.NewVBox(widget.NewSeparator(), head, pad)
}
