# Two commands do all the set-up on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: setup demo test verify lint bench-aa bench-discrimination bench-overhead bench-throughput bench-farm bench-fuzz bench-verdict bench-guard bench-scaling clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# the CPU build of torch that lies on this machine's disk (a looser pin downloads gigabytes)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $@

setup: $(STAMP)

demo: setup  ## judge one accepted and one wrong sample submission
	$(BIN)/judge submit problems/nms submissions/nms/accepted/vectorised.py --seed 1
	-$(BIN)/judge submit problems/nms submissions/nms/wrong_answer/fast_nms.py --seed 1

test: setup  ## the whole suite, as CI runs it
	$(BIN)/python -m pytest -q -ra -n 2 --dist loadfile

verify: setup  ## every problem package against its known submissions
	$(BIN)/judge verify --all -j 2

lint: setup
	$(BIN)/ruff check judge tests benchmarks

bench-aa: setup  ## A/A: every problem's reference judged against itself, 3 times
	$(BIN)/python benchmarks/aa_stability.py

bench-scaling: setup  ## exponents of references and wrong-complexity submissions, and --scaling's cost
	$(BIN)/python benchmarks/scaling.py

bench-guard: setup  ## the forbidden-operator guard's cost on honest calls (guarded/plain per problem)
	$(BIN)/python benchmarks/guard_cost.py

bench-discrimination: setup  ## known slowdowns (x2, x1.2) must be reported as such
	$(BIN)/python benchmarks/discrimination.py

bench-overhead: setup  ## judge submit against the minimal floor process
	$(BIN)/python benchmarks/overhead.py

bench-throughput: setup  ## 50 submissions with --jobs 1 and 2
	$(BIN)/python benchmarks/throughput.py

bench-verdict: setup  ## time to a verdict on the core problems, against an earlier commit (BEFORE=rev)
	$(BIN)/python benchmarks/time_to_verdict.py --before $(or $(BEFORE),3d9e788)

bench-fuzz: setup  ## the reply fuzz test at 20000 examples a property (the suite runs 150)
	MLJUDGE_FUZZ_EXAMPLES=20000 $(BIN)/python -m pytest -q tests/test_reply_fuzz.py

bench-farm: setup  ## 40 submissions on the farm with 1 and 2 workers, against local --jobs (needs redis-server)
	$(BIN)/python benchmarks/farm.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
