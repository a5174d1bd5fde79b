package main

import (
	"errors"
	"slices"
	"testing"
)

func TestParseFlagsAcceptsFlagsAfterPackages(t *testing.T) {
	o, err := parseFlags([]string{"./a/...", "-format", "json", "./b", "-rules", "piilog, piiegress", "-test=false", "--", "./-c"})
	if err != nil {
		t.Fatal(err)
	}
	if o.format != "json" || o.tests == nil || *o.tests || !slices.Equal(o.rules, []string{"piilog", "piiegress"}) {
		t.Errorf("flags not parsed: %+v", o)
	}
	if want := []string{"./a/...", "./b", "./-c"}; !slices.Equal(o.patterns, want) {
		t.Errorf("patterns: want %q, got %q", want, o.patterns)
	}
}

func TestParseFlagsDefaults(t *testing.T) {
	o, err := parseFlags(nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.format != "text" || o.tests != nil || o.fix || o.verbose || o.policy != "" || o.output != "" || len(o.rules) != 0 || !slices.Equal(o.patterns, []string{"./..."}) {
		t.Errorf("unexpected defaults: %+v", o)
	}
}

// TestParseFlagsRejectsAPatternThatLooksLikeAFlag: after "--", "-format"
// is a package pattern, which go vet would take for a flag of its own (and
// print its usage, with the binary's path). No import path starts with "-".
func TestParseFlagsRejectsAPatternThatLooksLikeAFlag(t *testing.T) {
	_, err := parseFlags([]string{"--", "-format"})
	if err == nil || err.Error() != `invalid package pattern "-format": no import path starts with "-" (put flags before "--")` {
		t.Errorf("want an error about the pattern, got %v", err)
	}
}

func TestParseFlagsHelp(t *testing.T) {
	for _, arg := range []string{"-h", "-help", "--help"} {
		if _, err := parseFlags([]string{arg}); !errors.Is(err, errHelp) {
			t.Errorf("%s: want errHelp, got %v", arg, err)
		}
	}
}

func TestIsUnitcheckerInvocation(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{[]string{"-flags"}, true},
		{[]string{"-V=full"}, true},
		{[]string{"/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-policy=x.toml", "-piilog", "/tmp/b001/vet.cfg"}, true},
		{nil, false},
		{[]string{"./..."}, false},
		{[]string{"-format", "json", "./cmd/..."}, false},
		{[]string{"version"}, false},
	} {
		if got := isUnitcheckerInvocation(tt.args); got != tt.want {
			t.Errorf("isUnitcheckerInvocation(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}

func TestPolicyArg(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"vet", "-vettool=/bin/policylint", "-policy=a.toml", "./..."}, "a.toml"},
		{[]string{"vet", "--policy", "b.toml", "./..."}, "b.toml"},
		{[]string{"-policy=a.toml", "-policy=c.toml"}, "c.toml"},
		{[]string{"-policyx=a.toml", "policy=b"}, ""},
		{[]string{"--", "-policy=a.toml"}, ""},
		{[]string{"-policy"}, ""},
	} {
		if got := flagArg(tt.args, "policy"); got != tt.want {
			t.Errorf("flagArg(%q, policy) = %q, want %q", tt.args, got, tt.want)
		}
	}
}

func TestColourOnlyOnATerminalThatShowsIt(t *testing.T) {
	for _, tt := range []struct {
		terminal bool
		env      map[string]string
		want     bool
	}{
		{true, nil, true},
		{true, map[string]string{"TERM": "xterm-256color"}, true},
		{false, nil, false},
		{true, map[string]string{"NO_COLOR": "1"}, false},
		{true, map[string]string{"TERM": "dumb"}, false},
	} {
		if got := wantColour(tt.terminal, func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("terminal=%v env=%v: colour %v, want %v", tt.terminal, tt.env, got, tt.want)
		}
	}
}
