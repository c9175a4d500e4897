#!/usr/bin/env python3
"""Time from an input event to the screen changing, measured from outside the app on an X display
(for scripts/measure-history.sh). The event is sent with XTest; then a region of the root window
is read with XGetImage until its pixels differ from before, and again until they stay the same
for QUIET_MS: the first change is when the app's first frame after the event reached the screen,
the last change when it had settled.

Usage: xlatency.py click X Y REGION   (REGION: x,y,w,h)
       xlatency.py move X Y REGION
Prints: first_ms settled_ms
Needs libX11 and libXtst (both come with xdotool).
"""

import ctypes
import hashlib
import sys
import time

QUIET_MS = 300
TIMEOUT_S = 10

x11 = ctypes.CDLL("libX11.so.6")
xtst = ctypes.CDLL("libXtst.so.6")
x11.XOpenDisplay.restype = ctypes.c_void_p
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = ctypes.c_ulong
x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x11.XGetImage.restype = ctypes.c_void_p
x11.XGetImage.argtypes = [
    ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
    ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int,
]
x11.XFree.argtypes = [ctypes.c_void_p]
x11.XFlush.argtypes = [ctypes.c_void_p]
x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
xtst.XTestFakeMotionEvent.argtypes = [
    ctypes.c_void_p, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_ulong,
]
xtst.XTestFakeButtonEvent.argtypes = [
    ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong,
]


class XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage, as far as the data.
    _fields_ = [
        ("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int),
    ]


ALL_PLANES = 0xFFFFFFFF
Z_PIXMAP = 2


def main():
    kind, x, y, region = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rx, ry, rw, rh = (int(v) for v in region.split(","))
    dpy = x11.XOpenDisplay(None)
    if not dpy:
        sys.exit("cannot open the display")
    root = x11.XDefaultRootWindow(dpy)

    def grab():
        image = x11.XGetImage(dpy, root, rx, ry, rw, rh, ALL_PLANES, Z_PIXMAP)
        if not image:
            sys.exit("XGetImage failed")
        fields = XImage.from_address(image)
        digest = hashlib.md5(ctypes.string_at(fields.data, fields.bytes_per_line * rh)).digest()
        x11.XFree(fields.data)
        x11.XFree(image)
        return digest

    if kind == "click":
        xtst.XTestFakeMotionEvent(dpy, -1, x, y, 0)
        x11.XSync(dpy, 0)
        time.sleep(0.3)
    before = grab()
    if kind == "click":
        xtst.XTestFakeButtonEvent(dpy, 1, 1, 0)
        xtst.XTestFakeButtonEvent(dpy, 1, 0, 0)
    else:
        xtst.XTestFakeMotionEvent(dpy, -1, x, y, 0)
    x11.XFlush(dpy)
    start = time.perf_counter()
    first = last = None
    current = before
    while True:
        now = time.perf_counter()
        if now - start > TIMEOUT_S:
            sys.exit("the screen did not change")
        seen = grab()
        if seen != current:
            current = seen
            last = now
            if first is None:
                first = now
        elif last is not None and (now - last) * 1000 > QUIET_MS:
            break
        # Leave the two cores to the app and the X server between readings.
        time.sleep(0.0005)
    print(f"{(first - start) * 1000:.1f} {(last - start) * 1000:.1f}")


main()
