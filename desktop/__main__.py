"""`python -m desktop`: start the workstation (the same as the `werkplek` command)."""

import sys

from desktop.app import main

sys.exit(main())
