package taint

import (
	"strconv"

	"golang.org/x/tools/go/ssa"
)

// Keyed getters: a request's form, query and JSON-form values are read
// by a constant key ("email", "phone", "ip"), which names the data as
// well as an identifier would. The key is matched against the categories'
// name recognisers, so r.FormValue("email") is an e-mail address and
// r.FormValue("title") is nothing.

// keyedGetters maps a getter (types.Func.FullName) to the index of its
// key argument, the receiver counting as 0.
var keyedGetters = map[string]int{
	"(*net/http.Request).FormValue":                       1,
	"(*net/http.Request).PostFormValue":                   1,
	"(net/url.Values).Get":                                1,
	"(*github.com/gin-gonic/gin.Context).PostForm":        1,
	"(*github.com/gin-gonic/gin.Context).DefaultPostForm": 1,
	"(*github.com/gin-gonic/gin.Context).GetPostForm":     1,
	"(*github.com/gin-gonic/gin.Context).Query":           1,
	"(*github.com/gin-gonic/gin.Context).DefaultQuery":    1,
	"(*github.com/gin-gonic/gin.Context).GetQuery":        1,
	"(github.com/labstack/echo/v4.Context).FormValue":     1,
	"(github.com/labstack/echo/v4.Context).QueryParam":    1,
	"(*github.com/gofiber/fiber/v2.Ctx).FormValue":        1,
	"(*github.com/gofiber/fiber/v2.Ctx).Query":            1,
}

// keyedSource labels the result of a keyed getter whose constant key the
// policy's name recognisers match.
func (u *unit) keyedSource(result *ssa.Call, ce callee) {
	i, ok := keyedGetters[ce.name]
	if !ok || i >= len(ce.args) {
		return
	}
	key, ok := constString(ce.args[i])
	if !ok {
		return
	}
	cats := u.e.cat.nameCats(key)
	if len(cats) == 0 {
		return
	}
	desc := ce.obj.Name() + "(" + strconv.Quote(key) + ")"
	if n := valueName(ce.args[0]); n != "" {
		desc = n + "." + desc
	}
	for _, cat := range cats {
		var t set
		t.add(u.source(cat, desc, result.Pos()))
		u.resultsFrom(result, &t)
	}
}
