package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/smtp"
	"net/textproto"
	"net/url"
	"strings"
	"time"
)

// Security is how the connection to the SMTP server is protected.
type Security int

const (
	// StartTLS upgrades a plain connection (smtp://) when the server offers
	// it; a server that does not may only be a loopback one.
	StartTLS Security = iota
	// ImplicitTLS speaks TLS from the first byte (smtps://).
	ImplicitTLS
)

// SMTPServer is a parsed POSTPROD_SMTP_URL.
type SMTPServer struct {
	Security Security
	Host     string // without the port
	Port     string
	Username string // empty: no AUTH
	Password string
}

// ParseSMTPURL reads POSTPROD_SMTP_URL: smtp://[user:pass@]host[:port]
// (STARTTLS, port 587 by default) or smtps://[user:pass@]host[:port]
// (implicit TLS, port 465). The user and password are URL-decoded.
func ParseSMTPURL(raw string) (*SMTPServer, error) {
	bad := func(why string) error {
		return fmt.Errorf("POSTPROD_SMTP_URL must look like smtp://user:password@mail.example.fr:587 (STARTTLS) or smtps://user:password@mail.example.fr:465 (TLS): %s", why)
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		// url's error repeats the URL, password included: say less.
		return nil, bad("it is not a URL")
	}
	s := &SMTPServer{}
	switch u.Scheme {
	case "smtp":
		s.Security, s.Port = StartTLS, "587"
	case "smtps":
		s.Security, s.Port = ImplicitTLS, "465"
	default:
		return nil, bad(fmt.Sprintf("the scheme is %q", u.Scheme))
	}
	if u.Opaque != "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" {
		return nil, bad("nothing may follow host:port")
	}
	s.Host = u.Hostname()
	if s.Host == "" {
		return nil, bad("the host is missing")
	}
	if p := u.Port(); p != "" {
		s.Port = p
	} else if strings.HasSuffix(u.Host, ":") {
		return nil, bad("the port is empty")
	}
	if u.User != nil {
		s.Username = u.User.Username()
		s.Password, _ = u.User.Password()
		if s.Username == "" {
			return nil, bad("a password without a user")
		}
	}
	return s, nil
}

// Addr is host:port.
func (s *SMTPServer) Addr() string { return net.JoinHostPort(s.Host, s.Port) }

// String is the URL without the password, for logs.
func (s *SMTPServer) String() string {
	scheme := "smtp"
	if s.Security == ImplicitTLS {
		scheme = "smtps"
	}
	user := ""
	if s.Username != "" {
		user = url.User(s.Username).String() + ":***@"
	}
	return scheme + "://" + user + s.Addr()
}

// loopback: a server on this machine may be spoken to in clear (a
// development mail catcher); names other than localhost are not resolved,
// so a DNS answer cannot make a remote host look local.
func (s *SMTPServer) loopback() bool {
	if s.Host == "localhost" {
		return true
	}
	ip := net.ParseIP(s.Host)
	return ip != nil && ip.IsLoopback()
}

// Dialer opens SMTP sessions to one server.
type Dialer struct {
	Server *SMTPServer
	// Timeout bounds the connection and each exchange (30 s by default).
	Timeout time.Duration
	// TLS, when set, replaces the default configuration (tests: a private CA).
	TLS *tls.Config
	// Dial, when set, replaces net.Dialer (tests: reach a local server
	// under a remote name).
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// HelloName is the name given in EHLO ("localhost" by default).
	HelloName string
}

// ErrCleartext: the server is remote and does not offer STARTTLS, and
// credentials and mail are not sent in clear over a network.
var ErrCleartext = errors.New("mail: the SMTP server does not offer STARTTLS; credentials and mail are not sent in clear to a host other than this machine (use smtps:// or a server with STARTTLS)")

// Rejected is a permanent refusal (5xx) of a message or its recipient:
// sending it again would fail again.
type Rejected struct {
	Stage string // MAIL, RCPT or DATA
	Code  int
	Msg   string
}

func (e *Rejected) Error() string { return fmt.Sprintf("%s refused: %d %s", e.Stage, e.Code, e.Msg) }

// Session is one open SMTP connection; messages are sent one after the
// other over it.
type Session struct {
	conn    net.Conn
	c       *smtp.Client
	timeout time.Duration
}

func (d *Dialer) timeout() time.Duration {
	if d.Timeout > 0 {
		return d.Timeout
	}
	return 30 * time.Second
}

