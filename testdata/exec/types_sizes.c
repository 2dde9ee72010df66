/* sizeof of every integer type, packed into one result. */
static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	u64 r = 0;
	r = r * 16 + sizeof(char);
	r = r * 16 + sizeof(short);
	r = r * 16 + sizeof(int);
	r = r * 16 + sizeof(long);
	r = r * 16 + sizeof(long long);
	r = r * 16 + sizeof(u8) + sizeof(s8);
	r = r * 16 + sizeof(u16) + sizeof(s16);
	r = r * 16 + sizeof(u32) + sizeof(s32);
	r = r * 16 + (sizeof(u64) + sizeof(s64)) % 16;
	r = r * 16 + sizeof(void *);
	r = r * 16 + sizeof(bool);
	return r ^ (a & 1);
}
