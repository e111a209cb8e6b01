package cli

import (
	"os"
	"strings"

	"pledgereview/data"
)

// zhLocale reports whether the user's locale is Chinese, as the POSIX
// variables say (LC_ALL, else LC_MESSAGES, else LANG): the sub-commands
// then print statuses in Chinese, as the window speaks Chinese there.
func zhLocale() bool {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			return strings.HasPrefix(strings.ToLower(v), "zh")
		}
	}
	return false
}

// statusWord names a delivery status in the locale's language.
func statusWord(s data.Status) string {
	si := s.Info()
	if zhLocale() {
		return si.Zh
	}
	return si.En
}
