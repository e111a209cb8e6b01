package parse

import "pledgereview/data"

// PlaceOf is the place a report is of, for a list of reports: the one its
// title names ("2024年泸州市政府工作报告" → 泸州市), else the one its id
// spells ("luzhou-2024" → 泸州); "" when neither names one.
func PlaceOf(r *data.Report) string {
	if p := placeOfName(r.Title + ".title"); p != "" {
		return p
	}
	return placeOfID(r.ID)
}
