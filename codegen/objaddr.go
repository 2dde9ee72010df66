package codegen

import "modernc.org/cc/v4"

// addressOfObject reports an address of an object, possibly cast or offset
// (&(int){0}, (long)&x + 4): cc/v4 gives some of these a constant value
// (&(int){0} is 0), but an object's address is known only at run time. The
// offsetof idiom &((struct s *)0)->f designates no object and stays constant.
func addressOfObject(n cc.ExpressionNode) bool {
	switch x := unwrap(n).(type) {
	case *cc.CastExpression:
		if x.Case == cc.CastExpressionCast {
			return addressOfObject(x.CastExpression)
		}
		return addressOfObject(x.UnaryExpression)
	case *cc.AdditiveExpression:
		return addressOfObject(x.AdditiveExpression) || addressOfObject(x.MultiplicativeExpression)
	case *cc.UnaryExpression:
		if x.Case == cc.UnaryExpressionAddrof {
			return isObject(x.CastExpression)
		}
	}
	return false
}

// isObject reports lvalues rooted at a variable or a compound literal (not
// at a dereferenced pointer).
func isObject(n cc.ExpressionNode) bool {
	switch x := unwrap(n).(type) {
	case *cc.PrimaryExpression:
		return x.Case == cc.PrimaryExpressionIdent || x.Case == cc.PrimaryExpressionString
	case *cc.PostfixExpression:
		switch x.Case {
		case cc.PostfixExpressionComplit:
			return true
		case cc.PostfixExpressionSelect:
			return isObject(x.PostfixExpression)
		case cc.PostfixExpressionIndex:
			return x.PostfixExpression.Type().Kind() == cc.Array && isObject(x.PostfixExpression)
		}
	case *cc.CastExpression:
		return x.Case == cc.CastExpressionUnary && isObject(x.UnaryExpression)
	case *cc.UnaryExpression:
		return x.Case == cc.UnaryExpressionPostfix && isObject(x.PostfixExpression)
	}
	return false
}
