package wstransport

import (
	"sync"
	"time"
)

// pool runs queued work on a fixed number of goroutines shared by every
// connection. submit never blocks (the broker calls it under its lock).
type pool struct {
	mu    sync.Mutex
	ready *sync.Cond
	queue []func()
	head  int
}

func newPool(n int) *pool {
	p := &pool{}
	p.ready = sync.NewCond(&p.mu)
	for range n {
		go p.work()
	}
	return p
}

func (p *pool) submit(f func()) {
	p.mu.Lock()
	p.queue = append(p.queue, f)
	p.mu.Unlock()
	p.ready.Signal()
}

func (p *pool) work() {
	for {
		p.mu.Lock()
		for p.head == len(p.queue) {
			p.ready.Wait()
		}
		f := p.queue[p.head]
		p.queue[p.head] = nil
		p.head++
		if p.head == len(p.queue) {
			p.queue, p.head = p.queue[:0], 0
		}
		p.mu.Unlock()
		f()
	}
}

// pinger sends graphql-transport-ws pings to every acknowledged
// connection from one timer, and drops a connection that left two of them
// unanswered (a phone gone without closing).
type pinger struct {
	mu    sync.Mutex
	conns map[*conn]struct{}
}

func newPinger(every time.Duration) *pinger {
	p := &pinger{conns: map[*conn]struct{}{}}
	go p.loop(every)
	return p
}

func (p *pinger) add(c *conn) {
	p.mu.Lock()
	p.conns[c] = struct{}{}
	p.mu.Unlock()
}

func (p *pinger) remove(c *conn) {
	p.mu.Lock()
	delete(p.conns, c)
	p.mu.Unlock()
}

var pingMessage = appendMessage(nil, "", "ping", nil)

func (p *pinger) loop(every time.Duration) {
	var batch []*conn
	for range time.Tick(every) {
		p.mu.Lock()
		batch = batch[:0]
		for c := range p.conns {
			batch = append(batch, c)
		}
		p.mu.Unlock()
		for _, c := range batch {
			if c.unanswered.Add(1) > 2 {
				if c.closing.CompareAndSwap(false, true) {
					_ = c.ws.CloseNow()
				}
				continue
			}
			c.t.workers.submit(func() { _ = c.write(pingMessage) })
		}
		clear(batch)
	}
}

// framePool recycles the buffers messages are assembled in.
var framePool = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}
