package httpapi

import (
	"crypto/rand"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"example.com/shop/internal/session"
)

const visitorCookie = "shop_vid"

// pixel is a 1x1 transparent GIF.
var pixel = []byte("GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00" +
	"!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

// Track records a page view in the analytics stream and answers with a
// transparent pixel.
func (h *Handler) Track(c *gin.Context) {
	ip := c.ClientIP()
	page := c.Query("p")
	ua := c.Request.UserAgent()

	id, err := c.Cookie(visitorCookie)
	if err != nil {
		id = rand.Text()
		c.SetCookie(visitorCookie, id, int((365 * 24 * time.Hour).Seconds()), "/", "", true, true)
		v := session.Visitor{ID: id, IP: ip, Referrer: c.Request.Referer(), FirstSeen: time.Now()}
		h.Log.Info("new visitor", "visitor", v) // policylint: expect piilog
	}

	if isBot(ua) {
		h.Events.Warn().Str("ip", ip).Str("user_agent", ua).Str("page", page).Msg("bot traffic") // policylint: expect piilog
	} else {
		h.Events.Info().Str("visitor_id", id).Str("page", page).Str("network", network(ip)).Msg("page view")
	}

	c.Header("Cache-Control", "no-store")
	c.Data(http.StatusOK, "image/gif", pixel)
}

// network returns the /24 (IPv4) or /48 (IPv6) that ip belongs to: as
// precise as the traffic-by-region report needs.
func network(ip string) string {
	addr, err := netip.ParseAddr(ip)
	if err != nil {
		return "unknown"
	}
	addr = addr.Unmap()
	bits := 24
	if addr.Is6() {
		bits = 48
	}
	p, err := addr.Prefix(bits)
	if err != nil {
		return "unknown"
	}
	return p.String()
}

func isBot(userAgent string) bool {
	ua := strings.ToLower(userAgent)
	for _, s := range []string{"bot", "crawler", "spider", "headless"} {
		if strings.Contains(ua, s) {
			return true
		}
	}
	return false
}
