"""``python -m pytest_factcheck``: command-line tools beside the pytest plugin."""

from __future__ import annotations

import argparse
import sys

from . import merge


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pytest_factcheck")
    subparsers = parser.add_subparsers(dest="command", required=True)
    merge.add_parser(subparsers)
    args = parser.parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
