package share

import (
	"testing"
	"time"
)

func TestDefaultFileName(t *testing.T) {
	day := time.Date(2021, 12, 1, 23, 0, 0, 0, time.UTC)
	tests := []struct{ report, name, want string }{
		{"taiyuan-2021", "王芳", "taiyuan-2021-王芳-2021-12-01.pledgereview.json"},
		{"taiyuan-2021", "Li Lei", "taiyuan-2021-Li_Lei-2021-12-01.pledgereview.json"},
		{"taiyuan-2021", `a/b\c:d*e?"<>|`, "taiyuan-2021-a_b_c_d_e-2021-12-01.pledgereview.json"},
		{"taiyuan-2021", "../..", "taiyuan-2021-reviewer-2021-12-01.pledgereview.json"},
		{"taiyuan-2021", "  ", "taiyuan-2021-reviewer-2021-12-01.pledgereview.json"},
		{"taiyuan-2021", "王 芳\t(市人大)", "taiyuan-2021-王_芳_市人大-2021-12-01.pledgereview.json"},
	}
	for _, tt := range tests {
		if got := DefaultFileName(tt.report, tt.name, day); got != tt.want {
			t.Errorf("DefaultFileName(%q, %q) = %q, want %q", tt.report, tt.name, got, tt.want)
		}
	}
}
