// Package devserver runs `postprod serve --demo` as a child process for the
// commands that measure a real server (make abuse, make bench-live): on a
// free loopback port, ready when /readyz answers, stopped with SIGTERM so
// it stops its private PostgreSQL too.
package devserver

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/postprod/postprod/internal/demo"
)

// Server is the running process and the address it serves.
type Server struct {
	Cmd *exec.Cmd
	URL string // http://127.0.0.1:port
}

// Start runs bin with its data under dir (its log in dir/server.log), in
// development, with env added to this process's environment (e.g.
// "DATABASE_URL=…", or "DATABASE_URL=" for a private cluster under dir),
// and waits up to two minutes for it to be ready.
func Start(ctx context.Context, bin, dir string, env ...string) (*Server, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := l.Addr().String()
	l.Close()
	logs, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "serve", "--demo")
	cmd.Env = append(append(os.Environ(), "POSTPROD_DATA_DIR="+dir, "POSTPROD_ADDR="+addr, "POSTPROD_ENV=development"), env...)
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &Server{Cmd: cmd, URL: "http://" + addr}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		resp, err := http.Get(s.URL + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			s.Stop()
			return nil, fmt.Errorf("the server did not become ready; its log: %s", logs.Name())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Stop asks the server to stop, and kills it after 30 s.
func (s *Server) Stop() {
	_ = s.Cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = s.Cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = s.Cmd.Process.Kill()
		<-done
	}
}

// PID is the server's process id, for /proc.
func (s *Server) PID() int { return s.Cmd.Process.Pid }

// LoginCoordinator logs in as the demo's coordinator and returns the access
// token.
func LoginCoordinator(c *http.Client, base string) (string, error) {
	b, _ := json.Marshal(map[string]any{
		"query":     `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ accessToken } }`,
		"variables": map[string]any{"e": "coordinator@demo.test", "p": demo.Password},
	})
	resp, err := c.Post(base+"/graphql", "application/json", bytes.NewReader(b))
	if err != nil {
		return "", fmt.Errorf("logging in as the demo coordinator: %v", err)
	}
	defer resp.Body.Close()
	var r struct {
		Data struct{ Login struct{ AccessToken string } }
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || r.Data.Login.AccessToken == "" {
		return "", fmt.Errorf("logging in as the demo coordinator: %v", err)
	}
	return r.Data.Login.AccessToken, nil
}
