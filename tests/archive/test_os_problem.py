"""An OSError in our messages is said in our words and the user's language, not the C
library's English (``strerror``), which left "No such file or directory" in Spanish text."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

from viewer import i18n
from viewer.archive.errors import os_problem, sqlite_problem

#: errno → (English, Spanish): the words written out, a test of the words.
WORDS = {
    errno.ENOENT: ("no such file or folder", "no existe el archivo ni la carpeta"),
    errno.EACCES: ("permission denied", "permiso denegado"),
    errno.ENOSPC: ("no space left on the disk", "no queda espacio en el disco"),
    errno.EROFS: ("the disk is read-only", "el disco es de solo lectura"),
    errno.EISDIR: ("it is a folder", "es una carpeta"),
    errno.ENOTDIR: ("part of the path is not a folder", "una parte de la ruta no es una carpeta"),
    errno.ENAMETOOLONG: ("the name is too long", "el nombre es demasiado largo"),
    errno.EEXIST: ("something of that name is already there", "ya hay algo con ese nombre"),
}


@pytest.mark.parametrize("number", list(WORDS))
def test_common_errors_are_our_words_in_each_language(speak: None, number: int) -> None:
    exc = OSError(number, os.strerror(number), "/somewhere/x.csv")
    for lang, words in zip(("en", "es"), WORDS[number], strict=True):
        i18n.use_language(lang)
        assert os_problem(exc) == words
        assert os_problem(exc) != os.strerror(number)


def test_a_real_error_is_recognised_by_its_number(speak: None, tmp_path: object) -> None:
    i18n.use_language("es")
    with pytest.raises(OSError) as raised:
        open("/no/such/folder/x.csv", encoding="utf-8")  # noqa: SIM115
    assert os_problem(raised.value) == "no existe el archivo ni la carpeta"


def test_other_errors_keep_the_systems_text() -> None:
    assert os_problem(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert os_problem(OSError("no number")) == "no number"


def test_sqlites_words_for_a_damaged_file_are_ours(speak: None) -> None:
    i18n.use_language("es")
    assert sqlite_problem(sqlite3.DatabaseError("file is not a database")) == (
        "no es un archivo de base de datos")
    assert sqlite_problem(sqlite3.DatabaseError("no such table: x")) == "no such table: x"
