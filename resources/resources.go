// Package resources holds the files embedded in the binary: the CJK font,
// the icon, the translations and the default rubric.
package resources

import "embed"

// FontTTF is WenQuanYi Micro Hei, the CJK font used by the window and the PDF.
//
//go:embed fonts/wqy-microhei.ttf
var FontTTF []byte

// DefaultRubricJSON is the rubric a new workspace starts with.
//
//go:embed rubric.json
var DefaultRubricJSON []byte

// Translations holds one JSON file per language for fyne's lang package.
//
//go:embed translations
var Translations embed.FS

// IconPNG is the application icon (drawn by app/internal/icongen).
//
//go:embed icon.png
var IconPNG []byte
