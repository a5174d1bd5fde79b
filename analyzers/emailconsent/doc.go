// Package emailconsent defines an Analyzer that reports e-mail sent
// without a consent check.
//
// It reads the SSA form of the package and the policy from the taint
// engine, decides for every call that sends e-mail whether a consent check
// guards it, and exports a summary fact per function so that sending
// wrappers, consent helpers and pre-filtered recipient queries are
// understood across packages.
//
// # Analyzer emailconsent
//
// emailconsent: report marketing e-mail sent without a consent check
//
// The emailconsent rule enforces policy sentences such as "You can turn our
// e-mails off at any time": a send is a finding when some path from an
// entry point reaches it with no consent check on the way, unless the mail
// is transactional. A check in the sending function or in a caller counts.
//
// Within a function, a check guards a send when every path from the
// function's entry to it passes the check and the check said yes:
// `if u.Unsubscribed { return }`
// guards the code after it, `if prefs.AllowsEmail(u) { ... }` guards its
// body, `if !ok { continue }` guards the rest of a subscriber loop, and
// &&, || and switch combine checks. A check whose result is ignored, a
// check after the send, or a test of an unrelated flag guards nothing.
// The decision is made on the control-flow graph, not on the text.
//
// Consent checks are the manifest's consent functions, methods and boolean
// fields, functions that return such an answer (func canMail(u *User)
// bool), and names that read as one: opted in or out, subscribed or
// unsubscribed, consent, e-mail or notification preferences. Comparisons
// count too: u.UnsubscribedAt != nil, u.Status == "unsubscribed".
//
// A function that sends to its parameter without a check is a sending
// wrapper: the finding goes to the caller that passes a recipient without
// checking, with the chain down to the real send. Entry points (main,
// functions used as values such as job handlers, exported functions that
// no analysed code calls) have no such caller: a wrapper that is one is
// reported at its send. A helper that finds its recipients itself and
// that some callers call only after a check leaves the check to its
// callers: its unguarded calls are the findings. Calls through an
// interface run the implementations the package can see; a worker that
// reads recipients from a channel is judged by the paths that fed it.
// Under go vet and golangci-lint, which see one package at a time, an
// exported wrapper that nothing in its package calls is not reported;
// the policylint command, which sees them all, reports it when no
// analysed package calls it.
//
// Recipients returned by a consented function (a query that already leaves out opted-out people),
// and constant addresses (the service's own mailboxes), need no check.
// Transactional mail is never a finding: the manifest's transactional
// functions, and functions, methods or receiver types named for a password
// reset, a verification or confirmation, a receipt or invoice, a security
// alert, or a login or magic link.
//
// Example:
//
//	for _, u := range users {
//		smtp.SendMail(addr, auth, from, []string{u.Email}, msg) // finding: e-mail to `u.Email`
//	}
//	for _, u := range users {
//		if u.Unsubscribed {
//			continue
//		}
//		smtp.SendMail(addr, auth, from, []string{u.Email}, msg) // fine
//	}
//
// Senders: net/smtp (SendMail, Client.Rcpt), gomail, go-mail/mail,
// wneessen/go-mail, jordan-wright/email, SendGrid, Mailgun, AWS SES (SDK
// v1 and v2) and Postmark.
//
// Manifest keys ([rules.emailconsent]):
//
//	enabled       = true       # default true
//	severity      = "error"    # error | warning | info
//	clause        = "You can turn our e-mails off at any time."
//	consent       = ["(*example.com/acme/user.Prefs).AllowsEmail", "example.com/acme/user.User.Unsubscribed"]
//	consented     = ["(*example.com/acme/store.Store).NewsletterRecipients"]
//	transactional = ["example.com/acme/auth.SendPasswordReset"]
//	senders       = ["(*example.com/acme/mail.Client).Send"]
//	builtins      = true       # false: only the manifest's lists
//
// All lists default to empty. A consent entry whose name says the person
// opted out (Unsubscribed, OptedOut, DoNotEmail) stops mail when true; any
// other allows mail when true.
//
// To suppress one finding, write on its line or the line above:
//
//	//policylint:ignore emailconsent reason why this is acceptable
//
// or add an [[exceptions]] entry with rule = "emailconsent" to the manifest.
package emailconsent
