package auth

import (
	"context"
	"net/netip"
)

type clientKey struct{}

// WithClientAddr records the address the request came from (the
// connection's peer, or the client named by a trusted proxy), for the
// login limits.
func WithClientAddr(ctx context.Context, addr netip.Addr) context.Context {
	return context.WithValue(ctx, clientKey{}, addr)
}

// ClientAddr is the request's client address; the zero Addr when unknown
// (a caller outside HTTP, such as a test or the CLI).
func ClientAddr(ctx context.Context) netip.Addr {
	a, _ := ctx.Value(clientKey{}).(netip.Addr)
	return a
}
