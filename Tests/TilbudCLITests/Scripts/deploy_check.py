#!/usr/bin/python3
"""The nginx site of scripts/deploy in front of the real `tilbud serve`, on loopback, with a
self-signed certificate: Debian's nginx accepts the file (nginx -t), HTTP goes to HTTPS, answers
come through with the server's gzip and headers, /metrics is open to loopback, and nginx's own
log holds no search text.

The site file is used as written, but for what a test on loopback must change: its ports, the
certificate, the log folder and the upstream's port (each replaced below, and required to be found).
Usage: deploy_check.py --tilbud BIN --index DIR --site scripts/deploy/nginx-tilbudsguide.conf
"""
import argparse
import gzip
import http.client
import os
import re
import select
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time

MARKER = "Enkemandvedsoeen"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def replace(text, old, new):
    if old not in text:
        sys.exit("FEJL: %r står ikke i nginx-filen" % old)
    return text.replace(old, new)


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--tilbud", required=True)
    arguments.add_argument("--index", required=True)
    arguments.add_argument("--site", required=True)
    options = arguments.parse_args()
    work = tempfile.mkdtemp(prefix="nginx-proeve.")
    server = nginx = None
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                        "-keyout", work + "/privkey.pem", "-out", work + "/fullchain.pem"], check=True, capture_output=True)
        server = subprocess.Popen([options.tilbud, "serve", "--index", options.index, "--tilstand", work + "/tilstand", "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        ready, _, _ = select.select([server.stdout], [], [], 30)
        upstream = re.search(r"http://127\.0\.0\.1:(\d+)/", server.stdout.readline() if ready else "").group(1)
        https, plain = free_port(), free_port()
        site = open(options.site).read()
        site = replace(site, "server 127.0.0.1:8080", "server 127.0.0.1:" + upstream)
        site = replace(site, "    listen 80;\n    listen [::]:80;\n", "    listen 127.0.0.1:%d;\n" % plain)
        site = replace(site, "    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n", "    listen 127.0.0.1:%d ssl http2;\n" % https)
        site = replace(site, "/etc/ssl/tilbudsguide/", work + "/")
        site = replace(site, "/var/log/nginx/", work + "/")
        open(work + "/site.conf", "w").write(site)
        user = "user root;\n" if os.geteuid() == 0 else ""
        open(work + "/nginx.conf", "w").write(
            "%spid %s/nginx.pid;\nerror_log %s/nginx-fejl.log;\nevents {}\nhttp {\n" % (user, work, work)
            + "".join("  %s_temp_path %s/%s;\n" % (kind, work, kind) for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
            + "  include %s/site.conf;\n}\n" % work)
        test = subprocess.run(["nginx", "-t", "-p", work, "-c", work + "/nginx.conf"], capture_output=True, text=True)
        print(test.stderr.strip())
        if test.returncode != 0:
            return 1
        nginx = subprocess.Popen(["nginx", "-p", work, "-c", work + "/nginx.conf", "-g", "daemon off;"], stderr=subprocess.PIPE)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", https), 0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        checks = []

        def ask(path, headers=None, secure=True):
            connection = (http.client.HTTPSConnection("127.0.0.1", https, context=context, timeout=30) if secure
                          else http.client.HTTPConnection("127.0.0.1", plain, timeout=30))
            connection.request("GET", path, headers=headers or {})
            response = connection.getresponse()
            return response, response.read()

        response, _ = ask("/?q=" + MARKER, secure=False)
        checks.append(("HTTP sendes videre til HTTPS", response.status == 301 and response.getheader("Location", "").startswith("https://")))
        response, body = ask("/healthz")
        checks.append(("/healthz svarer 200 gennem nginx", response.status == 200 and b'"status":"ok"' in body))
        response, body = ask("/api/search?q=rygestop+" + MARKER, {"Accept-Encoding": "gzip"})
        checks.append(("søgesvaret kommer gzip-komprimeret fra serveren",
                       response.getheader("Content-Encoding") == "gzip" and b'"antal"' in gzip.decompress(body)))
        checks.append(("serverens sikkerhedsheadere kommer med", "default-src 'self'" in (response.getheader("Content-Security-Policy") or "")))
        checks.append(("HSTS fra nginx", (response.getheader("Strict-Transport-Security") or "").startswith("max-age=")))
        response, body = ask("/metrics")
        checks.append(("/metrics er åben fra maskinen selv", response.status == 200 and b"tilbudsguide_http_requests_total" in body))
        response, _ = ask("/?q=" + MARKER)
        checks.append(("søgesiden svarer", response.status == 200))
        time.sleep(0.3)
        logs = "".join(open(os.path.join(work, name), errors="replace").read() for name in os.listdir(work) if name.endswith(".log"))
        checks.append(("nginx' log har forespørgslerne", "/api/search" in logs and "/healthz" in logs))
        checks.append(("nginx' log har ingen søgetekst", MARKER not in logs and "rygestop" not in logs))
        for name, held in checks:
            print(("OK: " if held else "FEJL: ") + name)
        return 0 if all(held for _, held in checks) else 1
    finally:
        for process in (nginx, server):
            if process and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
