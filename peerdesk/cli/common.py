"""What every command shares: the data folder, the passphrase sources, opening the database."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from peerdesk import paths


class UserError(Exception):
    """A mistake the user can fix; printed as one sentence, exit code 1."""


def user_error_types() -> tuple[type[BaseException], ...]:
    """Domain exceptions whose str() is already a sentence for the user."""
    from peerdesk.domain.backup import BackupError
    from peerdesk.domain.db import DatabaseOpenError
    from peerdesk.domain.instance_lock import AlreadyOpen
    from peerdesk.domain.keys import KeyError_
    from peerdesk.domain.settings import SettingError
    from peerdesk.domain.vault import VaultError

    return (KeyError_, VaultError, DatabaseOpenError, SettingError, BackupError, AlreadyOpen)


class CliContext:
    def __init__(self, args) -> None:
        self.args = args
        self.data_dir = (
            Path(args.data_dir).expanduser() if args.data_dir else paths.default_data_dir()
        )
        self._vault = None

    @property
    def vault(self):
        if self._vault is None:
            from peerdesk.domain.vault import Vault

            self._vault = Vault(self.data_dir)
        return self._vault

    def passphrase(self, *, confirm: bool = False, prompt: str = "Passphrase: ") -> str:
        """PEERDESK_PASSPHRASE, else --passphrase-file, else a prompt on the terminal."""
        env = os.environ.get("PEERDESK_PASSPHRASE")
        if env is not None:
            return env
        if self.args.passphrase_file:
            try:
                text = Path(self.args.passphrase_file).read_text(encoding="utf-8")
            except FileNotFoundError:
                raise UserError(
                    f"The passphrase file {self.args.passphrase_file} does not exist."
                ) from None
            except (OSError, UnicodeDecodeError):
                raise UserError(
                    f"The passphrase file {self.args.passphrase_file} cannot be read."
                ) from None
            return text.splitlines()[0] if text else ""
        if not sys.stdin or not sys.stdin.isatty():
            raise UserError(
                "No passphrase given: set PEERDESK_PASSPHRASE or use --passphrase-file."
            )
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise UserError("The two passphrases do not match.")
        return first

    def open(self, *, quick_check: bool = True):
        """Unlock and open the existing database (one sentence on any failure).

        Commands that only read (or add a meeting) pass quick_check=False: checking every page of
        a large file takes about a second, and `peerdesk check`, imports and backups still do it.
        """
        self.vault.require_existing()
        return self.vault.open(self.passphrase(), quick_check=quick_check)

    def close(self) -> None:
        from peerdesk.domain import db

        if db.is_open():
            db.close_database()


def positive_int(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def iso_date(text: str):
    import argparse
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def command_group(sub, name: str, help_: str):
    """The nested subparsers of `import KIND` / `export KIND`, shared by several command modules.

    Whichever module registers first creates the command; the others add their kind to it.
    """
    import argparse

    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_)
        kinds = parser.add_subparsers(dest="kind", metavar="KIND", parser_class=type(parser))
        kinds.required = True
        return kinds
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
