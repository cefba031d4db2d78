"""The web app behind `postcheck serve`: one page, and two requests it makes.

    GET  /?token=T            the page (templates/page.html)
    GET  /static/F?token=T    its script and stylesheet
    POST /api/check           a draft and its photos -> the result (templates/result.html)
    POST /api/strip           one photo -> the same photo without its metadata (GPS, time, device)

The screening is the Screener's, built once at start-up, and the result is rendered from
`report_to_dict`: the page is another face of `postcheck check`, not a second screening path.
Drafts and photos live in memory for one request and are never written to disk or logged;
`guard.LocalOnly` decides who may ask at all.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import AsyncIterator

from PIL import Image
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from postcheck.config import Config
from postcheck.errors import InputError
from postcheck.images.exif import stripped_copy
from postcheck.model import ErrorKind, InMemoryPhoto, Post, Report, ScreenError
from postcheck.serve.guard import TOKEN_HEADER, LocalOnly
from postcheck.serve.view import result_context
from postcheck.suppress import Suppressor

log = logging.getLogger("postcheck")

HERE = Path(__file__).parent
MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much one request may carry; past these the page says so instead of checking."""

    max_chars: int  # Settings.max_chars, as for `check`
    max_photo_bytes: int = 20 * MEGABYTE
    max_photos: int = 8

    @property
    def max_request_bytes(self) -> int:
        # Every photo at its limit, the text at four UTF-8 bytes a character, and room for the form.
        return self.max_photos * self.max_photo_bytes + 4 * self.max_chars + 64 * 1024


class Refused(Exception):
    """A request the page answers with a message (too large, not a form) instead of a result."""

    def __init__(self, message: str, status: int = 413) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class CheckPage:
    """Holds what every request shares: the screener, its settings, the templates."""

    def __init__(self, screener, config: Config, token: str) -> None:
        self.screener = screener
        self.config = config
        self.token = token
        self.limits = Limits(max_chars=config.settings.max_chars)
        self.suppressor = Suppressor.load(config.settings.ignore_file)
        self.templates = Jinja2Templates(directory=HERE / "templates")
        # One screening at a time: the detectors are built once and shared, not made for threads.
        self._screening = threading.Lock()

    async def page(self, request: Request) -> Response:
        return self.templates.TemplateResponse(request, "page.html", {
            "token": self.token,
            "token_header": TOKEN_HEADER,
            "limits": self.limits,
            "in_use": self.settings_in_use(),
        })

    async def check(self, request: Request) -> Response:
        try:
            form = await read_form(request, self.limits)
            post = Post(id="draft", text=draft_text(form, self.limits), images=await photos(form, self.limits))
        except Refused as exc:
            return self.message(request, exc)
        report = await run_in_threadpool(self.screen, post)
        return self.templates.TemplateResponse(request, "result.html", result_context(report))

    async def strip(self, request: Request) -> Response:
        try:
            form = await read_form(request, self.limits)
            uploaded = await photos(form, self.limits)
            if len(uploaded) != 1:
                raise Refused("Send one photo to remove its location data.", status=400)
            data, image_format = await run_in_threadpool(stripped_copy, uploaded[0])
        except Refused as exc:
            return self.message(request, exc)
        except InputError as exc:
            return self.message(request, Refused(str(exc), status=400))
        return Response(data, media_type=Image.MIME.get(image_format, "application/octet-stream"),
                        headers={"content-disposition": "attachment"})

    def screen(self, post: Post) -> Report:
        """The report, as `check` makes it. A crash is the report's error, never a pass."""
        with self._screening:
            try:
                return self.suppressor.apply(self.screener.screen(post))
            except Exception as exc:
                log.error("screening failed: %s", type(exc).__name__)  # never the draft
                return Report(post=post, errors=[ScreenError(
                    ErrorKind.DETECTOR, "screener", f"screening failed ({type(exc).__name__})")])

    def message(self, request: Request, refused: Refused) -> Response:
        return self.templates.TemplateResponse(request, "message.html", {"message": refused.message},
                                               status_code=refused.status)

    def settings_in_use(self) -> dict[str, object]:
        """What the page says about the pack and agency settings it checks against."""
        settings = self.config.settings
        return {
            "pack": self.screener.rulebook.pack(settings.policy),
            "agency_names": settings.employer_names,
            "disclaimer": settings.disclaimer,
            "config_file": self.config.file.describe() if self.config.file else None,
            "ocr": settings.ocr,
            "watchlist": settings.watchlist is not None,
        }


