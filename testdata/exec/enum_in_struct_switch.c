/* An enum-typed struct member driving a switch in a helper. */
enum op { OP_ADD, OP_SUB, OP_XOR, OP_SHL, OP_NOP = 9 };
struct insn { enum op op; u32 imm; };

static inline u64 apply(struct insn i, u64 acc)
{
	switch (i.op) {
	case OP_ADD: return acc + i.imm;
	case OP_SUB: return acc - i.imm;
	case OP_XOR: return acc ^ i.imm;
	case OP_SHL: return acc << (i.imm & 63);
	default: return acc;
	}
}

static u64 test(u64 a, u64 b, u64 c, u64 d)
{
	struct insn prog[4];
	for (int i = 0; i < 4; i++) {
		u32 k = (u32)(a >> (i * 8)) % 5;
		prog[i].op = k == 4 ? OP_NOP : (enum op)k;
		prog[i].imm = (u32)(b >> (i * 16));
	}
	u64 acc = c;
	for (int i = 0; i < 4; i++)
		acc = apply(prog[i], acc);
	return acc;
}
