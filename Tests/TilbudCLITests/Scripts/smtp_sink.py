#!/usr/bin/env python3
"""A real SMTP server for the mail tests (aiosmtpd), and the reader of what it received.

  smtp_sink.py serve FOLDER   listens on a free loopback port, prints "PORT <n>", and writes each
                              message it accepts to FOLDER/<n>.eml (the envelope in <n>.json)
                              before it answers 250, so a sendmail that has returned has delivered.
                              Runs until it is terminated.
  smtp_sink.py read FOLDER    prints the messages as JSON, parsed back with Python's email package:
                              recipients, the decoded subject, the plain text and its links.
"""
import json
import os
import re
import signal
import socket
import sys
import threading
from email import policy
from email.parser import BytesParser


def serve(folder):
    from aiosmtpd.controller import Controller

    class Keep:
        def __init__(self):
            self.count = 0
            self.lock = threading.Lock()

        async def handle_DATA(self, server, session, envelope):
            with self.lock:
                self.count += 1
                number = self.count
            base = os.path.join(folder, "%03d" % number)
            with open(base + ".json", "w") as f:
                json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, f)
            with open(base + ".eml", "wb") as f:
                f.write(envelope.original_content)
            return "250 OK"

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    # The signals that end the server are taken by this thread alone (the server's thread
    # inherits the block), so sigwait returns at once when the test terminates it.
    stop = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop)
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    print("PORT %d" % port, flush=True)
    signal.sigwait(stop)
    controller.stop()


def read(folder):
    messages = []
    for name in sorted(n for n in os.listdir(folder) if n.endswith(".eml")):
        with open(os.path.join(folder, name), "rb") as f:
            raw = f.read()
        with open(os.path.join(folder, name[:-4] + ".json")) as f:
            envelope = json.load(f)
        message = BytesParser(policy=policy.default).parsebytes(raw)
        body = message.get_body(preferencelist=("plain",))
        text = (body.get_content() if body is not None else "").replace("\r\n", "\n")
        messages.append({
            "envelope_to": envelope["rcpt_tos"],
            "to": [address.addr_spec for address in message["To"].addresses],
            "to_names": [address.display_name for address in message["To"].addresses],
            "from": str(message["From"] or ""),
            "subject": str(message["Subject"]),
            "message_id": str(message["Message-ID"] or ""),
            "date": str(message["Date"] or ""),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset() or "",
            "text": text,
            "links": re.findall(r"https?://\S+", text),
            "ascii_only": all(byte < 128 for byte in raw),
        })
    json.dump(messages, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    {"serve": serve, "read": read}[sys.argv[1]](sys.argv[2])
