// A struct with the map marker but no maps/ section.
// @prog f=XDP
struct fake {
	char (*__bccc_map)[1];
};
struct fake m;	// ERROR "has no maps/<type> section"
int f(void *ctx)
{
	return 0;
}
