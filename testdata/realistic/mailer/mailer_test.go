package mailer

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestRenderPlainText(t *testing.T) {
	data, err := render("Inkwell <noreply@inkwell.example>", &Message{To: []string{"a@example.org"}, Subject: "Hi", Text: "Hello"})
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, want := range []string{"From: Inkwell <noreply@inkwell.example>\r\n", "To: a@example.org\r\n", "\r\n\r\nHello"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in\n%s", want, s)
		}
	}
}

func TestLogMailerPrints(t *testing.T) {
	var buf bytes.Buffer
	if err := SendPasswordReset(context.Background(), Log{W: &buf}, "noreply@inkwell.example", "a@example.org", "https://x/reset#t"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "mail to a@example.org") {
		t.Errorf("printed %q", buf.String())
	}
}

func TestParseAddress(t *testing.T) {
	if a, err := parseAddress("Inkwell <noreply@inkwell.example>"); err != nil || a != "noreply@inkwell.example" {
		t.Errorf("got %q, %v", a, err)
	}
	if _, err := parseAddress("nobody"); err == nil {
		t.Error("accepted an address without @")
	}
}
