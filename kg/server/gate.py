"""The store's gate: queries share it, a write waits for them and has the store to itself."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator


class ReadWriteGate:
    """Many readers or one writer; a waiting writer holds new readers back."""

    def __init__(self) -> None:
        self._condition = asyncio.Condition()
        self._readers = 0
        self._writing = False

    @contextlib.asynccontextmanager
    async def reading(self) -> AsyncIterator[None]:
        async with self._condition:
            await self._condition.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            async with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    @contextlib.asynccontextmanager
    async def writing(self) -> AsyncIterator[None]:
        async with self._condition:
            await self._condition.wait_for(lambda: not self._writing)
            self._writing = True
            await self._condition.wait_for(lambda: self._readers == 0)
        try:
            yield
        finally:
            async with self._condition:
                self._writing = False
                self._condition.notify_all()
