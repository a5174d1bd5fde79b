// Package option is a stub of google.golang.org/api/option with the real
// signatures of the calls the fixtures use.
package option

type ClientOption interface{ Apply() }

type withEndpoint string

func (w withEndpoint) Apply() {}

func WithEndpoint(url string) ClientOption { return withEndpoint(url) }

type withCredentialsFile string

func (w withCredentialsFile) Apply() {}

func WithCredentialsFile(filename string) ClientOption { return withCredentialsFile(filename) }
