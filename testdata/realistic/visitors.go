package inkwell

import (
	"context"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"example.com/inkwell/anon"
)

// visit is one page view, before it is counted.
type visit struct {
	blog string
	post string
	addr netip.Addr
	ua   string
	at   time.Time
}

// LogValue describes the view for the debug log.
func (v visit) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("blog", v.blog),
		slog.String("post", v.post),
		slog.String("addr", v.addr.String()),
		slog.String("ua", v.ua),
	)
}

var botMarkers = []string{"bot", "crawler", "spider", "slurp", "facebookexternalhit", "mastodon", "pleroma", "akkoma"}

func isBot(ua string) bool {
	ua = strings.ToLower(ua)
	for _, m := range botMarkers {
		if strings.Contains(ua, m) {
			return true
		}
	}
	return ua == ""
}

// countView counts a view of p by the reader's network. Views are kept
// per day and network for 30 days, for the owner's statistics.
func (app *App) countView(r *http.Request, b *Blog, p *Post) {
	v := visit{blog: b.Alias, post: p.Slug, addr: clientAddr(r), ua: r.UserAgent(), at: time.Now().UTC()}
	if isBot(v.ua) {
		app.slog.Debug("view by a bot not counted", "visit", v) // policylint: expect piilog
		return
	}
	network := anon.Addr(v.addr)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := app.db.RecordView(ctx, p.ID, network.String(), v.at); err != nil {
			app.slog.Warn("counting view", "post", p.ID, "network", network.String(), "err", err)
		}
	}()
}
