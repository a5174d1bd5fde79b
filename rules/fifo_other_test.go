//go:build !unix

package rules

import "errors"

func mkfifo(string) error { return errors.New("FIFOs are a Unix thing") }
