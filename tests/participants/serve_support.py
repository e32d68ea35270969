"""`samskap serve` as a real process on 127.0.0.1, and a small blocking HTTP client for it."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).parents[2]


class ServeProcess:
    """`python -m app serve FILE --host 127.0.0.1 ...`; `url` is the first line's join address."""

    def __init__(self, path: Path, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", str(path), "--host", "127.0.0.1", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            encoding="utf-8",
        )
        assert self.process.stdout is not None
        first = self.process.stdout.readline()
        assert first.startswith("join: http://127.0.0.1:"), (first, self.stop())
        self.url = first.split(" ", 1)[1].strip()
        parts = urlsplit(self.url)
        self.port = parts.port or 80
        self.code = parts.path.rsplit("/", 1)[1]
        self.token: str | None = None

    def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            headers = {"Content-Type": "application/json"}
            if self.token:
                headers["Authorization"] = f"Bearer {self.token}"
            conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
            response = conn.getresponse()
            data = response.read()
            return response.status, json.loads(data) if data.startswith(b"{") else data
        finally:
            conn.close()

    def join(self, name: str | None = None) -> None:
        status, body = self.call("POST", "/api/join", {"code": self.code, "name": name})
        assert status == 200, body
        self.token = body["token"]

    def post_without_waiting(self, text: str) -> None:
        """Send a note and do not read the answer (the server is about to be killed)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"}
        conn.request("POST", "/api/notes", body=json.dumps({"text": text}), headers=headers)

    def stop(self, *, sig: int | None = None) -> tuple[int, str]:
        """Send `sig` (SIGTERM by default), wait, and return (exit code, stderr)."""
        import signal

        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM if sig is None else sig)
        _out, err = self.process.communicate(timeout=60)
        return self.process.returncode, err
