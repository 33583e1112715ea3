"""`python -m ehcaudit` runs the command-line interface, as the `ehcaudit` command does."""

from ehcaudit.cli import main

if __name__ == "__main__":
    main()
