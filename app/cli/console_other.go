//go:build !windows

package cli

// attachConsole has nothing to do: standard output is the terminal's.
func attachConsole() {}
