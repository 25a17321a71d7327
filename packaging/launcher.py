"""The frozen app's entry point: the same ``minime-admin`` command the wheel installs."""

import multiprocessing
import sys

if __name__ == "__main__":
    # breach_outputs renders letters in "spawn" worker processes: in a frozen app each worker
    # is this executable again, and freeze_support() turns it into a worker, not a second app.
    multiprocessing.freeze_support()
    from minime_admin.cli import main

    sys.exit(main())
