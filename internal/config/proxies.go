package config

import (
	"fmt"
	"net/netip"
	"strings"
)

// parseTrustedProxies reads POSTPROD_TRUSTED_PROXIES: comma-separated
// addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For
// names the client. Empty: no proxy is trusted, and the client is the
// connection's peer.
func parseTrustedProxies(v string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, s := range strings.Split(v, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if p, err := netip.ParsePrefix(s); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("POSTPROD_TRUSTED_PROXIES: %q is neither an address nor a CIDR range like 10.0.0.0/8", s)
		}
		out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return out, nil
}
