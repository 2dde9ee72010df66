/* Layout cases for TestLayoutClang: clang -target bpf -g lays each struct
 * and union out, cc/v4 lays it out as parse configures it, and the test
 * compares the two through the BTF clang writes (layout.golden). A wrapper
 * struct w_NAME { char c; T m; } measures the alignment of T, which BTF does
 * not record. Records whose tag starts with gap_ are ones cc/v4 is known to
 * get wrong; layoutGaps in layout_test.go says why. Plain C only: no bundled
 * headers. After editing: go test ./parse -run TestLayoutClang -update-layout */

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;

/* Plain members, padding, tail padding. */
struct plain { char a; int b; char c; long d; short e; };
struct w_plain { char c; struct plain m; };

/* Bit-fields: packing into units, straddling, types of different sizes,
 * zero-width and unnamed ones. */
struct bits1 { int a:7, b:2, c:1; };
struct bits2 { char a; int b:30; };
struct bits3 { u64 a:40; u32 b:30; u8 c:3; };
struct bits4 { u8 a:3; u16 b:10; u32 c:20; u64 d:33; };
struct bits5 { char a; long long b:7; char c; };
struct bits6 { int a:3; int :0; int b:3; char :0; char c; long :3; char d; };
struct bits7 { u32 a:1; u64 b:63; u8 c; };
struct w_bits1 { char c; struct bits1 m; };
struct w_bits6 { char c; struct bits6 m; };

/* Unions, also with bit-fields, and anonymous members. */
union un1 { char a; int b; long c:40; };
union un2 { u8 a:3; u16 b:12; };
struct anon1 { int a; union { char b; long c; }; struct { short d; int e:5; }; char f; };
struct anon2 { char a; struct { char b; long c; } s; union { int d; char e[7]; } u; };
struct w_un1 { char c; union un1 m; };

/* Packed: the struct, a member, packed bit-fields, packed inside unpacked. */
struct pk1 { char a; int b; long c; } __attribute__((packed));
struct pk2 { char a; int b __attribute__((packed)); char c; long d; };
struct pk3 { char a; int b:20; int c:12; u64 d:40; char e; } __attribute__((packed));
struct pk4 { char a; struct pk1 b; short c; };
struct pk5 { u8 a; u32 b:31; u8 c; } __attribute__((packed));
union pk6 { char a; int b; } __attribute__((packed));
struct pk7 { char a; union pk6 b; };
struct pk8 { char a; struct plain b __attribute__((packed)); char c; };
struct pk9 { char a; int :0; char b; long c:5; int :0; char d; } __attribute__((packed));
struct w_pk1 { char c; struct pk1 m; };
struct w_pk2 { char c; struct pk2 m; };

/* Aligned: on the struct, on members, on a bit-field, on a typedef, with
 * packed; _Alignas. */
struct al1 { char a; } __attribute__((aligned(8)));
struct al2 { char a; int b __attribute__((aligned(16))); char c; };
typedef int aint8 __attribute__((aligned(8)));
struct al3 { char a; aint8 b; char c; };
struct al4 { char a; int b; } __attribute__((packed, aligned(2)));
struct al5 { char a; long b __attribute__((aligned(2))); } __attribute__((packed));
struct al6 { char a; _Alignas(16) char b; };
struct al7 { char a; struct al1 b[3]; };
struct al8 { char a; int __attribute__((aligned(8))) c:3; int d:3; };
struct w_al1 { char c; struct al1 m; };
struct w_al2 { char c; struct al2 m; };
struct w_al4 { char c; struct al4 m; };
struct w_al5 { char c; struct al5 m; };
struct w_al6 { char c; struct al6 m; };
struct w_al8 { char c; struct al8 m; };

/* #pragma pack. */
#pragma pack(push, 2)
struct pp1 { char a; int b; long c; };
struct pp2 { char a; int b:20; long c:40; };
#pragma pack(pop)
struct w_pp1 { char c; struct pp1 m; };

