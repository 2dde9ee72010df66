/*
 * native_wrap.c: the translation unit that holds one program under test.
 * Built with -DEXEC_PROGRAM='"path/to/prog.c"' and linked with
 * native_main.c.
 */
#include "native_prelude.h"
#include EXEC_PROGRAM

u64 exec_native_test(u64 a, u64 b, u64 c, u64 d);

u64 exec_native_test(u64 a, u64 b, u64 c, u64 d)
{
	return test(a, b, c, d);
}
