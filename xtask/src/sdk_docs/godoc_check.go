// Lists the exported declarations of a Go package directory that have no doc comment.
package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"sort"
	"strings"
)

func main() {
	fset := token.NewFileSet()
	notTest := func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }
	pkgs, err := parser.ParseDir(fset, os.Args[1], notTest, parser.ParseComments)
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	var missing []string
	report := func(pos token.Pos, name string) {
		missing = append(missing, fmt.Sprintf("%s: %s has no doc comment", fset.Position(pos), name))
	}
	for name, pkg := range pkgs {
		documented := false
		for _, f := range pkg.Files {
			documented = documented || f.Doc != nil
			for _, decl := range f.Decls {
				switch d := decl.(type) {
				case *ast.FuncDecl:
					if d.Name.IsExported() && d.Doc == nil && exportedReceiver(d.Recv) {
						report(d.Pos(), d.Name.Name)
					}
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						switch s := spec.(type) {
						case *ast.TypeSpec:
							if s.Name.IsExported() && s.Doc == nil && d.Doc == nil {
								report(s.Pos(), s.Name.Name)
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() && s.Doc == nil && s.Comment == nil && d.Doc == nil {
									report(n.Pos(), n.Name)
								}
							}
						}
					}
				}
			}
		}
		if !documented {
			missing = append(missing, "package "+name+" has no package comment")
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		fmt.Println(m)
	}
	if len(missing) > 0 {
		os.Exit(1)
	}
}

func exportedReceiver(recv *ast.FieldList) bool {
	if recv == nil || len(recv.List) == 0 {
		return true
	}
	t := recv.List[0].Type
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	if index, ok := t.(*ast.IndexExpr); ok {
		t = index.X
	}
	ident, ok := t.(*ast.Ident)
	return ok && ident.IsExported()
}
