package config

import (
	"net/netip"
	"strings"
	"testing"
)

func TestTrustedProxies(t *testing.T) {
	dir := t.TempDir()
	c, err := Load(env(map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_TRUSTED_PROXIES": " 10.0.0.0/8, 192.168.1.7 ,::1"}))
	if err != nil {
		t.Fatal(err)
	}
	want := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.168.1.7/32"), netip.MustParsePrefix("::1/128")}
	if len(c.TrustedProxies) != len(want) {
		t.Fatalf("proxies = %v", c.TrustedProxies)
	}
	for i := range want {
		if c.TrustedProxies[i] != want[i] {
			t.Fatalf("proxies = %v", c.TrustedProxies)
		}
	}
	if _, err := Load(env(map[string]string{"POSTPROD_DATA_DIR": dir, "POSTPROD_TRUSTED_PROXIES": "proxy.local"})); err == nil || !strings.Contains(err.Error(), "POSTPROD_TRUSTED_PROXIES") {
		t.Fatalf("a host name should be refused naming the setting: %v", err)
	}
}
