"""Runs a command with a terminal (a pseudo-terminal) as its standard input,
output and error, types one line once the terminal shows PROMPT, and prints
everything the terminal showed; exits with the command's status.

    typed_at_terminal.py PROMPT LINE COMMAND [ARGUMENT...]

What a person at a terminal sees: a password typed after the prompt must
not be in it when the command turned the terminal's echo off.
"""
import os
import pty
import sys
import time


def main():
    prompt, line, command = sys.argv[1].encode(), sys.argv[2].encode(), sys.argv[3:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(command[0], command)
    shown = b""
    deadline = time.monotonic() + 30
    while prompt not in shown and time.monotonic() < deadline:
        try:
            shown += os.read(fd, 4096)
        except OSError:  # the command ended without asking
            break
    if prompt in shown:
        os.write(fd, line + b"\n")
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(shown.decode("utf-8", "replace"))
    sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 255)


if __name__ == "__main__":
    main()
