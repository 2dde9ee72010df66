package bcc

import (
	"reflect"

	"github.com/bccc-dev/bccc"
	"github.com/bccc-dev/bccc/btfgen"
	"github.com/bccc-dev/bccc/parse"
	"github.com/bccc-dev/bccc/rewrite"
	"github.com/cilium/ebpf/btf"
	"modernc.org/cc/v4"
)

// sourceInfo is what the object file does not carry and BCC's Python
// side knows from its frontend: the BCC kind of each map ("histogram",
// ...), the types of the events a program sends to perf and ring buffers
// (BCC's table.event()), and the program's named struct, union and
// typedef types.
type sourceInfo struct {
	kinds  map[string]string
	events map[string]btf.Type
	types  map[string]btf.Type
}

// analyzeSource parses the source again (the compiler's front end and
// BCC rewrite, no code generation). It returns nil when that fails; the
// compile that succeeded before makes that unlikely.
func analyzeSource(name string, src []byte, o bccc.Options) (info *sourceInfo) {
	defer func() {
		if recover() != nil {
			info = nil
		}
	}()
	// The inputs of the compile, so that the types are the object's.
	tp, err := rewrite.TracepointStructsBTF(src, o.Tracefs, o.BTF)
	if err != nil {
		return nil
	}
	ast, err := parse.Parse(name, src, parse.Config{IncludeDirs: o.IncludeDirs, Defines: o.Defines, Generated: tp,
		BTF: o.BTF, Kconfig: o.Kconfig, Release: o.Release, Arch: o.Arch, OnlineCPUs: o.OnlineCPUs})
	if err != nil {
		return nil
	}
	model, errs := rewrite.Rewrite(ast, name, rewrite.Options{Progs: o.Progs, Arch: o.Arch, Source: src})
	if len(errs) > 0 {
		return nil
	}
	info = &sourceInfo{kinds: map[string]string{}, events: map[string]btf.Type{}, types: map[string]btf.Type{}}
	conv := btfgen.NewConverter()
	for _, m := range model.Maps {
		info.kinds[m.Name] = m.Kind
	}
	output := map[string]bool{} // perf and ring buffer maps
	for _, m := range model.Maps {
		switch m.Kind {
		case "perf_output", "perf_array", "ringbuf":
			output[m.Name] = true
		}
	}
	for tu := ast.TranslationUnit; tu != nil; tu = tu.TranslationUnit {
		ed := tu.ExternalDeclaration
		if ed == nil || ed.Position().Filename != name {
			continue
		}
		walk(reflect.ValueOf(ed), func(n any) {
			switch x := n.(type) {
			case *cc.StructOrUnionSpecifier:
				if x.Case == cc.StructOrUnionSpecifierDef && x.Token.SrcStr() != "" {
					if t := x.Type(); t != nil {
						if _, dup := info.types[x.Token.SrcStr()]; !dup {
							info.types[x.Token.SrcStr()] = conv.Type(t)
						}
					}
				}
			case *cc.Declarator:
				if x.IsTypename() && x.Name() != "" {
					if _, dup := info.types[x.Name()]; !dup {
						info.types[x.Name()] = &btf.Typedef{Name: x.Name(), Type: conv.Type(x.Type())}
					}
				}
			case *cc.PostfixExpression:
				if mapName, method, args, ok := methodCall(x); ok && output[mapName] {
					var arg cc.ExpressionNode
					switch method {
					case "perf_submit":
						if len(args) == 3 {
							arg = args[1]
						}
					case "ringbuf_output":
						if len(args) == 3 {
							arg = args[0]
						}
					}
					if t := pointee(arg); t != nil {
						if _, dup := info.events[mapName]; !dup {
							info.events[mapName] = conv.Type(t)
						}
					}
				}
			case *cc.InitDeclarator:
				// struct event *e = rb.ringbuf_reserve(sizeof(*e));
				if x.Initializer != nil && x.Declarator != nil {
					reserved(info, output, conv, x.Declarator.Type(), x.Initializer.AssignmentExpression)
				}
			case *cc.AssignmentExpression:
				if x.Case == cc.AssignmentExpressionAssign && x.UnaryExpression != nil {
					reserved(info, output, conv, x.UnaryExpression.Type(), x.AssignmentExpression)
				}
			}
		})
	}
	return info
}

