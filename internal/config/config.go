// Package config reads the server's settings from the environment; a
// missing or malformed setting stops start-up with a message naming it.
package config

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/postprod/postprod/internal/platform/mail"
)

type Config struct {
	DatabaseURL    string // empty: a private cluster under DataDir/pg
	Addr           string
	Env            string // development | production
	JWTSecret      []byte
	AllowedOrigins []string
	AllowSignUp    bool
	DataDir        string
	Introspection  bool
	// MetricsToken, when set, is the bearer token /metrics requires. In
	// production /metrics is not served without one.
	MetricsToken string
	// PublicURL is how users reach the server, for links it hands out
	// (calendar feeds); defaults to http://POSTPROD_ADDR.
	PublicURL string
	// SMTPURL is where mail goes (smtp://user:pass@host:587 with
	// STARTTLS, smtps://… for implicit TLS). Empty in development: serve
	// starts a local mail catcher (Mailpit).
	SMTPURL string
	// MailFrom is the sender of every email, "Name <address>".
	MailFrom string
	// BackupDir, when set, makes serve write a backup there every
	// BackupEvery and keep the newest BackupKeep.
	BackupDir   string
	BackupEvery time.Duration
	BackupKeep  int
	// TrustedProxies may name the client in X-Forwarded-For (login limits).
	TrustedProxies []netip.Prefix
	// EventsRetention is how long the outbox keeps live events, for
	// subscribers resuming with `after`; older ones are pruned.
	EventsRetention time.Duration
	// DBPool is how many PostgreSQL sessions the server keeps open (and
	// idle); 0 is db.DefaultPool.
	DBPool int
}

func (c *Config) Production() bool { return c.Env == "production" }

// Load reads the environment (getenv is os.Getenv outside tests).
func Load(getenv func(string) string) (*Config, error) {
	c := &Config{
		DatabaseURL: strings.TrimSpace(getenv("DATABASE_URL")),
		Addr:        orDefault(getenv("POSTPROD_ADDR"), "127.0.0.1:8080"),
		Env:         orDefault(getenv("POSTPROD_ENV"), "development"),
		DataDir:     orDefault(getenv("POSTPROD_DATA_DIR"), ".data"),
	}
	if c.Env != "development" && c.Env != "production" {
		return nil, fmt.Errorf("POSTPROD_ENV must be development or production, not %q", c.Env)
	}
	if _, _, err := net.SplitHostPort(c.Addr); err != nil {
		return nil, fmt.Errorf("POSTPROD_ADDR must be host:port (e.g. 127.0.0.1:8080): %v", err)
	}
	if c.DatabaseURL != "" {
		u, err := url.Parse(c.DatabaseURL)
		if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			return nil, errors.New("DATABASE_URL must be a postgres:// URL")
		}
	} else if c.Production() {
		return nil, errors.New("DATABASE_URL is required in production")
	}
	c.SMTPURL = strings.TrimSpace(getenv("POSTPROD_SMTP_URL"))
	if c.SMTPURL != "" {
		if _, err := mail.ParseSMTPURL(c.SMTPURL); err != nil {
			return nil, err
		}
	}
	c.MailFrom = orDefault(strings.TrimSpace(getenv("POSTPROD_MAIL_FROM")), "postprod <postprod@localhost>")
	if _, err := mail.ParseAddress(c.MailFrom); err != nil {
		return nil, err
	}
	c.PublicURL = strings.TrimSuffix(orDefault(getenv("POSTPROD_PUBLIC_URL"), "http://"+c.Addr), "/")
	if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("POSTPROD_PUBLIC_URL must be an http(s) URL, not %q", c.PublicURL)
	}
	var err error
	if err = c.loadBackups(getenv); err != nil {
		return nil, err
	}
	if c.AllowSignUp, err = parseBool(getenv, "POSTPROD_ALLOW_SIGNUP", !c.Production()); err != nil {
		return nil, err
	}
	if c.Introspection, err = parseBool(getenv, "POSTPROD_INTROSPECTION", !c.Production()); err != nil {
		return nil, err
	}
	if c.EventsRetention, err = parseDays(getenv, "POSTPROD_EVENTS_RETENTION", 30*24*time.Hour); err != nil {
		return nil, err
	}
	if v := strings.TrimSpace(getenv("POSTPROD_DB_POOL")); v != "" {
		if c.DBPool, err = strconv.Atoi(v); err != nil || c.DBPool < 1 || c.DBPool > 1000 {
			return nil, fmt.Errorf("POSTPROD_DB_POOL must be a number of sessions between 1 and 1000, not %q", v)
		}
	}
	if c.MetricsToken = strings.TrimSpace(getenv("POSTPROD_METRICS_TOKEN")); c.MetricsToken != "" && len(c.MetricsToken) < 16 {
		return nil, errors.New("POSTPROD_METRICS_TOKEN must be at least 16 characters")
	}
	for _, o := range strings.Split(getenv("POSTPROD_ALLOWED_ORIGINS"), ",") {
		o = strings.TrimSpace(o)
		if o == "" {
			continue
		}
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") {
			return nil, fmt.Errorf("POSTPROD_ALLOWED_ORIGINS: %q is not an origin like https://app.example.fr", o)
		}
		c.AllowedOrigins = append(c.AllowedOrigins, strings.TrimSuffix(o, "/"))
	}
	if c.TrustedProxies, err = parseTrustedProxies(getenv("POSTPROD_TRUSTED_PROXIES")); err != nil {
		return nil, err
	}
	switch secret := getenv("POSTPROD_JWT_SECRET"); {
	case secret != "":
		if len(secret) < 32 {
			return nil, errors.New("POSTPROD_JWT_SECRET must be at least 32 characters")
		}
		c.JWTSecret = []byte(secret)
	case c.Production():
		return nil, errors.New("POSTPROD_JWT_SECRET is required in production (at least 32 random characters)")
	default:
		if c.JWTSecret, err = devSecret(c.DataDir); err != nil {
			return nil, fmt.Errorf("POSTPROD_JWT_SECRET: generating the development secret: %w", err)
		}
	}
	return c, nil
}

