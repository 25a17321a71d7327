"""Known errors: the environment's or the user's fault, shown as one clear sentence.

One module per part of the app (``base`` holds ``KnownError`` itself and the common ones);
every name is importable from here, as ``from minime_admin.errors import WrongKey``. None
of them imports Qt (``base`` explains the translation marker).
"""

from __future__ import annotations

from minime_admin.errors.backup import *  # noqa: F403
from minime_admin.errors.base import *  # noqa: F403
from minime_admin.errors.breaches import *  # noqa: F403
from minime_admin.errors.database import *  # noqa: F403
from minime_admin.errors.mail import *  # noqa: F403
from minime_admin.errors.mailbox import *  # noqa: F403
from minime_admin.errors.requests import *  # noqa: F403
from minime_admin.errors.server import *  # noqa: F403
from minime_admin.errors.shop import *  # noqa: F403
from minime_admin.errors.users import *  # noqa: F403
