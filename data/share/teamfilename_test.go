package share

import "testing"

func TestTeamFileName(t *testing.T) {
	tests := []struct{ report, id, want string }{
		{"taiyuan-2021", "r-0123456789abcdef", "taiyuan-2021--r-0123456789abcdef.pledgereview.json"},
		{"../x", "a/b", "x--a_b.pledgereview.json"},
		{"", "", "report--reviewer.pledgereview.json"},
	}
	for _, tt := range tests {
		if got := TeamFileName(tt.report, tt.id); got != tt.want {
			t.Errorf("TeamFileName(%q, %q) = %q, want %q", tt.report, tt.id, got, tt.want)
		}
	}
}

func TestIsTeamFile(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"taiyuan-2021--r-01.pledgereview.json", true},
		{"taiyuan-2021-王芳-2021-12-01.pledgereview.json", true},
		{"taiyuan-2021--r-01.pledgereview.sync-conflict-20250101-101010-ABCDEFG.json", true}, // Syncthing
		{"taiyuan-2021--r-01.pledgereview (1).json", true},                                   // a copy
		{"taiyuan-2021--r-01 (1).pledgereview.json", true},
		{"taiyuan-2021--r-01 (conflicted copy 2025-01-01 101010).pledgereview.json", true}, // Nextcloud
		{"taiyuan-2021--r-01 (张伟's conflicted copy 2025-01-01).PLEDGEREVIEW.JSON", true},   // Dropbox
		{".syncthing.taiyuan-2021--r-01.pledgereview.json.tmp", false},
		{".taiyuan-2021--r-01.pledgereview.json.tmp-123", false}, // our own temporary file
		{"~taiyuan-2021--r-01.pledgereview.json", false},
		{"taiyuan-2021--r-01.pledgereview.json.part", false},
		{"notes.json", false},
		{"default.pledgereview", false}, // a workspace
	}
	for _, tt := range tests {
		if got := IsTeamFile(tt.name); got != tt.want {
			t.Errorf("IsTeamFile(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
