//go:build !unix && !windows

package cli

import "os"

// terminalColumns knows no terminal here.
func terminalColumns(*os.File) int { return 0 }
