package share

import (
	"reflect"
	"testing"

	"pledgereview/data"
)

func TestDisplayNames(t *testing.T) {
	tests := []struct {
		name string
		in   []data.Reviewer
		want map[string]string
	}{
		{"distinct", []data.Reviewer{wang, li}, map[string]string{"r-wang": "王芳", "r-li": "李雷"}},
		{"same name ordered by id", []data.Reviewer{{ID: "b", Name: "王芳"}, {ID: "a", Name: "王芳"}, {ID: "c", Name: "王芳"}},
			map[string]string{"a": "王芳", "b": "王芳 (2)", "c": "王芳 (3)"}},
		{"repeated id counts once", []data.Reviewer{{ID: "a", Name: "王芳"}, {ID: "a", Name: "王芳"}},
			map[string]string{"a": "王芳"}},
		{"a real 王芳 (2) keeps her name", []data.Reviewer{{ID: "a", Name: "王芳"}, {ID: "b", Name: "王芳"}, {ID: "c", Name: "王芳 (2)"}},
			map[string]string{"a": "王芳", "b": "王芳 (3)", "c": "王芳 (2)"}},
		{"no name", []data.Reviewer{{ID: "x1", Name: " "}}, map[string]string{"x1": "x1"}},
	}
	for _, tt := range tests {
		if got := DisplayNames(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}
