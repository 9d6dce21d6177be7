"""problem.yaml validation: a bad field is named, a good package loads."""

import shutil

import pytest
import yaml

from judge.problem import ProblemError, load

from .conftest import FIXTURES


@pytest.fixture()
def package(tmp_path):
    dst = tmp_path / "vec_add"
    shutil.copytree(FIXTURES / "problems" / "vec_add", dst)
    return dst


def edit(package, **changes):
    spec = yaml.safe_load((package / "problem.yaml").read_text())
    for dotted, value in changes.items():
        node = spec
        *parents, last = dotted.split("__")
        for p in parents:
            node = node[p]
        if value is None:
            node.pop(last, None)
        else:
            node[last] = value
    (package / "problem.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True))


def test_fixture_loads(package):
    p = load(package)
    assert p.slug == "vec_add" and [q.name for q in p.params] == ["a", "b", "alpha"]
    assert p.params[2].has_default and p.params[2].default == 1.0
    assert len(p.tests["random"]) == 3 and p.tests["random"][1].name.endswith("#2")
    assert p.tolerance.for_dtype("float32") == (1.3e-6, 1e-5)


@pytest.mark.parametrize("changes, message", [
    ({"limits__memory_mb": "lots"}, "limits.memory_mb: expected"),
    ({"limits__memory_mb": -5}, "limits.memory_mb: must be positive"),
    ({"limits__wall": 3}, "unknown field 'wall'"),
    ({"framework": "jax"}, "framework: 'jax' is not one of"),
    ({"difficulty": None}, "missing required field 'difficulty'"),
    ({"slug": "other"}, "slug: 'other' must be"),
    ({"title": {"en": "x"}}, "title.zh"),
    ({"signature": "def other(a, b)"}, "signature: must be 'def add(...)'"),
    ({"signature": "def add(a, b"}, "signature: not a def line"),
    ({"compare": {"kind": "fuzzy"}}, "compare.kind: 'fuzzy' is not one of"),
    ({"compare": {"kind": "checker"}}, "'checker' needs a checker.py"),
    ({"compare": {"rtol": {"float8": 1}}}, "compare.rtol: 'float8' is not one of"),
    ({"tests__examples": []}, "tests.examples: at least one public example"),
    ({"tests__random": [{"n": 3, "repeat": 0}]}, "tests.random[0].repeat"),
    ({"tests__smoke": [{"n": 1}]}, "tests.smoke: 'smoke' is not one of"),
    ({"forbidden": ["bad name!"]}, "forbidden[0]"),
    ({"outputs": ["centroids", "2nd"]}, "outputs[1]: expected the name of a part of the output"),
    ({"forbidden_ops": ["torch.rms_norm"]}, "forbidden_ops[0]: expected an operator such as 'aten::rms_norm'"),
    ({"colour": "blue"}, "unknown field 'colour'"),
])
def test_bad_fields_are_named(package, changes, message):
    edit(package, **changes)
    with pytest.raises(ProblemError) as e:
        load(package)
    assert message in str(e.value), str(e.value)
    assert "problem.yaml" in str(e.value)


def test_missing_files_and_bad_yaml(package):
    (package / "statement.zh.md").unlink()
    with pytest.raises(ProblemError, match="missing statement.zh.md"):
        load(package)
    (package / "problem.yaml").write_text("slug: [unclosed")
    with pytest.raises(ProblemError, match="not valid YAML"):
        load(package)


def test_not_a_package(tmp_path):
    with pytest.raises(ProblemError, match="not a problem package"):
        load(tmp_path)


def test_content_hash_changes_with_any_file(package):
    before = load(package).hash
    (package / "generator.py").write_text((package / "generator.py").read_text() + "\n# edit\n")
    assert load(package).hash != before


def test_starter_has_the_exact_signature(package):
    starter = load(package).starter()
    assert "def add(a: np.ndarray, b: np.ndarray, alpha: float = 1.0) -> np.ndarray:" in starter
    compile(starter, "starter.py", "exec")
