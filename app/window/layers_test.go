package window

import (
	"go/ast"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestWindowFilesPointOneWay: no file of the window package reaches back
// up to a file that uses it (issue 19). A file uses another when one of its
// identifiers names a declaration of the other (a type, function, method,
// field, variable or constant); test files do not count. A cycle says which
// files it closes, so that the seam can be put back where it belongs.
func TestWindowFilesPointOneWay(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the package")
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		t.Fatalf("load the package: %v %v", err, pkgs)
	}
	arrows := fileArrows(pkgs[0])
	if len(arrows) < 50 {
		t.Fatalf("%d files with arrows: the package was not read", len(arrows))
	}
	for _, c := range cycles(arrows) {
		t.Errorf("a cycle of %d files: %v", len(c), c)
	}
}

func fileArrows(p *packages.Package) map[string][]string {
	base := func(f *ast.File) string { return filepath.Base(p.Fset.Position(f.Pos()).Filename) }
	arrows := map[string][]string{}
	for _, f := range p.Syntax {
		from := base(f)
		ast.Inspect(f, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := p.TypesInfo.Uses[id]
			if obj == nil || obj.Pkg() != p.Types || !obj.Pos().IsValid() {
				return true
			}
			to := filepath.Base(p.Fset.Position(obj.Pos()).Filename)
			if to != from && !slices.Contains(arrows[from], to) {
				arrows[from] = append(arrows[from], to)
			}
			return true
		})
	}
	return arrows
}

// cycles are the strongly connected groups of more than one file (Tarjan).
func cycles(arrows map[string][]string) [][]string {
	index, low, on := map[string]int{}, map[string]int{}, map[string]bool{}
	var stack []string
	var out [][]string
	var visit func(v string)
	visit = func(v string) {
		index[v], low[v] = len(index), len(index)
		stack = append(stack, v)
		on[v] = true
		for _, w := range arrows[v] {
			if _, seen := index[w]; !seen {
				visit(w)
				low[v] = min(low[v], low[w])
			} else if on[w] {
				low[v] = min(low[v], index[w])
			}
		}
		if low[v] != index[v] {
			return
		}
		var c []string
		for {
			w := stack[len(stack)-1]
			stack, on[w] = stack[:len(stack)-1], false
			c = append(c, w)
			if w == v {
				break
			}
		}
		if len(c) > 1 {
			slices.Sort(c)
			out = append(out, c)
		}
	}
	files := make([]string, 0, len(arrows))
	for f := range arrows {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, f := range files {
		if _, seen := index[f]; !seen {
			visit(f)
		}
	}
	return out
}
