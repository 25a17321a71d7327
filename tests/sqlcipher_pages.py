"""Decrypt a SQLCipher 4 file page by page, free pages included, for the erasure tests.

SQLCipher 4 with a raw key: AES-256-CBC with the raw key, each page ending in an 80-byte
reserve (16-byte IV, 64-byte HMAC-SHA512); page 1 starts with the 16-byte salt.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
SALT = 16


def decrypted_pages(path: Path, raw_key: bytes) -> list[bytes]:
    data = path.read_bytes()
    pages = []
    for offset in range(0, len(data) - len(data) % PAGE, PAGE):
        page = data[offset : offset + PAGE]
        start = SALT if offset == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize())
    return pages


def plaintext(path: Path, raw_key: bytes) -> bytes:
    return b"".join(decrypted_pages(path, raw_key))
