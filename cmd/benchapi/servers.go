package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/postprod/postprod/cmd/internal/proc"
	"github.com/postprod/postprod/internal/benchdata"
)

// server is one GraphQL server under test, a child process of ours.
type server struct {
	name  string
	url   string // the GraphQL endpoint
	token string // bearer token, when the server wants one
	role  string // the PostgreSQL role it connects as
	cmd   *exec.Cmd
	log   string
	done  chan struct{} // closed when the process has exited
}

// client is shared by every simulated user: keep-alive connections, enough
// of them for the highest concurrency.
var client = &http.Client{Timeout: 60 * time.Second, Transport: &http.Transport{
	MaxIdleConns: 512, MaxIdleConnsPerHost: 256, IdleConnTimeout: time.Minute, DisableCompression: true,
}}

func freeAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

func start(ctx context.Context, s *server, ready func() bool) (*server, error) {
	f, err := os.Create(s.log)
	if err != nil {
		return nil, err
	}
	s.cmd.Stdout, s.cmd.Stderr = f, f
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: %w", s.name, err)
	}
	s.done = make(chan struct{})
	go func() { _ = s.cmd.Wait(); f.Close(); close(s.done) }()
	deadline := time.Now().Add(2 * time.Minute)
	for !ready() {
		select {
		case <-s.done:
			return nil, fmt.Errorf("%s exited at start-up; its log: %s", s.name, s.log)
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("%s did not become ready; its log: %s", s.name, s.log)
		}
	}
	return s, nil
}

// startPostprod runs `postprod serve` in production mode (introspection
// off, its default there) over the bench database.
func startPostprod(ctx context.Context, bin, dbURL, dir string) (*server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	secret := make([]byte, 32)
	_, _ = rand.Read(secret)
	cmd := exec.Command(bin, "serve")
	cmd.Env = append(os.Environ(), "POSTPROD_ENV=production", "POSTPROD_ADDR="+addr, "DATABASE_URL="+dbURL,
		"POSTPROD_JWT_SECRET="+hex.EncodeToString(secret), "POSTPROD_DATA_DIR="+dir, "POSTPROD_BACKUP_DIR=", "POSTPROD_SMTP_URL=",
		"POSTPROD_INTROSPECTION=false")
	s := &server{name: "postprod", role: ownerRole, url: "http://" + addr + "/graphql", cmd: cmd, log: filepath.Join(dir, "postprod.log")}
	return start(ctx, s, func() bool {
		resp, err := client.Get("http://" + addr + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
}

// startPostGraphile runs PostGraphile v4 from its installation (see
// tools/postgraphile/install.sh) over the same database, as a role that
// may read every table, without the default mutations.
func startPostGraphile(ctx context.Context, home, socketDir, dir string) (*server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	host, port, _ := net.SplitHostPort(addr)
	cli := filepath.Join(home, "node_modules", "postgraphile", "cli.js")
	if _, err := os.Stat(cli); err != nil {
		return nil, fmt.Errorf("PostGraphile is not installed in %s: run tools/postgraphile/install.sh", home)
	}
	cmd := exec.Command("node", cli, "--connection", "postgres:///"+benchDB, "--schema", "public", "--host", host, "--port", port,
		"--disable-default-mutations", "--disable-query-log", "--disable-graphiql")
	cmd.Env = append(os.Environ(), "PGHOST="+socketDir, "PGUSER="+pgRole, "NODE_ENV=production")
	s := &server{name: "PostGraphile", role: pgRole, url: "http://" + addr + "/graphql", cmd: cmd, log: filepath.Join(dir, "postgraphile.log")}
	return start(ctx, s, func() bool {
		_, body, err := s.post([]byte(`{"query":"{__typename}"}`))
		return err == nil && bytes.Contains(body, []byte(`"Query"`))
	})
}

// post sends one GraphQL request and reads the whole answer.
func (s *server) post(body []byte) (int, []byte, error) {
	req, err := http.NewRequest(http.MethodPost, s.url, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	if s.token != "" {
		req.Header.Set("Authorization", "Bearer "+s.token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// login gets the coordinator's access token.
func (s *server) login() error {
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($e:String!,$p:String!){ login(email:$e,password:$p){ accessToken } }`,
		"variables": map[string]any{"e": benchdata.CoordinatorEmail, "p": benchdata.CoordinatorPassword},
	})
	_, b, err := s.post(body)
	if err != nil {
		return err
	}
	var r struct {
		Data struct{ Login struct{ AccessToken string } }
	}
	if err := json.Unmarshal(b, &r); err != nil || r.Data.Login.AccessToken == "" {
		return fmt.Errorf("logging in to postprod as %s: %v %s", benchdata.CoordinatorEmail, err, b)
	}
	s.token = r.Data.Login.AccessToken
	return nil
}

func (s *server) pid() int { return s.cmd.Process.Pid }

// cpu is the server process's CPU time so far.
func (s *server) cpu() time.Duration { return proc.CPU(s.pid(), false) }

func (s *server) stop() {
	if s == nil || s.cmd.Process == nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(20 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}
