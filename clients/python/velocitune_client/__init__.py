"""Client of the Velocitune mixing controller (`velocitune serve`).

    from velocitune_client import Controller
    controller = Controller("http://127.0.0.1:8765", token=None)
    controller.register("run-1", domains=["shell", "code"], l_init={...}, l_target={...})
    version = controller.report(step=100, losses={"shell": 2.9, "code": 2.1})
    if version is not None:
        apply(version.weights, from_step=version.apply_from_step)

Standard library only. Requests are retried (connection errors and 5xx) for a bounded total time
(about 15 s by default); 4xx answers raise `ControllerError` at once with the server's problem
details. When the controller stays unreachable, `report` returns None and the trainer keeps its
last weights, unless the controller was created with `strict=True`, which raises instead.
"""
from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional

__all__ = ["Controller", "ControllerError", "ControllerUnavailable", "Version"]
__version__ = "0.1.0"

log = logging.getLogger("velocitune_client")


@dataclass(frozen=True)
class Version:
    """One version of a run's weights, as the controller returns it."""

    version: int
    apply_from_step: int
    weights: Dict[str, float]
    velocity: Dict[str, float]
    step: int = 0
    base_version: Optional[int] = None
    superseded: bool = False
    losses: Optional[Dict[str, float]] = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Version":
        return cls(version=int(data["version"]), apply_from_step=int(data["apply_from_step"]),
                   weights=dict(data["weights"]), velocity=dict(data.get("velocity", {})), step=int(data.get("step", 0)),
                   base_version=data.get("base_version"), superseded=bool(data.get("superseded", False)),
                   losses=data.get("losses"))


class ControllerError(Exception):
    """The controller refused a request (an RFC 9457 problem) or could not be reached."""

    def __init__(self, status: int, title: str, detail: str, type: str = "about:blank"):
        super().__init__(f"{status} {title}: {detail}")
        self.status, self.title, self.detail, self.type = status, title, detail, type


class ControllerUnavailable(ControllerError):
    """The controller did not answer within the retry budget."""

    def __init__(self, detail: str):
        super().__init__(0, "Controller unavailable", detail, "urn:velocitune:problem:unavailable")


