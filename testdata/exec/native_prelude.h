/*
 * native_prelude.h: what the BCC dialect predefines, for compiling the
 * differential-execution programs natively with gcc on x86_64 (LP64, like
 * BPF). Included before each program by the native wrapper; never seen by
 * bccc. Keep this free of libc so program names cannot clash with it.
 */
#ifndef EXEC_NATIVE_PRELUDE_H
#define EXEC_NATIVE_PRELUDE_H

typedef unsigned char u8;
typedef signed char s8;
typedef unsigned short u16;
typedef signed short s16;
typedef unsigned int u32;
typedef signed int s32;
typedef unsigned long long u64;
typedef signed long long s64;

typedef unsigned char __u8;
typedef signed char __s8;
typedef unsigned short __u16;
typedef signed short __s16;
typedef unsigned int __u32;
typedef signed int __s32;
typedef unsigned long long __u64;
typedef signed long long __s64;

typedef _Bool bool;

#ifndef NULL
#define NULL ((void *)0)
#endif

/*
 * Deliberately nothing else (no true/false, no __always_inline, no
 * likely()): the brief guarantees only the types above, bool and NULL, so
 * a program that relies on more fails here as it might under bccc.
 */

_Static_assert(sizeof(long) == 8, "LP64 expected");
_Static_assert(sizeof(void *) == 8, "LP64 expected");
_Static_assert((char)-1 < 0, "char must be signed, as on BPF");

#endif
