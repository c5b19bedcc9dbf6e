"""Benchmark support, a light HTTP/1.1 load generator for ``zitate bench api``.

Input: the server's loopback address and the paths to ``GET``. Output: per request its HTTP
status (or an error) and its latency. Each simulated client keeps one keep-alive connection
(``asyncio`` streams in the benchmark's one process) and reads only what HTTP/1.1 needs to find
the end of an answer: the status line and ``Content-Length`` (or chunked transfer). An httpx
client spent about twice the server's CPU time per request on this 2-core VM, so the server
could not be loaded with 100 clients; this one spends a small fraction of it (figures in
BENCHMARKS.md, issue 16).
"""

from __future__ import annotations

import asyncio
from urllib.parse import quote

TIMEOUT_S = 30.0
_SAFE = "/?=&%:+,"  # characters of a path that stay as they are


class Connection:
    """One keep-alive HTTP/1.1 connection to ``host:port``, opened again after any failure."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._end = f" HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode()  # after the path
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        """The status of ``GET path``; raises ``OSError``, ``ValueError``, ``TimeoutError`` or
        ``asyncio.IncompleteReadError`` when the answer does not come (the connection is then
        closed, and the next request opens a new one)."""
        try:
            async with asyncio.timeout(TIMEOUT_S):
                return await self._get(path)
        except BaseException:
            self.close()
            raise

    async def _get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        target = quote(path, safe=_SAFE).encode()
        self.writer.write(b"GET " + target + self._end)
        head = await self.reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1."):
            raise ValueError(f"not an HTTP answer: {head[:40]!r}")
        status = int(head[9:12])
        fields = head.lower()
        if b"\r\ntransfer-encoding: chunked" in fields:
            await self._chunks()
        else:
            at = fields.find(b"\r\ncontent-length:")
            if at < 0:
                raise ValueError("an answer without Content-Length")
            end = fields.index(b"\r\n", at + 2)
            await self.reader.readexactly(int(fields[at + 17 : end]))
        if b"\r\nconnection: close" in fields:
            self.close()
        return status

    async def _chunks(self) -> None:
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await self.reader.readexactly(size + 2)  # the chunk and its CRLF
            if size == 0:
                return

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None
