import sys

from skpdoc.cli import main

sys.exit(main())