func (d *Dialer) tlsConfig() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if d.TLS != nil {
		cfg = d.TLS.Clone()
	}
	if cfg.ServerName == "" {
		cfg.ServerName = d.Server.Host
	}
	return cfg
}

// Open connects, secures the connection (TLS, STARTTLS, or refuses) and
// authenticates.
func (d *Dialer) Open(ctx context.Context) (*Session, error) {
	dctx, cancel := context.WithTimeout(ctx, d.timeout())
	defer cancel()
	dial := d.Dial
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	conn, err := dial(dctx, "tcp", d.Server.Addr())
	if err != nil {
		return nil, err
	}
	s := &Session{conn: conn, timeout: d.timeout()}
	// The context's end (shutdown) interrupts whatever is under way.
	stop := context.AfterFunc(ctx, func() { _ = conn.SetDeadline(time.Now()) })
	defer stop()
	s.extend()
	if d.Server.Security == ImplicitTLS {
		tc := tls.Client(conn, d.tlsConfig())
		if err := tc.HandshakeContext(dctx); err != nil {
			conn.Close()
			return nil, err
		}
		s.conn = tc
	}
	if s.c, err = smtp.NewClient(s.conn, d.Server.Host); err != nil {
		s.conn.Close()
		return nil, err
	}
	if err := s.start(d); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Session) start(d *Dialer) error {
	hello := d.HelloName
	if hello == "" {
		hello = "localhost"
	}
	if err := s.c.Hello(hello); err != nil {
		return err
	}
	secure := d.Server.Security == ImplicitTLS
	if !secure {
		if ok, _ := s.c.Extension("STARTTLS"); ok {
			if err := s.c.StartTLS(d.tlsConfig()); err != nil {
				return err
			}
			secure = true
		} else if !d.Server.loopback() {
			return ErrCleartext
		}
	}
	if d.Server.Username == "" {
		return nil
	}
	return s.c.Auth(&plainAuth{user: d.Server.Username, pass: d.Server.Password, secure: secure || d.Server.loopback()})
}

// extend gives the next exchange its own deadline.
func (s *Session) extend() { _ = s.conn.SetDeadline(time.Now().Add(s.timeout)) }

// Send delivers one message. A 5xx answer to MAIL, RCPT or DATA is a
// *Rejected; the session stays usable after it.
func (s *Session) Send(ctx context.Context, from, to string, data []byte) error {
	stop := context.AfterFunc(ctx, func() { _ = s.conn.SetDeadline(time.Now()) })
	defer stop()
	s.extend()
	if err := s.c.Reset(); err != nil {
		return err
	}
	if err := s.c.Mail(from); err != nil {
		return rejected("MAIL", err)
	}
	s.extend()
	if err := s.c.Rcpt(to); err != nil {
		return rejected("RCPT", err)
	}
	s.extend()
	w, err := s.c.Data()
	if err != nil {
		return rejected("DATA", err)
	}
	// Two minutes more for the body itself: attachments can be large.
	_ = s.conn.SetDeadline(time.Now().Add(s.timeout + 2*time.Minute))
	if _, err := w.Write(data); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return rejected("DATA", err)
	}
	return nil
}

func rejected(stage string, err error) error {
	var te *textproto.Error
	if errors.As(err, &te) && te.Code >= 500 && te.Code < 600 {
		return &Rejected{Stage: stage, Code: te.Code, Msg: te.Msg}
	}
	return err
}

// Close says QUIT (briefly) and closes the connection.
func (s *Session) Close() {
	_ = s.conn.SetDeadline(time.Now().Add(2 * time.Second))
	_ = s.c.Quit()
	_ = s.conn.Close()
}

// plainAuth is AUTH PLAIN (RFC 4616), only over TLS or to this machine.
// net/smtp's own checks the name "localhost" but not 127.0.0.1 by port.
type plainAuth struct {
	user, pass string
	secure     bool
}

func (a *plainAuth) Start(server *smtp.ServerInfo) (string, []byte, error) {
	if !a.secure {
		return "", nil, ErrCleartext
	}
	return "PLAIN", []byte("\x00" + a.user + "\x00" + a.pass), nil
}

func (a *plainAuth) Next(_ []byte, more bool) ([]byte, error) {
	if more {
		return nil, errors.New("mail: unexpected challenge during AUTH PLAIN")
	}
	return nil, nil
}
