"""Only the page postcheck opened, on this machine, may use the server.

Listening on 127.0.0.1 keeps other machines out; this keeps out everything else that can
reach the loopback address:

- another user of the machine, or a program, that does not know the token made at start-up;
- another web page in the same browser: it cannot read the token, cannot send the header that
  carries it without the browser first asking (a CORS preflight this server never answers),
  and its requests carry its own `Origin`;
- DNS rebinding (a foreign name resolved to 127.0.0.1): its requests carry that name in `Host`.

Every response also gets headers that keep the page self-contained (the Content-Security-Policy)
and keep drafts out of the browser's disk cache.
"""

from __future__ import annotations

import secrets
from urllib.parse import parse_qs

from starlette.datastructures import Headers
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_HEADER = "x-postcheck-token"

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
    # Drafts and reports must not be kept in the browser's cache on disk.
    (b"cache-control", b"no-store"),
]


class LocalOnly:
    """ASGI middleware: refuse (403) a request with a foreign Host or Origin or without the token."""

    def __init__(self, app: ASGIApp, *, token: str, port: int) -> None:
        self.app = app
        self.token = token
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self.refusal(scope)
        if refusal is not None:
            await PlainTextResponse(refusal, status_code=403, headers=dict(
                (k.decode(), v.decode()) for k, v in SECURITY_HEADERS))(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def refusal(self, scope: Scope) -> str | None:
        """Why the request is refused, or None to let it through."""
        headers = Headers(scope=scope)
        if headers.get("host", "") not in self.hosts:
            return "Refused: this server answers only to 127.0.0.1 or localhost on its own port."
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins:
            return "Refused: requests from other web pages are not accepted."
        if not secrets.compare_digest(self._token_sent(scope, headers).encode(), self.token.encode()):
            return ("Refused: the key is missing or wrong. Open the address that `postcheck serve` printed "
                    "when it started (it ends with ?token=...).")
        return None

    def _token_sent(self, scope: Scope, headers: Headers) -> str:
        # The page and its static files are loaded by the browser itself, which cannot add a
        # header: they carry the token in the query string. Everything else needs the header.
        path = scope["path"]
        if scope["method"] == "GET" and (path == "/" or path.startswith("/static/")):
            values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token", [""])
            return values[0]
        return headers.get(TOKEN_HEADER, "")
