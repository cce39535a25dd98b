# Shortcuts for the two README commands and a few chores. `make` is optional: the
# scripts it calls are the source of truth.
.PHONY: setup demo test samples bench clean

setup:
	bash setup.sh --install-only

demo:
	bash setup.sh

test:
	bash test.sh

samples: setup
	.venv/bin/python -m shopanalysis.samples

bench: setup
	for b in benchmarks/bench_*.py; do .venv/bin/python $$b; done

clean:
	rm -rf reports/ student/ build/ dist/ .pytest_cache .hypothesis
