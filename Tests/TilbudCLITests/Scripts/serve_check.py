#!/usr/bin/python3
"""Checks of the real `tilbud serve` as a service: graceful shutdown under load, and logs that
never hold what was searched for.

  serve_check.py shutdown --tilbud BIN --index DIR
      Searches (and PDFs, which take longer) from 8 threads on keep-alive connections, then
      SIGTERM mid-load (once 10 answers and a PDF have come back). The server must exit 0 and every request must get its whole answer.
      A request on a reused connection that the server closed before reading it is sent again
      on a new one, as browsers and curl do (RFC 9112, 9.3.1); a refused connection after the
      SIGTERM is the server having stopped listening, not a failed request.
  serve_check.py privacy --tilbud BIN --index DIR --marker TEXT
      Asks every kind of page with TEXT in the query and the path, at log level trace, in both
      log formats; TEXT must be in none of the server's output.
Prints what it saw; exits 0 when everything holds.
"""
import argparse
import http.client
import json
import re
import select
import signal
import subprocess
import sys
import threading
import tempfile
import time
import urllib.parse


def start(tilbud, index, *extra):
    state = tempfile.mkdtemp(prefix="serve-tilstand.")
    server = subprocess.Popen([tilbud, "serve", "--index", index, "--tilstand", state, "--port", "0", *extra],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ready, _, _ = select.select([server.stdout], [], [], 30)
    line = server.stdout.readline().decode() if ready else ""
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        server.kill()
        sys.exit("FEJL: tilbud serve startede ikke: %r %s" % (line, server.stderr.read().decode()))
    # Read the log as it comes: a full pipe would stop the server at its next log line.
    server.log, server.readers = [], []
    for stream in (server.stdout, server.stderr):
        reader = threading.Thread(target=lambda s=stream: server.log.extend(iter(s.readline, b"")), daemon=True)
        reader.start()
        server.readers.append(reader)
    return server, int(match.group(1)), line


def finished_log(server):
    """Everything the server wrote, once it has exited (its pipes read to the end)."""
    for reader in server.readers:
        reader.join(10)
    return b"".join(server.log).decode()


class Client(threading.Thread):
    def __init__(self, port, paths, stop, counts):
        super().__init__(daemon=True)
        self.port, self.paths, self.stop, self.counts = port, paths, stop, counts
        self.connection, self.reused = None, False

    def run(self):
        index = 0
        while not self.stop.is_set():
            path = self.paths[index % len(self.paths)]
            index += 1
            outcome = self.ask(path)
            if outcome == "stopped":
                return
            self.counts[outcome] = self.counts.get(outcome, 0) + 1

    def ask(self, path, retry=True):
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                self.connection.connect()
                self.reused = False
            self.connection.request("GET", path)
            response = self.connection.getresponse()
            body = response.read()
            closing = (response.getheader("Connection") or "").lower() == "close"
            length = response.getheader("Content-Length")
            self.reused = True
            if closing:
                self.connection.close()
                self.connection = None
            if response.status != 200 or (length is not None and int(length) != len(body)):
                self.counts.setdefault("errors", []).append("%s: %d, %d bytes" % (path, response.status, len(body)))
                return "failed"
            if path.startswith("/udvalg.pdf") and not body.rstrip().endswith(b"%%EOF"):
                self.counts.setdefault("errors", []).append("%s: PDF uden slutning" % path)
                return "failed"
            return "pdf" if path.startswith("/udvalg.pdf") else "ok"
        except ConnectionRefusedError:
            self.connection = None
            return "stopped"
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError) as error:
            reused = self.reused
            if self.connection:
                self.connection.close()
            self.connection = None
            if reused and retry:
                self.counts["retried"] = self.counts.get("retried", 0) + 1
                return self.ask(path, retry=False)
            self.counts.setdefault("errors", []).append("%s: %r" % (path, error))
            return "failed"


def loaded(counts):
    """Whether the load is under way: 10 searches or pages and a PDF answered."""
    return sum(c.get("ok", 0) for c in counts) >= 10 and sum(c.get("pdf", 0) for c in counts) >= 1


