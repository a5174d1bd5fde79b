package inkwell

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"example.com/inkwell/mailer"
	"example.com/inkwell/notify"
)

type publishRequest struct {
	Title      string `json:"title"`
	Body       string `json:"body"`
	Slug       string `json:"slug"`
	Newsletter bool   `json:"newsletter"` // mail the post to the subscribers
	Announce   bool   `json:"announce"`   // an announcement: mail it to everyone, now
}

// postJob is the payload of the jobs about one post.
type postJob struct {
	PostID int64 `json:"post_id"`
}

var slugUnsafe = regexp.MustCompile(`[^a-z0-9]+`)

func slugify(s string) string {
	s = slugUnsafe.ReplaceAllString(strings.ToLower(s), "-")
	s = strings.Trim(s, "-")
	if len(s) > 80 {
		s = strings.TrimRight(s[:80], "-")
	}
	return s
}

// ownBlog returns the blog of the path if u owns it.
func (app *App) ownBlog(ctx context.Context, u *User, alias string) (*Blog, error) {
	blog, err := app.db.GetBlogByAlias(ctx, alias)
	if errors.Is(err, ErrNotFound) {
		return nil, notFoundError("Blog")
	}
	if err != nil {
		return nil, err
	}
	if blog.OwnerID != u.ID {
		return nil, errForbidden
	}
	return blog, nil
}

func handlePublish(app *App, u *User, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	blog, err := app.ownBlog(ctx, u, r.PathValue("alias"))
	if err != nil {
		return err
	}
	var req publishRequest
	if err := decodeJSON(r, &req); err != nil {
		return err
	}
	if strings.TrimSpace(req.Body) == "" {
		return badRequest("A post needs a body.")
	}
	p := &Post{BlogID: blog.ID, Title: req.Title, Body: req.Body, Slug: slugify(req.Slug)}
	if p.Slug == "" {
		p.Slug = slugify(req.Title)
	}
	if p.Slug == "" {
		p.Slug = time.Now().UTC().Format("2006-01-02-150405")
	}
	if err := app.db.CreatePost(ctx, p); err != nil {
		return err
	}
	postURL := app.postURL(blog, p)
	app.log.Infof("published %s", postURL)

	if app.cfg.Federation.Enabled {
		if err := app.jobs.Enqueue(ctx, jobFederatePost, postJob{PostID: p.ID}); err != nil {
			app.log.Errorf("queueing federation of post %d: %v", p.ID, err)
		}
	}
	if req.Newsletter {
		if err := app.jobs.Enqueue(ctx, jobMailPost, postJob{PostID: p.ID}); err != nil {
			app.log.Errorf("queueing newsletter of post %d: %v", p.ID, err)
		}
	}
	if req.Announce {
		app.announce(blog, p)
	}
	if app.indexer != nil {
		go func() {
			bg, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			if err := app.indexer.Published(bg, postURL); err != nil {
				app.log.Warnf("indexing %s: %v", postURL, err)
			}
		}()
	}
	app.events.Event(ctx, "post_published", map[string]any{"user_id": fmt.Sprint(u.ID), "blog": blog.Alias, "words": len(strings.Fields(p.Body))})
	if err := app.notifier.Notify(ctx, notify.Event{Kind: notify.KindPublished, BlogAlias: blog.Alias, BlogTitle: blog.Title, PostURL: postURL}); err != nil {
		app.log.Warnf("notifying about %s: %v", postURL, err)
	}
	hooks, err := app.db.GetHooks(ctx, blog.ID)
	if err != nil {
		app.log.Warnf("webhooks of %s: %v", blog.Alias, err)
	}
	for _, h := range hooks {
		data := map[string]any{"url": postURL, "title": p.Title, "slug": p.Slug}
		if err := app.hooks.Deliver(ctx, h, "post.published", data); err != nil {
			app.log.Warnf("webhook %d of %s: %v", h.ID, blog.Alias, err)
		}
	}
	return writeJSON(w, http.StatusCreated, map[string]any{"id": p.ID, "url": postURL})
}

