// Package budget is a small expression evaluator: its syntax tree is a
// recursive structure of interface-typed nodes, the shape that makes a
// field path for every combination of node types (a parser's or a
// minifier's). The engine gives such a function up when it goes over its
// work budget, and keeps analysing the rest of the package.
package budget

import (
	"log"
	"net/http"
	"strings"
)

type Node interface{ node() }

type Ident struct {
	Name string
	Pos  int
}

type Binary struct {
	Op   string
	X, Y Node
}

type Call struct {
	Fun  Node
	Args []Node
}

type Cond struct {
	Test, Then, Else Node
}

type Block struct {
	List  []Node
	Scope *Scope
}

type Scope struct {
	Parent *Scope
	Names  []Ident
}

func (Ident) node()  {}
func (Binary) node() {}
func (Call) node()   {}
func (Cond) node()   {}
func (Block) node()  {}

// simplify rewrites a tree bottom-up, copying nodes field by field, and
// logs where the request that sent it came from.
func simplify(n Node, r *http.Request) Node {
	switch n := n.(type) {
	case Binary:
		x, y := simplify(n.X, r), simplify(n.Y, r)
		if c, ok := x.(Cond); ok {
			return Cond{Test: c.Test, Then: Binary{n.Op, c.Then, y}, Else: Binary{n.Op, c.Else, y}}
		}
		if b, ok := y.(Block); ok && len(b.List) > 0 {
			return Block{List: append([]Node{x}, b.List...), Scope: b.Scope}
		}
		return Binary{Op: n.Op, X: x, Y: y}
	case Call:
		args := make([]Node, 0, len(n.Args))
		for _, a := range n.Args {
			args = append(args, simplify(a, r))
		}
		if id, ok := n.Fun.(Ident); ok && strings.HasPrefix(id.Name, "inline") {
			return Block{List: args, Scope: &Scope{Names: []Ident{id}}}
		}
		return Call{Fun: simplify(n.Fun, r), Args: args}
	case Cond:
		t, a, b := simplify(n.Test, r), simplify(n.Then, r), simplify(n.Else, r)
		if bl, ok := a.(Block); ok {
			bl.Scope = &Scope{Parent: bl.Scope}
			a = bl
		}
		return Cond{Test: t, Then: a, Else: b}
	case Block:
		list := make([]Node, 0, len(n.List))
		for _, s := range n.List {
			list = append(list, simplify(s, r))
		}
		log.Printf("simplified a block for %s", r.RemoteAddr) // want "reaches log.Printf"
		return Block{List: list, Scope: &Scope{Parent: n.Scope, Names: n.Scope.Names}}
	}
	return n
}

// logVisit is ordinary handler code beside it.
func logVisit(r *http.Request) {
	log.Printf("visit from %s", r.RemoteAddr) // want "reaches log.Printf"
}
