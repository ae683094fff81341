# postprod — `make run` serves the app with demo data, `make test` runs everything.
SHELL := /bin/bash
GO    ?= go
NPM   ?= npm
BIN   := bin/postprod

FRONTEND_SRC := $(shell find frontend/src frontend/public frontend/index.html frontend/vite.config.ts frontend/tsconfig.json -type f 2>/dev/null)
GO_SRC       := $(shell find . -name '*.go' -not -path './frontend/node_modules/*' 2>/dev/null) $(wildcard db/migrations/*.sql)
# Files produced by `make generate`; committed, and checked fresh by `make test`.
GENERATED    := graph/generated.go graph/model/models_gen.go $(wildcard resolvers/*.resolvers.go) $(wildcard frontend/src/gql/*.ts)

.DEFAULT_GOAL := help

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

.PHONY: run
run: build bin/mailpit ## build, start a private PostgreSQL under ./.data, migrate, seed the demo once, serve
	./$(BIN) serve --demo

# Mailpit: the SMTP server and mail catcher of development and the tests.
bin/mailpit: tools/mailpit/build.sh tools/mailpit/package.json tools/mailpit/package-lock.json
	tools/mailpit/build.sh $@

.PHONY: build
build: $(BIN) ## build bin/postprod with the app embedded

$(BIN): $(GO_SRC) go.mod go.sum frontend/dist/index.html
	$(GO) build -o $(BIN) ./cmd/postprod

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && $(NPM) ci --no-audit --no-fund --loglevel=error
	touch $@

frontend/dist/index.html: frontend/node_modules/.installed $(FRONTEND_SRC)
	cd frontend && $(NPM) run build --silent

.PHONY: generate
generate: frontend/node_modules/.installed ## regenerate gqlgen code and the app's GraphQL types
	$(GO) tool gqlgen generate
	cd frontend && $(NPM) run codegen --silent

.PHONY: check-generated
check-generated: frontend/node_modules/.installed
	@before=$$(cat $(GENERATED) | sha256sum); \
	$(MAKE) --no-print-directory generate >/dev/null; \
	after=$$(cat graph/generated.go graph/model/models_gen.go resolvers/*.resolvers.go frontend/src/gql/*.ts | sha256sum); \
	if [ "$$before" != "$$after" ]; then echo "generated files were stale: run 'make generate' and commit them"; git status --short -- graph resolvers frontend/src/gql; exit 1; fi

.PHONY: lint
lint: frontend/dist/index.html ## gofmt and go vet
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './frontend/node_modules/*')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...

.PHONY: test
test: check-generated lint test-go test-frontend test-e2e ## the whole suite: Go (real PostgreSQL), app unit tests, browser tests

.PHONY: test-go
test-go: frontend/dist/index.html bin/mailpit ## Go tests; each package starts its own PostgreSQL unless TEST_DATABASE_URL is set
	$(GO) test -count=1 ./...

.PHONY: test-frontend
test-frontend: frontend/node_modules/.installed ## the app's unit tests (vitest), and the phone's first screen under 100 kB of gzipped JS
	cd frontend && $(NPM) test --silent && $(NPM) run size --silent

.PHONY: chromium
chromium:
	@{ command -v chromium >/dev/null || [ -x /usr/bin/chromium ]; } && command -v pdftotext >/dev/null || { \
		echo "installing Debian's chromium and poppler-utils (pdftotext) for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; \
		else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; fi; }

.PHONY: test-e2e
test-e2e: build bin/mailpit chromium ## browser tests in Chromium against a real server and database
	frontend/e2e/serve-and-run.sh ./$(BIN)

.PHONY: bench
bench: frontend/dist/index.html ## Go benchmarks
	$(GO) test -run '^$$' -bench . -benchmem ./...

.PHONY: db-migrate
db-migrate: build ## apply pending migrations (DATABASE_URL, or the private cluster)
	./$(BIN) migrate up

.PHONY: clean
clean: ## remove build outputs (keeps ./.data)
	rm -rf bin frontend/dist

.PHONY: screenshot
screenshot: build chromium ## refresh the README's pictures (docs/screenshot-*.png) from a fresh demo
	SCREENSHOT=$(CURDIR)/docs/screenshot-phone.png SCREENSHOT_DIR=$(CURDIR)/docs frontend/e2e/serve-and-run.sh ./$(BIN) screenshots

.PHONY: abuse
abuse: build ## abuse script: a normal query's p50/p99 alone and while 4 anonymous clients send the worst documents the limits allow
	$(GO) run ./cmd/abuse -bin ./$(BIN)

.PHONY: bench-api
bench-api: build ## postprod against PostGraphile 4.14.1 on one database (issue 13's data): req/s, p50/p99, SQL per request; BENCH_QUICK=1: small and short; BENCH_FLAGS: more (go run ./cmd/benchapi -h)
	tools/postgraphile/install.sh
	$(GO) run ./cmd/benchapi -bin ./$(BIN) $(BENCH_FLAGS)

.PHONY: bench-live
bench-live: build ## live: N idle graphql-ws subscribers (N=10000; ARGS=-light…): RSS and goroutines each, delivery p50/p99 of an event to all, SQL per event
	ulimit -n $$(ulimit -Hn) && $(GO) run ./cmd/benchlive -bin ./$(BIN) -n $(or $(N),10000) $(ARGS)

.PHONY: load
load: frontend/dist/index.html ## load script: 200 clients submit slips over a lossy network; prints slips/s and p99
	POSTPROD_LOAD=1 $(GO) test -count=1 -run TestLoadSlips -v ./graph/server/ | grep -E '^load:|FAIL|ok'
