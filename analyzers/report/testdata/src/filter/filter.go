package filter

import "log"

func logs(clientIP string) {
	log.Print(clientIP) // want `logged`

	// policylint:ignore piilog written with a space, as //nolint may be
	log.Print(clientIP)

	//policylint:ignore piilog the usual form
	log.Print(clientIP)

	// policylint:ignore piilog nothing to suppress here // want `suppresses nothing`
	log.Print("no IP")
}
