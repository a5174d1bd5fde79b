// Command svc is a fixture: a TCP service that logs who connects to it.
package main

import (
	"log"
	"net"

	"example.com/svc/internal/handler"
)

func serve(c net.Conn) {
	log.Printf("connection from %s", c.RemoteAddr())
	handler.Handle(c)
	c.Close()
}

func main() {
	ln, err := net.Listen("tcp", "localhost:8080")
	if err != nil {
		log.Fatal(err)
	}
	for {
		c, err := ln.Accept()
		if err != nil {
			log.Fatal(err)
		}
		go serve(c)
	}
}
