package mailer

import (
	"context"
	"fmt"
)

// The account mail below goes to a person because of something they just
// did (asked for a reset, signed up, subscribed). It is sent whatever their
// newsletter settings are.

// SendPasswordReset mails a password-reset link.
func SendPasswordReset(ctx context.Context, m Mailer, from, to, link string) error {
	return m.Send(ctx, &Message{
		From:    from,
		To:      []string{to},
		Subject: "Reset your Inkwell password",
		Text: fmt.Sprintf("Someone asked to reset the password of your Inkwell account.\n\n"+
			"To choose a new one, open %s within the next hour.\n\nIf it was not you, ignore this message.", link),
	})
}

// SendVerification mails the link that verifies a new account's address.
func SendVerification(ctx context.Context, m Mailer, from, to, link string) error {
	return m.Send(ctx, &Message{
		From:    from,
		To:      []string{to},
		Subject: "Verify your e-mail address",
		Text:    fmt.Sprintf("Welcome to Inkwell! Please verify your address by opening %s", link),
	})
}

// SendSubscriptionConfirmation mails the double opt-in link of a
// newsletter subscription; nothing else is sent before it is opened.
func SendSubscriptionConfirmation(ctx context.Context, m Mailer, from, to, blogTitle, link string) error {
	return m.Send(ctx, &Message{
		From:    from,
		To:      []string{to},
		Subject: "Confirm your subscription to " + blogTitle,
		Text:    fmt.Sprintf("Open %s to start receiving %s by e-mail. If you did not subscribe, ignore this message.", link, blogTitle),
	})
}

// SendAccountNotice mails a notice about the account itself: suspension,
// deletion, a change of plan. The manifest lists it as transactional.
func SendAccountNotice(ctx context.Context, m Mailer, from, to, subject, body string) error {
	return m.Send(ctx, &Message{From: from, To: []string{to}, Subject: subject, Text: body})
}
