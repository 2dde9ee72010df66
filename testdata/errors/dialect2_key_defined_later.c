// @prog f=XDP
// The same for a key behind a typedef, and for a plain struct member.
typedef struct key_t key_t;
BPF_HASH(h, key_t, u64);	// ERROR "map h: unknown type 'struct key_t' for the key"
struct key_t { int k; };
int f(void *ctx)
{
	return 0;
}