// reserved records the type of a ring buffer record from the pointer that
// receives ringbuf_reserve's result.
func reserved(info *sourceInfo, output map[string]bool, conv *btfgen.Converter, lhs cc.Type, rhs cc.ExpressionNode) {
	for {
		c, ok := rhs.(*cc.CastExpression)
		if !ok || c.Case != cc.CastExpressionCast {
			break
		}
		rhs = c.CastExpression
	}
	call, ok := rhs.(*cc.PostfixExpression)
	if !ok {
		return
	}
	mapName, method, _, ok := methodCall(call)
	if !ok || method != "ringbuf_reserve" || !output[mapName] {
		return
	}
	p, ok := lhs.(*cc.PointerType)
	if !ok || p.Elem() == nil || p.Elem().Kind() == cc.Void {
		return
	}
	if _, dup := info.events[mapName]; !dup {
		info.events[mapName] = conv.Type(p.Elem())
	}
}

// methodCall recognises map.method(args).
func methodCall(x *cc.PostfixExpression) (mapName, method string, args []cc.ExpressionNode, ok bool) {
	if x.Case != cc.PostfixExpressionCall {
		return "", "", nil, false
	}
	sel, isSel := x.PostfixExpression.(*cc.PostfixExpression)
	if !isSel || sel.Case != cc.PostfixExpressionSelect {
		return "", "", nil, false
	}
	id, isID := sel.PostfixExpression.(*cc.PrimaryExpression)
	if !isID || id.Case != cc.PrimaryExpressionIdent {
		return "", "", nil, false
	}
	for l := x.ArgumentExpressionList; l != nil; l = l.ArgumentExpressionList {
		args = append(args, l.AssignmentExpression)
	}
	return id.Token.SrcStr(), sel.Token2.SrcStr(), args, true
}

// pointee is the type an argument like &event or ptr points to, when it
// is not void.
func pointee(e cc.ExpressionNode) cc.Type {
	if e == nil {
		return nil
	}
	var t cc.Type
	func() {
		defer func() { recover() }()
		t = e.Type()
	}()
	p, ok := t.(*cc.PointerType)
	if !ok {
		return nil
	}
	el := p.Elem()
	if el == nil || el.Kind() == cc.Void || el.Kind() == cc.InvalidKind {
		return nil
	}
	return el
}

var tokenType = reflect.TypeOf(cc.Token{})

// walk calls fn on every AST node under v: the exported pointer and
// interface fields of the cc/v4 node structs.
func walk(v reflect.Value, fn func(any)) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			walk(v.Elem(), fn)
		}
		return
	case reflect.Pointer:
		if v.IsNil() || v.Elem().Kind() != reflect.Struct || v.Elem().Type() == tokenType {
			return
		}
		fn(v.Interface())
		s := v.Elem()
		t := s.Type()
		for i := 0; i < s.NumField(); i++ {
			if !t.Field(i).IsExported() {
				continue
			}
			switch f := s.Field(i); f.Kind() {
			case reflect.Pointer, reflect.Interface:
				walk(f, fn)
			}
		}
	}
}

// Type returns a named type of the program: from the object's BTF (map
// keys and values, program arguments), else from the source (every
// struct, union and typedef of the main file). name may be "struct x",
// "union x" or plain "x".
func (b *BPF) Type(name string) (btf.Type, bool) {
	plain := name
	for _, p := range []string{"struct ", "union ", "enum "} {
		if len(name) > len(p) && name[:len(p)] == p {
			plain = name[len(p):]
		}
	}
	if b.Spec.Types != nil {
		if ts, err := b.Spec.Types.AnyTypesByName(plain); err == nil {
			for _, t := range ts {
				switch t.(type) {
				case *btf.Struct, *btf.Union, *btf.Typedef, *btf.Enum, *btf.Int:
					return t, true
				}
			}
		}
	}
	if b.info != nil {
		if t, ok := b.info.types[plain]; ok {
			return t, true
		}
	}
	return nil, false
}

// DecodeType decodes data as the named type (see Type and Decode).
func (b *BPF) DecodeType(typeName string, data []byte) (any, error) {
	t, ok := b.Type(typeName)
	if !ok {
		return nil, errNoType(typeName)
	}
	return Decode(t, data)
}
