"""A small browser for tests: cookies, forms read from a page and sent as a browser sends them (stdlib only)."""
import http.cookiejar, urllib.request, urllib.parse, html.parser


class CheckFailed(Exception):
    """A check of the page or server that did not hold (the scripts' one failure)."""


def check(condition, message):
    if not condition:
        raise CheckFailed(message)
    print("OK:", message, flush=True)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None

class Client:
    def __init__(self, base, follow=True):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        handlers = [urllib.request.HTTPCookieProcessor(self.jar)]
        if not follow: handlers.append(NoRedirect())
        self.opener = urllib.request.build_opener(*handlers)
    def request(self, path, data=None, headers=None):
        if isinstance(data, list): data = [tuple(p) for p in data]
        body = urllib.parse.urlencode(data, doseq=True).encode() if isinstance(data, (dict, list)) else data
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {})
        if body is not None: req.add_header("Content-Type", "application/x-www-form-urlencoded")
        try:
            with self.opener.open(req, timeout=30) as r:
                return r.status, r.read().decode("utf-8", "replace"), dict(r.headers)
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode("utf-8", "replace"), dict(e.headers)

class Forms(html.parser.HTMLParser):
    """Every form of a page: its action and its fields as a browser would send them."""
    def __init__(self, page):
        super().__init__(); self.forms = []; self.current = None; self.textarea = None; self.select = None
        self.feed(page)
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form": self.current = {"action": a.get("action"), "fields": []}; self.forms.append(self.current)
        elif self.current is None: return
        elif tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a: return
            if "name" in a: self.current["fields"].append([a["name"], a.get("value", "")])
        elif tag == "textarea": self.textarea = [a.get("name"), ""]; self.current["fields"].append(self.textarea)
        elif tag == "select": self.select = a.get("name")
        elif tag == "option" and self.select and "selected" in a: self.current["fields"].append([self.select, a.get("value", "")])
    def handle_data(self, data):
        if self.textarea is not None: self.textarea[1] += data
    def handle_endtag(self, tag):
        if tag == "textarea": self.textarea = None
        elif tag == "select": self.select = None
        elif tag == "form": self.current = None
    def form(self, action):
        return next(f for f in self.forms if f["action"] == action)

def set_field(fields, name, value):
    fields[:] = [f for f in fields if f[0] != name] + [[name, value]]
