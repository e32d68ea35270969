"""axe-core for the phone page's browser test: one pinned release from the npm registry.

`.ci/setup` runs this module (`python -m tests.participants.axe_support`) when it installs
the test extra; the test loads the file it leaves in `.cache/` (gitignored) into the page.
The tarball is checked against the registry's `dist.integrity` before anything is unpacked,
and the unpacked `axe.min.js` against its own SHA-256, so a changed download or a changed
cache fails loudly instead of testing with some other axe. Standard library only: it runs
before and without node or npm.

To move to a new release: change the three pins below (the registry's
`https://registry.npmjs.org/axe-core/<version>` gives `dist.integrity`; the SHA-256 is
printed by a run with the new integrity and the old digest, in its error message).
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "4.14.1"
TARBALL = f"https://registry.npmjs.org/axe-core/-/axe-core-{VERSION}.tgz"
# The registry's dist.integrity of the tarball, and the SHA-256 of axe.min.js inside it.
INTEGRITY = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
SCRIPT_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / ".cache" / f"axe-core-{VERSION}" / "axe.min.js"


class AxeCoreError(RuntimeError):
    """The pinned axe-core is missing, or a download or cached copy is not the pinned one."""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def verified_script(path: Path = SCRIPT) -> str:
    """The text of the cached axe.min.js, after checking it is the pinned release."""
    if not path.is_file():
        raise AxeCoreError(
            f"no axe-core {VERSION} at {path}: run `bash .ci/setup` (or `python -m tests.participants.axe_support`)"
        )
    data = path.read_bytes()
    if _sha256(data) != SCRIPT_SHA256:
        raise AxeCoreError(
            f"{path} is not axe-core {VERSION} (SHA-256 {_sha256(data)}); `bash .ci/setup` fetches it again"
        )
    return data.decode("utf-8")


def unpack(tarball: bytes) -> bytes:
    """axe.min.js out of the npm tarball, both checked against the pins."""
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball).digest()).decode("ascii")
    if digest != INTEGRITY:
        raise AxeCoreError(f"axe-core {VERSION} tarball has integrity {digest}, expected {INTEGRITY}")
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        member = archive.extractfile("package/axe.min.js")
        if member is None:
            raise AxeCoreError(f"axe-core {VERSION} tarball has no package/axe.min.js")
        script = member.read()
    if _sha256(script) != SCRIPT_SHA256:
        raise AxeCoreError(f"axe.min.js of axe-core {VERSION} has SHA-256 {_sha256(script)}, expected {SCRIPT_SHA256}")
    return script


def fetch(path: Path = SCRIPT) -> bool:
    """Download and place the pinned axe.min.js unless a verified copy is there; True if downloaded."""
    try:
        verified_script(path)
        return False
    except AxeCoreError:
        pass
    with urllib.request.urlopen(TARBALL, timeout=120) as answer:
        script = unpack(answer.read())
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(script)
    partial.replace(path)  # never a half-written file under the final name
    return True


def main() -> int:
    """Command line for .ci/setup: fetch if needed, one line saying what happened."""
    try:
        downloaded = fetch()
    except (AxeCoreError, OSError) as error:
        print(f"axe-core: ERROR: {error}", file=sys.stderr)
        return 1
    print(f"axe-core {VERSION}: {'downloaded to' if downloaded else 'present at'} {SCRIPT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