def shutdown(options):
    server, port, _ = start(options.tilbud, options.index)
    words = ["rygestop", "sorg", "demens", "motion", "ensom", "sukkersyge", "kol", "alkohol", "tandpleje", "stress"]
    searches = ["/api/search?" + urllib.parse.urlencode({"q": "%s %s" % (a, b), "limit": str(n % 20 + 1)})
                for n, (a, b) in enumerate((a, b) for a in words for b in words)]
    pages = ["/?q=" + word for word in words]
    pdfs = ["/udvalg.pdf?q=" + word for word in words]
    stop = threading.Event()
    counts = [{} for _ in range(8)]
    clients = [Client(port, searches, stop, counts[i]) for i in range(5)]
    clients += [Client(port, pages, stop, counts[5]), Client(port, pdfs, stop, counts[6]), Client(port, pdfs[3:], stop, counts[7])]
    for client in clients:
        client.start()
    # SIGTERM comes once the load is running for certain, however slow the machine or busy its
    # neighbours: at least 10 searches or pages and one PDF answered (a fixed 2 s once saw none).
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and not loaded(counts):
        time.sleep(0.05)
    before = sum(c.get("ok", 0) + c.get("pdf", 0) for c in counts)
    started = loaded(counts)
    server.send_signal(signal.SIGTERM)
    try:
        status = server.wait(30)
    except subprocess.TimeoutExpired:
        server.kill()
        status = "hang"
    stop.set()
    for client in clients:
        client.join(35)
    total = {key: sum(c.get(key, 0) for c in counts) for key in ("ok", "pdf", "failed", "retried")}
    errors = [error for c in counts for error in c.get("errors", [])]
    log = finished_log(server)
    print(json.dumps({"exit": status, "before_sigterm": before, **total, "errors": errors[:10]}, ensure_ascii=False))
    if not started:
        print("FEJL: belastningen kom ikke i gang på 90 s, så SIGTERM kom ikke midt i den")
    good = started and status == 0 and total["failed"] == 0 and "stoppet" in log
    print("OK" if good else "FEJL")
    return 0 if good else 1


def privacy(options):
    marker = options.marker
    quoted = urllib.parse.quote(marker)
    paths = ["/?q=" + quoted, "/?q=82-%C3%A5rig+" + quoted + "&alder=82", "/api/search?q=" + quoted,
             "/api/search?alder=" + quoted, "/api/search?q=rygestop&" + quoted + "=1", "/udvalg?ids=" + quoted.lower(),
             "/udvalg.pdf?q=" + quoted, "/tilbud/" + quoted.lower(), "/api/tilbud/" + quoted, "/" + quoted,
             "/static/" + quoted + ".css", "/api/search?q=" + quoted + "&adgang=" + quoted, "/landkort?q=" + quoted]
    failures = 0
    for form in ("tekst", "json"):
        server, port, first = start(options.tilbud, options.index, "--log-niveau", "trace", "--log-format", form)
        for path in paths:
            for encoding in ({}, {"Accept-Encoding": "gzip"}):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", path, headers=encoding)
                connection.getresponse().read()
                connection.close()
        server.send_signal(signal.SIGTERM)
        server.wait(30)
        output = first + finished_log(server)
        lines = [line for line in output.splitlines() if "forespørgsel" in line]
        leaked = [line for line in output.splitlines() if marker.lower() in line.lower()]
        print("%s: %d linjer om forespørgsler af %d, %d med søgeteksten" % (form, len(lines), 2 * len(paths), len(leaked)))
        for line in leaked[:5]:
            print("FEJL: " + line)
        failures += len(leaked) + (0 if len(lines) == 2 * len(paths) else 1)
    print("OK" if failures == 0 else "FEJL")
    return 0 if failures == 0 else 1


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("check", choices=["shutdown", "privacy"])
    arguments.add_argument("--tilbud", required=True)
    arguments.add_argument("--index", required=True)
    arguments.add_argument("--marker", default="")
    options = arguments.parse_args()
    return shutdown(options) if options.check == "shutdown" else privacy(options)


if __name__ == "__main__":
    sys.exit(main())
