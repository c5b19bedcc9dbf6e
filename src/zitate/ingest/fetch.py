"""Ingest stage, URLs: an http(s) URL -> page bytes, with the limits a crawler needs.

Timeouts, a size limit (streamed, so a huge page is cut off early), a redirect limit with every
hop checked, and refusal of private, loopback and link-local addresses unless allowed.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlparse

import httpx

from ..errors import Errors, ZitateError
from .settings import IngestSettings


def fetch_url(url: str, settings: IngestSettings) -> tuple[bytes, str, str | None]:
    """GET ``url``; return (body, final URL, charset from Content-Type)."""
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html,*/*;q=0.5"}
    with httpx.Client(
        timeout=settings.timeout_s, follow_redirects=False, headers=headers
    ) as client:
        current = url
        for _ in range(settings.max_redirects + 1):
            check_host(current, url, settings.allow_private)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise ZitateError(Errors.E107, url, detail=f"HTTP {response.status_code}")
                    body = read_limited(response, url, settings.max_bytes)
                    return body, str(response.url), response.charset_encoding
            except httpx.HTTPError as err:
                raise ZitateError(Errors.E107, url, detail=type(err).__name__) from None
        raise ZitateError(Errors.E107, url, detail=f"more than {settings.max_redirects} redirects")


def read_limited(response: httpx.Response, url: str, limit: int) -> bytes:
    declared = int(response.headers.get("content-length") or 0)
    if declared > limit:
        raise ZitateError(Errors.E007, url, size=declared, limit=limit)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise ZitateError(Errors.E007, url, size=f"more than {limit}", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def check_host(url: str, input: str, allow_private: bool) -> None:
    """Refuse non-http URLs and hosts resolving to private, loopback or link-local addresses."""
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ZitateError(Errors.E107, input, detail=f"not an http(s) URL: {url}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror as err:
        raise ZitateError(Errors.E107, input, detail=f"cannot resolve {parts.hostname}") from err
    for info in infos:
        if is_internal(info[4][0]):
            raise ZitateError(Errors.E106, input, host=parts.hostname)


def is_internal(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )
