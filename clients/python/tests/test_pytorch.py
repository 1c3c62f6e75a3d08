"""Tests of velocitune_client.pytorch in one process (no server): the schedule's version order,
the sampler's global batch layout, the driver's scheduling with a stub controller, and sharded
evaluation. Skipped without torch."""
import collections
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

try:
    import torch
    from velocitune_client import Version
    from velocitune_client.pytorch import (MixtureDriver, MixtureError, WeightedDomainSampler, WeightSchedule, domain_loss,
                                           domain_loss_sums, initial_weights)
except ImportError:   # the client alone needs no torch
    torch = None


def version(number, step, weights, velocity=None):
    return Version(version=number, apply_from_step=step, weights=weights, velocity=velocity or {}, step=step)


class StubController:
    """Answers like a controller: `replies` are returned by successive reports."""

    def __init__(self, replies):
        self.replies, self.reports, self.run_id = list(replies), [], None

    def register(self, run_id, domains, l_init, l_target, **options):
        self.run_id = run_id
        return version(0, 0, options["initial_weights"])

    def report(self, step, losses, tokens=None, base_version=None):
        self.reports.append((step, base_version))
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def snapshot(self):
        return {"id": self.run_id}

    def restore(self, snapshot, run_id=None):
        self.run_id = run_id


class Constant(torch.nn.Module if torch else object):
    """A "model" whose logits are all zero: loss log(vocab) per token; counts its forwards."""

    def __init__(self, vocab=5):
        super().__init__()
        self.vocab, self.calls = vocab, 0
        self.weight = torch.nn.Parameter(torch.zeros(1))

    def forward(self, ids):
        self.calls += 1
        return torch.zeros(ids.size(0), ids.size(1), self.vocab) + self.weight


@unittest.skipIf(torch is None, "torch is not installed")
class ScheduleTests(unittest.TestCase):
    def test_versions_apply_in_version_order_only(self):
        schedule = WeightSchedule(["a", "b"], {"a": 0.5, "b": 0.5})
        self.assertEqual(schedule.add(42, 1, {"a": 0.4, "b": 0.6}), 42)
        self.assertEqual(schedule.add(40, 2, {"a": 0.3, "b": 0.7}), 42, "never before the latest stage")
        self.assertIsNone(schedule.add(60, 1, {"a": 0.9, "b": 0.1}), "an older version never lands behind a newer one")
        self.assertEqual(schedule.add(60, 3, {"a": 0.2, "b": 0.8}), 60)
        self.assertEqual([(s["apply_from_step"], s["version"]) for s in schedule.stages], [(0, 0), (42, 2), (60, 3)])
        with self.assertRaises(ValueError):
            schedule.load_state_dict({"domains": ["a", "b"], "stages": [{"apply_from_step": 0, "version": 0, "weights": [1, 0]},
                                                                         {"apply_from_step": 40, "version": 2, "weights": [1, 0]},
                                                                         {"apply_from_step": 42, "version": 1, "weights": [1, 0]}]})

    def test_initial_weights_are_spelled_as_the_controller_does(self):
        sizes = {"a": 30, "b": 10}
        self.assertEqual(initial_weights("natural", sizes), {"a": 0.75, "b": 0.25})
        self.assertEqual(initial_weights("uniform", sizes), {"a": 0.5, "b": 0.5})
        self.assertEqual(initial_weights("b=3", sizes), {"a": 0.0, "b": 1.0})
        self.assertEqual(initial_weights("a=1,b=3", sizes), {"a": 0.25, "b": 0.75})
        for bad, says in (("c=1", "'c=1' is not name=weight"), ("a", "'a' is not name=weight"), ("a=x", "'a' is 'x'"),
                          ("a=-1", "'a' is '-1'"), ("a=0,b=0", "sum to 0")):
            with self.assertRaises(ValueError) as caught:
                initial_weights(bad, sizes)
            self.assertIn(says, str(caught.exception))


