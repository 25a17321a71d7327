"""Codes are used through their enums: no bare "on_hold" or "dvi" outside the enum's module.

A literal equal to a code of one of the enums below is a finding anywhere in minime_admin/
except in a module that defines an enum with that value. Some codes are also ordinary words
the app uses for other things (a contact field is called "email"; a CLI command "letter"):
those are findings only where they stand for the code, i.e. next to a name the enum's value
lives under (``status == "completed"``, ``kind="customer"``, ``channel: str = "email"``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from minime_admin.domain.actor import Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.breach import BreachEventKind, NoticePhase, OutputKind
from minime_admin.domain.export_scope import Scope
from minime_admin.domain.requests import (
    Channel,
    HoldReason,
    RefusalReason,
    RequestEventKind,
    RequestType,
    Status,
)
from minime_admin.letters.model import LetterKind
from minime_admin.services.database import Unlock

PACKAGE = Path(__file__).resolve().parent.parent / "minime_admin"

CHECKED: tuple[type[StrEnum], ...] = (
    AuditAction,
    BreachEventKind,
    Channel,
    HoldReason,
    LetterKind,
    NoticePhase,
    OutputKind,
    RefusalReason,
    RequestEventKind,
    RequestType,
    Role,
    Scope,
    Status,
    Unlock,
)

# Names a code is kept under: a weak code next to one of them is a code, not a word.
CODE_NAMES = frozenset(
    {
        "channel",
        "choices",
        "default",
        "from_status",
        "hold_reason",
        "kind",
        "outcome",
        "phase",
        "reason_code",
        "refusal_reason",
        "request_type",
        "role",
        "scope",
        "status",
        "target",
        "to_status",
        "type",
        "unlocked_by",
    }
)

# Codes that are also ordinary words here, and what else they name.
WEAK = {
    "email": "a contact field (columns, form rows, the letterhead), a matching rule",
    "phone": "a contact field (columns, form rows, the letterhead), a matching rule",
    "customer": "the audit log's subject type, a relationship, a form row",
    "letter": "a CLI command, a button's object name, the audit log's subject type",
    "received": "the received date's form row, sort key and JSON key; an e-mail header",
    "action": "a column of the consent history and of the audit log",
    "affected": "a CLI command and JSON key, a word of the breach report",
    "completed": "an order's status in the shop data",
    "withdrawn": "a consent's action; a retention trigger (domain.retention.Trigger)",
    "erasure": "a heading of the partner notice and of the erasure letter",
    "objection": "an action on the customer page",
    "unsubscribe": "an action on the customer page",
    "restriction": "a data category (domain.categories.DataCategory)",
    "marketing_objection": "a data category and retention rule (domain.categories)",
    "server": "the migrate-to-server command's module, a JSON key, an audit entry's reason",
}

# Unrelated uses all the same, in one module each.
ALLOWED: dict[tuple[str, str], str] = {
    ("cli/breach.py", "note"): "a key of the JSON output",
    ("cli/breach.py", "signed_off"): "a key of the JSON output",
    ("cli/__init__.py", "report"): "a command group",
    ("cli/report.py", "report"): "a command group",
    ("cli/requests.py", "transition"): "a command",
    ("demo/customers.py", "completed"): "an invented order's status",
    ("demo/customers.py", "web_form"): "an invented consent's channel",
    ("domain/request_wording.py", "access"): "a word matched in a requester's text",
    ("gui/settings_page.py", "website"): "a field of the letterhead",
    ("importers/eml.py", "attachment"): "a MIME part's disposition",
    ("letters/recovery_sheet.py", "created"): "a text of the sheet",
}


def test_codes_are_used_through_their_enums() -> None:
    findings = [
        f"{module}:{node.lineno}: {node.value!r} (use {owner})"
        for module, node, owner in _findings()
        if (module, node.value) not in ALLOWED
    ]
    assert findings == [], "\n".join(findings)


def test_the_allow_lists_are_no_longer_than_needed() -> None:
    codes = {member.value for enum in CHECKED for member in enum}
    assert set(WEAK) <= codes
    found = {(module, node.value) for module, node, _ in _findings()}
    assert set(ALLOWED) <= found, "allowed, but no longer there"


def _findings() -> Iterator[tuple[str, ast.Constant, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" not in path.parts:  # history: they keep the values they wrote
            for node, owner in _code_literals(path):
                yield path.relative_to(PACKAGE).as_posix(), node, owner


def _owners() -> dict[str, list[type[StrEnum]]]:
    owners: dict[str, list[type[StrEnum]]] = {}
    for enum in CHECKED:
        for member in enum:
            owners.setdefault(member.value, []).append(enum)
    return owners


def _module_path(enum: type[StrEnum]) -> Path:
    return PACKAGE.parent / (enum.__module__.replace(".", "/") + ".py")


def _code_literals(path: Path) -> Iterator[tuple[ast.Constant, str]]:
    owners = _owners()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in sorted(ast.walk(tree), key=lambda node: getattr(node, "lineno", 0)):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        enums = owners.get(node.value)
        if not enums or any(_module_path(enum) == path for enum in enums):
            continue
        if _exempt(node, parents):
            continue
        if node.value in WEAK and not _next_to_a_code_name(node, parents):
            continue
        yield node, " or ".join(enum.__name__ for enum in enums)


def _exempt(node: ast.Constant, parents: dict[ast.AST, ast.AST]) -> bool:
    """Docstrings, enum definitions, words shown to people, the words of an error."""
    parent = parents.get(node)
    if isinstance(parent, ast.Expr):
        return True
    if isinstance(parent, ast.Call) and _called(parent) in {"tr", "translate", "QT_TRANSLATE_NOOP"}:
        return True
    for above in _ancestors(node, parents):
        if isinstance(above, ast.ClassDef) and any(
            _name(base).endswith("Enum") for base in above.bases
        ):
            return True
        if isinstance(above, ast.Raise):
            return True
    return False


def _next_to_a_code_name(node: ast.Constant, parents: dict[ast.AST, ast.AST]) -> bool:
    """Compared with, passed as, assigned to or defaulting a name a code is kept under."""
    child: ast.AST = node
    parent = parents.get(node)
    while isinstance(parent, ast.Tuple | ast.List | ast.Set):  # ("a", "b") stands for each
        child, parent = parent, parents.get(parent)
    if isinstance(parent, ast.Compare):
        return any(_name(side) in CODE_NAMES for side in (parent.left, *parent.comparators))
    if isinstance(parent, ast.keyword):
        return parent.arg in CODE_NAMES
    if isinstance(parent, ast.Assign | ast.AnnAssign):
        targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
        return any(_name(target) in CODE_NAMES for target in targets)
    if isinstance(parent, ast.Dict) and child in parent.values:
        key = parent.keys[parent.values.index(child)]  # type: ignore[arg-type]
        return isinstance(key, ast.Constant) and key.value in CODE_NAMES
    if isinstance(parent, ast.arguments):
        return any(_default_of(parent, child) == name for name in CODE_NAMES)
    if isinstance(parent, ast.Call) and _called(parent) == "in_":  # SQL: column.in_((...))
        return _name(parent.func.value) in CODE_NAMES  # type: ignore[attr-defined]
    return False


def _default_of(arguments: ast.arguments, default: ast.AST) -> str | None:
    positional = [*arguments.posonlyargs, *arguments.args]
    if default in arguments.defaults:
        index = len(positional) - len(arguments.defaults) + arguments.defaults.index(default)
        return positional[index].arg
    for argument, value in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        if value is default:
            return argument.arg
    return None


def _name(node: ast.AST) -> str:
    """The name an expression is known by: ``request.status.value`` → "status"."""
    if isinstance(node, ast.Attribute) and node.attr == "value":
        return _name(node.value)
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _called(call: ast.Call) -> str:
    return _name(call.func)


def _ancestors(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> Iterator[ast.AST]:
    while node in parents:
        node = parents[node]
        yield node
