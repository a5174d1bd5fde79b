module example.com/deps

go 1.24.0

require github.com/mattn/go-isatty v0.0.20

require golang.org/x/sys v0.41.0 // indirect
