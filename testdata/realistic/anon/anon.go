// Package anon turns visitor addresses into something Inkwell may keep:
// the network a visitor came from, never the visitor.
//
// Inkwell's privacy policy promises that IP addresses are not used to
// identify visitors. Everything that logs, counts or exports an address
// goes through this package first.
package anon

import (
	"net"
	"net/netip"
	"strings"
)

// Bits kept of an address: a /24 for IPv4 and a /48 for IPv6, the
// granularity of a small ISP's customer pool.
const (
	v4Bits = 24
	v6Bits = 48
)

// Addr masks an address to its network.
func Addr(a netip.Addr) netip.Prefix {
	a = a.Unmap()
	bits := v6Bits
	if a.Is4() {
		bits = v4Bits
	}
	p, err := a.Prefix(bits)
	if err != nil {
		return netip.Prefix{}
	}
	return p
}

// IP masks an address given as text, with or without a port (the form of
// http.Request.RemoteAddr), and returns the network in CIDR notation. Text
// that is not an address comes back as "invalid", never as itself.
func IP(s string) string {
	if host, _, err := net.SplitHostPort(s); err == nil {
		s = host
	}
	s = strings.Trim(s, "[]")
	a, err := netip.ParseAddr(s)
	if err != nil {
		return "invalid"
	}
	p := Addr(a)
	if !p.IsValid() {
		return "invalid"
	}
	return p.String()
}
