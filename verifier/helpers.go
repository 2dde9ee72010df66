package verifier

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// argKind is what a helper expects in an argument register.
type argKind uint8

const (
	argAny        argKind = iota // anything initialized
	argMap                       // a map
	argKey                       // memory of the map's key size, initialized
	argValue                     // memory of the map's value size, initialized
	argUninitVal                 // memory of the map's value size, written by the helper
	argMem                       // readable memory; the size is the next argument
	argMemOrNull                 // argMem, or NULL with size 0
	argOut                       // writable memory; the size is the next argument
	argSize                      // a size: bounded, positive
	argSizeOrZero                // a size: bounded, may be 0
	argCtx                       // the unmodified context
	argRingbufMem                // a reservation to release
	argAllocSize                 // a constant size to allocate
	argSocket                    // a socket
	argConstStr                  // a NUL-terminated string in read-only data
)

type retKind uint8

const (
	retInt retKind = iota
	retVoid
	retMapValueOrNull    // bpf_map_lookup_elem
	retMemOrNull         // bpf_ringbuf_reserve: acquires a reference
	retSocketOrNull      // bpf_sk_lookup_*: acquires a reference
	retBTF               // bpf_get_current_task_btf
	retMapValue          // bpf_get_local_storage: never NULL
	retSocketOrNullNoRef // bpf_sk_fullsock, bpf_tcp_sock: no reference taken
)

type proto struct {
	args    []argKind
	ret     retKind
	release bool // the first argument of kind argRingbufMem/argSocket is released
	maps    []ebpf.MapType
}

var (
	perfMaps  = []ebpf.MapType{ebpf.PerfEventArray}
	ringMaps  = []ebpf.MapType{ebpf.RingBuf}
	stackMaps = []ebpf.MapType{ebpf.StackTrace}
	progMaps  = []ebpf.MapType{ebpf.ProgramArray}
	queueMaps = []ebpf.MapType{ebpf.Queue, ebpf.Stack}
)

