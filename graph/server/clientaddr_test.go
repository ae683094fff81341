package server

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestClientAddr(t *testing.T) {
	trusted := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8")}
	for _, c := range []struct {
		peer, xff, want string
	}{
		{"203.0.113.5:4000", "", "203.0.113.5"},
		{"203.0.113.5:4000", "198.51.100.1", "203.0.113.5"},                  // not a proxy: its header is ignored
		{"10.0.0.2:4000", "198.51.100.1", "198.51.100.1"},                    // the proxy names the client
		{"10.0.0.2:4000", "6.6.6.6, 198.51.100.1, 10.0.0.9", "198.51.100.1"}, // the client's own prefix is not believed
		{"10.0.0.2:4000", "10.0.0.7", "10.0.0.7"},                            // only proxies: the farthest one
		{"10.0.0.2:4000", "garbage", "10.0.0.2"},
		{"[fd00::1]:4000", "2001:db8::5", "2001:db8::5"},
		{"[::ffff:203.0.113.5]:4000", "", "203.0.113.5"},
	} {
		r := httptest.NewRequest("POST", "/graphql", nil)
		r.RemoteAddr = c.peer
		if c.xff != "" {
			r.Header.Set("X-Forwarded-For", c.xff)
		}
		if got := clientAddr(r, trusted); got.String() != c.want {
			t.Errorf("peer %s, X-Forwarded-For %q: %s, want %s", c.peer, c.xff, got, c.want)
		}
	}
}
