// Package posixlocale makes the C and POSIX locales read as English by
// Fyne. Fyne's lang package reads the locale as it is initialised, before
// main, and cannot parse the language of C.UTF-8 (the default of many
// Linux machines and containers): every run, a command line one too,
// printed three lines "Fyne error: Error parsing user locale C" on stderr.
// Under such a locale, and when LANGUAGE is not set, this package sets
// LANGUAGE=en, which Fyne reads first (gettext ignores it under C).
//
// It must be initialised before fyne.io/fyne/v2/lang: it imports only os
// and strings, and Go initialises, of the packages whose imports are
// initialised, the first by import path; fyne's lang waits for
// text/template, which comes after pledgereview/… . The window package
// imports it; TestNoFyneErrorUnderPOSIXLocale checks the order holds.
package posixlocale

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") == "" && Plain(current()) {
		os.Setenv("LANGUAGE", "en")
	}
}

// current is the locale of messages, as POSIX says: LC_ALL, else
// LC_MESSAGES, else LANG.
func current() string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return ""
}

// Plain tells whether a locale is C or POSIX, with or without a codeset
// or modifier (C.UTF-8, C.utf8, POSIX@euro): no language, English.
func Plain(locale string) bool {
	name, _, _ := strings.Cut(locale, "@")
	name, _, _ = strings.Cut(name, ".")
	return name == "C" || name == "POSIX"
}
