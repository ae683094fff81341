package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
)

// phoneSubscription is what the app's production page keeps open
// (frontend/src/features/productions/ProductionPage.tsx): each event
// carries the production as the subscriber may see it, with its client,
// episodes and team.
const phoneSubscription = `subscription ProductionEvents($id: ID!) {
  productionEvents(productionId: $id) {
    id kind productionId at
    production {
      id title kind status director notes updatedAt
      client { id name }
      spec { runtimeMinutes deliveryDeadline isan
        technicalProfile { frameRate resolution colourSpace audioLayout loudnessLufs subtitleLanguages documents } }
      episodes { id number title runtimeMinutes }
      team { id function dailyRate note technician { id name } }
    }
  }
}`

// lightSubscription asks for the event and the production's title only:
// it measures the fan-out itself rather than the execution of the page's
// selection for each subscriber.
const lightSubscription = `subscription ProductionEvents($id: ID!) {
  productionEvents(productionId: $id) { id kind productionId at production { id title } }
}`

// fleet is N idle graphql-ws subscribers; each records when it received
// its k-th event.
type fleet struct {
	conns    []*websocket.Conn
	arrivals [][]int64 // [event][subscriber] unix nanoseconds
	got      []atomic.Int64
	failed   atomic.Int64
	errMu    sync.Mutex
	firstErr string
}

type wsMsg struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

func newFleet(n, events int) *fleet {
	f := &fleet{conns: make([]*websocket.Conn, n), arrivals: make([][]int64, events), got: make([]atomic.Int64, events)}
	for k := range f.arrivals {
		f.arrivals[k] = make([]int64, n)
	}
	return f
}

func (f *fleet) fail(err error) {
	f.failed.Add(1)
	f.errMu.Lock()
	if f.firstErr == "" {
		f.firstErr = err.Error()
	}
	f.errMu.Unlock()
}

// open connects the subscribers, parallel dials at a time.
func (f *fleet) open(ctx context.Context, base, token, query, productionID string, parallel int) {
	ws := "ws" + strings.TrimPrefix(base, "http") + "/graphql"
	sub, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"id": productionID}})
	init, _ := json.Marshal(map[string]any{"token": token})
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for i := range f.conns {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if err := f.connect(ctx, i, ws, init, sub); err != nil {
				f.fail(err)
			}
		}()
	}
	wg.Wait()
}

func (f *fleet) connect(ctx context.Context, i int, url string, init, sub []byte) error {
	dctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	c, _, err := websocket.Dial(dctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		return err
	}
	c.SetReadLimit(1 << 20)
	if err := write(dctx, c, wsMsg{Type: "connection_init", Payload: init}); err != nil {
		return err
	}
	var ack wsMsg
	if err := read(dctx, c, &ack); err != nil || ack.Type != "connection_ack" {
		return fmt.Errorf("connection_init: %v %s", err, ack.Type)
	}
	if err := write(dctx, c, wsMsg{ID: "1", Type: "subscribe", Payload: sub}); err != nil {
		return err
	}
	f.conns[i] = c
	go f.listen(ctx, i, c)
	return nil
}

// listen answers the server's pings and stamps each event's arrival when
// its message is read, before this client decodes it (10,000 decodings on
// the same two cores would otherwise weigh in the latency measured).
func (f *fleet) listen(ctx context.Context, i int, c *websocket.Conn) {
	k := 0
	for {
		_, b, err := c.Read(ctx)
		if err != nil {
			if ctx.Err() == nil {
				f.fail(fmt.Errorf("subscriber %d: %v", i, err))
			}
			return
		}
		now := time.Now().UnixNano()
		var m wsMsg
		if err := json.Unmarshal(b, &m); err != nil {
			f.fail(fmt.Errorf("subscriber %d: %v", i, err))
			return
		}
		switch m.Type {
		case "ping":
			_ = write(ctx, c, wsMsg{Type: "pong"})
		case "next":
			if strings.Contains(string(m.Payload), `"errors"`) {
				f.fail(fmt.Errorf("subscriber %d: %s", i, m.Payload))
			}
			if k < len(f.arrivals) {
				f.arrivals[k][i] = now
				f.got[k].Add(1)
			}
			k++
		case "error", "complete":
			f.fail(fmt.Errorf("subscriber %d: %s %s", i, m.Type, m.Payload))
			return
		}
	}
}

func (f *fleet) close() {
	for _, c := range f.conns {
		if c != nil {
			_ = c.CloseNow()
		}
	}
}

func write(ctx context.Context, c *websocket.Conn, m wsMsg) error {
	b, _ := json.Marshal(m)
	return c.Write(ctx, websocket.MessageText, b)
}

func read(ctx context.Context, c *websocket.Conn, m *wsMsg) error {
	_, b, err := c.Read(ctx)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, m)
}
