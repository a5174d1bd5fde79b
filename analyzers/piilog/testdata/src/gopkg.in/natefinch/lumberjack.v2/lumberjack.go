// Package lumberjack is a signature stub of gopkg.in/natefinch/lumberjack.v2@v2.2.1.
package lumberjack

type Logger struct {
	Filename   string `json:"filename" yaml:"filename"`
	MaxSize    int    `json:"maxsize" yaml:"maxsize"`
	MaxAge     int    `json:"maxage" yaml:"maxage"`
	MaxBackups int    `json:"maxbackups" yaml:"maxbackups"`
	LocalTime  bool   `json:"localtime" yaml:"localtime"`
	Compress   bool   `json:"compress" yaml:"compress"`
}

func (l *Logger) Write(p []byte) (n int, err error) { return 0, nil }

func (l *Logger) Close() error { return nil }

func (l *Logger) Rotate() error { return nil }
