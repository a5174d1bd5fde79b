// Package log is a signature stub of github.com/labstack/gommon@v0.5.0.
package log

type Lvl uint8

type JSON map[string]interface{}

const (
	DEBUG Lvl = 1
	INFO  Lvl = 2
	WARN  Lvl = 3
	ERROR Lvl = 4
	OFF   Lvl = 5
)
