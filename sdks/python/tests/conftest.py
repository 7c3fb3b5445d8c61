"""Fixtures: a scripted local HTTP server for unit tests, and the live server's settings."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Reply:
    status: int
    body: object = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Script = Callable[[Seen, int], Reply]


class Scripted:
    """A server on 127.0.0.1 that answers each request as ``script`` says."""

    def __init__(self) -> None:
        self.script: Script = lambda seen, n: Reply(200, {})
        self.seen: list[Seen] = []
        scripted = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                seen = Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length))
                scripted.seen.append(seen)
                reply = scripted.script(seen, len(scripted.seen))
                if reply.delay:
                    threading.Event().wait(reply.delay)
                data = b"" if reply.body is None else json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    content_type = "application/problem+json" if reply.status >= 400 else "application/json"
                    self.send_header("content-type", content_type)
                    self.send_header("content-length", str(len(data)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _any

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted() -> Iterator[Scripted]:
    server = Scripted()
    yield server
    server.close()


@dataclass(frozen=True)
class Live:
    url: str
    admin_key: str


@pytest.fixture(scope="session")
def live() -> Live:
    url = os.environ.get("TESSERA_URL")
    key = os.environ.get("TESSERA_ADMIN_KEY")
    if not url or not key:
        pytest.fail(
            "TESSERA_URL and TESSERA_ADMIN_KEY are not set: run the live scenario with "
            "`cargo xtask sdk-test`, which starts a server and sets them"
        )
    return Live(url, key)
