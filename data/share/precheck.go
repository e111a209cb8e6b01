package share

import (
	"reflect"

	"pledgereview/data"
)

// recordChecks is what a file's reviews are found to be by themselves,
// against the rubric a merge rejects scores by: worked out where the files
// are read, concurrently (Precheck), so that Plan, file after file, only
// looks it up.
type recordChecks struct {
	rubric  data.Rubric
	reviews *data.Review // the first of the reviews checked
	invalid []string     // by review, why it does not fit the rubric, "" when it fits
	unsafe  []bool       // by review, whether its text must be cleaned before it is kept
}

// Precheck checks each review of f against rubric, the one of the
// workspace it will be planned into, ahead of Plan, which then gives the
// same plan sooner.
func (f *File) Precheck(rubric data.Rubric) {
	if len(f.Reviews) == 0 {
		return
	}
	c := &recordChecks{rubric: rubric, reviews: &f.Reviews[0], unsafe: make([]bool, len(f.Reviews))}
	if len(rubric.Criteria) > 0 {
		c.invalid = make([]string, len(f.Reviews))
	}
	for i := range f.Reviews {
		r := &f.Reviews[i]
		c.unsafe[i] = r.HasUnsafeText()
		if c.invalid != nil {
			if err := r.Validate(rubric); err != nil {
				c.invalid[i] = err.Error()
			}
		}
	}
	f.checks = c
}

// checksFor returns what Precheck found of f's reviews against rubric,
// nil when it did not check these reviews against it.
func (f *File) checksFor(rubric data.Rubric) *recordChecks {
	c := f.checks
	if c == nil || len(f.Reviews) != len(c.unsafe) || &f.Reviews[0] != c.reviews || !reflect.DeepEqual(c.rubric, rubric) {
		return nil
	}
	return c
}

// unsafeText tells whether the i-th review r of the file needs its text
// cleaned (data.Review.HasUnsafeText).
func (c *recordChecks) unsafeText(i int, r *data.Review) bool {
	if c == nil {
		return r.HasUnsafeText()
	}
	return c.unsafe[i]
}

// misfit says why the i-th review r does not fit rubric, "" when it fits.
func (c *recordChecks) misfit(i int, r *data.Review, rubric data.Rubric) string {
	if c != nil {
		return c.invalid[i]
	}
	if err := r.Validate(rubric); err != nil {
		return err.Error()
	}
	return ""
}
