# The two commands of the README, and a few more for developers.
#   make demo   install packages, build, and run the main job on the embedded SQLite database
#   make test   install packages, build, start a private PostgreSQL, run every test on SQLite and PostgreSQL
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
PG_DIR ?= $(BUILD_DIR)/test-postgres
JOBS ?= $(shell nproc)

.PHONY: all deps configure build test demo bench format clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Uses NODUES_TEST_PG when it is set (as .ci/run does); otherwise starts a private cluster
# under $(PG_DIR) for the run and stops it afterwards.
test: build
	@if [ -n "$$NODUES_TEST_PG" ]; then \
		cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS); \
	else \
		url=$$(scripts/test-postgres.sh start $(PG_DIR)) || exit 1; \
		status=0; \
		(cd $(BUILD_DIR) && NODUES_TEST_PG=$$url ctest --output-on-failure -j $(JOBS)) || status=$$?; \
		scripts/test-postgres.sh stop $(PG_DIR); \
		exit $$status; \
	fi

demo: build
	scripts/demo.sh $(BUILD_DIR)

bench: build
	@for bench in $(BUILD_DIR)/tests/Bench*; do [ -x "$$bench" ] && "$$bench"; done

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR)
