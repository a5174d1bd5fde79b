package anon

import (
	"net/netip"
	"testing"
)

func TestIP(t *testing.T) {
	tests := []struct{ in, want string }{
		{"203.0.113.77", "203.0.113.0/24"},
		{"203.0.113.77:51234", "203.0.113.0/24"},
		{"[2001:db8:1234:5678::1]:443", "2001:db8:1234::/48"},
		{"2001:db8:1234:5678::1", "2001:db8:1234::/48"},
		{"::ffff:198.51.100.9", "198.51.100.0/24"},
		{"not an address", "invalid"},
		{"", "invalid"},
	}
	for _, tt := range tests {
		if got := IP(tt.in); got != tt.want {
			t.Errorf("IP(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAddrKeepsNoHostBits(t *testing.T) {
	a := netip.MustParseAddr("192.0.2.200")
	p := Addr(a)
	if p.Contains(a) != true || p.Bits() != 24 || p.Addr() == a {
		t.Fatalf("Addr(%s) = %s", a, p)
	}
}
