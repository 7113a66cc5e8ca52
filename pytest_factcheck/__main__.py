"""``python -m pytest_factcheck COMMAND``: helper commands beside the pytest plugin.

Each sub-command lives in its own module and registers itself with one line below.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import init, merge


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pytest_factcheck")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    init.add_parser(commands)
    merge.add_parser(commands)
    arguments = parser.parse_args(argv)
    return int(arguments.run(arguments))


if __name__ == "__main__":
    sys.exit(main())
