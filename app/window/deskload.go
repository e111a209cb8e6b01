package window

// applyReport puts a loaded report on the desk.
func (d *Desk) applyReport(l loadedReport) {
	if d.loaded.report == nil || d.loaded.report.ID != l.report.ID {
		d.listing.filter.Chapter, d.listing.filter.Headline = 0, 0
	}
	if d.loaded.report != nil && d.loaded.report.ID != l.report.ID {
		d.dropFilters()
	}
	d.loaded = l
	// the rows were of the report before: none is shown until the filter
	// runs over the new one, or a redraw in between reads past its end
	d.listing.rows = nil
	d.listing.cache.Clear()
	d.sel.row = -1
	d.app.Preferences().SetString(prefLastReport, l.report.ID)
}
