package share

import (
	"errors"
	"slices"
	"testing"
)

func TestSplitRecords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{``, nil},
		{`null`, nil},
		{` [ ] `, nil},
		{`[{"a":1}]`, []string{`{"a":1}`}},
		{`[{"a":"x\\"},{"b":"\\\"}"}]`, []string{`{"a":"x\\"}`, `{"b":"\\\"}"}`}},
		{"[\n\t{\"a\":\"x,}]\\\"{\"},\n\t{\"b\":[1,{\"c\":2}]}\n]", []string{`{"a":"x,}]\"{"}`, `{"b":[1,{"c":2}]}`}},
	} {
		got, err := splitRecords([]byte(c.in))
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		var s []string
		for _, g := range got {
			s = append(s, string(g))
		}
		if !slices.Equal(s, c.want) {
			t.Errorf("%q: got %q, want %q", c.in, s, c.want)
		}
	}
	for _, bad := range []string{`{"a":1}`, `[{"a":1} {"b":2}]`, `[{"a":1},]`, `[,{"a":1}]`, `[{"a":1},,{"b":2}]`, `[1,2]`, `[{"a":"1}]`, `[{"a":{}]`, `[`} {
		if _, err := splitRecords([]byte(bad)); !errors.Is(err, ErrDamaged) {
			t.Errorf("%q: %v, want ErrDamaged", bad, err)
		}
	}
}
