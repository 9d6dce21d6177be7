import numpy as np
import pytest

from judge.compare import check_structure, compare
from judge.harness import Array
from judge.problem import DEFAULT_ATOL, DEFAULT_RTOL, Tolerance

TOL = Tolerance(DEFAULT_RTOL, DEFAULT_ATOL)


def arr(values, dtype="float32", code=None):
    a = np.asarray(values, dtype=dtype)
    codes = {"float32": "F32", "float64": "F64", "float16": "F16", "int64": "I64", "int32": "I32",
             "bool": "BOOL"}
    return Array(a, code or codes[dtype], "numpy")


def test_equal_arrays_pass():
    assert compare(arr([1.0, 2.0]), arr([1.0, 2.0]), TOL) is None


def test_wider_float_is_accepted_narrower_is_not():
    assert compare(arr([1.0, 2.0]), arr([1.0, 2.0], "float64"), TOL) is None
    m = compare(arr([1.0, 2.0]), arr([1.0, 2.0], "float16"), TOL)
    assert m is not None and m.kind == "dtype" and "float16" in m.message


def test_any_integer_dtype_for_indices_but_not_floats():
    assert compare(arr([0, 2], "int64"), arr([0, 2], "int32"), TOL) is None
    m = compare(arr([0, 2], "int64"), arr([0.0, 2.0]), TOL)
    assert m is not None and m.kind == "dtype"


def test_shape_mismatch_shows_both_short_arrays():
    m = compare(arr([0, 2], "int64"), arr([0], "int64"), TOL)
    assert m.kind == "shape" and "expected [0 2]" in m.message and "got      [0]" in m.message


def test_worst_element_and_errors_reported():
    exp = arr(np.linspace(1, 2, 12).reshape(3, 4))
    got = arr(exp.data.copy())
    got.data.setflags(write=True)
    got.data[1, 2] += 0.5
    got.data[2, 3] += 0.01
    m = compare(exp, got, TOL)
    assert m.kind == "value"
    assert m.worst["index"] == [1, 2]
    assert m.stats["bad"] == 2 and m.stats["total"] == 12
    assert m.stats["max_abs"] == pytest.approx(0.5, rel=1e-5)


def test_nan_never_matches_a_number_and_inf_must_match():
    assert compare(arr([1.0, np.nan]), arr([1.0, np.nan]), TOL) is None
    assert compare(arr([1.0, 2.0]), arr([1.0, np.nan]), TOL) is not None
    assert compare(arr([-np.inf, 1.0]), arr([-np.inf, 1.0]), TOL) is None
    assert compare(arr([-np.inf, 1.0]), arr([-1e30, 1.0]), TOL) is not None


def test_float16_rounding_fails_float32_tolerance():
    rng = np.random.default_rng(0)
    exp = arr(rng.standard_normal(1000))
    rounded = arr(exp.data.astype(np.float16).astype(np.float32))
    assert compare(exp, rounded, TOL) is not None


def test_python_values_lists_tuples_and_dicts():
    assert compare({"a": {"b": {}}}, {"a": {"b": {}}}, TOL) is None
    m = compare({"a": {"b": {}}}, {"a": {}}, TOL)
    assert m.kind == "structure" and "missing keys ['b']" in m.message and m.path == "['a']"
    assert compare([1, 2], [1, 2], TOL) is None
    assert compare(1.5, arr(1.5, "float32"), TOL) is None  # a float32 scalar for a Python float
    assert compare(3, True, TOL) is not None  # bool is not an int here
    assert compare(1.0, "1.0", TOL) is not None


def test_tuple_of_arrays_compared_item_by_item():
    exp = [arr([1.0, 2.0]), arr([0, 1], "int64")]
    assert compare(exp, [arr([1.0, 2.0]), arr([0, 1], "int32")], TOL) is None
    m = compare(exp, [arr([1.0, 2.0]), arr([1, 1], "int32")], TOL)
    assert m.path == "[1]"


def test_structure_only_check_ignores_values():
    assert check_structure(arr([1.0]), arr([5.0])) is None
    assert check_structure(arr([1.0]), arr([5.0, 1.0])) is not None


def test_exact_mode_for_floats():
    assert compare(arr([1.0]), arr([1.0 + 1e-7]), TOL, exact=True) is not None


def test_a_type_mismatch_names_what_is_accepted_not_one_dtype():
    m = compare(arr([0, 2], "int64"), ["a", "b"], TOL)
    assert m.kind == "type" and "integers[2] (any integer dtype)" in m.message and "int64" not in m.message
    m = compare(arr([0.5, 2.0]), {"x": 1}, TOL)
    assert "float32[2] (or wider)" in m.message
