// @prog f=SOCKET_FILTER
int f(struct __sk_buff *skb)
{
	return 09; // ERROR "^invalid integer literal 09$"
}
