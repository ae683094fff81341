// Package mailtest starts a real SMTP server for tests: Mailpit, built by
// `make bin/mailpit`, on free ports, and reads what it received through its
// API.
package mailtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"
)

// Server is one Mailpit process; Stop and Start keep its ports and
// messages, to play an SMTP outage.
type Server struct {
	SMTPAddr string // 127.0.0.1:port
	APIURL   string // http://127.0.0.1:port
	bin, db  string
	args     []string
	mu       sync.Mutex
	cmd      *exec.Cmd
}

// Binary finds bin/mailpit (POSTPROD_MAILPIT_BIN overrides), building it with
// make when it is missing.
func Binary(t testing.TB) string {
	if b := os.Getenv("POSTPROD_MAILPIT_BIN"); b != "" {
		return b
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(root, "bin", "mailpit")
	if _, err := os.Stat(bin); err != nil {
		cmd := exec.Command("make", "--no-print-directory", "bin/mailpit")
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("building mailpit: %v\n%s", err, out)
		}
	}
	return bin
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("mailtest: no go.mod above the test")
		}
		dir = parent
	}
}

// An Option adds Mailpit flags.
type Option func(*Server)

// Args passes flags to Mailpit as they are, e.g.
// Args("--smtp-allowed-recipients", `@ok\.test$`) to have it refuse (550)
// every other recipient.
func Args(args ...string) Option { return func(s *Server) { s.args = append(s.args, args...) } }

// Start runs a Mailpit for the test; it stops when the test ends.
func Start(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := &Server{bin: Binary(t), db: filepath.Join(t.TempDir(), "mailpit.db"),
		SMTPAddr: freeAddr(t)}
	for _, o := range opts {
		o(s)
	}
	s.APIURL = "http://" + freeAddr(t)
	s.Start(t)
	t.Cleanup(s.Stop)
	return s
}

// URL is the POSTPROD_SMTP_URL that reaches this server.
func (s *Server) URL() string { return "smtp://" + s.SMTPAddr }

func freeAddr(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// Start (re)starts the process on the same ports and database, and waits
// until it answers.
func (s *Server) Start(t testing.TB) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	args := []string{"--smtp", s.SMTPAddr, "--listen", s.APIURL[len("http://"):], "--database", s.db,
		"--smtp-auth-accept-any", "--max", "5000", "--quiet"}
	// Mailpit refuses to require TLS and allow authentication in clear.
	if !slices.Contains(s.args, "--smtp-require-tls") && !slices.Contains(s.args, "--smtp-require-starttls") {
		args = append(args, "--smtp-auth-allow-insecure")
	}
	cmd := exec.Command(s.bin, append(args, s.args...)...)
	logPath := filepath.Join(filepath.Dir(s.db), "mailpit.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close() // the child keeps its own descriptor
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting mailpit: %v", err)
	}
	s.cmd = cmd
	deadline := time.Now().Add(15 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", s.SMTPAddr, 200*time.Millisecond)
		if err == nil {
			c.Close()
			if resp, err := http.Get(s.APIURL + "/api/v1/info"); err == nil {
				resp.Body.Close()
				return
			}
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(logPath)
			t.Fatalf("mailpit did not start on %s: %s", s.SMTPAddr, out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Stop kills the process: connections are refused until Start.
func (s *Server) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd != nil {
		_ = s.cmd.Process.Kill()
		_ = s.cmd.Wait()
		s.cmd = nil
	}
}

// Summary is a received message as listed.
type Summary struct {
	ID        string    `json:"ID"`
	MessageID string    `json:"MessageID"`
	Subject   string    `json:"Subject"`
	From      Address   `json:"From"`
	To        []Address `json:"To"`
	Created   time.Time `json:"Created"`
}

type Address struct {
	Name    string `json:"Name"`
	Address string `json:"Address"`
}

// Message is a received message in full.
type Message struct {
	Summary
	Text        string       `json:"Text"`
	HTML        string       `json:"HTML"`
	Attachments []Attachment `json:"Attachments"`
}

type Attachment struct {
	PartID      string `json:"PartID"`
	FileName    string `json:"FileName"`
	ContentType string `json:"ContentType"`
	Size        int    `json:"Size"`
}

func (s *Server) get(t testing.TB, path string, into any) []byte {
	t.Helper()
	resp, err := http.Get(s.APIURL + path)
	if err != nil {
		t.Fatalf("mailpit %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("mailpit %s: %s %s", path, resp.Status, body)
	}
	if into != nil {
		if err := json.Unmarshal(body, into); err != nil {
			t.Fatalf("mailpit %s: %v", path, err)
		}
	}
	return body
}

// Messages lists everything received, oldest first.
func (s *Server) Messages(t testing.TB) []Summary {
	t.Helper()
	var out []Summary
	for start := 0; ; {
		var page struct {
			Total    int       `json:"total"`
			Messages []Summary `json:"messages"`
		}
		s.get(t, "/api/v1/messages?limit=500&start="+strconv.Itoa(start), &page)
		out = append(out, page.Messages...)
		start += len(page.Messages)
		if len(page.Messages) == 0 || start >= page.Total {
			break
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 { // the API lists newest first
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Wait polls until at least n messages arrived (failing after timeout).
func (s *Server) Wait(t testing.TB, n int, timeout time.Duration) []Summary {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ms := s.Messages(t)
		if len(ms) >= n {
			return ms
		}
		if time.Now().After(deadline) {
			t.Fatalf("mailpit: %d messages after %s, want %d", len(ms), timeout, n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// To lists the messages received by one address, oldest first.
func (s *Server) To(t testing.TB, email string) []Summary {
	t.Helper()
	var out []Summary
	for _, m := range s.Messages(t) {
		for _, a := range m.To {
			if a.Address == email {
				out = append(out, m)
			}
		}
	}
	return out
}

// Message reads one message, its parts decoded.
func (s *Server) Message(t testing.TB, id string) Message {
	t.Helper()
	var m Message
	s.get(t, "/api/v1/message/"+id, &m)
	return m
}

// Raw is the message as the server received it.
func (s *Server) Raw(t testing.TB, id string) []byte {
	t.Helper()
	return s.get(t, "/api/v1/message/"+id+"/raw", nil)
}

// Part is one attachment's bytes.
func (s *Server) Part(t testing.TB, id, partID string) []byte {
	t.Helper()
	return s.get(t, "/api/v1/message/"+id+"/part/"+partID, nil)
}

// Clear deletes every message.
func (s *Server) Clear(t testing.TB) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodDelete, s.APIURL+"/api/v1/messages", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}
