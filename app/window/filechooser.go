package window

import (
	"reflect"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// titleFolder is the title of a folder dialog.
func titleFolder() string { return lang.X("file.title.folder", "Choose a folder") }

// showFileDialog shows a Fyne file or folder dialog at a size that shows
// the names, with its title and the places of its side bar in the interface
// language: Fyne joins its words with a space ("打开 文件").
func showFileDialog(fd *dialog.FileDialog, title string) {
	fd.SetTitleText(title)
	fd.Resize(fyne.NewSize(760, 520))
	fd.Show()
	renamePlaces(fd)
}

// renamePlaces names the places of a file dialog's side bar ("Home",
// "Computer", "Documents"…) in the interface language. Fyne 2.7 writes
// them as English literals, not through its translations, and offers no
// way to name them, so they are renamed in the built dialog. go.mod pins
// Fyne; should its insides change, the names stay English and
// TestFileChooserSpeaksChinese fails.
func renamePlaces(fd *dialog.FileDialog) {
	inner := reflect.ValueOf(fd).Elem().FieldByName("dialog")
	if !inner.IsValid() || inner.Kind() != reflect.Pointer || inner.IsNil() {
		return // a dialog of the system (a portal), which speaks its own language
	}
	fdl := inner.Elem()
	favs := fdl.FieldByName("favorites")
	if !favs.IsValid() || favs.Kind() != reflect.Slice {
		return
	}
	for i := range favs.Len() {
		name := favs.Index(i).FieldByName("locName")
		if !name.IsValid() || name.Kind() != reflect.String {
			return
		}
		name = reflect.NewAt(name.Type(), unsafe.Pointer(name.UnsafeAddr())).Elem()
		name.SetString(placeName(name.String()))
	}
	list := fdl.FieldByName("favoritesList")
	if !list.IsValid() || list.Kind() != reflect.Pointer || list.IsNil() {
		return
	}
	if w, ok := reflect.NewAt(list.Type(), unsafe.Pointer(list.UnsafeAddr())).Elem().Interface().(fyne.Widget); ok {
		w.Refresh()
	}
}

// placeName is the name of a place of the file dialog's side bar in the
// interface language.
func placeName(fyneName string) string {
	switch fyneName {
	case "Home":
		return lang.X("file.place.home", "Home")
	case "Computer":
		return lang.X("file.place.computer", "Computer")
	case "App Files":
		return lang.X("file.place.appfiles", "App Files")
	case "Desktop":
		return lang.X("file.place.desktop", "Desktop")
	case "Documents":
		return lang.X("file.place.documents", "Documents")
	case "Downloads":
		return lang.X("file.place.downloads", "Downloads")
	case "Music":
		return lang.X("file.place.music", "Music")
	case "Pictures":
		return lang.X("file.place.pictures", "Pictures")
	case "Videos":
		return lang.X("file.place.videos", "Videos")
	}
	return fyneName
}
