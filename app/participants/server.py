"""The participant server: the phone page, its assets and the JSON API, nothing else.

An aiohttp application over a ParticipantService. Every response carries a
Content-Security-Policy that allows only the page's own script and style
files (no inline script), so text from a phone can never run as code even if
a future page forgot to treat it as text. The API is documented in README,
"Participants' phones".
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiohttp import web

from app.domain.model import Device, Submission, VoteDot
from app.participants.events import CLOSE, EventHub
from app.participants.group_commit import GroupCommit
from app.participants.page import STATIC_FILES, index_html, read
from app.participants.phone_state import page_language
from app.participants.room import MAX_BODY_BYTES
from app.participants.service import ApiError, ParticipantService
from app.participants.turns import Turns

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
KEEPALIVE_S = 20.0  # a comment line this often keeps routers from closing a quiet stream

SERVICE = web.AppKey("service", ParticipantService)
HUB = web.AppKey("hub", EventHub)
NOTES = web.AppKey("notes", GroupCommit[Submission])
DOTS = web.AppKey("dots", GroupCommit[VoteDot])
JOINS = web.AppKey("joins", GroupCommit[tuple[str, Device]])
TURNS = web.AppKey("turns", Turns)


def build_app(service: ParticipantService, hub: EventHub) -> web.Application:
    """The aiohttp application for one sharing session."""
    app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[_take_turn, _errors])
    app[TURNS] = Turns()
    app[SERVICE] = service
    app[HUB] = hub
    app[NOTES] = GroupCommit(service.submit_many)
    app[DOTS] = GroupCommit(service.add_dots)
    app[JOINS] = GroupCommit(service.join_many)
    app.on_response_prepare.append(_security_headers)
    app.router.add_get("/", _page)
    app.router.add_get("/j/{code}", _page)
    app.router.add_get("/static/{name}", _static)
    app.router.add_post("/api/join", _join)
    app.router.add_get("/api/state", _state)
    app.router.add_post("/api/notes", _notes)
    app.router.add_post("/api/votes/{vote_id}/dots", _add_dot)
    app.router.add_delete("/api/votes/{vote_id}/dots", _remove_dot)
    app.router.add_get("/api/events", _events)
    return app


async def _security_headers(_request: web.Request, response: web.StreamResponse) -> None:
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.setdefault("Cache-Control", "no-store")


@web.middleware
async def _take_turn(request: web.Request, handler: Any) -> web.StreamResponse:
    await request.app[TURNS].take()  # a room's burst leaves the window its turns (turns.py)
    return await handler(request)  # type: ignore[no-any-return]


@web.middleware
async def _errors(request: web.Request, handler: Any) -> web.StreamResponse:
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        return _error(413, "too-large")
    try:
        return await handler(request)  # type: ignore[no-any-return]
    except ApiError as error:
        return _error(error.status, error.reason)
    except web.HTTPRequestEntityTooLarge:
        return _error(413, "too-large")


def _error(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)


async def _body(request: web.Request) -> dict[str, Any]:
    raw = await request.read()  # client_max_size answers 413 for a larger body
    if not raw:
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):
        raise ApiError(400, "not-json") from None
    if not isinstance(body, dict):
        raise ApiError(400, "not-an-object")
    return body


def _token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return header[len("Bearer ") :].strip()
    return None


def _device(request: web.Request, token: str | None = None) -> Any:
    service = request.app[SERVICE]
    device = service.device_for(token if token is not None else _token(request))
    service.spend(device)
    return device


async def _page(request: web.Request) -> web.Response:
    language = page_language(request.app[SERVICE].document.workshop)
    return web.Response(body=index_html(language), content_type="text/html", charset="utf-8")


async def _static(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    if name not in STATIC_FILES:
        raise web.HTTPNotFound()
    response = web.Response(body=read(name))
    response.headers["Content-Type"] = STATIC_FILES[name]
    return response


async def _join(request: web.Request) -> web.Response:
    body = await _body(request)
    token, device = await request.app[JOINS].submit(body.get("code"), body.get("name"), request.remote or "")
    return web.json_response({"token": token, "device": {"name": device.name, "number": device.number}})


async def _state(request: web.Request) -> web.Response:
    device = _device(request)
    return web.json_response(request.app[SERVICE].state(device))


async def _notes(request: web.Request) -> web.Response:
    device = _device(request)
    body = await _body(request)
    submission = await request.app[NOTES].submit(device, body.get("text"), body.get("id"))
    return web.json_response({"id": submission.id}, status=201)


async def _note_id(request: web.Request) -> Any:
    body = await _body(request)
    return body.get("note_id", request.query.get("note_id"))


async def _add_dot(request: web.Request) -> web.Response:
    device = _device(request)
    note_id = await _note_id(request)
    dot = await request.app[DOTS].submit(device, request.match_info["vote_id"], note_id)
    return web.json_response({"id": dot.id}, status=201)


async def _remove_dot(request: web.Request) -> web.Response:
    device = _device(request)
    note_id = await _note_id(request)
    request.app[SERVICE].remove_dot(device, request.match_info["vote_id"], note_id)
    return web.json_response({}, status=200)


async def _events(request: web.Request) -> web.StreamResponse:
    # EventSource cannot send an Authorization header: the token may come as ?token=.
    device = _device(request, _token(request) or request.query.get("token", ""))
    hub = request.app[HUB]
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no"})
    await response.prepare(request)
    queue = hub.listen(device.id)
    try:
        await response.write(b"retry: 3000\nevent: changed\ndata: {}\n\n")
        while True:
            try:
                news = await asyncio.wait_for(queue.get(), KEEPALIVE_S)
            except TimeoutError:
                await response.write(b": keep-alive\n\n")
                continue
            if news == CLOSE:
                break
            await response.write(b"event: changed\ndata: {}\n\n")
    except ConnectionResetError:
        pass
    finally:
        hub.forget(queue)
    return response
