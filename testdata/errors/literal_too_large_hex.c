// @prog f=SOCKET_FILTER
int f(struct __sk_buff *skb)
{
	return 0x1ffffffffffffffff; // ERROR "^integer literal is too large$"
}
