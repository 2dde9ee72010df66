// @prog f=SOCKET_FILTER
#if 123456789012345678901234567890 > 1 // ERROR "^integer literal is too large$"
#endif
int f(struct __sk_buff *skb)
{
	return 0;
}
