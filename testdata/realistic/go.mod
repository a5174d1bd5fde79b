module example.com/inkwell

go 1.24.0

require github.com/lib/pq v1.12.3
