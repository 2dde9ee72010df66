package bcc

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
	"github.com/cilium/ebpf/perf"
	"github.com/cilium/ebpf/ringbuf"
)

func errNoType(name string) error {
	return fmt.Errorf("bcc: no type %s in the program's BTF or source", name)
}

// record is one perf or ring buffer record, or a count of lost records.
type record struct {
	table string
	data  []byte
	cpu   int
	lost  uint64
}

type eventQueue struct {
	ch      chan record
	done    chan struct{}
	readers []interface{ Close() error }
	wg      sync.WaitGroup
	once    sync.Once
	cbs     map[string]func([]byte)
}

func (q *eventQueue) close() {
	q.once.Do(func() {
		close(q.done)
		for _, r := range q.readers {
			r.Close()
		}
		q.wg.Wait()
	})
}

func (b *BPF) queue() (*eventQueue, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil, os.ErrClosed
	}
	if b.events == nil {
		b.events = &eventQueue{ch: make(chan record, 4096), done: make(chan struct{}), cbs: map[string]func([]byte){}}
	}
	return b.events, nil
}

// OpenPerfBuffer reads perf buffer (BPF_PERF_OUTPUT) name; Poll calls fn
// with each record (BCC's open_perf_buffer). A perf record's data may
// carry up to 7 bytes of padding after what the program submitted.
func (b *BPF) OpenPerfBuffer(name string, fn func(data []byte)) error {
	t, err := b.GetTable(name)
	if err != nil {
		return err
	}
	if t.Spec.Type != ebpf.PerfEventArray {
		return fmt.Errorf("bcc: table %s is a %s, not a perf buffer (BPF_PERF_OUTPUT)", name, t.Spec.Type)
	}
	q, err := b.queue()
	if err != nil {
		return err
	}
	pages := b.PerfPageCount
	if pages <= 0 {
		pages = 8
	}
	rd, err := perf.NewReader(t.Map, pages*os.Getpagesize())
	if err != nil {
		return fmt.Errorf("bcc: opening perf buffer %s: %w", name, err)
	}
	b.pump(q, name, fn, rd, func() (record, error) {
		rec, err := rd.Read()
		if err != nil {
			return record{}, err
		}
		r := record{table: name, cpu: rec.CPU, lost: rec.LostSamples}
		if rec.LostSamples == 0 {
			r.data = rec.RawSample
		}
		return r, nil
	})
	return nil
}

// OpenRingBuffer reads ring buffer (BPF_RINGBUF_OUTPUT) name; Poll calls
// fn with each record (BCC's open_ring_buffer).
func (b *BPF) OpenRingBuffer(name string, fn func(data []byte)) error {
	t, err := b.GetTable(name)
	if err != nil {
		return err
	}
	if t.Spec.Type != ebpf.RingBuf {
		return fmt.Errorf("bcc: table %s is a %s, not a ring buffer (BPF_RINGBUF_OUTPUT)", name, t.Spec.Type)
	}
	q, err := b.queue()
	if err != nil {
		return err
	}
	rd, err := ringbuf.NewReader(t.Map)
	if err != nil {
		return fmt.Errorf("bcc: opening ring buffer %s: %w", name, err)
	}
	b.pump(q, name, fn, rd, func() (record, error) {
		rec, err := rd.Read()
		if err != nil {
			return record{}, err
		}
		return record{table: name, data: rec.RawSample, cpu: -1}, nil
	})
	return nil
}

// pump registers a reader and forwards its records to the queue until the
// reader is closed or the queue is done.
func (b *BPF) pump(q *eventQueue, name string, fn func([]byte), rd interface{ Close() error }, read func() (record, error)) {
	b.mu.Lock()
	q.readers = append(q.readers, rd)
	q.cbs[name] = fn
	b.mu.Unlock()
	q.wg.Add(1)
	go func() {
		defer q.wg.Done()
		for {
			r, err := read()
			if err != nil {
				if errors.Is(err, os.ErrClosed) {
					return
				}
				continue
			}
			select {
			case q.ch <- r:
			case <-q.done:
				return
			}
		}
	}()
}

// Poll waits up to timeout (negative: forever) for records of the open
// perf and ring buffers, then calls their callbacks, in this goroutine,
// for every record that has arrived (BCC's perf_buffer_poll and
// ring_buffer_poll in one). It returns the number of records handled.
func (b *BPF) Poll(timeout time.Duration) (int, error) {
	b.mu.Lock()
	q := b.events
	b.mu.Unlock()
	if q == nil {
		return 0, errors.New("bcc: Poll: no perf or ring buffer is open")
	}
	var timer <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		timer = t.C
	}
	n := 0
	handle := func(r record) {
		if r.lost > 0 {
			if b.OnLost != nil {
				b.OnLost(r.table, r.lost)
			}
			return
		}
		b.mu.Lock()
		fn := q.cbs[r.table]
		b.mu.Unlock()
		if fn != nil {
			fn(r.data)
		}
		n++
	}
	select {
	case r := <-q.ch:
		handle(r)
	case <-timer:
		return 0, nil
	case <-q.done:
		return 0, os.ErrClosed
	}
	for {
		select {
		case r := <-q.ch:
			handle(r)
		default:
			return n, nil
		}
	}
}

// EventType is the type of the records of perf or ring buffer table: the
// one set with SetEventType, else the type of what the program passes to
// perf_submit or ringbuf_output, or receives from ringbuf_reserve (as
// BCC's frontend records it for table.event()). nil when unknown.
func (b *BPF) EventType(table string) btf.Type {
	b.mu.Lock()
	t := b.eventTyp[table]
	b.mu.Unlock()
	if t != nil {
		return t
	}
	if b.info != nil {
		return b.info.events[table]
	}
	return nil
}

// SetEventType names the type of table's records (see Type).
func (b *BPF) SetEventType(table, typeName string) error {
	t, ok := b.Type(typeName)
	if !ok {
		return errNoType(typeName)
	}
	b.mu.Lock()
	b.eventTyp[table] = t
	b.mu.Unlock()
	return nil
}

// Event decodes a record of perf or ring buffer t with its event type
// (BCC's b["events"].event(data)); a Struct for struct events.
func (t *Table) Event(data []byte) (any, error) {
	typ := t.b.EventType(t.Name)
	if typ == nil {
		return nil, fmt.Errorf("bcc: the type of %s's events is unknown (SetEventType names it)", t.Name)
	}
	return Decode(typ, data)
}
