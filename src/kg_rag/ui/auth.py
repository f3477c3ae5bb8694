"""The page's login: `KG_RAG_AUTH="user:password"`, checked before the server starts, and a limit on
failed logins per client (MAX_FAILURES in WINDOW seconds -> refused for LOCKOUT seconds), enforced
by an ASGI middleware in front of Gradio's /login (Gradio's own `auth` callable does not see the
client)."""
from __future__ import annotations

import json
import os
import re
import secrets
import threading
import time

from ..errors import BadInput

MAX_FAILURES, WINDOW, LOCKOUT = 5, 60.0, 60.0


def auth_from_env(env=os.environ) -> tuple[str, str] | None:
    """(user, password) from KG_RAG_AUTH, None when unset; BadInput when set but unusable — an
    app meant to have a login must never start without one."""
    raw = env.get("KG_RAG_AUTH")
    if raw is None or raw == "":
        return None
    user, sep, password = raw.partition(":")
    if not sep or not user.strip() or not password:
        raise BadInput('KG_RAG_AUTH must be "user:password" with a non-empty user and password '
                       "(unset it to serve without a login)")
    return user.strip(), password


def checker(user: str, password: str):
    """Gradio's `auth` callable: a constant-time comparison."""
    def check(u: str, p: str) -> bool:
        ok_u = secrets.compare_digest((u or "").encode(), user.encode())
        ok_p = secrets.compare_digest((p or "").encode(), password.encode())
        return ok_u and ok_p
    return check


class LoginGuard:
    """Failed-login bookkeeping per client (pure; `now` injectable for tests)."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = WINDOW, lockout: float = LOCKOUT):
        self.max, self.window, self.lockout = max_failures, window, lockout
        self._fails: dict[str, list[float]] = {}
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, client: str, now: float | None = None) -> float:
        """Seconds this client must wait before trying again (0: may try)."""
        now = time.monotonic() if now is None else now
        with self._lock:
            return max(0.0, self._until.get(client, 0.0) - now)

    def failed(self, client: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            recent = [t for t in self._fails.get(client, []) if now - t < self.window] + [now]
            self._fails[client] = recent
            if len(recent) >= self.max:
                self._until[client] = now + self.lockout
                self._fails[client] = []

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._fails.pop(client, None)


LOGIN_VI = {"Login": "Đăng nhập", "login": "Đăng nhập", "username": "Tên đăng nhập", "Username": "Tên đăng nhập",
            "password": "Mật khẩu", "Password": "Mật khẩu",
            "Incorrect Credentials": "Sai tên đăng nhập hoặc mật khẩu (sau 5 lần sai phải chờ 1 phút).",
            "Loading...": "Đang tải…", "Loading": "Đang tải"}
# Gradio's login page gets no app config (so no i18n, no head): this goes into the page's <head>.
LOGIN_SCRIPT = ("<script>(function(){var d=document.documentElement,M=" + json.dumps(LOGIN_VI, ensure_ascii=False)
                + ";function L(){if(d.lang!=='vi')d.lang='vi'}L();new MutationObserver(L).observe(d,{attributes:true,"
                "attributeFilter:['lang']});function F(r){if(!r)return;var w=document.createTreeWalker(r,4),n;"
                "while((n=w.nextNode())){var t=n.nodeValue.trim();if(M[t])n.nodeValue=M[t]}if(r.querySelectorAll)"
                "r.querySelectorAll('[placeholder],[aria-label],[title]').forEach(function(e){['placeholder',"
                "'aria-label','title'].forEach(function(a){var v=e.getAttribute(a);if(v&&M[v.trim()])e.setAttribute(a,"
                "M[v.trim()])})})}document.addEventListener('DOMContentLoaded',function(){F(document.body);"
                "new MutationObserver(function(ms){ms.forEach(function(m){F(m.target.nodeType===1?m.target:"
                "m.target.parentNode)})}).observe(document.body,{childList:true,subtree:true,characterData:true})})"
                "})();</script>").encode("utf-8")


_HTML_LANG = re.compile(rb"<html(\s+)lang=\"[^\"]*\"")


class LoginLimit:
    """ASGI middleware in front of the page:

    * a locked-out client's POST /login is answered 429 without being checked; every other
      /login answer is recorded (400/401 = a failure);
    * the HTML page is served with lang="vi" (Gradio's template says "en") and, when a login is
      on, LOGIN_SCRIPT, so that Gradio's login form is Vietnamese too."""

    def __init__(self, app, guard: LoginGuard | None = None, login: bool = True):
        self.app, self.guard, self.login = app, guard or LoginGuard(), login

    async def __call__(self, scope, receive, send):
        if scope.get("type") != "http":
            return await self.app(scope, receive, send)
        if scope.get("method") == "GET":
            return await self._page(scope, receive, send)
        if scope.get("method") != "POST" or not scope.get("path", "").rstrip("/").endswith("/login"):
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("?", 0))[0]
        wait = self.guard.wait(client)
        if wait > 0:
            body = json.dumps({"detail": f"Đăng nhập sai quá {self.guard.max} lần. Chờ {int(wait) + 1} giây rồi "
                                         "thử lại."}, ensure_ascii=False).encode("utf-8")
            await send({"type": "http.response.start", "status": 429, "headers": [
                (b"content-type", b"application/json; charset=utf-8"), (b"retry-after", str(int(wait) + 1).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        status = {}

        async def watch(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)
        await self.app(scope, receive, watch)
        if status.get("code") in (400, 401):
            self.guard.failed(client)
        elif status.get("code") == 200:
            self.guard.succeeded(client)

    async def _page(self, scope, receive, send):
        """Pass responses through; an HTML page is buffered and gets LOGIN_SCRIPT in its head."""
        held: dict = {}

        async def relay(message):
            if message["type"] == "http.response.start":
                ctype = dict(message.get("headers") or []).get(b"content-type", b"")
                if ctype.startswith(b"text/html"):
                    held["start"], held["body"] = message, b""
                    return
            elif message["type"] == "http.response.body" and "start" in held:
                held["body"] += message.get("body", b"")
                if message.get("more_body"):
                    return
                body = _HTML_LANG.sub(rb'<html\1lang="vi"', held["body"], count=1)
                if self.login:
                    body = body.replace(b"<head>", b"<head>" + LOGIN_SCRIPT, 1)
                start = dict(held.pop("start"))
                start["headers"] = [(k, v) for k, v in start.get("headers") or [] if k.lower() != b"content-length"] \
                    + [(b"content-length", str(len(body)).encode())]
                await send(start)
                await send({"type": "http.response.body", "body": body})
                return
            await send(message)
        await self.app(scope, receive, relay)
