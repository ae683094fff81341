package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"

	"github.com/postprod/postprod/internal/config"
)

// Default addresses of the development mail catcher; other free ports when
// these are taken (another checkout running).
const (
	mailpitSMTP = "127.0.0.1:1025"
	mailpitWeb  = "127.0.0.1:8025"
)

// setUpMail decides where mail goes when POSTPROD_SMTP_URL is not set. In
// development it starts Mailpit, points cfg.SMTPURL at it and returns the
// address of its web page; stop ends it.
// In production it says that mail waits in the outbox: start-up is not
// refused, since nothing is lost (the outbox keeps every message until
// POSTPROD_SMTP_URL is set and the server restarted) and an instance that
// sends no mail yet (or is being upgraded) must still serve its users.
func setUpMail(ctx context.Context, cfg *config.Config) (web string, stop func()) {
	stop = func() {}
	if cfg.SMTPURL != "" {
		return "", stop
	}
	if cfg.Production() {
		fmt.Println("Courriels : POSTPROD_SMTP_URL n'est pas défini, les courriels attendent dans la file d'envoi jusqu'à ce qu'il le soit.")
		fmt.Println("Email: POSTPROD_SMTP_URL is not set; mail waits in the outbox until it is (smtp://user:password@host:587).")
		slog.Warn("mail: POSTPROD_SMTP_URL is not set, mail stays in the outbox")
		return "", stop
	}
	bin, err := mailpitBinary()
	if err != nil {
		what := "bin/mailpit"
		if b := os.Getenv("POSTPROD_MAILPIT_BIN"); b != "" {
			what = "POSTPROD_MAILPIT_BIN (" + b + ")"
		}
		fmt.Printf("Courriels de développement : %s est introuvable (le construire : make bin/mailpit) ; les courriels attendent dans la file d'envoi.\n", what)
		fmt.Printf("Development email: %s not found (build it with `make bin/mailpit`); mail waits in the outbox.\n", what)
		return "", stop
	}
	smtpAddr, webAddr := freeOr(mailpitSMTP), freeOr(mailpitWeb)
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		slog.Warn("mail: the development mail catcher did not start", "err", err)
		return "", stop
	}
	logFile, err := os.OpenFile(filepath.Join(cfg.DataDir, "mailpit.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		slog.Warn("mail: the development mail catcher did not start", "err", err)
		return "", stop
	}
	defer logFile.Close() // the child has its own descriptor
	cmd := exec.Command(bin, "--smtp", smtpAddr, "--listen", webAddr,
		"--database", filepath.Join(cfg.DataDir, "mailpit.db"), "--quiet")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group: Ctrl-C reaches postprod, which stops it last,
	// once the server no longer sends.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	stopWithParent(cmd.SysProcAttr)
	if err := cmd.Start(); err != nil {
		slog.Warn("mail: the development mail catcher did not start", "bin", bin, "err", err)
		return "", stop
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	stop = func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	}
	if err := waitForMailpit(ctx, smtpAddr, webAddr, exited); err != nil {
		stop()
		fmt.Printf("Courriels de développement : Mailpit n'a pas démarré (voir %s) ; les courriels attendent dans la file d'envoi.\n", logFile.Name())
		fmt.Printf("Development email: Mailpit did not start (see %s); mail waits in the outbox.\n", logFile.Name())
		return "", func() {}
	}
	cfg.SMTPURL = "smtp://" + smtpAddr
	return "http://" + webAddr, stop
}

// mailpitBinary is POSTPROD_MAILPIT_BIN, else mailpit beside this
// executable (bin/postprod, bin/mailpit), else ./bin/mailpit.
func mailpitBinary() (string, error) {
	if b := os.Getenv("POSTPROD_MAILPIT_BIN"); b != "" {
		return exec.LookPath(b)
	}
	var candidates []string
	if exe, err := os.Executable(); err == nil {
		candidates = append(candidates, filepath.Join(filepath.Dir(exe), "mailpit"))
	}
	candidates = append(candidates, filepath.Join("bin", "mailpit"))
	for _, c := range candidates {
		if fi, err := os.Stat(c); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return filepath.Abs(c)
		}
	}
	return "", errors.New("mailpit not found")
}

// freeOr is addr when it can be listened on, else a free port on the same
// interface.
func freeOr(addr string) string {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		host, _, _ := net.SplitHostPort(addr)
		if l, err = net.Listen("tcp", net.JoinHostPort(host, "0")); err != nil {
			return addr
		}
	}
	defer l.Close()
	return l.Addr().String()
}

// waitForMailpit waits until both its SMTP port and its web page answer.
func waitForMailpit(ctx context.Context, smtpAddr, webAddr string, exited <-chan struct{}) error {
	deadline := time.Now().Add(15 * time.Second)
	for {
		if c, err := net.DialTimeout("tcp", smtpAddr, 200*time.Millisecond); err == nil {
			c.Close()
			if resp, err := http.Get("http://" + webAddr + "/api/v1/info"); err == nil {
				resp.Body.Close()
				return nil
			}
		}
		select {
		case <-exited:
			return errors.New("mailpit exited")
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			return errors.New("mailpit did not answer")
		}
	}
}