async def read_form(request: Request, limits: Limits) -> FormData:
    """The request's multipart form, every part held in memory, within `limits`."""
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise Refused("The page sends drafts as a form; nothing else is accepted.", status=400)
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limits.max_request_bytes:
        raise Refused(_too_much(limits))
    parser = MultiPartParser(request.headers, _bounded(request, limits), max_files=limits.max_photos + 1,
                             max_part_size=limits.max_request_bytes)
    # Starlette spools a file part to a temporary file past this size; the whole request is
    # bounded by max_request_bytes, so at this size no photo ever touches the disk.
    parser.spool_max_size = limits.max_request_bytes
    try:
        return await parser.parse()
    except MultiPartException as exc:
        if "files" in str(exc).lower():
            raise Refused(_too_many_photos(limits)) from None
        raise Refused("The form could not be read; reload the page and try again.", status=400) from None


async def _bounded(request: Request, limits: Limits) -> AsyncIterator[bytes]:
    """The body, refused once it passes the limit (a request need not say its length)."""
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limits.max_request_bytes:
            raise Refused(_too_much(limits))
        yield chunk


def draft_text(form: FormData, limits: Limits) -> str:
    text = form.get("text") or ""
    if not isinstance(text, str):
        raise Refused("The draft must be sent as text.", status=400)
    if len(text) > limits.max_chars:
        raise Refused(f"Your draft is {len(text):,} characters long. postcheck checks up to {limits.max_chars:,} "
                      f"characters at a time: split it into shorter posts. This draft was not checked.")
    return text


async def photos(form: FormData, limits: Limits) -> list[InMemoryPhoto]:
    """The uploaded photos, in memory, each named as the person's file was (names made unique)."""
    uploads = [item for item in form.getlist("photos") + form.getlist("photo") if isinstance(item, UploadFile)]
    if len(uploads) > limits.max_photos:
        raise Refused(_too_many_photos(limits))
    taken: set[str] = set()
    result = []
    for number, upload in enumerate(uploads, start=1):
        name = _unique(_display_name(upload.filename, number), taken)
        data = await upload.read()
        if len(data) > limits.max_photo_bytes:
            raise Refused(f"The photo “{name}” is {len(data) / MEGABYTE:.1f} MB. Photos up to "
                          f"{limits.max_photo_bytes // MEGABYTE} MB can be checked: send a smaller copy. "
                          f"This draft was not checked.")
        result.append(InMemoryPhoto(name, data))
    return result


def _display_name(filename: str | None, number: int) -> str:
    """The file's own name (never a path), without control characters, at most 100 characters."""
    name = re.sub(r"[\x00-\x1f\x7f]", "", (filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
    return name[:100] or f"photo {number}"


def _unique(name: str, taken: set[str]) -> str:
    candidate, copy = name, 2
    while candidate in taken:
        candidate, copy = f"{name} ({copy})", copy + 1
    taken.add(candidate)
    return candidate


def _too_many_photos(limits: Limits) -> str:
    return f"Up to {limits.max_photos} photos can be checked with one draft. Remove some and check again."


def _too_much(limits: Limits) -> str:
    return (f"That is more than postcheck accepts at once ({limits.max_request_bytes // MEGABYTE} MB in all). "
            f"Use fewer or smaller photos. This draft was not checked.")


def create_app(screener, config: Config, *, token: str, port: int) -> Starlette:
    """The app for a server on 127.0.0.1:`port` whose page carries `token`."""
    page = CheckPage(screener, config, token)
    return Starlette(
        routes=[
            Route("/", page.page, methods=["GET"]),
            Route("/api/check", page.check, methods=["POST"]),
            Route("/api/strip", page.strip, methods=["POST"]),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=[Middleware(LocalOnly, token=token, port=port)],
    )
