#!/usr/bin/python3
"""Drives stretch-timer through a routine as a screen-reader user would, for scripts/orca-player.sh
(which starts the app, the AT-SPI bus and Orca): prints what it does, when, and the AT-SPI events
the app sends that a screen reader may speak (window name changes, announcements)."""
import datetime
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP = "stretch-timer"


def wall():
    return datetime.datetime.now().strftime("%H:%M:%S.%f")


def say(text):
    print(f"{wall()} {text}", flush=True)


def pump(seconds):
    ctx = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while ctx.pending():
            ctx.iteration(False)
        time.sleep(0.02)


def app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        child = desktop.getChildAtIndex(i)
        if child is not None and child.name == APP:
            return child
    return None


def nodes(root):
    yield root
    for i in range(root.childCount):
        child = root.getChildAtIndex(i)
        if child is not None:
            yield from nodes(child)


def press(name):
    """Activates the button of that name through AT-SPI, as Orca does on Enter."""
    for node in nodes(app()):
        if node.name == name and node.getRoleName() == "push button":
            node.queryAction().doAction(0)
            say(f"pressed {name!r}")
            return
    say(f"!! no button {name!r}")
    sys.exit(1)


def focus_window():
    """Gives the app's window the keyboard focus, as a desktop does (Xvfb has no window manager):
    AccessKit reports focus only inside a focused window."""
    window = subprocess.run(["xdotool", "search", "--name", "^stretch-timer$"],
                            capture_output=True, text=True).stdout.split()
    subprocess.run(["xdotool", "windowfocus", "--sync", window[0]])


def key(name):
    focus_window()
    subprocess.run(["xdotool", "key", name])
    say(f"key {name}")


def on_event(event):
    if event.host_application is None or event.host_application.name != APP:
        return
    if event.type.startswith("object:announcement"):
        say(f"  event announcement: {event.any_data!r}")
    elif event.type.startswith("object:property-change:accessible-name") \
            and event.source.getRoleName() == "frame":
        say(f"  event window name: {event.any_data!r}")


def main():
    for kind in ("object:announcement", "object:property-change:accessible-name"):
        pyatspi.Registry.registerEventListener(on_event, kind)
    if app() is None:
        say("!! the app is not on the AT-SPI bus")
        sys.exit(1)
    focus_window()
    pump(2)
    press("Supine bench psoas stretch")
    pump(1.5)
    press("Start")
    pump(3)
    key("s")  # "Skip and start": no pain score
    pump(3)
    # Pelvic tilts (a preparation, 8 holds, 7 rests) and Knees to chest (a preparation, 3 holds,
    # 2 rests): 22 phases to the bench psoas stretch's preparation.
    for _ in range(22):
        key("Right")
        pump(0.4)
    say("waiting through the preparation (15 s) and the first hold (30 s) into the rest")
    pump(50)
    key("space")
    pump(2)
    key("space")
    pump(2)
    say("END")


if __name__ == "__main__":
    main()
