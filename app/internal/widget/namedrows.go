package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// Row is a line of a NamedRows table: its name and one cell per column.
type Row struct {
	Name  fyne.CanvasObject
	Cells []fyne.CanvasObject
}

// NamedRows lays rows out as a table: the names in a column as wide as the
// widest name, so that none is cut short ("Measurable", not "Measura…"),
// then each row's cells in columns of equal width.
func NamedRows(rows []Row) *fyne.Container {
	box := container.NewVBox()
	SetNamedRows(box, rows)
	return box
}

// SetNamedRows puts rows in box (a VBox) as NamedRows lays them out, in
// place of what it held.
func SetNamedRows(box *fyne.Container, rows []Row) {
	w := float32(0)
	for _, r := range rows {
		w = max(w, r.Name.MinSize().Width)
	}
	box.RemoveAll()
	for _, r := range rows {
		left := container.New(FixedWidth(w), r.Name)
		box.Add(container.NewBorder(nil, nil, left, nil, container.NewGridWithColumns(max(1, len(r.Cells)), r.Cells...)))
	}
}

// FixedWidth lays out its objects at width w and the height of the tallest.
func FixedWidth(w float32) fyne.Layout { return fixedWidth{w} }

type fixedWidth struct{ w float32 }

func (l fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objs {
		if o.Visible() {
			h = max(h, o.MinSize().Height)
		}
	}
	return fyne.NewSize(l.w, h)
}

func (l fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
