"""The frozen app's entry script: the same `main()` the `finish-strong` console script runs."""

import sys

from desktop_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
