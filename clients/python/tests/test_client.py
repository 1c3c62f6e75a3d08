"""Tests of velocitune_client against a live `velocitune serve` (VELOCITUNE_URL, VELOCITUNE_TOKEN)."""
import math
import os
import sys
import time
import unittest
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from velocitune_client import Controller, ControllerError, ControllerUnavailable  # noqa: E402

URL = os.environ.get("VELOCITUNE_URL", "http://127.0.0.1:8765")
TOKEN = os.environ.get("VELOCITUNE_TOKEN")


def fresh_run(controller, **options):
    run = f"py-{uuid.uuid4().hex[:8]}"
    return run, controller.register(run, ["shell", "code"], l_init={"shell": 3.0, "code": 2.5},
                                    l_target={"shell": 2.0, "code": 2.0}, update_every=100, **options)


class ClientTests(unittest.TestCase):
    def setUp(self):
        self.controller = Controller(URL, token=TOKEN)

    def test_register_report_and_read_back(self):
        run, v0 = fresh_run(self.controller, initial_weights={"shell": 1, "code": 3})
        self.assertEqual(v0.version, 0)
        self.assertAlmostEqual(v0.weights["shell"], 0.25)
        v1 = self.controller.report(100, {"shell": 2.5, "code": 2.25}, tokens=1000)
        self.assertEqual((v1.version, v1.apply_from_step), (1, 100))
        self.assertEqual(v1.velocity, {"shell": 0.5, "code": 0.5})
        self.assertAlmostEqual(sum(v1.weights.values()), 1.0, places=12)
        self.assertEqual(self.controller.current, v1)
        self.assertEqual(self.controller.weights(), v1)
        self.assertEqual([v.version for v in self.controller.versions()], [0, 1])
        self.assertEqual(len(self.controller.export()["versions"]), 2)

    def test_reports_are_idempotent_and_forks_supersede(self):
        run, _ = fresh_run(self.controller)
        first = self.controller.report(100, {"shell": 2.5, "code": 2.2}, base_version=0)
        again = self.controller.report(100, {"shell": 2.5, "code": 2.2}, base_version=0)
        self.assertEqual(first, again)
        self.controller.report(200, {"shell": 2.3, "code": 2.1}, base_version=1)
        fork = self.controller.report(150, {"shell": 2.4, "code": 2.15}, base_version=1)
        self.assertEqual(fork.version, 3)
        self.assertEqual([v.superseded for v in self.controller.versions()], [False, False, True, False])

    def test_refusals_carry_the_problem_details(self):
        run, _ = fresh_run(self.controller)
        with self.assertRaises(ControllerError) as caught:
            self.controller.report(100, {"shell": float("nan"), "code": 2.0})
        self.assertEqual(caught.exception.status, 422)
        self.assertIn("finite", caught.exception.detail)
        with self.assertRaises(ControllerError) as caught:
            self.controller.report(100, {"shell": 2.0})
        self.assertEqual(caught.exception.type, "urn:velocitune:problem:invalid-values")
        with self.assertRaises(ControllerError) as caught:
            Controller(URL, token=TOKEN, run_id="no-such-run").weights()
        self.assertEqual(caught.exception.status, 404)
        if TOKEN:
            with self.assertRaises(ControllerError) as caught:
                fresh_run(Controller(URL, token="wrong"))
            self.assertEqual(caught.exception.status, 401)

    def test_a_lost_controller_is_rebuilt_from_a_snapshot(self):
        run, _ = fresh_run(self.controller)
        self.controller.report(100, {"shell": 2.5, "code": 2.2})
        snapshot = self.controller.snapshot()
        restored = Controller(URL, token=TOKEN).restore(snapshot)
        self.assertEqual(restored.version, 1)
        copy = Controller(URL, token=TOKEN)
        self.assertEqual(copy.restore(snapshot, run_id=run + "-copy").version, 1, "a snapshot restores under another id")
        self.assertEqual(copy.weights().weights, restored.weights)

    def test_unreachable_controller_keeps_the_last_weights_unless_strict(self):
        dead = "http://127.0.0.1:9"   # the discard port: nothing listens
        lenient = Controller(dead, run_id="x", retry_for=1.0)
        started = time.monotonic()
        self.assertIsNone(lenient.report(100, {"shell": 2.0, "code": 2.0}))
        self.assertLess(time.monotonic() - started, 5, "retries are bounded in time")
        self.assertIsNone(lenient.current)
        with self.assertRaises(ControllerUnavailable):
            Controller(dead, run_id="x", retry_for=0.5, strict=True).report(100, {"shell": 2.0, "code": 2.0})
        self.assertFalse(Controller(dead).health())
        self.assertTrue(self.controller.health())


if __name__ == "__main__":
    unittest.main()
