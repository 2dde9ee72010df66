// An integer literal that fits no integer type (cc/v4 says what strconv
// says; gcc: "integer constant is too large for its type").
// @prog f=SOCKET_FILTER
int f(struct __sk_buff *skb)
{
	unsigned long long ok = 18446744073709551615ULL;
	unsigned long long x = 123456789012345678901234567890; // ERROR "^integer literal is too large$"
	return ok + x;
}
