"""Schemathesis hooks for `velocitune serve` (SCHEMATHESIS_HOOKS=scripts/controller_schemathesis_hooks.py).

Adds the check `database_unchanged_by_refusals`: every request the controller refuses (4xx or
5xx) must leave its database as it was. The database is $VELOCITUNE_FUZZ_DB; SQLite's
`PRAGMA data_version`, read on one connection before and after each call, changes exactly when
another connection committed a change in between. Run schemathesis with one worker.
"""
import os
import sqlite3
import threading

import schemathesis

_connection = None
_lock = threading.Lock()
_before = {}
_changed = {}


def _data_version():
    # Phases run on different threads, one after the other: one connection, behind a lock.
    global _connection
    with _lock:
        if _connection is None:
            _connection = sqlite3.connect(f"file:{os.environ['VELOCITUNE_FUZZ_DB']}?mode=ro", uri=True, check_same_thread=False)
        return _connection.execute("PRAGMA data_version").fetchone()[0]


@schemathesis.hook
def before_call(context, case, kwargs):
    _before["version"] = _data_version()


@schemathesis.hook
def after_call(context, case, response):
    _changed[id(response)] = response.status_code >= 400 and _data_version() != _before.get("version")


@schemathesis.check
def database_unchanged_by_refusals(ctx, response, case):
    """A refused request (4xx or 5xx) committed nothing to the controller's database."""
    if _changed.pop(id(response), False):
        raise AssertionError(f"the request was refused ({response.status_code}) but the database changed")
