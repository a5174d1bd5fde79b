module example.com/indir

go 1.26
