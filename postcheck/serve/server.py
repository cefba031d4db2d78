"""Start the page: build the screener, listen on the loopback address, print the address, open it."""

from __future__ import annotations

import secrets
import socket
import webbrowser
from typing import Callable

import uvicorn

from postcheck.config import Config
from postcheck.serve.app import create_app

HOST = "127.0.0.1"  # the loopback address only: nothing on the network can reach the page


def serve_page(config: Config, *, port: int | None, open_browser: bool, say: Callable[[str], None]) -> None:
    """Run until Ctrl-C. Raises DetectorUnavailable if a detector cannot be built, OSError if
    the port cannot be had."""
    from postcheck.screener import Screener

    screener = Screener(config.settings)
    # Built now, not on the first check: every check, the first one too, then takes a fraction of a second.
    screener.warm_up()
    _ = screener.images
    listener = _listen(port)
    actual_port = listener.getsockname()[1]
    token = secrets.token_urlsafe(32)
    address = f"http://{HOST}:{actual_port}/?token={token}"
    say(f"postcheck is running on this computer only, at\n\n    {address}\n\n"
        "Open that address in your browser (it is the only way in: it carries a key made just now).\n"
        "Drafts and photos stay in this program's memory and are gone when it stops. Press Ctrl-C to stop.")
    if open_browser:
        webbrowser.open(address)
    server = uvicorn.Server(uvicorn.Config(
        create_app(screener, config, token=token, port=actual_port),
        log_level="warning",  # start-up and errors only
        access_log=False,  # no line per request: nothing about what was checked is written anywhere
        server_header=False,
    ))
    server.run(sockets=[listener])


def _listen(port: int | None) -> socket.socket:
    """A socket listening on 127.0.0.1 at `port`, or at a free port when None.

    Bound here rather than by uvicorn so the free port is known before the app (which checks
    the Host header against it) is made, and so the browser can connect at once.
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind((HOST, port or 0))
        listener.listen(64)
    except OSError:
        listener.close()
        raise
    return listener
