package window

import "fyne.io/fyne/v2"

// The window's size when none is saved.
const defaultWidth, defaultHeight = 1280, 800

// Bounds of a window size worth saving and restoring: no screen is larger
// than 8K (7680×4320 at scale 1), and under 640×400 the desk cannot be
// used. A window once grew to 1280×22314 under a pledge of a million
// characters; that height, saved, made every later start blank.
const (
	minWindowWidth, minWindowHeight = 640, 400
	maxWindowWidth, maxWindowHeight = 7680, 4320
)

// savedWindowSize is the window size the preferences hold; a width or a
// height out of bounds is taken as the default's.
func savedWindowSize(p fyne.Preferences) fyne.Size {
	w := p.FloatWithFallback(prefWidth, defaultWidth)
	if !within(w, minWindowWidth, maxWindowWidth) {
		w = defaultWidth
	}
	h := p.FloatWithFallback(prefHeight, defaultHeight)
	if !within(h, minWindowHeight, maxWindowHeight) {
		h = defaultHeight
	}
	return fyne.NewSize(float32(w), float32(h))
}

// storeWindowSize saves the window size s for the next start, unless it is
// out of bounds.
func storeWindowSize(p fyne.Preferences, s fyne.Size) {
	if within(float64(s.Width), minWindowWidth, maxWindowWidth) && within(float64(s.Height), minWindowHeight, maxWindowHeight) {
		p.SetFloat(prefWidth, float64(s.Width))
		p.SetFloat(prefHeight, float64(s.Height))
	}
}

func within(v, lo, hi float64) bool { return v >= lo && v <= hi }
