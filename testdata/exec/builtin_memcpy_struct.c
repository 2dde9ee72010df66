/* Building a struct from bytes and serialising it back with __builtin_memcpy. */
struct __attribute__((packed)) wire { u16 type; u32 len; u8 flags; u8 ttl; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u8 buf[8];
	__builtin_memcpy(buf, &a, 8);
	struct wire w;
	__builtin_memcpy(&w, buf, sizeof(w));
	w.len += (u32)b;
	w.ttl--;
	u8 out[8];
	__builtin_memcpy(out, &w, sizeof(w));
	u64 r;
	__builtin_memcpy(&r, out, 8);
	return r ^ w.type ^ (u64)w.flags << 40 ^ sizeof(w) << 56;
}
