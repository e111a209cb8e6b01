// Package app holds no code of its own: it is the parent of the program's
// packages. window is the Fyne GUI, workspace the one door to a workspace,
// cli the sub-commands, briefing the PDF packs, internal the shared widgets
// and the line breaker.
package app
