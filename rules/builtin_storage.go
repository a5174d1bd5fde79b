package rules

import (
	"slices"
	"strings"
)

// The built-in catalogue of storage and cookie sinks: calls that write
// personal data to a database or a cache, and calls that hand it back to
// the browser in a cookie or a response header. No rule reports them; the
// data map (`policylint inventory`) lists them, and says which table,
// collection, key, cookie or header the data goes to when the code names
// it with a constant.
//
// Entries are in types.Func.FullName notation, as in builtin_log.go: a
// method promoted from an embedded field is named by the type that
// declares it (sqlx.DB embeds *sql.DB, so db.ExecContext on an *sqlx.DB is
// "(*database/sql.DB).ExecContext"; go-redis's Client embeds the cmdable
// function type, so rdb.Set is "(github.com/redis/go-redis/v9.cmdable).Set").

// StoreSink is a call that writes data to storage or to the client.
//
// Argument indices count the receiver of a method as argument 0, as SSA
// does.
type StoreSink struct {
	// Func names the function or method as types.Func.FullName prints it.
	Func string
	// Cookie is true for cookies and response headers, false for storage.
	Cookie bool
	// System names the store: "sql", "sqlx", "gorm", "pgx", "redis",
	// "mongodb"; "cookie" or "header" for cookie sinks.
	System string
	// Name is the argument that names the destination: the SQL text, the
	// Redis key, the cookie or header name (a string), or the *http.Cookie
	// whose Name field names the cookie; -1 when none.
	Name int
	// NameIs says how to read Name: NameSQL (parse the table out of the
	// query), NameKey (a Redis key, its variable parts shown as *),
	// NameConst (the string itself), NameCookie (the Name field of a
	// cookie struct). For NameRecv the name comes from the call that made
	// the receiver: (*mongo.Database).Collection("users") or
	// (*gorm.DB).Table("users").
	NameIs NameKind
	// Data are the arguments whose contents are written. Nil means every
	// argument but the receiver of a method and a leading context.
	Data []int
	// Payload is true when the library serializes the structs it is given
	// (an ORM's model, a MongoDB document): their personal fields are
	// written although the code never reads them one by one.
	Payload bool
	// Response is true for the header-map setters that are sinks only on
	// a response's header map (one returned by ResponseHeaderMakers).
	Response bool
}

// NameKind says how a StoreSink's destination is named.
type NameKind int

// How a destination is named.
const (
	NameNone   NameKind = iota
	NameSQL             // the table of a constant SQL statement
	NameKey             // a Redis key, constant parts kept
	NameConst           // a constant string: a cookie or header name
	NameCookie          // the Name field of an *http.Cookie (or fiber.Cookie)
	NameRecv            // the constant argument of the call that made the receiver
)

// Modules whose storage and cookie calls the catalogue describes.
const (
	sqlxPkg     = "github.com/jmoiron/sqlx"
	gormPkg     = "gorm.io/gorm"
	pgxV5       = "github.com/jackc/pgx/v5"
	pgxV4       = "github.com/jackc/pgx/v4"
	redisV9     = "github.com/redis/go-redis/v9"
	redisV8     = "github.com/go-redis/redis/v8"
	mongoV1     = "go.mongodb.org/mongo-driver/mongo"
	mongoV2     = "go.mongodb.org/mongo-driver/v2/mongo"
	ginPkg      = "github.com/gin-gonic/gin"
	echoV4      = "github.com/labstack/echo/v4"
	fiberV2     = "github.com/gofiber/fiber/v2"
	netHTTP     = "net/http"
	databaseSQL = "database/sql"
)

// ResponseHeaderMakers are the calls whose result is the header map of a
// response: a (net/http.Header).Set or Add on it is a cookie sink (kind
// "header"); on any other header map (a request's) it is not.
var ResponseHeaderMakers = []string{
	"(net/http.ResponseWriter).Header",
	"(*" + echoV4 + ".Response).Header",
}

// ResponseHeaderSetters are the (net/http.Header) methods that put a
// header into a response when the map is one of ResponseHeaderMakers'.
var ResponseHeaderSetters = []string{
	"(net/http.Header).Add",
	"(net/http.Header).Set",
}

