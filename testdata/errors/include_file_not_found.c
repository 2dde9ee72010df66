// #include __FILE__ looks for the name the file is compiled by
// ("testdata/errors/include_file_not_found.c") under the file's own
// directory, as gcc does: not found there.
#pragma once
#include __FILE__ // ERROR "#include __FILE__: .* not found under testdata/errors or the -I directories"
// @prog f=SOCKET_FILTER
int f(struct __sk_buff *skb)
{
	return 0;
}
