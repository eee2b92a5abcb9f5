"""Scenario tests written as YAML (OpenFisca style): each case is an attack and the obligations it triggers.

Every file ``tests/scenarios/*.yaml`` is a list of cases::

    - name: 9/11 - the 18 other NATO allies bound
      decided_by: {treaty: nato, article: "5"}        # the clause that decides the case (required)
      reference: "North Atlantic Treaty Art. 5, 6(1); NATO invoked Art. 5 on 2001-09-12"   # outside truth
      query: {target: USA, at: [40.7115, -74.0134], date: 2001-09-11, attacker: NONSTATE, asset: territory}
      charters: [path/to/extra.yaml]                   # optional hypothetical charters (relative to the file)
      expect:
        - {treaty: nato, obligation: defend, article: "5", states: [BEL, CAN, ...], exactly: true}
        - {treaty: nato, obligation: none, states: [USA], reason_contains: "Art. 6"}

An expectation ``{treaty: tac, breach_by: CHN}`` asserts that the answer reports the attacker breaching an
undertaking of that treaty (e.g. non-aggression); ``{treaty: nato, on_request: [USA, ...]}`` that consultation
under that treaty is available on request from those states.

``decided_by`` must name an article (or an Art. 6-style scope label) that the charter really has.

An expectation with ``obligation: none`` asserts that those states have no obligation under that treaty (and,
with ``reason_contains``, that the not-covered reason says so). ``exactly: true`` asserts that no other state
has that obligation under that treaty. ``treaty: any`` with ``obligation: none`` asserts no obligation at all
under any hand-encoded charter. ``conditional`` and ``uncertain`` may be asserted too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml


def pytest_collect_file(parent, file_path: Path):
    if file_path.suffix == ".yaml" and file_path.parent == Path(__file__).parent:
        return ScenarioFile.from_parent(parent, path=file_path)
    return None  # noqa: RET501


class ScenarioFile(pytest.File):
    def collect(self):
        cases = yaml.safe_load(self.path.read_text(encoding="utf-8")) or []
        for case in cases:
            yield ScenarioItem.from_parent(self, name=case["name"], case=case)


class ScenarioItem(pytest.Item):
    def __init__(self, *, case: dict, **kwargs) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        run_case(self.case, self.path.parent)

    def reportinfo(self):
        decided = self.case.get("decided_by", {})
        return self.path, 0, f"{self.name} [{decided.get('treaty')} Art. {decided.get('article')}]"

    def repr_failure(self, excinfo):
        return f"{self.name}: {excinfo.value}"


class ScenarioFailure(AssertionError):
    pass


def run_case(case: dict, folder: Path) -> None:
    from foedus.obligations import obligations
    from foedus.treaties import load_charter

    decided = case.get("decided_by") or {}
    if not decided.get("treaty") or not decided.get("article"):
        raise ScenarioFailure("every scenario names the article that decides it (decided_by: {treaty, article})")
    q = case["query"]
    extra = [load_charter(folder / p) for p in case.get("charters", [])]
    answer = obligations(
        q["target"], tuple(q["at"]), str(q["date"]), attacker=q.get("attacker", "UNKNOWN"),
        asset=q.get("asset", "territory"), extra_charters=extra,
    )
    _check_decided_by(decided, extra)
    for exp in case["expect"]:
        check(answer, exp)


def _check_decided_by(decided: dict, extra: list) -> None:
    """The deciding article must exist in the charter (as an article or a scope entry's article label)."""
    from foedus.treaties import bundled_charters

    charter = {**bundled_charters(), **{c.id: c for c in extra}}.get(decided["treaty"])
    if charter is None:
        raise ScenarioFailure(f"decided_by names unknown charter {decided['treaty']!r}")
    labels = {c.article for c in charter.articles} | {e.article for c in charter.articles for e in c.scope if e.article}
    labels |= {f.article for f in charter.final_clauses}
    if str(decided["article"]) not in labels:
        raise ScenarioFailure(f"decided_by: {charter.id} has no article {decided['article']!r}; it has {sorted(labels)}")


def check(answer, exp: dict) -> None:
    treaty = exp["treaty"]
    if "breach_by" in exp:
        breaches = {(v.state, v.treaty) for v in answer.violations}
        if (exp["breach_by"], treaty) not in breaches:
            raise ScenarioFailure(f"expected a breach of {treaty} by {exp['breach_by']}; got {sorted(breaches)}")
        return
    if "on_request" in exp:
        offered = {s for r in answer.on_request if r["treaty"] == treaty for s in r["states"]}
        missing = set(exp["on_request"]) - offered
        if missing:
            raise ScenarioFailure(f"expected consultation on request under {treaty} from {sorted(missing)}")
        return
    kind = exp["obligation"]
    states = set(exp.get("states", []))
    hand = [o for o in answer.obligations if not o.atop_coded]
    pool = hand if treaty == "any" else [o for o in answer.obligations if o.treaty == treaty]
    if kind == "none":
        bound = {o.state for o in pool}
        if treaty == "any" and not states:
            if hand:
                raise ScenarioFailure(f"expected no obligation under any charter, got {_fmt(hand)}")
            return
        wrong = states & bound
        if wrong:
            raise ScenarioFailure(f"expected no {treaty} obligation for {sorted(wrong)}, got {_fmt(pool)}")
        if "reason_contains" in exp:
            reasons = {n.state: n.reason for n in answer.not_covered if n.treaty == treaty}
            for s in states:
                if exp["reason_contains"] not in reasons.get(s, ""):
                    raise ScenarioFailure(f"{s}: not-covered reason {reasons.get(s)!r} lacks {exp['reason_contains']!r}")
        return
    matching = [o for o in pool if o.obligation == kind]
    got = {o.state for o in matching}
    missing = states - got
    if missing:
        raise ScenarioFailure(f"expected {sorted(missing)} bound to {kind} under {treaty}; got {_fmt(pool)}; "
                              f"not covered: {[(n.state, n.treaty, n.reason[:120]) for n in answer.not_covered][:6]}")
    if exp.get("exactly") and got != states:
        raise ScenarioFailure(f"under {treaty} only {sorted(states)} should {kind}; also {sorted(got - states)}")
    for o in matching:
        if o.state not in states:
            continue
        if "article" in exp and o.article != str(exp["article"]):
            raise ScenarioFailure(f"{o.state}: expected Art. {exp['article']}, got Art. {o.article}")
        for flag in ("conditional", "uncertain"):
            if flag in exp and getattr(o, flag) != exp[flag]:
                raise ScenarioFailure(f"{o.state}: expected {flag}={exp[flag]}, got {getattr(o, flag)}")


def _fmt(obs) -> list:
    return [(o.state, o.treaty, o.obligation, o.article) for o in obs][:20]
