// Package anon is a service's own IP anonymizer.
package anon

import "net/netip"

// IP masks an address to its /24 (IPv4) or /48 (IPv6).
func IP(s string) string {
	addr, err := netip.ParseAddrPort(s)
	var a netip.Addr
	if err == nil {
		a = addr.Addr()
	} else if a, err = netip.ParseAddr(s); err != nil {
		return ""
	}
	bits := 24
	if a.Is6() {
		bits = 48
	}
	p, _ := a.Prefix(bits)
	return p.Masked().Addr().String()
}