// protos are the contracts of the helpers the lint checks; other helpers'
// arguments are only checked to be initialized.
var protos = map[asm.BuiltinFunc]proto{
	asm.FnMapLookupElem:              {args: []argKind{argMap, argKey}, ret: retMapValueOrNull},
	asm.FnMapUpdateElem:              {args: []argKind{argMap, argKey, argValue, argAny}},
	asm.FnMapDeleteElem:              {args: []argKind{argMap, argKey}},
	asm.FnMapPushElem:                {args: []argKind{argMap, argValue, argAny}, maps: queueMaps},
	asm.FnMapPopElem:                 {args: []argKind{argMap, argUninitVal}, maps: queueMaps},
	asm.FnMapPeekElem:                {args: []argKind{argMap, argUninitVal}, maps: queueMaps},
	asm.FnProbeRead:                  {args: []argKind{argOut, argSizeOrZero, argAny}},
	asm.FnProbeReadStr:               {args: []argKind{argOut, argSizeOrZero, argAny}},
	asm.FnProbeReadUser:              {args: []argKind{argOut, argSizeOrZero, argAny}},
	asm.FnProbeReadKernel:            {args: []argKind{argOut, argSizeOrZero, argAny}},
	asm.FnProbeReadUserStr:           {args: []argKind{argOut, argSizeOrZero, argAny}},
	asm.FnProbeReadKernelStr:         {args: []argKind{argOut, argSizeOrZero, argAny}},
	asm.FnKtimeGetNs:                 {},
	asm.FnKtimeGetBootNs:             {},
	asm.FnTracePrintk:                {args: []argKind{argMem, argSize}},
	asm.FnGetPrandomU32:              {},
	asm.FnGetSmpProcessorId:          {},
	asm.FnGetCurrentPidTgid:          {},
	asm.FnGetCurrentUidGid:           {},
	asm.FnGetCurrentComm:             {args: []argKind{argOut, argSize}},
	asm.FnGetCurrentTask:             {},
	asm.FnGetCurrentTaskBtf:          {ret: retBTF},
	asm.FnTailCall:                   {args: []argKind{argCtx, argMap, argAny}, maps: progMaps},
	asm.FnPerfEventOutput:            {args: []argKind{argCtx, argMap, argAny, argMem, argSize}, maps: perfMaps},
	asm.FnPerfEventRead:              {args: []argKind{argMap, argAny}, maps: perfMaps},
	asm.FnGetStackid:                 {args: []argKind{argCtx, argMap, argAny}, maps: stackMaps},
	asm.FnGetStack:                   {args: []argKind{argCtx, argOut, argSizeOrZero, argAny}},
	asm.FnSkbLoadBytes:               {args: []argKind{argCtx, argAny, argOut, argSize}},
	asm.FnSkbStoreBytes:              {args: []argKind{argCtx, argAny, argMem, argSize, argAny}},
	asm.FnRingbufOutput:              {args: []argKind{argMap, argMem, argSizeOrZero, argAny}, maps: ringMaps},
	asm.FnRingbufReserve:             {args: []argKind{argMap, argAllocSize, argAny}, ret: retMemOrNull, maps: ringMaps},
	asm.FnRingbufSubmit:              {args: []argKind{argRingbufMem, argAny}, ret: retVoid, release: true},
	asm.FnRingbufDiscard:             {args: []argKind{argRingbufMem, argAny}, ret: retVoid, release: true},
	asm.FnRingbufQuery:               {args: []argKind{argMap, argAny}, maps: ringMaps},
	asm.FnSkLookupTcp:                {args: []argKind{argCtx, argMem, argSize, argAny, argAny}, ret: retSocketOrNull},
	asm.FnSkLookupUdp:                {args: []argKind{argCtx, argMem, argSize, argAny, argAny}, ret: retSocketOrNull},
	asm.FnSkcLookupTcp:               {args: []argKind{argCtx, argMem, argSize, argAny, argAny}, ret: retSocketOrNull},
	asm.FnSkFullsock:                 {args: []argKind{argSocket}, ret: retSocketOrNullNoRef},
	asm.FnTcpSock:                    {args: []argKind{argSocket}, ret: retSocketOrNullNoRef},
	asm.FnGetListenerSock:            {args: []argKind{argSocket}, ret: retSocketOrNullNoRef},
	asm.FnSkRelease:                  {args: []argKind{argSocket}, release: true},
	asm.FnRedirectMap:                {args: []argKind{argMap, argAny, argAny}},
	asm.FnRedirect:                   {args: []argKind{argAny, argAny}},
	asm.FnXdpAdjustHead:              {args: []argKind{argCtx, argAny}},
	asm.FnXdpAdjustTail:              {args: []argKind{argCtx, argAny}},
	asm.FnXdpAdjustMeta:              {args: []argKind{argCtx, argAny}},
	asm.FnSendSignal:                 {args: []argKind{argAny}},
	asm.FnGetNumaNodeId:              {},
	asm.FnJiffies64:                  {},
	asm.FnGetCurrentCgroupId:         {},
	asm.FnSnprintf:                   {args: []argKind{argOut, argSizeOrZero, argConstStr, argMemOrNull, argSizeOrZero}},
	asm.FnCsumDiff:                   {args: []argKind{argMemOrNull, argSizeOrZero, argMemOrNull, argSizeOrZero, argAny}},
	asm.FnGetSocketCookie:            {args: []argKind{argCtx}},
	asm.FnGetCgroupClassid:           {args: []argKind{argCtx}},
	asm.FnSkbVlanPop:                 {args: []argKind{argCtx}},
	asm.FnSkbVlanPush:                {args: []argKind{argCtx, argAny, argAny}},
	asm.FnSkbChangeHead:              {args: []argKind{argCtx, argAny, argAny}},
	asm.FnSkbChangeTail:              {args: []argKind{argCtx, argAny, argAny}},
	asm.FnSkbPullData:                {args: []argKind{argCtx, argAny}},
	asm.FnL3CsumReplace:              {args: []argKind{argCtx, argAny, argAny, argAny, argAny}},
	asm.FnL4CsumReplace:              {args: []argKind{argCtx, argAny, argAny, argAny, argAny}},
	asm.FnCloneRedirect:              {args: []argKind{argCtx, argAny, argAny}},
	asm.FnGetHashRecalc:              {args: []argKind{argCtx}},
	asm.FnPerfEventReadValue:         {args: []argKind{argMap, argAny, argOut, argSize}, maps: perfMaps},
	asm.FnOverrideReturn:             {args: []argKind{argCtx, argAny}},
	asm.FnGetCurrentAncestorCgroupId: {args: []argKind{argAny}},
	asm.FnGetLocalStorage:            {args: []argKind{argMap, argAny}, ret: retMapValue},
	asm.FnSkStorageGet:               {args: []argKind{argMap, argAny, argAny, argAny}, ret: retMapValueOrNull},
	asm.FnTaskStorageGet:             {args: []argKind{argMap, argAny, argAny, argAny}, ret: retMapValueOrNull},
	asm.FnInodeStorageGet:            {args: []argKind{argMap, argAny, argAny, argAny}, ret: retMapValueOrNull},
	asm.FnCgrpStorageGet:             {args: []argKind{argMap, argAny, argAny, argAny}, ret: retMapValueOrNull},
}

// helperName is a helper as C programs call it: FnMapLookupElem becomes
// bpf_map_lookup_elem.
func helperName(fn asm.BuiltinFunc) string {
	s := fn.String()
	if !strings.HasPrefix(s, "Fn") {
		return fmt.Sprintf("helper #%d", int32(fn))
	}
	var b strings.Builder
	b.WriteString("bpf")
	for i, r := range s[2:] {
		if unicode.IsUpper(r) || i == 0 {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
