// Package anon reduces client addresses to the network they come from, so
// that logs and analytics can count traffic by network without keeping the
// address of any one shopper.
package anon

import (
	"net/netip"
	"strings"
)

// Prefix lengths kept for each address family: a /24 is shared by up to 256
// IPv4 hosts, a /48 is the usual allocation to one IPv6 site.
const (
	v4Bits = 24
	v6Bits = 48
)

// IP returns the network of the address in s, in CIDR notation: its /24 for
// IPv4 and its /48 for IPv6. s may carry a port ("203.0.113.7:51234") or
// brackets ("[2001:db8::1]:443"). It returns "" when s holds no address, so
// the input never leaks through unchanged.
func IP(s string) string {
	addr, ok := parse(s)
	if !ok {
		return ""
	}
	addr = addr.Unmap()
	bits := v4Bits
	if addr.Is6() {
		bits = v6Bits
	}
	p, err := addr.Prefix(bits)
	if err != nil {
		return ""
	}
	return p.Masked().String()
}

func parse(s string) (netip.Addr, bool) {
	s = strings.TrimSpace(s)
	if ap, err := netip.ParseAddrPort(s); err == nil {
		return ap.Addr(), true
	}
	addr, err := netip.ParseAddr(strings.Trim(s, "[]"))
	return addr, err == nil
}
