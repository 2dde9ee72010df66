/* {0} and {} zero-initialise every member, including nested ones. */
struct inner { u16 x; u64 y; };
struct outer { u32 a; struct inner in[2]; u8 tail[3]; };

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct outer o = { 0 };
	struct outer p = {};
	o.in[a & 1].y = b;
	p.tail[(c & 1) + ((c >> 1) & 1)] = (u8)d;	/* index 0..2 */
	u64 r = o.a + o.in[0].x + o.in[0].y + o.in[1].x * 3 + o.in[1].y * 5 + o.tail[2];
	r = r * 7 + p.a + p.in[1].y + p.tail[0] + p.tail[1] * 2 + p.tail[2] * 4;
	return r;
}
