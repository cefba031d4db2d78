"""Where the photo was taken, recorded in the file."""

from __future__ import annotations

from postcheck.images.checks.base import Kind, PhotoSignals, Seen

GPS = Kind("gps", "GPS location in file")


class Gps:
    """GPS coordinates in the file's metadata: where the photo was taken."""

    id = "gps"
    kinds = (GPS,)

    def run(self, photo: PhotoSignals, found: list[Seen]) -> list[Seen]:
        if photo.gps is None:
            return []
        latitude, longitude = photo.gps
        return [Seen(GPS, None, 1.0, f"the file records where it was taken (GPS {latitude:.4f}, {longitude:.4f})")]
