package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Chip is a small rounded label in caption text: a target, a deadline, a
// mark. It is hidden while its text is empty.
type Chip struct {
	widget.BaseWidget
	bg     *canvas.Rectangle
	text   *canvas.Text
	fg, bk fyne.ThemeColorName
}

// NewChip makes an empty chip drawn in the theme's colours fg on bg.
func NewChip(fg, bg fyne.ThemeColorName) *Chip {
	c := &Chip{bg: canvas.NewRectangle(theme.Color(bg)), text: canvas.NewText("", theme.Color(fg)), fg: fg, bk: bg}
	c.bg.CornerRadius = 4
	c.text.TextSize = theme.CaptionTextSize()
	c.ExtendBaseWidget(c)
	c.Hide()
	return c
}

// CreateRenderer draws the text on the rounded background.
func (c *Chip) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, container.New(layout.NewCustomPaddedLayout(1, 1, 5, 5), c.text)))
}

// SetColor changes the colour of the text.
func (c *Chip) SetColor(fg fyne.ThemeColorName) { c.fg = fg }

// Text is what the chip shows.
func (c *Chip) Text() string { return c.text.Text }

// Set shows s, or hides the chip when s is empty.
func (c *Chip) Set(s string) {
	if s == "" {
		c.Hide()
		return
	}
	c.text.Text = s
	c.text.Color = theme.Color(c.fg)
	c.bg.FillColor = theme.Color(c.bk)
	c.text.Refresh()
	c.bg.Refresh()
	c.Show()
}
