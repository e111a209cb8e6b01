package window

import "time"

// validDate accepts an empty field or a date written 2006-01-02, as the
// progress entries, the as-of day and the schedule settings take it.
func validDate(s string) error {
	if s == "" {
		return nil
	}
	_, err := time.Parse("2006-01-02", s)
	return err
}
