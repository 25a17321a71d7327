"""A real IMAP server on 127.0.0.1 for tests: Dovecot from Debian's packages, started with a
throwaway configuration in a temporary folder (its own ports, a one-user password file,
the test CA's certificate), stopped at the end. Tests skip with the reason when Dovecot is
not installed or will not start."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from mail_server import Certificates


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ImapServer:
    folder: Path
    certificates: Certificates
    user: str
    password: str
    plain_port: int = 0  # STARTTLS
    tls_port: int = 0  # implicit TLS
    _process: subprocess.Popen[bytes] | None = None

    @staticmethod
    def missing() -> str | None:
        """Why Dovecot cannot run here, or None."""
        if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
            return "Dovecot is not installed (apt-get install dovecot-imapd)"
        return None

    def start(self) -> ImapServer:
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        self.plain_port, self.tls_port = _free_port(), _free_port()
        for name in ("run", "state", "home"):
            (self.folder / name).mkdir(parents=True, exist_ok=True)
        user = pwd.getpwuid(os.getuid())
        login_user, internal_user = user.pw_name, user.pw_name
        mail_uid, mail_gid = user.pw_uid, os.getgid()
        if os.getuid() == 0:  # Dovecot runs neither its logins nor a mailbox as root
            login_user, internal_user = "dovenull", "dovecot"
            owner = pwd.getpwnam("dovecot")
            mail_uid, mail_gid = owner.pw_uid, owner.pw_gid
            os.chown(self.folder / "home", mail_uid, mail_gid)
            for folder in (self.folder / "run", self.folder, *self.folder.parents):
                if folder in (Path("/"), Path("/tmp")):
                    break
                folder.chmod(folder.stat().st_mode | 0o005)  # let them reach base_dir
        (self.folder / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        config = self.folder / "dovecot.conf"
        config.write_text(
            f"""
base_dir = {self.folder}/run
state_dir = {self.folder}/state
log_path = {self.folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.certificates.cert_file}
ssl_key = <{self.certificates.key_file}
disable_plaintext_auth = yes
auth_mechanisms = plain login
first_valid_uid = 1
first_valid_gid = 1
default_login_user = {login_user}
default_internal_user = {internal_user}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = .
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.folder}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={self.folder}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    user = {internal_user}
  }}
  unix_listener stats-writer {{
    user = {internal_user}
  }}
}}
""",
            encoding="utf-8",
        )
        self._process = subprocess.Popen(
            [binary, "-F", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(self._failure())
            try:
                with socket.create_connection(("127.0.0.1", self.tls_port), 0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("Dovecot did not start listening within 10 s")

    def _failure(self) -> str:
        log = self.folder / "dovecot.log"
        stderr = (
            self._process.stderr.read().decode() if self._process and self._process.stderr else ""
        )
        return (stderr + (log.read_text() if log.exists() else "")).strip()[-500:]

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
        if self._process is not None and self._process.stderr is not None:
            self._process.stderr.close()
