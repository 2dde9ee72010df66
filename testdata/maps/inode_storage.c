// BPF_INODE_STORAGE: inode_storage_get/delete work only in LSM programs,
// which the test kernel may refuse to load; maps_test.go then checks the
// map and the helper calls without loading the program.
// @prog inode_store=LSM:inode_create
BPF_INODE_STORAGE(inode_counts, u32);
BPF_F_TABLE("inode_storage", int, u64, inode_table, 0, BPF_F_NO_PREALLOC);

int inode_store(u64 *ctx)
{
	void *dir = (void *)ctx[0];
	u32 init = 7;
	u32 *n = inode_counts.inode_storage_get(dir, &init, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (n && ++*n > 10)
		inode_counts.inode_storage_delete(dir);
	u64 *m = inode_table.inode_storage_get(dir, 0, 0);
	if (m)
		inode_table.inode_storage_delete(dir);
	return 0;
}
