"""Ingest stage, URLs: an http(s) URL -> page bytes, with the limits a crawler needs.

Timeouts, a size limit (streamed, so a huge page is cut off early), a redirect limit with every
hop checked, and refusal of every address that is not public (``ipaddress``'s ``is_global``:
private, loopback, link-local, shared 100.64.0.0/10, reserved; IPv6 addresses that embed such
an IPv4 address by 6to4, Teredo, NAT64 or mapping) unless allowed. Each host is resolved once
and the connection goes to the address that was checked (the URL's host replaced by it, the
``Host`` header and the TLS server name — SNI and certificate check — kept for the host name),
so a DNS answer that changes between check and connect (DNS rebinding) cannot reach inside.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ..errors import Errors, ZitateError
from .settings import IngestSettings

SCHEMES = ("http", "https")
NAT64 = ipaddress.ip_network("64:ff9b::/96")


def fetch_url(url: str, settings: IngestSettings) -> tuple[bytes, str, str | None]:
    """GET ``url``; return (body, final URL, charset from Content-Type)."""
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html,*/*;q=0.5"}
    with httpx.Client(
        timeout=settings.timeout_s, follow_redirects=False, headers=headers
    ) as client:
        current = url
        for _ in range(settings.max_redirects + 1):
            request = pinned_request(client, current, url, settings.allow_private)
            try:
                response = client.send(request, stream=True)
                try:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise ZitateError(Errors.E107, url, detail=f"HTTP {response.status_code}")
                    body = read_limited(response, url, settings.max_bytes)
                    return body, current, response.charset_encoding
                finally:
                    response.close()
            except httpx.HTTPError as err:
                raise ZitateError(Errors.E107, url, detail=type(err).__name__) from None
        raise ZitateError(Errors.E107, url, detail=f"more than {settings.max_redirects} redirects")


def pinned_request(
    client: httpx.Client, url: str, input: str, allow_private: bool
) -> httpx.Request:
    """The GET request of ``url``, sent to the address its host resolved to and was checked
    at (``check_host``), with ``Host`` and TLS server name of the host name."""
    address = check_host(url, input, allow_private)
    parts = urlsplit(url)
    if address is None:  # allowed private addresses: httpx resolves as usual
        return client.build_request("GET", url)
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    target = urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))
    request = client.build_request("GET", target, extensions={"sni_hostname": parts.hostname})
    request.headers["Host"] = parts.netloc.rpartition("@")[2]
    return request


def read_limited(response: httpx.Response, url: str, limit: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ZitateError(Errors.E007, url, size=int(declared), limit=limit)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise ZitateError(Errors.E007, url, size=f"more than {limit}", limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def check_host(url: str, input: str, allow_private: bool) -> str | None:
    """Refuse non-http URLs and hosts with any address that is not public; return the
    address to connect to (the first one resolved), None when private ones are allowed."""
    try:
        parts = urlsplit(url)
        hostname, port = parts.hostname, parts.port
    except ValueError:
        raise ZitateError(Errors.E107, input, detail=f"not a valid URL: {url[:200]}") from None
    if parts.scheme.lower() not in SCHEMES or not hostname:
        raise ZitateError(Errors.E107, input, detail=f"not an http(s) URL: {url[:200]}")
    if allow_private:
        return None
    default = 443 if parts.scheme.lower() == "https" else 80
    try:
        infos = socket.getaddrinfo(hostname, port or default, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as err:
        raise ZitateError(Errors.E107, input, detail=f"cannot resolve {hostname}") from err
    addresses = [info[4][0] for info in infos]
    if not addresses or any(is_internal(a) for a in addresses):
        raise ZitateError(Errors.E106, input, host=hostname)
    return addresses[0].split("%")[0]


def is_internal(address: str) -> bool:
    """Whether ``address`` is not a public one, itself or the IPv4 address it embeds."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if not ip.is_global or ip.is_multicast:
        return True
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
        if ip in NAT64:
            embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        return any(e is not None and (not e.is_global or e.is_multicast) for e in embedded)
    return False
