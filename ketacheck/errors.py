"""The one family of errors the library raises; the CLI turns them into messages."""

from __future__ import annotations


class KetacheckError(Exception):
    """Base of every error ketacheck raises on purpose."""


def unreadable(error: OSError) -> str:
    """Why a file could not be opened, in a few words ("no such file", "permission denied")."""
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)


class DatabaseError(KetacheckError):
    """A database could not be found, read or validated.

    ``problems`` holds one line per problem, each naming the record and the field.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


class InputError(KetacheckError):
    """The input to check could not be read or parsed."""


class ModelError(KetacheckError):
    """The spaCy pipeline that reads sentences is missing or cannot be loaded."""
