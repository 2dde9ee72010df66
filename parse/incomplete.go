package parse

import (
	"fmt"
	"strings"

	"modernc.org/cc/v4"
)

// cc/v4 accepts a struct member of incomplete struct type, and its type
// checker panics when that struct is defined further down
// (BPF_HASH(h, u32, struct key_t) before struct key_t's definition).
// translate gives the diagnostic a C compiler gives instead, found by
// scanning the syntax tree (which cc/v4 still builds after a panic).
func translate(cfg *cc.Config, sources []cc.Source) (ast *cc.AST, err error) {
	defer func() {
		if r := recover(); r != nil {
			ast = nil
			err = fmt.Errorf("internal compiler error in the C front end: %v", r)
			if syn, perr := cc.Parse(cfg, sources); perr == nil {
				if e := incompleteMember(syn); e != nil {
					err = e
				}
			}
		}
	}()
	if ast, err = cc.Translate(cfg, sources); err != nil {
		return nil, err
	}
	if err := incompleteMember(ast); err != nil {
		return nil, err
	}
	return ast, nil
}

// incompleteMember finds the first struct or union member, in the
// file-scope declarations of the user's files, whose type is a struct or
// union not yet defined at that point (or a typedef of one).
func incompleteMember(ast *cc.AST) error {
	s := &tagScan{defined: map[string]bool{}, typedefs: map[string]string{}}
	for l := ast.TranslationUnit; l != nil && s.err == nil; l = l.TranslationUnit {
		ed := l.ExternalDeclaration
		if ed == nil || ed.Case != cc.ExternalDeclarationDecl || ed.Declaration == nil {
			continue
		}
		d := ed.Declaration
		tag, typedef := s.specifiers(d.DeclarationSpecifiers)
		if typedef && tag != "" {
			for idl := d.InitDeclaratorList; idl != nil; idl = idl.InitDeclaratorList {
				if dd := idl.InitDeclarator.Declarator; byValue(dd) {
					s.typedefs[declName(dd)] = tag
				}
			}
		}
	}
	return s.err
}

type tagScan struct {
	defined  map[string]bool   // "struct x" tags defined so far
	typedefs map[string]string // typedef name: the tag it names by value
	err      error
}

// specifiers checks the struct definitions in a declaration's specifiers,
// and reports the tag they name and whether they declare a typedef.
func (s *tagScan) specifiers(ds *cc.DeclarationSpecifiers) (tag string, typedef bool) {
	for ; ds != nil; ds = ds.DeclarationSpecifiers {
		switch ds.Case {
		case cc.DeclarationSpecifiersStorage:
			typedef = typedef || ds.StorageClassSpecifier.Case == cc.StorageClassSpecifierTypedef
		case cc.DeclarationSpecifiersTypeSpec:
			if t := s.typeSpec(ds.TypeSpecifier); t != "" {
				tag = t
			}
		}
	}
	return tag, typedef
}

// typeSpec checks a struct or union definition and gives the tag a type
// specifier names ("struct x"), or the tag behind a typedef name.
func (s *tagScan) typeSpec(ts *cc.TypeSpecifier) string {
	switch ts.Case {
	case cc.TypeSpecifierTypeName:
		return s.typedefs[ts.Token.SrcStr()]
	case cc.TypeSpecifierStructOrUnion:
	default:
		return ""
	}
	su := ts.StructOrUnionSpecifier
	tag := ""
	if n := name(su); n != "" {
		tag = su.StructOrUnion.Token.SrcStr() + " " + n
	}
	if su.Case == cc.StructOrUnionSpecifierDef {
		s.members(name(su), su.StructDeclarationList)
		if tag != "" {
			s.defined[tag] = true
		}
	}
	return tag
}

func name(su *cc.StructOrUnionSpecifier) string { return su.Token.SrcStr() }

// members checks the members of struct outer.
func (s *tagScan) members(outer string, l *cc.StructDeclarationList) {
	for ; l != nil && s.err == nil; l = l.StructDeclarationList {
		sd := l.StructDeclaration
		if sd == nil || sd.Case != cc.StructDeclarationDecl {
			continue
		}
		var tag string
		var at cc.Node
		for sq := sd.SpecifierQualifierList; sq != nil; sq = sq.SpecifierQualifierList {
			if sq.Case == cc.SpecifierQualifierListTypeSpec {
				if t := s.typeSpec(sq.TypeSpecifier); t != "" {
					tag, at = t, sq.TypeSpecifier
				}
			}
		}
		if tag == "" || s.defined[tag] || !userFile(at.Position().Filename) {
			continue
		}
		for dl := sd.StructDeclaratorList; dl != nil; dl = dl.StructDeclaratorList {
			if d := dl.StructDeclarator.Declarator; d != nil && byValue(d) {
				s.err = incompleteError(at, outer, declName(d), tag)
				return
			}
		}
	}
}

// byValue reports a declarator that holds its type by value (or in an
// array), not through a pointer or as a function.
func byValue(d *cc.Declarator) bool {
	for d != nil {
		if d.Pointer != nil {
			return false
		}
		var inner *cc.Declarator
		for dd := d.DirectDeclarator; dd != nil && inner == nil; dd = dd.DirectDeclarator {
			switch dd.Case {
			case cc.DirectDeclaratorIdent:
				return true
			case cc.DirectDeclaratorDecl:
				inner = dd.Declarator
			case cc.DirectDeclaratorFuncParam, cc.DirectDeclaratorFuncIdent:
				return false
			}
		}
		d = inner
	}
	return false
}

func declName(d *cc.Declarator) string {
	for d != nil {
		var inner *cc.Declarator
		for dd := d.DirectDeclarator; dd != nil && inner == nil; dd = dd.DirectDeclarator {
			switch dd.Case {
			case cc.DirectDeclaratorIdent:
				return dd.Token.SrcStr()
			case cc.DirectDeclaratorDecl:
				inner = dd.Declarator
			}
		}
		d = inner
	}
	return ""
}

// incompleteError words the error for a map's key or leaf (the struct a
// map macro declares is NAME_table_t) as a map error.
func incompleteError(at cc.Node, outer, field, tag string) error {
	if m, ok := strings.CutSuffix(outer, "_table_t"); ok && (field == "key" || field == "leaf") {
		return fmt.Errorf("%v: map %s: unknown type '%s' for the %s (not defined before the map)", at.Position(), m, tag, field)
	}
	return fmt.Errorf("%v: field '%s' has incomplete type '%s' (not defined before this point)", at.Position(), field, tag)
}

// userFile: not a bundled header or a generated source ("<kernel-types>").
func userFile(name string) bool {
	return !strings.HasPrefix(name, "<") && !strings.HasPrefix(name, bundledRoot+"/")
}
