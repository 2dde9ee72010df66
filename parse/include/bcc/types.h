/* bcc/types.h - fixed-width and kernel-style integer types for bccc.
 *
 * Target: BPF, LP64, little-endian (char 8, short 16, int 32, long 64,
 * long long 64, pointers 64).  No host headers are involved; this file is
 * the single source of the basic types for every other bundled header.
 */
#ifndef __BCCC_BCC_TYPES_H
#define __BCCC_BCC_TYPES_H

/* Kernel UAPI spellings (asm-generic/int-ll64.h: 64-bit is long long). */
typedef signed char        __s8;
typedef unsigned char      __u8;
typedef signed short       __s16;
typedef unsigned short     __u16;
typedef signed int         __s32;
typedef unsigned int       __u32;
typedef signed long long   __s64;
typedef unsigned long long __u64;

/* Kernel-internal short spellings, as BCC programs use them. */
typedef __s8  s8;
typedef __u8  u8;
typedef __s16 s16;
typedef __u16 u16;
typedef __s32 s32;
typedef __u32 u32;
typedef __s64 s64;
typedef __u64 u64;

/* Byte-order annotated types (no sparse checking here: plain aliases). */
typedef __u16 __le16;
typedef __u16 __be16;
typedef __u32 __le32;
typedef __u32 __be32;
typedef __u64 __le64;
typedef __u64 __be64;
typedef __u16 __sum16;
typedef __u32 __wsum;

/* 8-byte aligned 64-bit integers, as the kernel's linux/types.h has them. */
#ifndef __aligned_u64
#define __aligned_u64 __u64 __attribute__((aligned(8)))
#endif
#ifndef __aligned_s64
#define __aligned_s64 __s64 __attribute__((aligned(8)))
#endif
#ifndef __aligned_be64
#define __aligned_be64 __be64 __attribute__((aligned(8)))
#endif
#ifndef __aligned_le64
#define __aligned_le64 __le64 __attribute__((aligned(8)))
#endif

/* C library style types (LP64). */
typedef unsigned long size_t;
typedef long          ssize_t;
typedef long          ptrdiff_t;
typedef unsigned long uintptr_t;
typedef long          intptr_t;

typedef __u8  uint8_t;
typedef __u16 uint16_t;
typedef __u32 uint32_t;
typedef __u64 uint64_t;
typedef __s8  int8_t;
typedef __s16 int16_t;
typedef __s32 int32_t;
typedef __s64 int64_t;

/* bool: C23 makes bool/true/false keywords, so only provide them before. */
#if !defined(__cplusplus) && \
    (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 202311L)
#ifndef __bool_true_false_are_defined
typedef _Bool bool;
#define true  1
#define false 0
#define __bool_true_false_are_defined 1
#endif
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#endif /* __BCCC_BCC_TYPES_H */
