/* SipHash-2-4 of two 64-bit message words with a key built from the inputs. */
static inline u64 rotl(u64 x, u32 r)
{
	return x << (r & 63) | x >> ((64 - r) & 63);
}

struct sip { u64 v0, v1, v2, v3; };

static inline void sipround(struct sip *s)
{
	s->v0 += s->v1; s->v1 = rotl(s->v1, 13); s->v1 ^= s->v0; s->v0 = rotl(s->v0, 32);
	s->v2 += s->v3; s->v3 = rotl(s->v3, 16); s->v3 ^= s->v2;
	s->v0 += s->v3; s->v3 = rotl(s->v3, 21); s->v3 ^= s->v0;
	s->v2 += s->v1; s->v1 = rotl(s->v1, 17); s->v1 ^= s->v2; s->v2 = rotl(s->v2, 32);
}

static inline u64 siphash(u64 k0, u64 k1, const u64 *m, u32 n)
{
	struct sip s = { k0 ^ 0x736f6d6570736575ull, k1 ^ 0x646f72616e646f6dull,
			 k0 ^ 0x6c7967656e657261ull, k1 ^ 0x7465646279746573ull };
	for (u32 i = 0; i < 2; i++) {
		if (i >= n)
			break;
		s.v3 ^= m[i];
		sipround(&s);
		sipround(&s);
		s.v0 ^= m[i];
	}
	u64 last = (u64)(n * 8) << 56;
	s.v3 ^= last;
	sipround(&s);
	sipround(&s);
	s.v0 ^= last;
	s.v2 ^= 0xff;
	for (int i = 0; i < 4; i++)
		sipround(&s);
	return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 msg[2] = { c, d };
	return siphash(a, b, msg, 2) ^ siphash(b, a, msg, (u32)(a & 1)) << 1;
}
