"""A real SMTP server for the tests (aiosmtpd, from PyPI): every message it accepts is written
as one JSON file (envelope, headers, the text and HTML parts) into a directory the test reads.

Usage: smtp_sink.py PORT OUT_DIR [starttls|implicit CERT KEY]. Prints "ready" once it listens,
and stops when its standard input closes (the test that started it is gone). With `starttls`
it requires STARTTLS before accepting mail; with `implicit` it speaks TLS from the first byte.
Recipients whose address starts with "bounce" are refused with 550, as a real server refuses
an unknown mailbox.
"""

import email
import json
import os
import ssl
import sys
import time
import uuid
from email import policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, out_dir):
        self.out_dir = out_dir

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().startswith("bounce"):
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        parts = {}
        for part in message.walk():
            if part.is_multipart():
                continue
            parts.setdefault(part.get_content_type(), part.get_content())
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": {name.lower(): str(value) for name, value in message.items()},
            "content_type": message.get_content_type(),
            # STARTTLS sets the session's `ssl`; implicit TLS shows on the transport.
            "tls": bool(getattr(session, "ssl", None)) or server.transport.get_extra_info("ssl_object") is not None,
            "text": parts.get("text/plain"),
            "html": parts.get("text/html"),
        }
        name = f"{time.time_ns()}-{uuid.uuid4().hex}.json"
        temporary = os.path.join(self.out_dir, name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as out:
            json.dump(record, out)
        os.rename(temporary, os.path.join(self.out_dir, name))
        return "250 Message accepted"


def main():
    port, out_dir = int(sys.argv[1]), sys.argv[2]
    options = {}
    if len(sys.argv) > 3:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(sys.argv[4], sys.argv[5])
        if sys.argv[3] == "starttls":
            options = {"tls_context": context, "require_starttls": True}
        else:
            options = {"ssl_context": context}
    controller = Controller(Sink(out_dir), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
