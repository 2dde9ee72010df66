/* More simultaneously live values than BPF has registers, forcing spills. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 v0 = a + 1, v1 = b + 2, v2 = c + 3, v3 = d + 4;
	u64 v4 = a * 5, v5 = b * 6, v6 = c * 7, v7 = d * 8;
	u64 v8 = a ^ b, v9 = c ^ d, v10 = a - c, v11 = b - d;
	u64 v12 = a >> 3, v13 = b << 5, v14 = c | d, v15 = a & d;
	for (int i = 0; i < 4; i++) {
		v0 += v15; v1 ^= v0; v2 += v1; v3 ^= v2;
		v4 += v3; v5 ^= v4; v6 += v5; v7 ^= v6;
		v8 += v7; v9 ^= v8; v10 += v9; v11 ^= v10;
		v12 += v11; v13 ^= v12; v14 += v13; v15 ^= v14 >> 1;
	}
	return v0 ^ v1 ^ v2 ^ v3 ^ v4 ^ v5 ^ v6 ^ v7 ^ v8 ^ v9 ^ v10 ^ v11 ^ v12 ^ v13 ^ v14 ^ v15 ^
	       v0 * v15 ^ v7 * v8;
}
