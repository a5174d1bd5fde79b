// Package handler is a fixture: a package in a subdirectory of the module.
package handler

import (
	"log"
	"net"
)

// Handle logs a connection.
func Handle(c net.Conn) {
	log.Println("handling", c.RemoteAddr())
}

// Count logs how many connections there were, and nothing about whose.
func Count(n int) {
	log.Println("connections:", n)
}