func (c *Config) loadBackups(getenv func(string) string) error {
	c.BackupDir = strings.TrimSpace(getenv("POSTPROD_BACKUP_DIR"))
	every := orDefault(getenv("POSTPROD_BACKUP_EVERY"), "24h")
	d, err := time.ParseDuration(every)
	if err != nil || d < time.Minute {
		return fmt.Errorf("POSTPROD_BACKUP_EVERY must be a duration of at least 1m, such as 24h or 6h, not %q", every)
	}
	c.BackupEvery = d
	keep := orDefault(getenv("POSTPROD_BACKUP_KEEP"), "14")
	if c.BackupKeep, err = strconv.Atoi(keep); err != nil || c.BackupKeep < 1 {
		return fmt.Errorf("POSTPROD_BACKUP_KEEP must be a whole number of backups, at least 1, not %q", keep)
	}
	return nil
}

func orDefault(v, d string) string {
	if strings.TrimSpace(v) == "" {
		return d
	}
	return strings.TrimSpace(v)
}

func parseBool(getenv func(string) string, name string, def bool) (bool, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, fmt.Errorf("%s must be true or false, not %q", name, v)
	}
	return b, nil
}

// parseDays reads a duration given in days ("30d", "7") or as Go writes
// durations ("36h"); at least one hour.
func parseDays(getenv func(string) string, name string, def time.Duration) (time.Duration, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		n, nerr := strconv.Atoi(strings.TrimSuffix(v, "d"))
		d, err = time.Duration(n)*24*time.Hour, nerr
	}
	if err != nil || d < time.Hour {
		return 0, fmt.Errorf("%s must be a number of days (30d) or a duration of at least 1h (36h), not %q", name, v)
	}
	return d, nil
}

// devSecret is generated once and kept under the data directory, so
// sessions survive a restart of `make run`.
func devSecret(dir string) ([]byte, error) {
	p := filepath.Join(dir, "jwt-secret")
	if b, err := os.ReadFile(p); err == nil && len(b) >= 32 {
		return b, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, err
	}
	s := []byte(hex.EncodeToString(raw))
	return s, os.WriteFile(p, s, 0o600)
}
