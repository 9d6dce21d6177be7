import pytest

from judge.static import forbidden_uses, parse

FORBID = ["torch.nn.functional.layer_norm", "torch.nn.LayerNorm", "scipy.signal", "@", "*.dot"]


def names(src):
    return [f.name for f in forbidden_uses(parse(src, "s.py"), FORBID)]


@pytest.mark.parametrize("src", [
    "import torch.nn.functional as F\ndef f(x):\n    return F.layer_norm(x, x.shape[-1:])\n",
    "from torch.nn import functional\nfunctional.layer_norm\n",
    "from torch.nn.functional import layer_norm as ln\n",
    "import torch\ny = torch.nn.LayerNorm(4)\n",
    "import torch.nn as nn\ngetattr(nn, 'LayerNorm')\n",
    "import importlib\nm = importlib.import_module('scipy.signal')\n",
    "m = __import__('scipy.signal')\n",
    "from scipy import signal\n",
    "def f(a, b):\n    return a @ b\n",
    "def f(a, b):\n    a @= b\n",
    "def f(a, b):\n    return a.dot(b)\n",
])
def test_forbidden_uses_are_found(src):
    assert names(src), src


@pytest.mark.parametrize("src", [
    "import torch\ndef f(x):\n    return (x - x.mean(-1, keepdim=True)) / x.std(-1, keepdim=True)\n",
    "import torch.nn.functional as F\nF.softmax\n",
    "import scipy\nscipy.special\n",
    "layer_norm = 3\n",  # a local name, not the library's
])
def test_allowed_code_passes(src):
    assert not names(src)


def test_function_defined_above_its_import_still_resolves():
    src = "def f(x):\n    return F.layer_norm(x, (4,))\nimport torch.nn.functional as F\n"
    assert names(src) == ["torch.nn.functional.layer_norm"]


def test_syntax_errors_raise_with_a_line():
    with pytest.raises(SyntaxError) as e:
        parse("def f(:\n    pass\n", "s.py")
    assert e.value.lineno == 1
