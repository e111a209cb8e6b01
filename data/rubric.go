package data

import (
	"encoding/json"
	"fmt"

	"pledgereview/resources"
)

// Level is the written description of one rubric level.
type Level struct {
	Zh string `json:"zh"`
	En string `json:"en"`
}

// Criterion is one rubric dimension scored 0..MaxScore.
type Criterion struct {
	ID     string  `json:"id"`
	Zh     string  `json:"zh"`
	En     string  `json:"en"`
	DescZh string  `json:"desc_zh"`
	DescEn string  `json:"desc_en"`
	Levels []Level `json:"levels"`
}

// Rubric is the set of criteria a workspace scores pledges against.
type Rubric struct {
	ID       string      `json:"id"`
	Criteria []Criterion `json:"criteria"`
}

// Criterion returns the criterion with the given id, or nil.
func (r Rubric) Criterion(id string) *Criterion {
	for i := range r.Criteria {
		if r.Criteria[i].ID == id {
			return &r.Criteria[i]
		}
	}
	return nil
}

// Validate checks that every criterion has an id and a text for every level.
func (r Rubric) Validate() error {
	if len(r.Criteria) == 0 {
		return fmt.Errorf("rubric has no criteria")
	}
	seen := map[string]bool{}
	for _, c := range r.Criteria {
		if c.ID == "" || seen[c.ID] {
			return fmt.Errorf("rubric criterion id %q is empty or repeated", c.ID)
		}
		seen[c.ID] = true
		if len(c.Levels) != MaxScore+1 {
			return fmt.Errorf("rubric criterion %s has %d levels, want %d", c.ID, len(c.Levels), MaxScore+1)
		}
	}
	return nil
}

// DefaultRubric returns the rubric every new workspace starts with.
func DefaultRubric() Rubric {
	var r Rubric
	if err := json.Unmarshal(resources.DefaultRubricJSON, &r); err != nil {
		panic("embedded rubric: " + err.Error())
	}
	if err := r.Validate(); err != nil {
		panic("embedded rubric: " + err.Error())
	}
	return r
}
