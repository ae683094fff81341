package config

import (
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func TestLoadNamesTheBadSetting(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		vars map[string]string
		want string // part of the error, naming the setting; "" means valid
	}{
		{map[string]string{"POSTPROD_DATA_DIR": dir}, ""},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_ENV": "staging"}, "POSTPROD_ENV"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_ADDR": "8080"}, "POSTPROD_ADDR"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "DATABASE_URL": "mysql://x"}, "DATABASE_URL"},
		{map[string]string{"POSTPROD_ENV": "production", "POSTPROD_JWT_SECRET": strings.Repeat("s", 32)}, "DATABASE_URL"},
		{map[string]string{"POSTPROD_ENV": "production", "DATABASE_URL": "postgres://db/x"}, "POSTPROD_JWT_SECRET"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_JWT_SECRET": "short"}, "POSTPROD_JWT_SECRET"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_ALLOW_SIGNUP": "maybe"}, "POSTPROD_ALLOW_SIGNUP"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_ALLOWED_ORIGINS": "app.example.fr"}, "POSTPROD_ALLOWED_ORIGINS"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_BACKUP_DIR": dir, "POSTPROD_BACKUP_EVERY": "6h", "POSTPROD_BACKUP_KEEP": "3"}, ""},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_BACKUP_EVERY": "daily"}, "POSTPROD_BACKUP_EVERY"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_BACKUP_EVERY": "10s"}, "POSTPROD_BACKUP_EVERY"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_BACKUP_KEEP": "0"}, "POSTPROD_BACKUP_KEEP"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_EVENTS_RETENTION": "7d"}, ""},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_EVENTS_RETENTION": "36h"}, ""},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_EVENTS_RETENTION": "a month"}, "POSTPROD_EVENTS_RETENTION"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_EVENTS_RETENTION": "10m"}, "POSTPROD_EVENTS_RETENTION"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_EVENTS_RETENTION": "-3d"}, "POSTPROD_EVENTS_RETENTION"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_DB_POOL": "8"}, ""},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_DB_POOL": "0"}, "POSTPROD_DB_POOL"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_DB_POOL": "many"}, "POSTPROD_DB_POOL"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_METRICS_TOKEN": "short"}, "POSTPROD_METRICS_TOKEN"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_METRICS_TOKEN": strings.Repeat("m", 16)}, ""},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_SMTP_URL": "smtp://user:p%40ss@mail.example.fr:587"}, ""},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_SMTP_URL": "smtps://mail.example.fr"}, ""},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_SMTP_URL": "mail.example.fr:587"}, "POSTPROD_SMTP_URL"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_SMTP_URL": "https://mail.example.fr"}, "POSTPROD_SMTP_URL"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_SMTP_URL": "smtp://mail.example.fr:587/?tls=no"}, "POSTPROD_SMTP_URL"},
		{map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_MAIL_FROM": "not an address"}, "POSTPROD_MAIL_FROM"},
	}
	for _, c := range cases {
		_, err := Load(env(c.vars))
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%v: %v", c.vars, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%v: want an error naming %s, got %v", c.vars, c.want, err)
		}
	}
}

func TestDevelopmentSecretIsKept(t *testing.T) {
	dir := t.TempDir()
	a, err := Load(env(map[string]string{"POSTPROD_DATA_DIR": dir}))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Load(env(map[string]string{"POSTPROD_DATA_DIR": dir}))
	if err != nil {
		t.Fatal(err)
	}
	if string(a.JWTSecret) != string(b.JWTSecret) || len(a.JWTSecret) < 32 {
		t.Fatal("the development secret must be generated once and reused")
	}
	if a.BackupDir != "" || a.BackupEvery != 24*time.Hour || a.BackupKeep != 14 {
		t.Fatalf("backup defaults: %q every %v keep %d", a.BackupDir, a.BackupEvery, a.BackupKeep)
	}
	if a.AllowSignUp != true || a.Production() || a.EventsRetention != 30*24*time.Hour {
		t.Fatal("development defaults")
	}
	p, err := Load(env(map[string]string{"POSTPROD_ENV": "production", "DATABASE_URL": "postgres://db/x", "POSTPROD_JWT_SECRET": strings.Repeat("s", 40)}))
	if err != nil || p.AllowSignUp || p.Introspection {
		t.Fatalf("production defaults: %+v %v", p, err)
	}
}
