/*
 * native_main.c: the native driver for the differential-execution tests.
 * Usage: prog A B C D [A B C D ...] (hex); prints test(A,B,C,D) as 16 hex
 * digits, one line per vector. The program under test is compiled in a
 * separate translation unit (see exec_test.go) that defines
 * exec_native_test(), so that nothing here can clash with its names.
 *
 * With -DEXEC_POISON_STACK (the UB-check build, at -O0 where every local
 * lives in memory) each vector is run twice, after filling the stack below
 * main with two different bytes; differing results mean the program reads
 * uninitialised memory (a local, or struct padding).
 */
#include <stdio.h>
#include <stdlib.h>

unsigned long long exec_native_test(unsigned long long a, unsigned long long b,
				    unsigned long long c, unsigned long long d);

#ifdef EXEC_POISON_STACK
__attribute__((noinline)) static void poison_stack(unsigned char v)
{
	volatile unsigned char buf[16384];
	unsigned i;

	for (i = 0; i < sizeof buf; i++)
		buf[i] = v;
}
#endif

int main(int argc, char **argv)
{
	int i, j;
	unsigned long long v[4];

	if ((argc - 1) % 4 != 0) {
		fprintf(stderr, "usage: %s A B C D [A B C D ...]\n", argv[0]);
		return 2;
	}
	for (i = 1; i < argc; i += 4) {
		for (j = 0; j < 4; j++) {
			char *end;
			v[j] = strtoull(argv[i + j], &end, 16);
			if (*end != '\0') {
				fprintf(stderr, "bad hex: %s\n", argv[i + j]);
				return 2;
			}
		}
#ifdef EXEC_POISON_STACK
		{
			unsigned long long r0, r1;

			poison_stack(0x00);
			r0 = exec_native_test(v[0], v[1], v[2], v[3]);
			poison_stack(0xa5);
			r1 = exec_native_test(v[0], v[1], v[2], v[3]);
			if (r0 != r1) {
				fprintf(stderr,
					"%llx %llx %llx %llx: result depends on uninitialised stack: "
					"%016llx with zeroed stack, %016llx with 0xa5 stack\n",
					v[0], v[1], v[2], v[3], r0, r1);
				return 1;
			}
		}
#endif
		printf("%016llx\n", exec_native_test(v[0], v[1], v[2], v[3]));
	}
	return 0;
}