@unittest.skipIf(torch is None, "torch is not installed")
class SamplerTests(unittest.TestCase):
    def sampler(self, world=2, accumulation=2, batch=3, steps=30, sizes=(7, 11, 5)):
        schedule = WeightSchedule(["a", "b", "c"], {"a": 0.2, "b": 0.5, "c": 0.3})
        schedule.add(10, 1, {"a": 0.6, "b": 0.1, "c": 0.3})
        schedule.add(20, 2, {"a": 0.0, "b": 0.5, "c": 0.5})
        return WeightedDomainSampler(list(sizes), schedule, batch, accumulation, world, seed=3, total_steps=steps)

    def test_ranks_take_disjoint_micro_batches_of_the_global_batch(self):
        sampler = self.sampler()
        steps = list(sampler.steps())
        self.assertEqual([len(rows) for _, rows in steps], [sampler.samples_per_step] * 30)
        per_rank = [list(sampler.rank_batches(r)) for r in range(2)]
        self.assertEqual(len(per_rank[0]), 60)
        for step, rows in steps:
            mine = [per_rank[r][step * 2 + a] for a in range(2) for r in range(2)]
            self.assertEqual(sorted(x for m in mine for x in m), sorted(rows))
            # Micro-batch a of rank r: positions (a * W + r) * b of the step's rows.
            self.assertEqual([x for a in range(2) for r in range(2) for x in per_rank[r][step * 2 + a]], rows)
        resumed = list(sampler.rank_batches(1, start_step=17))
        self.assertEqual(resumed, per_rank[1][34:], "a resumed loader continues with the same rows")

    def test_the_layout_is_accelerates_batch_sharding(self):
        try:
            from accelerate.data_loader import BatchSamplerShard
        except ImportError:
            self.skipTest("accelerate is not installed")
        sampler = self.sampler()
        for rank in range(2):
            shard = BatchSamplerShard(torch.utils.data.BatchSampler(sampler, 3, False), num_processes=2, process_index=rank)
            self.assertEqual(list(shard), list(sampler.rank_batches(rank)))

    def test_shares_follow_the_weights_and_no_row_repeats_within_a_pass(self):
        sampler = self.sampler()
        given = collections.Counter()
        expected = collections.Counter()
        order = collections.defaultdict(list)
        for step, rows in sampler.steps():
            weights = sampler.schedule.weights_at(step)
            counts = collections.Counter(sampler.domain_of(x) for x in rows)
            for d in range(3):
                share = weights[d] / sum(weights) * len(rows)
                self.assertLessEqual(abs(counts[d] - share), 1.0, f"step {step} domain {d}")
                given[d] += counts[d]
                expected[d] += share
                self.assertLessEqual(abs(given[d] - expected[d]), 1.0, "cumulative shares stay within one row")
            for x in rows:
                order[sampler.domain_of(x)].append(x)
        for d, rows in order.items():
            size = sampler.sizes[d]
            for start in range(0, len(rows), size):
                self.assertEqual(len(set(rows[start:start + size])), len(rows[start:start + size]), f"domain {d} pass {start // size}")

    def test_position_is_the_furthest_step_drawn(self):
        sampler = self.sampler()
        self.assertEqual(sampler.position_step, -1)
        batches = iter(sampler.rank_batches(0))
        for _ in range(5):
            next(batches)
        self.assertEqual(sampler.position_step, 2, "micro-batch 4 belongs to step 2")


@unittest.skipIf(torch is None, "torch is not installed")
class DriverTests(unittest.TestCase):
    def setUp(self):
        self.schedule = WeightSchedule(["a", "b"], {"a": 0.5, "b": 0.5})
        self.sampler = WeightedDomainSampler([20, 20], self.schedule, 2, 1, 1, total_steps=100)
        self.held_out = {d: [torch.tensor([1, 2, 3, 4])] * 3 for d in ("a", "b")}

    def driver(self, replies):
        controller = StubController(replies)
        return controller, MixtureDriver(controller, "run", self.sampler, self.held_out, l_target={"a": 1, "b": 1}, update_every=10)

    def test_replies_apply_past_the_drawn_rows_and_in_version_order(self):
        controller, driver = self.driver([version(1, 10, {"a": 0.4, "b": 0.6}, {"a": 1, "b": 1}),
                                          version(3, 20, {"a": 0.3, "b": 0.7}), version(2, 30, {"a": 0.9, "b": 0.1})])
        model = Constant()
        logs = driver.start(model)
        self.assertAlmostEqual(logs["velocitune/loss/a"], torch.log(torch.tensor(5.0)).item(), places=6)
        self.assertEqual(logs["velocitune/version"], 0)
        batches = iter(self.sampler.rank_batches(0))
        for _ in range(14):   # the loader has drawn up to step 13
            next(batches)
        logs = driver.step(10, model)
        self.assertEqual((logs["velocitune/version"], logs["velocitune/apply_step"]), (1, 14))
        self.assertEqual(logs["velocitune/weight/b"], 0.6)
        self.assertEqual(logs["velocitune/velocity/a"], 1)
        self.assertIsNone(driver.step(15, model), "only every update_every steps")
        driver.step(20, model)
        logs = driver.step(30, model)
        self.assertEqual(logs["velocitune/version"], 3, "version 2 arrived after version 3: ignored")
        self.assertEqual([(s["apply_from_step"], s["version"]) for s in self.schedule.stages], [(0, 0), (14, 1), (20, 3)])
        self.assertEqual(controller.reports, [(10, 0), (20, 1), (30, 3)], "each report names the version in use")

    def test_an_unreachable_controller_keeps_the_weights_and_says_so(self):
        _, driver = self.driver([None])
        driver.start(Constant())
        logs = driver.step(10, Constant())
        self.assertEqual(logs["velocitune/unreachable"], 1)
        self.assertEqual((logs["velocitune/version"], logs["velocitune/weight/a"]), (0, 0.5))
        self.assertEqual(len(self.schedule.stages), 1)

    def test_a_refusal_is_raised_on_every_rank(self):
        _, driver = self.driver([ValueError("422 Invalid values")])
        driver.start(Constant())
        with self.assertRaises(MixtureError) as caught:
            driver.step(10, Constant())
        self.assertIn("422", str(caught.exception))

    def test_state_round_trips(self):
        _, driver = self.driver([version(1, 10, {"a": 0.4, "b": 0.6})])
        driver.start(Constant())
        driver.step(10, Constant())
        state = driver.state_dict()
        other = WeightSchedule(["a", "b"], {"a": 0.5, "b": 0.5})
        controller = StubController([])
        MixtureDriver(controller, "run", WeightedDomainSampler([20, 20], other, 2), self.held_out).load_state_dict(state)
        self.assertEqual(other.stages, self.schedule.stages)
        self.assertEqual(controller.run_id, "run")


