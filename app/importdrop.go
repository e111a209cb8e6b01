package app

import "pledgereview/app/workspace"

// importDropped shows the import preview of each dropped report file in
// turn, the next when the last is closed, and then calls then.
func (d *Desk) importDropped(paths []string, then func()) {
	if len(paths) == 0 {
		then()
		return
	}
	workspace.WarmReaders()
	d.importReportFile(paths[0], func(ip *importPreview) {
		rest := func() { d.importDropped(paths[1:], then) }
		if ip == nil {
			rest()
			return
		}
		ip.dlg.SetOnClosed(rest)
	})
}
