package share

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"pledgereview/data"
)

// A file of more reviewers than a team has, or with a seal grown far past
// its records, is refused before anything of it is kept.
func TestDecodeCapsReviewersAndSeals(t *testing.T) {
	var many []data.Reviewer
	var reviews []data.Review
	for i := range MaxReviewersPerFile + 1 {
		rv := data.Reviewer{ID: fmt.Sprintf("r-%04d", i), Name: fmt.Sprintf("评审人%d", i)}
		many = append(many, rv)
		reviews = append(reviews, review(1, rv, 3))
	}
	_, err := Decode(mustEncode(t, file(many, reviews...)))
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "501 reviewers") {
		t.Errorf("a file of %d reviewers: %v", len(many), err)
	}

	good := string(mustEncode(t, file([]data.Reviewer{wang}, review(1, wang, 3))))
	big := strings.Replace(good, `"seal": {`, `"seal": {"pad":"`+strings.Repeat("A", maxSealSize)+`",`, 1)
	if _, err := Decode([]byte(big)); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "seal of 4 MB") {
		t.Errorf("a 4 MB seal: %v", err)
	}
}
