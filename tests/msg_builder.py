"""Build Outlook .msg files for the tests: an OLE compound file ([MS-CFB], version 3) holding
MAPI properties as [MS-OXMSG] lays them out, including a message attached to a message
(Outlook's "Forward as attachment": PR_ATTACH_METHOD 5 and the embedded message in the
attachment's ``__substg1.0_3701000D`` storage).

Written from the two specifications, not copied from any sample file, so the tests can build
exactly the nested message they need; the real Outlook files of tests/data/msg check the
reader against what Outlook itself writes. Streams under 4,096 bytes go to the mini stream,
as the specification requires.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
UNICODE, LONG, OBJECT = 0x001F, 0x0003, 0x000D


@dataclass
class Storage:
    """A folder of the compound file: streams (bytes) and storages by name."""

    children: dict[str, bytes | Storage] = field(default_factory=dict)


@dataclass(frozen=True)
class Mail:
    """What an Outlook message holds, as far as the intake reads it."""

    subject: str
    body: str
    headers: str = ""  # PR_TRANSPORT_MESSAGE_HEADERS: received mail keeps them
    sender_name: str = ""
    sender_smtp: str = ""
    message_class: str = "IPM.Note"
    attachments: tuple[tuple[str, bytes], ...] = ()  # (file name, content)
    embedded: tuple[Mail, ...] = ()  # messages attached as Outlook items


def msg_file(mail: Mail) -> bytes:
    return compound_file(_message(mail, header_size=32))


def _text(pid: int, value: str) -> tuple[str, bytes]:
    return f"__substg1.0_{pid:04X}{UNICODE:04X}", value.encode("utf-16-le")


def _properties(header_size: int, fixed: dict[int, tuple[int, int]], counts: int) -> bytes:
    """``__properties_version1.0``: a header (zeros but the counts), then 16-byte entries."""
    header = bytearray(header_size)
    if header_size >= 24:  # a message: next recipient/attachment ids and their counts
        struct.pack_into("<IIII", header, 8, 0, counts, 0, counts)
    entries = b"".join(
        struct.pack("<HHIQ", kind, pid, 0x6, value) for pid, (kind, value) in fixed.items()
    )
    return bytes(header) + entries


def _message(mail: Mail, header_size: int) -> Storage:
    storage = Storage()
    texts = {0x001A: mail.message_class, 0x0037: mail.subject, 0x1000: mail.body}
    if mail.headers:
        texts[0x007D] = mail.headers
    if mail.sender_name:
        texts[0x0C1A] = mail.sender_name
    if mail.sender_smtp:
        texts[0x5D01] = mail.sender_smtp
    for pid, value in texts.items():
        name, data = _text(pid, value)
        storage.children[name] = data
    count = len(mail.attachments) + len(mail.embedded)
    storage.children["__properties_version1.0"] = _properties(
        header_size, {0x3FFD: (LONG, 65001)}, count
    )
    if header_size == 32:
        storage.children["__nameid_version1.0"] = Storage(
            {f"__substg1.0_{n:04X}0102": b"" for n in (2, 3, 4)}
        )
    number = 0
    for filename, content in mail.attachments:
        attachment = Storage()
        for pid, value in ((0x3707, filename), (0x3704, filename[:12])):
            name, data = _text(pid, value)
            attachment.children[name] = data
        attachment.children["__substg1.0_37010102"] = content
        attachment.children["__properties_version1.0"] = _properties(8, {0x3705: (LONG, 1)}, 0)
        storage.children[f"__attach_version1.0_#{number:08X}"] = attachment
        number += 1
    for inner in mail.embedded:
        attachment = Storage()
        name, data = _text(0x3001, inner.subject)  # Outlook names the item by its subject
        attachment.children[name] = data
        attachment.children[f"__substg1.0_3701{OBJECT:04X}"] = _message(inner, header_size=24)
        attachment.children["__properties_version1.0"] = _properties(8, {0x3705: (LONG, 5)}, 0)
        storage.children[f"__attach_version1.0_#{number:08X}"] = attachment
        number += 1
    return storage


# -- the compound file -------------------------------------------------------------------


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    child: int = NO_STREAM
    right: int = NO_STREAM
    start: int = END
    size: int = 0


def _order(name: str) -> tuple[int, str]:
    """[MS-CFB] 2.6.4: shorter names first, then by upper case."""
    return len(name), name.upper()


def compound_file(root: Storage) -> bytes:
    entries = [_Entry("Root Entry", 5)]

    def add(storage: Storage, index: int) -> None:
        for name in sorted(storage.children, key=_order):
            value = storage.children[name]
            entries.append(_Entry(name, 2, value) if isinstance(value, bytes) else _Entry(name, 1))
            position = len(entries) - 1
            entries[index].children.append(position)
            if isinstance(value, Storage):
                add(value, position)

    add(root, 0)
    for entry in entries:  # each storage's children: a chain to the right, in sorted order
        if entry.children:
            entry.child = entry.children[0]
            for left, right in zip(entry.children, entry.children[1:], strict=False):
                entries[left].right = right

    # Small streams in the mini stream (64-byte mini sectors), the rest in whole sectors.
    mini = bytearray()
    mini_fat: list[int] = []
    big: list[_Entry] = []
    for entry in entries[1:]:
        if entry.kind != 2:
            continue
        entry.size = len(entry.data)
        if entry.size >= MINI_CUTOFF:
            big.append(entry)
        elif entry.size:
            count = -(-entry.size // MINI_SECTOR)
            entry.start = len(mini_fat)
            mini_fat += [len(mini_fat) + n + 1 for n in range(count - 1)] + [END]
            mini += entry.data + bytes(count * MINI_SECTOR - entry.size)
    sectors: list[bytes] = []
    fat: list[int] = []

    def place(data: bytes) -> int:
        if not data:
            return END
        count = -(-len(data) // SECTOR)
        start = len(sectors)
        padded = data + bytes(count * SECTOR - len(data))
        sectors.extend(padded[n * SECTOR : (n + 1) * SECTOR] for n in range(count))
        fat.extend([start + n + 1 for n in range(count - 1)] + [END])
        return start

    for entry in big:
        entry.start = place(entry.data)
    entries[0].start, entries[0].size = place(bytes(mini)), len(mini)
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    mini_fat_start = place(mini_fat_bytes) if mini_fat else END
    mini_fat_count = -(-len(mini_fat_bytes) // SECTOR)
    directory_start = place(b"".join(_directory_entry(e) for e in entries))
    fat_count = 1
    while (len(sectors) + fat_count) > fat_count * (SECTOR // 4):
        fat_count += 1
    first_fat = len(sectors)
    fat += [FAT_SECTOR] * fat_count
    fat += [FREE] * (fat_count * (SECTOR // 4) - len(fat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    sectors += [fat_bytes[n * SECTOR : (n + 1) * SECTOR] for n in range(fat_count)]
    difat = [first_fat + n for n in range(fat_count)] + [FREE] * (109 - fat_count)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack(
            "<IIIIIIIII",
            0,
            fat_count,
            directory_start,
            0,
            MINI_CUTOFF,
            mini_fat_start,
            mini_fat_count,
            END,
            0,
        )
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR
    return header + b"".join(sectors)


def _directory_entry(entry: _Entry) -> bytes:
    name = (entry.name + "\x00").encode("utf-16-le")
    assert len(name) <= 64
    return (
        name.ljust(64, b"\x00")
        + struct.pack("<HBB", len(name), entry.kind, 1)  # 1: black
        + struct.pack("<III", NO_STREAM, entry.right, entry.child)
        + bytes(16 + 4 + 8 + 8)  # CLSID, state bits, creation and modification times
        + struct.pack("<IQ", entry.start, entry.size if entry.kind != 1 else 0)
    )