@dataclass
class Controller:
    """A connection to one controller, and optionally one run on it.

    url: base URL, e.g. "http://127.0.0.1:8765"; token: the bearer token (or None);
    run_id: the run `report`/`weights` refer to (set by `register`); timeout: seconds per
    request; retry_for: total seconds to keep retrying; strict: raise instead of keeping the last
    weights when the controller is unreachable.
    """

    url: str
    token: Optional[str] = None
    run_id: Optional[str] = None
    timeout: float = 5.0
    retry_for: float = 15.0
    strict: bool = False
    current: Optional[Version] = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.url = self.url.rstrip("/")
        host = urllib.parse.urlparse(self.url).hostname or ""
        # Loopback controllers are reached directly, whatever proxy the environment sets.
        handlers = [urllib.request.ProxyHandler({})] if host in ("127.0.0.1", "localhost", "::1") else []
        self._opener = urllib.request.build_opener(*handlers)

    # -- endpoints ------------------------------------------------------------------------

    def health(self) -> bool:
        """True when the controller answers /healthz."""
        try:
            return self._request("GET", "/healthz", retry=False).get("status") == "ok"
        except ControllerError:
            return False

    def register(self, run_id: str, domains: List[str], l_init: Mapping[str, float],
                 l_target: Optional[Mapping[str, float]] = None, policy: str = "velocitune",
                 initial_weights: Optional[Mapping[str, float]] = None, eta: Optional[float] = None,
                 smoothing: Optional[float] = None, floor: Optional[float] = None, epsilon: Optional[float] = None,
                 update_every: int = 100, apply_delay: int = 0, replay_domains: Optional[List[str]] = None,
                 replay_rule: Optional[str] = None, replay_tolerance: Optional[float] = None) -> Optional[Version]:
        """Registers (or re-attaches to) a run; returns version 0. Repeating the same
        registration is harmless; a different one for an existing id raises (409)."""
        body: Dict[str, Any] = {"domains": list(domains), "l_init": dict(l_init), "policy": policy,
                                "update_every": int(update_every), "apply_delay": int(apply_delay)}
        for key, value in (("l_target", l_target), ("initial_weights", initial_weights), ("eta", eta),
                           ("smoothing", smoothing), ("floor", floor), ("epsilon", epsilon),
                           ("replay_domains", replay_domains), ("replay_rule", replay_rule),
                           ("replay_tolerance", replay_tolerance)):
            if value is not None:
                body[key] = dict(value) if isinstance(value, Mapping) else list(value) if isinstance(value, (list, tuple)) else value
        self.run_id = run_id
        return self._remember(self._call("PUT", f"/v1/runs/{run_id}", body))

    def report(self, step: int, losses: Mapping[str, float], tokens: Optional[int] = None,
               base_version: Optional[int] = None) -> Optional[Version]:
        """Reports held-out losses measured at `step`; returns the new version, or None when the
        controller is unreachable (and not strict): keep the current weights then."""
        base = base_version if base_version is not None else (self.current.version if self.current else 0)
        body = {"step": int(step), "base_version": int(base), "losses": {k: float(v) for k, v in losses.items()}}
        if tokens is not None:
            body["tokens"] = int(tokens)
        return self._remember(self._call("POST", f"/v1/runs/{self._run()}/reports", body))

    def weights(self, version: Optional[int] = None) -> Version:
        """The latest active version, or `version`."""
        query = f"?version={int(version)}" if version is not None else ""
        return Version.from_json(self._request("GET", f"/v1/runs/{self._run()}/weights{query}"))

    def versions(self) -> List[Version]:
        """Every version of the run, oldest first (superseded ones included)."""
        return [Version.from_json(v) for v in self._request("GET", f"/v1/runs/{self._run()}/versions")["versions"]]

    def export(self) -> Dict[str, Any]:
        """The whole run: registration, current version, mixer state and every version."""
        return self._request("GET", f"/v1/runs/{self._run()}/export")

    def snapshot(self) -> Dict[str, Any]:
        """What a trainer saves with its checkpoints to rebuild a lost controller (`restore`)."""
        return self._request("GET", f"/v1/runs/{self._run()}/state")

    def restore(self, snapshot: Mapping[str, Any], run_id: Optional[str] = None) -> Version:
        """Rebuilds the run on this controller from a snapshot (harmless if it is already there);
        with `run_id`, under that id (the controller refuses a body whose id is not the path's)."""
        self.run_id = run_id or snapshot.get("id") or self.run_id
        body = dict(snapshot)
        body["id"] = self._run()
        version = Version.from_json(self._request("PUT", f"/v1/runs/{self._run()}/state", body))
        self.current = version
        return version

    # -- transport ------------------------------------------------------------------------

    def _run(self) -> str:
        if not self.run_id:
            raise ValueError("no run: call register() (or set run_id) first")
        return self.run_id

    def _remember(self, data: Optional[Dict[str, Any]]) -> Optional[Version]:
        if data is None:
            return None
        self.current = Version.from_json(data)
        return self.current

    def _call(self, method: str, path: str, body: Any) -> Optional[Dict[str, Any]]:
        """Like `_request`, but an unreachable controller gives None unless strict."""
        try:
            return self._request(method, path, body)
        except ControllerUnavailable as error:
            if self.strict:
                raise
            log.warning("velocitune controller unreachable (%s); keeping the current weights", error.detail)
            return None

    def _request(self, method: str, path: str, body: Any = None, retry: bool = True) -> Dict[str, Any]:
        data = None if body is None else json.dumps(body, allow_nan=True).encode()
        headers = {"Accept": "application/json"}
        if data is not None:
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        deadline = time.monotonic() + (self.retry_for if retry else 0)
        delay, last = 0.25, "no attempt"
        while True:
            request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
            try:
                with self._opener.open(request, timeout=self.timeout) as response:
                    return json.loads(response.read() or b"{}")
            except urllib.error.HTTPError as error:
                payload = error.read()
                if error.code < 500:
                    try:
                        problem = json.loads(payload)
                    except ValueError:
                        problem = {}
                    raise ControllerError(error.code, problem.get("title", error.reason), problem.get("detail", payload.decode(errors="replace")),
                                          problem.get("type", "about:blank")) from None
                last = f"HTTP {error.code}"
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
                last = str(getattr(error, "reason", error))
            if time.monotonic() + delay > deadline:
                raise ControllerUnavailable(f"{method} {self.url}{path}: {last}")
            time.sleep(delay)
            delay = min(delay * 2, 2.0)

