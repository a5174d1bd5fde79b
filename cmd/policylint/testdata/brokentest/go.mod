module example.com/brokentest

go 1.22
