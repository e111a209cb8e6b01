package window

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pledgereview/resources"
)

// fontResource is the bundled CJK font; it has no bold or italic face, so it
// serves every text style.
var fontResource = fyne.NewStaticResource("wqy-microhei.ttf", resources.FontTTF)

// strongStyle is the style of headings, verdicts and figures that stand
// out: the regular one. Fyne parses the font once per text style it draws
// (≈ 25 MB of memory for this 4.6 MB CJK font, go-text's parsed glyphs),
// and since the font has no bold face, bold text would be drawn with the
// same glyphs: the words stand out by their place, size and colour.
var strongStyle = fyne.TextStyle{}

// oneFontStyle makes Fyne's own strong text (the labels of buttons) the
// regular style too, so that the window parses the font once, not twice.
// Fyne's dialog titles stay bold: the first dialog shown parses it for bold.
func oneFontStyle() {
	widget.RichTextStyleStrong.TextStyle = strongStyle
}

// Theme variants the user can choose in View; "" follows the system.
const (
	variantSystem = ""
	variantLight  = "light"
	variantDark   = "dark"
)

// Colour names of the review desk, resolved by deskTheme.
const (
	colorTarget   fyne.ThemeColorName = "pledgeTarget"
	colorDeadline fyne.ThemeColorName = "pledgeDeadline"
	colorChip     fyne.ThemeColorName = "pledgeChip"
	colorFocusBar fyne.ThemeColorName = "pledgeFocus"
)

// deskTheme is Fyne's default theme with the bundled font and, when the user
// chose one, a fixed light or dark variant.
type deskTheme struct {
	variant string
}

func newDeskTheme(variant string) *deskTheme { return &deskTheme{variant: variant} }

func (t *deskTheme) fix(v fyne.ThemeVariant) fyne.ThemeVariant {
	switch t.variant {
	case variantLight:
		return theme.VariantLight
	case variantDark:
		return theme.VariantDark
	}
	return v
}

func (t *deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.fix(v)
	dark := v == theme.VariantDark
	switch n {
	case colorTarget:
		if dark {
			return color.NRGBA{0x7c, 0xc4, 0xff, 0xff}
		}
		return color.NRGBA{0x0b, 0x5c, 0xc4, 0xff}
	case colorDeadline:
		if dark {
			return color.NRGBA{0xff, 0xb4, 0x5c, 0xff}
		}
		return color.NRGBA{0xb3, 0x4d, 0x00, 0xff}
	case colorChip:
		if dark {
			return color.NRGBA{0x3a, 0x3f, 0x4a, 0xff}
		}
		return color.NRGBA{0xe6, 0xec, 0xf5, 0xff}
	case colorFocusBar:
		return theme.DefaultTheme().Color(theme.ColorNamePrimary, v)
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *deskTheme) Font(fyne.TextStyle) fyne.Resource { return fontResource }

func (t *deskTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *deskTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// flagIcon is a small red flag; the theme has none.
var flagIcon = fyne.NewStaticResource("flag.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">
<path d="M5 2h2v20H5z" fill="#555"/><path d="M7 3h12l-3 4.5L19 12H7z" fill="#d32f2f"/></svg>`))
