package wstransport

import (
	"bufio"
	"bytes"
	"io"
	"net"
	"net/http"
	"syscall"
)

// An idle connection's largest cost was the two 4 kB buffers the HTTP
// server hands over with a hijacked connection (coder/websocket keeps
// them for the connection's life). Client messages are small (ping, pong,
// subscribe) and a server message larger than the write buffer goes
// straight to the socket, so smaller ones do.
const (
	readBuffer  = 1 << 10
	writeBuffer = 2 << 10
)

// smallBuffers hands coder/websocket the hijacked connection with smaller
// buffers, and keeps the connection and its reader (idle) for idleWait.
type smallBuffers struct {
	http.ResponseWriter
	idle idle
}

// idle is what idleWait needs. It must not hold the ResponseWriter: that
// would keep the HTTP server's connection, its buffers and the request
// alive for as long as the websocket.
type idle struct {
	conn net.Conn
	br   *bufio.Reader
}

func (w *smallBuffers) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *smallBuffers) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, brw, err := http.NewResponseController(w.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	// Bytes the client sent after its upgrade request stay first in line.
	n := brw.Reader.Buffered()
	left, _ := brw.Reader.Peek(n)
	r := bufio.NewReaderSize(io.MultiReader(bytes.NewReader(bytes.Clone(left)), conn), max(readBuffer, n))
	if n > 0 {
		_, _ = r.Peek(n) // from the copy: no read on the connection
	}
	w.idle = idle{conn, r}
	return conn, bufio.NewReadWriter(r, bufio.NewWriterSize(conn, writeBuffer)), nil
}

// wait returns once the connection has something to read (or is
// closed), so that an idle connection's goroutine waits with a shallow
// stack: parked inside coder/websocket's reader it would hold several kB
// of frames, and its stack could not shrink below 8 kB.
func (w idle) wait() {
	if w.br.Buffered() > 0 {
		return
	}
	sc, ok := w.conn.(syscall.Conn)
	if !ok {
		return
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return
	}
	var b [1]byte
	_ = raw.Read(func(fd uintptr) bool {
		_, _, err := syscall.Recvfrom(int(fd), b[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		return err != syscall.EAGAIN // data, end of stream or an error: read it
	})
}
