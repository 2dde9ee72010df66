package rewrite

import (
	"modernc.org/cc/v4"
	"modernc.org/token"
)

// maxArgRegs is how many parameters after ctx BCC binds: those passed in
// registers.
const maxArgRegs = 6

// checkParams gives BCC's errors for the parameter list of a program with
// more than one parameter (DIALECT §4): each is bound by name, and only
// the register arguments can be.
func checkParams(p *Prog) []error {
	ft, ok := p.Func.Declarator.Type().(*cc.FunctionType)
	if !ok || len(ft.Parameters()) < 2 {
		return nil
	}
	params := ft.Parameters()
	var errs []error
	for i, prm := range params {
		if prm.Declarator.Name() == "" {
			errs = append(errs, &Error{paramPos(p, prm), "arguments to BPF program definition must be named"})
			continue
		}
		if i == maxArgRegs+1 {
			errs = append(errs, &Error{paramPos(p, prm), "too many arguments, bcc only supports in-register parameters"})
		}
	}
	return errs
}

// paramPos is where a parameter is written (an unnamed one has only its
// type); the function's name when cc/v4 knows no better.
func paramPos(p *Prog, prm *cc.Parameter) token.Position {
	if pos := prm.Position(); pos.IsValid() {
		return pos
	}
	return p.Func.Declarator.Position()
}
