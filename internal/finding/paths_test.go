package finding

import (
	"path/filepath"
	"testing"
)

func TestDependencyPathsAreShownWithoutTheMachine(t *testing.T) {
	t.Setenv("GOROOT", "/opt/go")
	t.Setenv("GOMODCACHE", "/home/dev/go/pkg/mod")
	r := roots() // computed once: the values above must be the first seen
	if r.goroot != "/opt/go" || r.modcache != "/home/dev/go/pkg/mod" {
		t.Skipf("roots were computed before this test: %+v", r)
	}
	for _, tt := range []struct {
		file, display string
		dep           bool
	}{
		{"/opt/go/src/net/http/server.go", "$GOROOT/src/net/http/server.go", true},
		{"/home/dev/go/pkg/mod/github.com/lib/pq@v1.12.3/conn.go", "github.com/lib/pq@v1.12.3/conn.go", true},
		{"/home/dev/go/pkg/mod/github.com/!burnt!sushi/toml@v1.6.0/decode.go", "github.com/BurntSushi/toml@v1.6.0/decode.go", true},
		{"/home/dev/go/pkg/mod/example.com/m@v0.0.0-2024!x/a.go", "example.com/m@v0.0.0-2024X/a.go", true},
		{"/home/dev/shop/internal/api/handler.go", "/home/dev/shop/internal/api/handler.go", false},
		{"/home/dev/shop/vendor/github.com/lib/pq/conn.go", "/home/dev/shop/vendor/github.com/lib/pq/conn.go", true},
		{"internal/api/handler.go", "internal/api/handler.go", false},
	} {
		file := filepath.FromSlash(tt.file)
		if got := DisplayPath(file); got != filepath.FromSlash(tt.display) && got != tt.display {
			t.Errorf("DisplayPath(%s) = %s, want %s", tt.file, got, tt.display)
		}
		if got := InDependency(file); got != tt.dep {
			t.Errorf("InDependency(%s) = %v, want %v", tt.file, got, tt.dep)
		}
	}
}