// BuiltinStoreSinks is the built-in catalogue of storage and cookie sinks.
// Sorted by Func.
var BuiltinStoreSinks = builtinStoreSinks()

func builtinStoreSinks() []StoreSink {
	var out []StoreSink
	add := func(s StoreSink) { out = append(out, s) }
	store := func(system, fn string, name int, nameIs NameKind, data []int, payload bool) {
		add(StoreSink{Func: fn, System: system, Name: name, NameIs: nameIs, Data: data, Payload: payload})
	}

	// database/sql: the query and its arguments. A prepared statement's
	// query was given to Prepare: its table is not known at the call.
	for _, typ := range []string{"DB", "Tx", "Conn"} {
		recv := "(*" + databaseSQL + "." + typ + ")."
		if typ != "Conn" {
			for _, m := range []string{"Exec", "Query", "QueryRow"} {
				store("sql", recv+m, 1, NameSQL, nil, false)
			}
		}
		for _, m := range []string{"ExecContext", "QueryContext", "QueryRowContext"} {
			store("sql", recv+m, 2, NameSQL, nil, false)
		}
	}
	for _, m := range []string{"Exec", "Query", "QueryRow"} {
		store("sql", "(*"+databaseSQL+".Stmt)."+m, -1, NameNone, nil, false)
		store("sql", "(*"+databaseSQL+".Stmt)."+m+"Context", -1, NameNone, nil, false)
	}

	// sqlx: Get and Select scan into their first argument, which is not
	// written; named queries read the fields of a struct or a map.
	for _, typ := range []string{"DB", "Tx"} {
		recv := "(*" + sqlxPkg + "." + typ + ")."
		store("sqlx", recv+"Get", 2, NameSQL, []int{2, 3}, false)
		store("sqlx", recv+"Select", 2, NameSQL, []int{2, 3}, false)
		store("sqlx", recv+"GetContext", 3, NameSQL, []int{3, 4}, false)
		store("sqlx", recv+"SelectContext", 3, NameSQL, []int{3, 4}, false)
		store("sqlx", recv+"NamedExec", 1, NameSQL, []int{1, 2}, true)
		store("sqlx", recv+"NamedQuery", 1, NameSQL, []int{1, 2}, true)
		store("sqlx", recv+"NamedExecContext", 2, NameSQL, []int{2, 3}, true)
		store("sqlx", recv+"MustExec", 1, NameSQL, []int{1, 2}, false)
		store("sqlx", recv+"MustExecContext", 2, NameSQL, []int{2, 3}, false)
		store("sqlx", recv+"Queryx", 1, NameSQL, []int{1, 2}, false)
		store("sqlx", recv+"QueryRowx", 1, NameSQL, []int{1, 2}, false)
		store("sqlx", recv+"QueryxContext", 2, NameSQL, []int{2, 3}, false)
		store("sqlx", recv+"QueryRowxContext", 2, NameSQL, []int{2, 3}, false)
	}
	store("sqlx", "(*"+sqlxPkg+".DB).NamedQueryContext", 2, NameSQL, []int{2, 3}, true)
	store("sqlx", sqlxPkg+".Get", 2, NameSQL, []int{2, 3}, false)
	store("sqlx", sqlxPkg+".Select", 2, NameSQL, []int{2, 3}, false)
	store("sqlx", sqlxPkg+".GetContext", 3, NameSQL, []int{3, 4}, false)
	store("sqlx", sqlxPkg+".SelectContext", 3, NameSQL, []int{3, 4}, false)
	store("sqlx", sqlxPkg+".NamedExec", 1, NameSQL, []int{1, 2}, true)
	store("sqlx", sqlxPkg+".NamedExecContext", 2, NameSQL, []int{2, 3}, true)

	// GORM: the model's fields are written; the table is the one named by
	// Table("...") on the way, when there is one.
	gorm := "(*" + gormPkg + ".DB)."
	for _, m := range []string{"Create", "Save", "Updates", "UpdateColumns", "CreateInBatches"} {
		store("gorm", gorm+m, 0, NameRecv, []int{1}, true)
	}
	store("gorm", gorm+"FirstOrCreate", 0, NameRecv, []int{1, 2}, true)
	for _, m := range []string{"Update", "UpdateColumn"} {
		store("gorm", gorm+m, 0, NameRecv, []int{2}, false)
	}
	for _, m := range []string{"Exec", "Raw"} {
		store("gorm", gorm+m, 1, NameSQL, []int{1, 2}, false)
	}

	// pgx: Exec, Query and QueryRow on a connection, a pool, a pool's
	// connection or a transaction.
	for _, pgx := range []string{pgxV5, pgxV4} {
		for _, recv := range []string{"(*" + pgx + ".Conn).", "(" + pgx + ".Tx).", "(*" + pgx + "/pgxpool.Pool).", "(*" + pgx + "/pgxpool.Conn).", "(*" + pgx + "/pgxpool.Tx)."} {
			for _, m := range []string{"Exec", "Query", "QueryRow"} {
				store("pgx", recv+m, 2, NameSQL, []int{2, 3}, false)
			}
		}
	}

	// go-redis: the key and the values. v9 declares the commands on
	// interfaces grouped by data type, v8 on one Cmdable.
	redisCmds := map[string]string{ // method -> v9 interface
		"Set": "StringCmdable", "SetNX": "StringCmdable", "SetEx": "StringCmdable", "SetXX": "StringCmdable",
		"GetSet": "StringCmdable", "Append": "StringCmdable",
		"HSet": "HashCmdable", "HSetNX": "HashCmdable", "HMSet": "HashCmdable",
		"LPush": "ListCmdable", "RPush": "ListCmdable",
		"SAdd": "SetCmdable",
	}
	for m, iface := range redisCmds {
		store("redis", "("+redisV9+".cmdable)."+m, 2, NameKey, nil, false)
		store("redis", "("+redisV9+"."+iface+")."+m, 2, NameKey, nil, false)
		store("redis", "("+redisV8+".cmdable)."+m, 2, NameKey, nil, false)
		store("redis", "("+redisV8+".Cmdable)."+m, 2, NameKey, nil, false)
	}

	// MongoDB: documents, filters and updates; the collection is the one
	// the receiver was made for.
	for _, mongo := range []string{mongoV1, mongoV2} {
		coll := "(*" + mongo + ".Collection)."
		for _, m := range []string{"InsertOne", "InsertMany"} {
			store("mongodb", coll+m, 0, NameRecv, []int{2}, true)
		}
		for _, m := range []string{"UpdateOne", "UpdateMany", "UpdateByID", "ReplaceOne", "FindOneAndUpdate", "FindOneAndReplace"} {
			store("mongodb", coll+m, 0, NameRecv, []int{2, 3}, true)
		}
		for _, m := range []string{"Find", "FindOne", "DeleteOne", "DeleteMany", "CountDocuments"} {
			store("mongodb", coll+m, 0, NameRecv, []int{2}, true)
		}
	}

	// Cookies and response headers.
	// The name is argument 1 of each: a string, or the cookie struct.
	cookie := func(system, fn string, nameIs NameKind, data []int) {
		add(StoreSink{Func: fn, Cookie: true, System: system, Name: 1, NameIs: nameIs, Data: data})
	}
	cookie("cookie", netHTTP+".SetCookie", NameCookie, []int{1})
	cookie("cookie", "(*"+ginPkg+".Context).SetCookie", NameConst, []int{2})
	cookie("header", "(*"+ginPkg+".Context).Header", NameConst, []int{2})
	cookie("cookie", "("+echoV4+".Context).SetCookie", NameCookie, []int{1})
	cookie("cookie", "(*"+fiberV2+".Ctx).Cookie", NameCookie, []int{1})
	cookie("header", "(*"+fiberV2+".Ctx).Set", NameConst, []int{2})
	for _, fn := range ResponseHeaderSetters {
		add(StoreSink{Func: fn, Cookie: true, System: "header", Name: 1, NameIs: NameConst, Data: []int{2}, Response: true})
	}

	slices.SortFunc(out, func(a, b StoreSink) int { return strings.Compare(a.Func, b.Func) })
	return out
}

// StorageModules are the third-party libraries whose calls
// BuiltinStoreSinks describes, for documentation and tests.
var StorageModules = []string{sqlxPkg, gormPkg, pgxV5, pgxV4, redisV9, redisV8, mongoV1, mongoV2}
