package inventory

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteHTML writes one self-contained page: the data-map picture (inline
// SVG), the third parties, the destinations x categories table, the drift
// and every entry. It loads nothing: the style and the small script that
// lists an edge's flows when it is clicked are inline. The page is also
// well-formed XML, which keeps it easy to check.
func WriteHTML(w io.Writer, inv *Inventory) error {
	b := bufio.NewWriter(w)
	title := "Data map"
	if inv.Module != "" {
		title += " of " + inv.Module
	}
	fmt.Fprintf(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(title), pageStyle)
	fmt.Fprintf(b, "<h1>%s</h1>\n", esc(title))
	fmt.Fprintf(b, "<p class=\"sub\">From the code, by <code>policylint inventory</code>, against the policy <code>%s</code>: %s of %s to %s; %s.</p>\n",
		esc(inv.Policy), count(inv.FlowCount(), "flow", "flows"), count(len(inv.UsedCategories()), "category", "categories"),
		count(len(inv.Destinations()), "destination", "destinations"), count(len(inv.Drift), "drift warning", "drift warnings"))
	fmt.Fprintf(b, "<p class=\"legend\"><span class=\"sw\" style=\"background:%s\"></span> denied: breaks a rule of the policy <span class=\"sw\" style=\"background:%s\"></span> undeclared: the manifest does not mention it <span class=\"sw\" style=\"background:%s\"></span> allowed by the policy. Line width grows with the number of flows; click a line to list its flows.</p>\n",
		statusColour[Denied], statusColour[Undeclared], statusColour[Allowed])
	if len(inv.Entries) == 0 {
		fmt.Fprintln(b, "<p>No personal data reaches a log, a mailer, a third party, storage or a cookie.</p>")
	}
	fmt.Fprintln(b, "<div class=\"map\">")
	inv.writeSVG(b)
	fmt.Fprintln(b, "</div>")
	fmt.Fprintln(b, "<section id=\"flows\" aria-live=\"polite\"><h2>Flows of the selected line</h2><p class=\"hint\">Click a line of the map to list its flows here.</p></section>")

	if hosts := inv.ThirdParties(); len(hosts) > 0 {
		fmt.Fprintln(b, "<h2>Third parties</h2>\n<table>\n<tr><th>host</th><th>receives</th><th>why</th><th>status</th></tr>")
		for _, h := range hosts {
			fmt.Fprintf(b, "<tr><td><code>%s</code></td><td>%s</td><td>%s</td><td class=\"%s\">%s</td></tr>\n",
				esc(h.Host), esc(strings.Join(h.Categories, ", ")), esc(h.Why), h.Status, h.Status)
		}
		fmt.Fprintln(b, "</table>")
	}

	if cats := inv.UsedCategories(); len(cats) > 0 {
		fmt.Fprintln(b, "<h2>Where each category goes</h2>\n<table>")
		fmt.Fprint(b, "<tr><th>destination</th>")
		for _, c := range cats {
			fmt.Fprintf(b, "<th>%s</th>", esc(c))
		}
		fmt.Fprintln(b, "</tr>")
		for _, d := range inv.Destinations() {
			fmt.Fprintf(b, "<tr><td>%s</td>", esc(d.Label()))
			for _, c := range cats {
				fmt.Fprintf(b, "<td>%s</td>", esc(inv.cellSummary(d, c)))
			}
			fmt.Fprintln(b, "</tr>")
		}
		fmt.Fprintln(b, "</table>")
	}

	if len(inv.Drift) > 0 {
		fmt.Fprintln(b, "<h2>Drift from the manifest</h2>\n<ul class=\"drift\">")
		for _, d := range inv.Drift {
			fmt.Fprintf(b, "<li>%s</li>\n", esc(d.String()))
		}
		fmt.Fprintln(b, "</ul>")
	}

	if len(inv.Entries) > 0 {
		fmt.Fprintln(b, "<h2>All entries</h2>\n<table class=\"entries\">\n<tr><th>#</th><th>kind</th><th>destination</th><th>category</th><th>status</th><th>why</th><th>function</th><th>flows</th><th>where</th></tr>")
		for i, e := range inv.Entries {
			dest := e.Destination
			if e.Operation != "" {
				dest += " (" + e.Operation + ")"
			}
			var where []string
			for _, s := range e.Sites {
				where = append(where, fmt.Sprintf("%s:%d", s.Pos.File, s.Pos.Line))
			}
			fmt.Fprintf(b, "<tr id=\"e%d\"><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td class=\"%s\">%s</td><td>%s</td><td><code>%s</code></td><td>%d</td><td><code>%s</code></td></tr>\n",
				i, i, e.Kind, esc(dest), esc(e.Category), e.Status, e.Status, esc(e.Reason), esc(inv.ShortFunc(e.Function)), e.Flows, esc(strings.Join(where, " ")))
		}
		fmt.Fprintln(b, "</table>")
	}
	if len(inv.Errors) > 0 {
		fmt.Fprintln(b, "<h2>Problems</h2>\n<ul>")
		for _, e := range inv.Errors {
			fmt.Fprintf(b, "<li>%s</li>\n", esc(e))
		}
		fmt.Fprintln(b, "</ul>")
	}

	data, err := pageData(inv)
	if err != nil {
		return err
	}
	fmt.Fprintf(b, "<script id=\"entries\" type=\"application/json\">%s</script>\n<script>%s</script>\n</body>\n</html>\n", data, pageScript)
	return b.Flush()
}

// pageEntry is what the page's script knows of an entry.
type pageEntry struct {
	Category    string   `json:"c"`
	Destination string   `json:"d"`
	Status      string   `json:"s"`
	Reason      string   `json:"r"`
	Function    string   `json:"f"`
	Sites       []string `json:"w"`
	Flow        string   `json:"p"`
}

// pageData encodes the entries for the script. The encoder escapes <, >
// and &, so the JSON is safe inside a script element and in XML.
func pageData(inv *Inventory) ([]byte, error) {
	es := make([]pageEntry, len(inv.Entries))
	for i, e := range inv.Entries {
		d := Dest{e.Kind, e.Destination}.Label()
		if e.Operation != "" {
			d += " (" + e.Operation + ")"
		}
		pe := pageEntry{Category: e.Category, Destination: d, Status: e.Status, Reason: e.Reason, Function: inv.ShortFunc(e.Function), Flow: FlowSummary(e.Flow)}
		for _, s := range e.Sites {
			pe.Sites = append(pe.Sites, fmt.Sprintf("%s:%d %s", s.Pos.File, s.Pos.Line, s.Sink))
		}
		es[i] = pe
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(es); err != nil {
		return nil, fmt.Errorf("encoding the page's entries: %w", err)
	}
	return bytes.TrimSpace(buf.Bytes()), nil
}

const pageStyle = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1200px;color:#1f2328;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.sub,.hint{color:#57606a;margin:0 0 8px}
.legend{margin:8px 0 12px}.sw{display:inline-block;width:22px;height:6px;border-radius:3px;vertical-align:middle;margin:0 4px 0 10px}
.map{overflow-x:auto;border:1px solid #d0d7de;border-radius:8px;background:#fbfcfd}
svg text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#1f2328}
svg text.col{font-weight:600;font-size:13px}svg text.kind{font-weight:600;fill:#57606a;font-size:11px;text-transform:uppercase;letter-spacing:.04em}
.node rect{fill:#fff;stroke:#8c959f}.node.log rect{fill:#f6f8fa}.node.mail rect{fill:#fff8c5}.node.host rect{fill:#ffebe9}.node.storage rect{fill:#ddf4ff}.node.cookie rect{fill:#fbefff}
.edge{cursor:pointer}.edge .line{fill:none;stroke-opacity:.55;stroke-linecap:round}.edge .hit{fill:none;stroke:transparent;stroke-width:14}
.edge:hover .line,.edge:focus .line,.edge.sel .line{stroke-opacity:1}
table{border-collapse:collapse;margin:4px 0 8px;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.denied{color:#c62828;font-weight:600}td.undeclared{color:#b06c00;font-weight:600}td.allowed{color:#2e7d32}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
#flows{border:1px solid #d0d7de;border-radius:8px;padding:4px 14px 10px;margin-top:12px}#flows li{margin:4px 0}
`

// pageScript lists the flows of a clicked edge. It is written without
// the characters < and & so that the page stays well-formed XML.
const pageScript = `
(function () {
  var entries = JSON.parse(document.getElementById("entries").textContent);
  var panel = document.getElementById("flows");
  function text(tag, s, cls) { var e = document.createElement(tag); e.textContent = s; if (cls) { e.className = cls; } return e; }
  function show(g) {
    document.querySelectorAll(".edge.sel").forEach(function (x) { x.classList.remove("sel"); });
    g.classList.add("sel");
    panel.replaceChildren(text("h2", "Flows of the selected line"), text("p", g.querySelector("title").textContent, "hint"));
    var list = document.createElement("ul");
    g.getAttribute("data-entries").split(" ").forEach(function (id) {
      var e = entries[Number(id)];
      var li = text("li", "");
      li.appendChild(text("strong", e.c + " → " + e.d));
      li.appendChild(document.createTextNode(" (" + e.s + ": " + e.r + ") in " + e.f));
      var sites = document.createElement("ul");
      e.w.forEach(function (w) { sites.appendChild(text("li", w, "site")); });
      sites.appendChild(text("li", "flow: " + e.p, "hint"));
      li.appendChild(sites);
      list.appendChild(li);
    });
    panel.appendChild(list);
  }
  document.querySelectorAll(".edge").forEach(function (g) {
    g.addEventListener("click", function () { show(g); });
    g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { show(g); } });
  });
})();
`
