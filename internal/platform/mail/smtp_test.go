package mail_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postprod/postprod/internal/platform/mail"
	"github.com/postprod/postprod/internal/platform/mail/mailtest"
)

func base64Reader(r io.Reader) io.Reader { return base64.NewDecoder(base64.StdEncoding, r) }

func TestParseSMTPURL(t *testing.T) {
	cases := []struct {
		raw      string
		want     mail.SMTPServer
		wantErr  string
		redacted string
	}{
		{raw: "smtp://mail.example.fr", want: mail.SMTPServer{Security: mail.StartTLS, Host: "mail.example.fr", Port: "587"}, redacted: "smtp://mail.example.fr:587"},
		{raw: "smtps://relay.example.fr", want: mail.SMTPServer{Security: mail.ImplicitTLS, Host: "relay.example.fr", Port: "465"}, redacted: "smtps://relay.example.fr:465"},
		{raw: "smtp://no%40reply%40eclair.fr:p%40ss%3Aw%2Ford@127.0.0.1:1025/", redacted: "smtp://no%40reply%40eclair.fr:***@127.0.0.1:1025",
			want: mail.SMTPServer{Security: mail.StartTLS, Host: "127.0.0.1", Port: "1025", Username: "no@reply@eclair.fr", Password: "p@ss:w/ord"}},
		{raw: "smtps://apikey:secret@[::1]:2465", redacted: "smtps://apikey:***@[::1]:2465",
			want: mail.SMTPServer{Security: mail.ImplicitTLS, Host: "::1", Port: "2465", Username: "apikey", Password: "secret"}},
		{raw: "http://mail.example.fr", wantErr: `the scheme is "http"`},
		{raw: "mail.example.fr:587", wantErr: "the scheme"},
		{raw: "smtp://", wantErr: "the host is missing"},
		{raw: "smtp://mail.example.fr:", wantErr: "the port is empty"},
		{raw: "smtp://mail.example.fr:587?tls=off", wantErr: "nothing may follow"},
		{raw: "smtp://:secret@mail.example.fr", wantErr: "a password without a user"},
		{raw: "smtp://user:se cret%zz@mail.example.fr", wantErr: "it is not a URL"},
	}
	for _, c := range cases {
		got, err := mail.ParseSMTPURL(c.raw)
		if c.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), "POSTPROD_SMTP_URL") || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("%q: want an error naming POSTPROD_SMTP_URL and saying %q, got %v", c.raw, c.wantErr, err)
			}
			if err != nil && strings.Contains(err.Error(), "secret") {
				t.Errorf("%q: the error shows the password: %v", c.raw, err)
			}
			continue
		}
		if err != nil || *got != c.want {
			t.Errorf("%q: %+v, %v; want %+v", c.raw, got, err, c.want)
			continue
		}
		if got.String() != c.redacted {
			t.Errorf("%q: shown as %q, want %q", c.raw, got.String(), c.redacted)
		}
	}
}

// sendOne opens a session with d and sends one message.
func sendOne(d *mail.Dialer) error {
	ctx := context.Background()
	s, err := d.Open(ctx)
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Send(ctx, "postprod@eclair.test", "zoe@eclair.test", []byte("Subject: essai\r\nMessage-ID: <1@eclair.test>\r\n\r\nBonjour\r\n"))
}

// as reaches srv under another host name, as if it were remote.
func as(srv *mailtest.Server) func(ctx context.Context, network, _ string) (net.Conn, error) {
	return func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, srv.SMTPAddr)
	}
}

func TestNoCleartextToARemoteServer(t *testing.T) {
	t.Parallel()
	srv := mailtest.Start(t) // no STARTTLS offered
	for _, raw := range []string{"smtp://user:secret@mail.example.fr:587", "smtp://mail.example.fr:587"} {
		server, err := mail.ParseSMTPURL(raw)
		if err != nil {
			t.Fatal(err)
		}
		err = sendOne(&mail.Dialer{Server: server, Dial: as(srv), Timeout: 5 * time.Second})
		if !errors.Is(err, mail.ErrCleartext) {
			t.Errorf("%s without STARTTLS: %v, want ErrCleartext", server, err)
		}
	}
	// The same server reached as this machine takes mail, and credentials.
	server, err := mail.ParseSMTPURL("smtp://user:p%40ss@" + srv.SMTPAddr)
	if err != nil {
		t.Fatal(err)
	}
	if err := sendOne(&mail.Dialer{Server: server, Timeout: 5 * time.Second}); err != nil {
		t.Fatalf("to a loopback server: %v", err)
	}
	if got := srv.Messages(t); len(got) != 1 {
		t.Fatalf("received %d messages, want only the loopback one", len(got))
	}
}

// certificate writes a self-signed certificate for mail.example.fr and
// returns the files and a pool that trusts it.
func certificate(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "mail.example.fr"},
		DNSNames: []string{"mail.example.fr"}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tpl, tpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

func TestTLSToARemoteServer(t *testing.T) {
	t.Parallel()
	certFile, keyFile, pool := certificate(t)
	cases := []struct{ url, flag string }{
		{"smtp://user:secret@mail.example.fr:587", "--smtp-require-starttls"},
		{"smtps://user:secret@mail.example.fr:465", "--smtp-require-tls"},
	}
	for _, c := range cases {
		srv := mailtest.Start(t, mailtest.Args("--smtp-tls-cert", certFile, "--smtp-tls-key", keyFile, c.flag))
		server, err := mail.ParseSMTPURL(c.url)
		if err != nil {
			t.Fatal(err)
		}
		d := &mail.Dialer{Server: server, Dial: as(srv), Timeout: 5 * time.Second, TLS: &tls.Config{RootCAs: pool}}
		if err := sendOne(d); err != nil {
			t.Errorf("%s: %v", c.url, err)
			continue
		}
		if got := srv.Messages(t); len(got) != 1 {
			t.Errorf("%s: received %d messages", c.url, len(got))
		}
		// A certificate the client does not trust is refused.
		d.TLS = nil
		if err := sendOne(d); err == nil {
			t.Errorf("%s: an untrusted certificate was accepted", c.url)
		}
	}
}