/* Flexible and zero-length arrays, empty structs. */
struct fam1 { int n; long a[]; };
struct fam2 { char n; char a[0]; };
struct fam3 { short n; int z[0]; char c; };
struct empty {};
struct fam4 { int a; struct empty e; char c; };
struct fam5 { char a; struct fam1 f; };
struct w_fam1 { char c; struct fam1 m; };

/* Arrays, pointers, function pointers, 128-bit integers, enums, _Bool.
 * cc/v4 rejects a bit-field wider than 64 bits ("value out of range"),
 * which clang takes for __int128. */
enum e4 { E4A = 1 };
enum e8 { E8A = 0x100000000ULL };
enum eneg { ENA = -1, ENB = 0x7fffffff };
struct arr1 { char a[3]; short b[3][5]; void *p; int (*fp)(int); char c; };
struct i128 { char a; __int128 b; unsigned __int128 c:60; char d; };
struct en1 { char a; enum e4 b; char c; enum e8 d; enum eneg e; };
struct bf1 { _Bool a:1; enum e4 b:3; enum e8 c:40; _Bool d; };
struct w_i128 { char c; struct i128 m; };

/* Known gaps. */
enum gap_eb { GEB = 1 } __attribute__((mode(byte)));
enum gap_ep { GEP = 1 } __attribute__((packed));
enum gap_ew { GEW = 1 } __attribute__((mode(word)));
struct gap_enum { char a; enum gap_eb b; char c; enum gap_ep d; enum gap_ew e; };
struct gap_zero_elems { int a; struct empty e[3]; char c; };
struct gap_aligned { char a; } __attribute__((aligned));
struct gap_aligned_member { char a; char b __attribute__((aligned)); };
struct gap_aligned_bitfield { char a; int c:3 __attribute__((aligned(8))); int d:3; };

/* Objects, so that clang emits BTF for every type. */
struct plain v_plain; struct w_plain v_w_plain;
struct bits1 v_bits1; struct bits2 v_bits2; struct bits3 v_bits3; struct bits4 v_bits4;
struct bits5 v_bits5; struct bits6 v_bits6; struct bits7 v_bits7;
struct w_bits1 v_w_bits1; struct w_bits6 v_w_bits6;
union un1 v_un1; union un2 v_un2; struct anon1 v_anon1; struct anon2 v_anon2; struct w_un1 v_w_un1;
struct pk1 v_pk1; struct pk2 v_pk2; struct pk3 v_pk3; struct pk4 v_pk4; struct pk5 v_pk5;
union pk6 v_pk6; struct pk7 v_pk7; struct pk8 v_pk8; struct pk9 v_pk9;
struct w_pk1 v_w_pk1; struct w_pk2 v_w_pk2;
struct al1 v_al1; struct al2 v_al2; struct al3 v_al3; struct al4 v_al4; struct al5 v_al5;
struct al6 v_al6; struct al7 v_al7; struct al8 v_al8;
struct w_al1 v_w_al1; struct w_al2 v_w_al2; struct w_al4 v_w_al4; struct w_al5 v_w_al5;
struct w_al6 v_w_al6; struct w_al8 v_w_al8;
struct pp1 v_pp1; struct pp2 v_pp2; struct w_pp1 v_w_pp1;
struct fam1 v_fam1; struct fam2 v_fam2; struct fam3 v_fam3; struct fam4 v_fam4; struct fam5 v_fam5;
struct w_fam1 v_w_fam1;
struct arr1 v_arr1; struct i128 v_i128; struct en1 v_en1; struct bf1 v_bf1; struct w_i128 v_w_i128;
struct gap_enum v_gap_enum; struct gap_zero_elems v_gap_zero_elems;
struct gap_aligned v_gap_aligned; struct gap_aligned_member v_gap_aligned_member;
struct gap_aligned_bitfield v_gap_aligned_bitfield;
