package bcc

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unsafe"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/link"
	"golang.org/x/sys/unix"
)

// BCC's PerfType and the configs profile-like tools use (the kernel's
// PERF_TYPE_* and PERF_COUNT_*; golang.org/x/sys/unix has the others).
const (
	PerfTypeHardware      = unix.PERF_TYPE_HARDWARE
	PerfTypeSoftware      = unix.PERF_TYPE_SOFTWARE
	PerfHWCPUCycles       = unix.PERF_COUNT_HW_CPU_CYCLES
	PerfSWCPUClock        = unix.PERF_COUNT_SW_CPU_CLOCK
	PerfSWTaskClock       = unix.PERF_COUNT_SW_TASK_CLOCK
	PerfSWPageFaults      = unix.PERF_COUNT_SW_PAGE_FAULTS
	PerfSWContextSwitches = unix.PERF_COUNT_SW_CONTEXT_SWITCHES
)

// AttachPerfEvent opens a perf event of type evType and config evConfig
// on cpu (-1: every online CPU) for process pid (-1: all processes) and
// runs PERF_EVENT program fnName on its samples: every samplePeriod
// events, or sampleFreq times a second when samplePeriod is 0 — BCC's
// attach_perf_event(ev_type, ev_config, fn_name, sample_period,
// sample_freq, pid, cpu). Detach and Close close the events.
func (b *BPF) AttachPerfEvent(evType, evConfig uint32, samplePeriod, sampleFreq uint64, pid, cpu int, fnName string) error {
	a := Attachment{fnName, "perf_event", perfTarget(evType, evConfig, samplePeriod, sampleFreq, pid, cpu)}
	p, err := b.prog(a)
	if err != nil {
		return err
	}
	if (samplePeriod == 0) == (sampleFreq == 0) {
		return &AttachError{a, errors.New("give one of sample_period and sample_freq")}
	}
	cpus := []int{cpu}
	if cpu < 0 {
		if cpus, err = onlineCPUs(); err != nil {
			return &AttachError{a, err}
		}
	}
	pl := &perfLinks{}
	for _, c := range cpus {
		if err := pl.open(p, evType, evConfig, samplePeriod, sampleFreq, pid, c); err != nil {
			pl.Close()
			return &AttachError{a, err}
		}
	}
	b.addLink(a, pl)
	return nil
}

// perfTarget describes an event for Attachment.Target: "software:0
// freq=49 cpu=all".
func perfTarget(evType, evConfig uint32, period, freq uint64, pid, cpu int) string {
	kind := map[uint32]string{unix.PERF_TYPE_HARDWARE: "hardware", unix.PERF_TYPE_SOFTWARE: "software"}[evType]
	if kind == "" {
		kind = "type" + strconv.Itoa(int(evType))
	}
	s := fmt.Sprintf("%s:%d", kind, evConfig)
	if freq != 0 {
		s += fmt.Sprintf(" freq=%d", freq)
	} else {
		s += fmt.Sprintf(" period=%d", period)
	}
	if pid >= 0 {
		s += " pid=" + strconv.Itoa(pid)
	}
	if cpu < 0 {
		return s + " cpu=all"
	}
	return s + " cpu=" + strconv.Itoa(cpu)
}

// perfLinks are the per-CPU events of one AttachPerfEvent, closed together
// (the bpf link does not own its perf event fd).
type perfLinks struct {
	link.Link // the first one: Attachments need a link.Link
	links     []link.Link
	fds       []int
}

// open opens one event disabled, attaches the program with a bpf link,
// then enables it, so no sample runs before the program is there.
func (pl *perfLinks) open(p *ebpf.Program, evType, evConfig uint32, period, freq uint64, pid, cpu int) error {
	attr := unix.PerfEventAttr{
		Type:   evType,
		Config: uint64(evConfig),
		Sample: period,
		Bits:   unix.PerfBitDisabled,
	}
	attr.Size = uint32(unsafe.Sizeof(attr))
	if freq != 0 {
		attr.Sample = freq
		attr.Bits |= unix.PerfBitFreq
	}
	fd, err := unix.PerfEventOpen(&attr, pid, cpu, -1, unix.PERF_FLAG_FD_CLOEXEC)
	if err != nil {
		return perfOpenError(cpu, err)
	}
	pl.fds = append(pl.fds, fd)
	l, err := link.AttachRawLink(link.RawLinkOptions{Target: fd, Program: p, Attach: ebpf.AttachPerfEvent})
	if err != nil {
		return fmt.Errorf("attaching to the perf event on CPU %d: %w", cpu, err)
	}
	pl.links = append(pl.links, l)
	if pl.Link == nil {
		pl.Link = l
	}
	if err := unix.IoctlSetInt(fd, unix.PERF_EVENT_IOC_ENABLE, 0); err != nil {
		return fmt.Errorf("enabling the perf event on CPU %d: %w", cpu, err)
	}
	return nil
}

func perfOpenError(cpu int, err error) error {
	switch {
	case errors.Is(err, unix.ENOENT), errors.Is(err, unix.EOPNOTSUPP):
		return fmt.Errorf("perf_event_open on CPU %d: the kernel or CPU has no such event: %w", cpu, err)
	case errors.Is(err, unix.EACCES), errors.Is(err, unix.EPERM):
		return fmt.Errorf("perf_event_open on CPU %d: needs root or CAP_PERFMON (see /proc/sys/kernel/perf_event_paranoid): %w", cpu, err)
	}
	return fmt.Errorf("perf_event_open on CPU %d: %w", cpu, err)
}

// Close detaches the program from every event, then closes the events.
func (pl *perfLinks) Close() error {
	var errs []error
	for _, l := range pl.links {
		errs = append(errs, l.Close())
	}
	for _, fd := range pl.fds {
		errs = append(errs, unix.Close(fd))
	}
	pl.links, pl.fds, pl.Link = nil, nil, nil
	return errors.Join(errs...)
}

// onlineCPUs reads the kernel's list of online CPUs ("0-3,5").
func onlineCPUs() ([]int, error) {
	data, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return nil, err
	}
	return parseCPUList(strings.TrimSpace(string(data)))
}

func parseCPUList(s string) ([]int, error) {
	var cpus []int
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(part, "-")
		first, err := strconv.Atoi(lo)
		if err != nil {
			return nil, fmt.Errorf("bad CPU list %q", s)
		}
		last := first
		if isRange {
			if last, err = strconv.Atoi(hi); err != nil || last < first {
				return nil, fmt.Errorf("bad CPU list %q", s)
			}
		}
		for c := first; c <= last; c++ {
			cpus = append(cpus, c)
		}
	}
	return cpus, nil
}
