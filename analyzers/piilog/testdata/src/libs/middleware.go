package libs

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/gorilla/handlers"
	"github.com/labstack/echo/v4"
	echomw "github.com/labstack/echo/v4/middleware"
	"os"
)

func ginDefault() *gin.Engine {
	return gin.Default() // want `from gin.Default's access log`
}

func ginLogger() *gin.Engine {
	r := gin.New()
	r.Use(gin.Logger()) // want `access log installed by gin.Logger`
	return r
}

func ginClientIP(c *gin.Context) {
	gin.DefaultWriter.Write([]byte(c.ClientIP()))
	logrusLike(c.ClientIP()) // want `from c.ClientIP\(\) reaches libs.logrusLike`
}

func ginFormatterWithIP() *gin.Engine {
	r := gin.New()
	r.Use(gin.LoggerWithFormatter(func(p gin.LogFormatterParams) string { // want `access log installed by gin.LoggerWithFormatter`
		return p.ClientIP + " " + p.Path
	}))
	return r
}

func ginConfigNoFormatter() *gin.Engine {
	r := gin.New()
	r.Use(gin.LoggerWithConfig(gin.LoggerConfig{SkipPaths: []string{"/healthz"}})) // want `access log installed by gin.LoggerWithConfig`
	return r
}

func echoLogger() *echo.Echo {
	e := echo.New()
	e.Use(echomw.Logger()) // want `access log installed by middleware.Logger`
	return e
}

func chiLogger() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.Logger) // want `access log installed by middleware.Logger`
	return r
}

func gorilla(h http.Handler) http.Handler {
	return handlers.CombinedLoggingHandler(os.Stdout, h) // want `access log installed by handlers.CombinedLoggingHandler`
}