// announce mails an announcement post to the blog's subscribers right
// away, without waiting for the newsletter queue.
func (app *App) announce(b *Blog, p *Post) {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
		defer cancel()
		subs, err := app.db.GetBlogSubscribers(ctx, b.ID)
		if err != nil {
			app.log.Errorf("announcement %d: %v", p.ID, err)
			return
		}
		for _, s := range subs {
			msg := &mailer.Message{
				From:    app.cfg.Email.From,
				To:      []string{s.Email},
				Subject: "[" + b.Title + "] " + p.Title,
				Text:    p.Body + "\n\n" + app.postURL(b, p),
			}
			if err := app.mail.Send(ctx, msg); err != nil { // policylint: expect emailconsent
				app.log.Warnf("announcement %d to subscriber %d: %v", p.ID, s.ID, err)
			}
		}
	}()
}

var allowedUploads = map[string]string{
	"image/jpeg": ".jpg",
	"image/png":  ".png",
	"image/gif":  ".gif",
	"image/webp": ".webp",
}

func handleUpload(app *App, u *User, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	blog, err := app.ownBlog(ctx, u, r.PathValue("alias"))
	if err != nil {
		return err
	}
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		return badRequest("Uploads are limited to 8 MB.")
	}
	file, hdr, err := r.FormFile("file")
	if err != nil {
		return badRequest("No file in the upload.")
	}
	defer file.Close()
	ext, ok := allowedUploads[hdr.Header.Get("Content-Type")]
	if !ok {
		return badRequest("Only images can be uploaded.")
	}
	base := slugify(strings.TrimSuffix(hdr.Filename, filepath.Ext(hdr.Filename)))
	key := path.Join(blog.Alias, time.Now().UTC().Format("2006/01"), base+"-"+randomToken(4)+ext)
	dst := filepath.Join(app.cfg.Server.UploadsDir, filepath.FromSlash(key))
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("storing upload %s for %s: %w", hdr.Filename, r.URL.Path, err)
	}
	f, err := os.Create(dst)
	if err != nil {
		return fmt.Errorf("storing upload %s for %s: %w", hdr.Filename, r.URL.Path, err)
	}
	n, err := io.Copy(f, file)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("storing upload %s: %w", key, err)
	}
	app.log.Infof("upload %q (%d bytes) stored as %s", hdr.Filename, n, key)
	return writeJSON(w, http.StatusCreated, map[string]string{"url": app.cfg.Server.Host + "/uploads/" + key})
}

var postPage = template.Must(template.New("post").Parse(`<!doctype html>
<title>{{.Post.Title}} · {{.Blog.Title}}</title>
<article><h1>{{.Post.Title}}</h1>{{.Body}}</article>
<form method="post" action="/{{.Blog.Alias}}/subscribe"><input name="email" type="email"><input type="hidden" name="source" value="post-footer"><button>Subscribe</button></form>`))

func handleViewPost(app *App, w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	alias, slug := r.PathValue("alias"), r.PathValue("slug")
	blog, err := app.db.GetBlogByAlias(ctx, alias)
	if errors.Is(err, ErrNotFound) {
		return notFoundError("Blog")
	}
	if err != nil {
		return err
	}
	p, err := app.db.GetPost(ctx, blog.ID, slug)
	if errors.Is(err, ErrNotFound) {
		app.log.Debugf("no post %s in %s", slug, alias)
		return notFoundError("Post")
	}
	if err != nil {
		return fmt.Errorf("loading %s: %w", r.URL.Path, err)
	}
	app.countView(r, blog, p)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	return postPage.Execute(w, map[string]any{
		"Blog": blog,
		"Post": p,
		"Body": template.HTML(renderMarkdown(p.Body)),
	})
}

// renderMarkdown is a stand-in for the Markdown renderer: paragraphs only.
func renderMarkdown(src string) string {
	var b strings.Builder
	for _, para := range strings.Split(src, "\n\n") {
		b.WriteString("<p>" + template.HTMLEscapeString(strings.TrimSpace(para)) + "</p>\n")
	}
	return b.String()
}
