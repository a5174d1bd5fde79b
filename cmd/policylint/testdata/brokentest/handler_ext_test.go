package handler_test

import (
	"testing"

	"example.com/brokentest"
)

func TestExternal(t *testing.T) {
	var _ = handler.Hello
}
