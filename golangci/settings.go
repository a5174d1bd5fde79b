package golangci

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"

	"github.com/policylint/policylint/rules"
)

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Policy is the manifest to use. A relative path is taken from the
	// directory of the golangci-lint configuration file; it may also
	// start with ${config-path}. Empty means: resolve per package, as the
	// standalone command does without -policy.
	Policy string `json:"policy"`
	// Rules limits the run to these rules; empty means every rule.
	Rules []string `json:"rules"`
}

// settingNames are the keys Settings accepts, for messages.
var settingNames = []string{"policy", "rules"}

// decodeSettings decodes the raw settings golangci-lint hands the plugin
// (nil, or the map its configuration loader built) strictly: an unknown
// key, a value of the wrong type or an unknown rule is an error that names
// it.
func decodeSettings(conf any) (Settings, error) {
	conf = withoutManifestKey(conf)
	if conf == nil {
		return Settings{}, nil
	}
	// register.DecodeSettings rejects unknown keys too, but says only
	// `json: unknown field "x"`; check the keys first to say more.
	raw, err := json.Marshal(conf)
	if err != nil {
		return Settings{}, fmt.Errorf("settings must be a mapping with the keys %s: %w", strings.Join(settingNames, " and "), err)
	}
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(raw, &keys); err != nil {
		return Settings{}, fmt.Errorf("settings must be a mapping with the keys %s, not %s", strings.Join(settingNames, " and "), raw)
	}
	var unknown []string
	for k := range keys {
		// encoding/json matches field names without regard to case.
		if !slices.ContainsFunc(settingNames, func(n string) bool { return strings.EqualFold(n, k) }) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		msgs := make([]string, len(unknown))
		for i, k := range unknown {
			msgs[i] = fmt.Sprintf("unknown setting %q%s", k, suggest(k, settingNames))
		}
		return Settings{}, fmt.Errorf("%s (the settings are %s)", strings.Join(msgs, ", "), strings.Join(settingNames, " and "))
	}

	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
			return Settings{}, typeError(te)
		}
		return Settings{}, err
	}

	var names []string
	for _, name := range s.Rules {
		if !slices.Contains(rules.RuleNames, name) {
			return Settings{}, fmt.Errorf("setting rules: unknown rule %q%s (rules: %s)", name, suggest(name, rules.RuleNames), strings.Join(rules.RuleNames, ", "))
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	s.Rules = names
	return s, nil
}

// typeError says which setting has a value of the wrong type and what it
// should be.
func typeError(te *json.UnmarshalTypeError) error {
	field, _, _ := strings.Cut(te.Field, ".")
	switch strings.ToLower(field) {
	case "policy":
		return fmt.Errorf("setting policy: want the path of a policy manifest (a string), got %s", article(te.Value))
	case "rules":
		return fmt.Errorf("setting rules: want a list of rule names such as [%s], got %s", strings.Join(rules.RuleNames, ", "), article(te.Value))
	}
	return fmt.Errorf("settings: got %s where %s was expected", article(te.Value), te.Type)
}

// article prefixes a JSON kind ("string", "array", "number", ...) with
// "a" or "an".
func article(kind string) string {
	switch kind {
	case "array", "object":
		return "an " + kind
	case "":
		return "a value"
	}
	return "a " + kind
}

// suggest returns ` (did you mean "x"?)` for the candidate at most two
// edits away from s, or "".
func suggest(s string, candidates []string) string {
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := distance(strings.ToLower(s), c); d < bestDist {
			best, bestDist = c, d
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", best)
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	row := make([]int, len(rb)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			next := min(row[j]+1, row[j-1]+1, diag+cost)
			diag, row[j] = row[j], next
		}
	}
	return row[len(rb)]
}

// environment is what the plugin knows of the golangci-lint process it
// runs in; tests make their own.
type environment struct {
	args []string // command-line arguments, without the program name
	wd   string   // working directory
	home string   // home directory; "" if unknown
}

func hostEnv() environment {
	env := environment{}
	if len(os.Args) > 1 {
		env.args = os.Args[1:]
	}
	env.wd, _ = os.Getwd()
	env.home, _ = os.UserHomeDir()
	return env
}

// configNames are the names golangci-lint looks for in each directory, in
// the order it tries them (viper's order of extensions).
var configNames = []string{".golangci.json", ".golangci.toml", ".golangci.yaml", ".golangci.yml"}

// configFile returns the golangci-lint configuration file in use, or ""
// if none can be told (--no-config, a configuration read from stdin).
// golangci-lint does not tell its plugins; this follows its rules:
//
//  1. the last --config/-c flag on the command line (before "--");
//  2. else the first of .golangci.json, .golangci.toml, .golangci.yaml and
//     .golangci.yml in the working directory or the nearest parent that
//     has one;
//  3. else one of those in the home directory.
//
// golangci-lint also searches upwards from its first package argument when
// that lies outside the working directory; this does not.
func configFile(env environment) string {
	explicit, set := "", false
	for i := 0; i < len(env.args); i++ {
		a := env.args[i]
		switch {
		case a == "--":
			i = len(env.args)
		case a == "--config" || a == "-c":
			if i+1 < len(env.args) {
				explicit, set = env.args[i+1], true
				i++
			}
		case strings.HasPrefix(a, "--config="):
			explicit, set = strings.TrimPrefix(a, "--config="), true
		case strings.HasPrefix(a, "-c="):
			explicit, set = strings.TrimPrefix(a, "-c="), true
		case strings.HasPrefix(a, "-c") && !strings.HasPrefix(a, "--"):
			explicit, set = strings.TrimPrefix(a, "-c"), true
		case a == "--no-config" || a == "--no-config=true":
			return ""
		}
	}
	if set {
		if explicit == "" || explicit == "-" || explicit == os.Stdin.Name() {
			return ""
		}
		if rest, ok := strings.CutPrefix(explicit, "~"); ok && env.home != "" && (rest == "" || rest[0] == '/' || rest[0] == filepath.Separator) {
			explicit = filepath.Join(env.home, rest)
		}
		if !filepath.IsAbs(explicit) {
			explicit = filepath.Join(env.wd, explicit)
		}
		return filepath.Clean(explicit)
	}
	dirs := []string{}
	for dir := env.wd; dir != ""; {
		dirs = append(dirs, dir)
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	if env.home != "" {
		dirs = append(dirs, env.home)
	}
	for _, dir := range dirs {
		for _, name := range configNames {
			p := filepath.Join(dir, name)
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
				return p
			}
		}
	}
	return ""
}

// configPathVar is golangci-lint's placeholder for the directory of its
// configuration file. golangci-lint expands it only in its own linters'
// settings; the plugin expands it in the policy setting itself.
const configPathVar = "${config-path}"

// policyPath resolves the policy setting to an absolute path, and says
// what a relative path was taken from, for messages.
func policyPath(setting string, env environment) (path, base string) {
	dir, base := env.wd, "the working directory"
	if cfg := configFile(env); cfg != "" {
		dir, base = filepath.Dir(cfg), "the directory of "+cfg
	}
	p := strings.ReplaceAll(setting, configPathVar, dir)
	if !filepath.IsAbs(p) {
		p = filepath.Join(dir, p)
	}
	return filepath.Clean(p), base
}

// loadPolicy loads the manifest the policy setting names.
func loadPolicy(setting string, env environment) (*rules.Policy, error) {
	path, base := policyPath(setting, env)
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if filepath.IsAbs(setting) {
			return nil, fmt.Errorf("setting policy: %s does not exist", path)
		}
		return nil, fmt.Errorf("setting policy: %s does not exist (%q is taken from %s)", path, setting, base)
	case err != nil:
		return nil, fmt.Errorf("setting policy: %w", err)
	case fi.IsDir():
		return nil, fmt.Errorf("setting policy: %s is a directory, not a policy manifest", path)
	}
	p, err := rules.Load(path)
	if err != nil {
		// The errors name the manifest, line and column.
		return nil, fmt.Errorf("bad policy manifest: %w", err)
	}
	return p, nil
}