def _two_ranks(rank, init, seeds, results):
    """One rank of `RankAgreementTests`: a driver whose sampler has seed seeds[rank]."""
    import torch.distributed as dist
    torch.set_num_threads(1)
    dist.init_process_group("gloo", init_method=init, rank=rank, world_size=2)
    try:
        schedule = WeightSchedule(["a", "b"], {"a": 0.5, "b": 0.5})
        sampler = WeightedDomainSampler([20, 20], schedule, 2, 1, 2, seed=seeds[rank], total_steps=100)
        held_out = {d: [torch.tensor([1, 2, 3, 4])] * 3 for d in ("a", "b")}
        driver = MixtureDriver(StubController([]), "run", sampler, held_out, update_every=10)
        try:
            driver.start(Constant())
            results[rank] = "started"
        except MixtureError as error:
            results[rank] = str(error)
    finally:
        dist.destroy_process_group()


@unittest.skipIf(torch is None, "torch is not installed")
class RankAgreementTests(unittest.TestCase):
    """Two real ranks (torch.multiprocessing, gloo on CPU)."""

    def run_ranks(self, seeds):
        import tempfile
        import torch.multiprocessing as mp
        with tempfile.TemporaryDirectory() as scratch:
            results = mp.Manager().dict()
            mp.spawn(_two_ranks, args=(f"file://{scratch}/rendezvous", seeds, results), nprocs=2, join=True)
            return [results[0], results[1]]

    def test_ranks_that_disagree_all_stop_with_the_same_message(self):
        self.assertEqual(self.run_ranks([0, 0]), ["started", "started"])
        results = self.run_ranks([0, 7])
        self.assertEqual(results[0], results[1], "every rank stops with the same message")
        self.assertIn("rank 1 differs from rank 0 in seed (seed: 7 vs 0)", results[0])

    def test_a_sampler_for_another_world_size_is_refused(self):
        schedule = WeightSchedule(["a", "b"], {"a": 0.5, "b": 0.5})
        sampler = WeightedDomainSampler([20, 20], schedule, 2, 1, 2)
        driver = MixtureDriver(StubController([]), "run", sampler, {d: [torch.tensor([1, 2])] for d in ("a", "b")})
        with self.assertRaises(MixtureError) as caught:
            driver.start(Constant())
        self.assertIn("rank 0: the sampler is built for world size 2, torch.distributed runs 1 ranks", str(caught.exception))


@unittest.skipIf(torch is None, "torch is not installed")
class EvaluationTests(unittest.TestCase):
    def test_shards_sum_to_the_whole_with_equal_forwards(self):
        torch.manual_seed(0)
        embed = torch.nn.Embedding(7, 7)
        data = [torch.randint(0, 7, (6,)) for _ in range(11)]
        total, count = domain_loss_sums(embed, data, batch_size=2)
        calls, parts = [], []
        for rank in range(3):
            counter = Constant(7)
            domain_loss_sums(counter, data, 2, rank, 3)
            calls.append(counter.calls)
            parts.append(domain_loss_sums(embed, data, 2, rank, 3))
        self.assertEqual(calls, [2, 2, 2], "4, 4 and 3 rows: every rank runs two forwards of two rows")
        self.assertAlmostEqual(sum(p[0] for p in parts), total, places=9)
        self.assertEqual(sum(p[1] for p in parts), count)
        self.assertAlmostEqual(domain_loss(embed, data, 4), total / count, places=12)


if __name__ == "__main__":
    unittest.main()
