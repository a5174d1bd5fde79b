package precision

import (
	"bufio"
	"log"
	"net"
)

// A line-protocol server: each connection gets a session built from a
// composite literal, served on its own goroutine. The message names the
// expression the address was read from, not go/ssa's name for the
// literal ("complit").

type session struct {
	conn   net.Conn
	br     *bufio.Reader
	remote string
	greet  string
}

func newSession(conn net.Conn) (s *session) {
	s = &session{conn: conn, br: bufio.NewReader(conn)}
	s.remote = s.conn.RemoteAddr().String()
	s.greet = "220 ready"
	return s
}

func (s *session) serve() {
	defer s.conn.Close()
	log.Printf("session from %s", s.remote) // reported where serve is called: the caller hands over the session
	log.Printf("greeting %q", s.greet)
	for {
		line, err := s.br.ReadString('\n')
		if err != nil {
			log.Printf("session closed: %d bytes pending", s.br.Buffered())
			return
		}
		_, _ = s.conn.Write([]byte("250 " + line))
	}
}

func acceptSessions(l net.Listener) {
	for {
		conn, err := l.Accept()
		if err != nil {
			return
		}
		go newSession(conn).serve() // want `user.device.ip_address from s.conn.RemoteAddr\(\) reaches precision.session.serve`
	}
}
