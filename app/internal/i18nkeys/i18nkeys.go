// Package i18nkeys finds the translation keys that Go files pass to
// lang.X, or to the x a package of words is given by its caller, for the
// tests that check that every key has its text in both languages.
package i18nkeys

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Used returns the keys the files matching patterns use (In), failing t
// on a pattern or file it cannot read and on each key not a literal.
func Used(t testing.TB, patterns ...string) map[string]bool {
	t.Helper()
	keys, notLiteral, err := In(patterns...)
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range notLiteral {
		t.Errorf("%s: lang.X with a key that is not a literal", at)
	}
	return keys
}

// In returns the keys that the Go files matching patterns, tests aside,
// pass to lang.X or x, and the places of the calls whose key is not a
// literal (a key the tests cannot check).
func In(patterns ...string) (keys map[string]bool, notLiteral []string, err error) {
	var files []string
	for _, p := range patterns {
		more, err := filepath.Glob(p)
		if err != nil {
			return nil, nil, err
		}
		files = append(files, more...)
	}
	keys = map[string]bool{}
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			return nil, nil, err
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !translates(call) {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				k, _ := strconv.Unquote(lit.Value)
				keys[k] = true
			} else {
				notLiteral = append(notLiteral, fmt.Sprint(fset.Position(call.Pos())))
			}
			return true
		})
	}
	return keys, notLiteral, nil
}

// translates tells whether call is lang.X(…) or, in the files worded
// elsewhere, x(…).
func translates(call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	if id, ok := call.Fun.(*ast.Ident); ok {
		return id.Name == "x"
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "X" {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Name == "lang"
}
