// Package visits logs a visitor's address, once in the clear and once
// masked, for the plugin's adapted analyzers.
package visits

import (
	"log"
	"net"
	"net/http"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	addr := r.RemoteAddr
	log.Printf("visit from %s", addr) // want `^user\.device\.ip_address from .* reaches log\.Printf without anonymization \(piilog: "We do not use IP addresses to identify visitors\."\)$`
}

func HandleMasked(ip net.IP) {
	log.Printf("visit from %s", ip.Mask(net.CIDRMask(24, 32)))
}
