"""Back/Forward semantics, as a browser has them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from viewer.gui.window.history import History
from viewer.gui.window.places import Place

A, B, C, D = (Place("cast", 1), Place("characters", 1), Place("storylines", 2),
              Place("episodes", 3))


def test_back_and_forward_walk_the_visited_places(qtbot: QtBot) -> None:
    history = History()
    for place in (A, B, C):
        history.visit(place)
    assert history.back() == B
    assert history.back() == A
    assert history.back() is None and history.current == A
    assert history.forward() == B
    assert history.can_go_forward()


def test_visiting_after_going_back_drops_the_forward_places(qtbot: QtBot) -> None:
    history = History()
    for place in (A, B, C):
        history.visit(place)
    history.back()
    history.visit(D)
    assert not history.can_go_forward()
    assert history.back() == B


def test_revisiting_the_current_place_is_not_a_step(qtbot: QtBot) -> None:
    history = History()
    with qtbot.waitSignal(history.changed):
        history.visit(A)
    history.visit(A)
    assert not history.can_go_back()
