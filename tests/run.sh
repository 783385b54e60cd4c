#!/usr/bin/env bash
# Runs the whole BatteryOs test suite, with its own set-up, and prints "N passed, N failed" last.
# Needs only the .NET SDK; servers that later suites need are installed and started here.
set -uo pipefail
cd "$(dirname "$0")/.."

# Installs a Debian package when the program it provides is missing (the suite needs real servers).
ensure_package() {
    local package=$1; shift
    for program in "$@"; do
        if command -v "$program" >/dev/null 2>&1 || compgen -G "/usr/lib/$package/*/bin/$program" >/dev/null ||
            [ -x "/usr/sbin/$program" ]; then
            return 0
        fi
    done
    if [ "$(id -u)" -ne 0 ]; then
        echo "tests/run.sh: $package is missing; install it (apt-get install $package) or run as root" >&2
        return 0
    fi
    echo "tests/run.sh: installing $package from Debian's packages"
    (apt-get update -qq || true) >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null ||
        echo "tests/run.sh: could not install $package" >&2
}

# PostgreSQL: the tests start throwaway servers with initdb and pg_ctl (as the postgres OS user when root).
ensure_package postgresql initdb pg_ctl
# Prometheus: the metrics tests start their own server on a free loopback port and check deploy/'s config with
# promtool. (On a machine with systemd the package also starts a service on :9090; the tests leave it alone.)
ensure_package prometheus prometheus
# docker-compose (1.29, no Docker engine needed) validates docker-compose.yml offline.
ensure_package docker-compose docker-compose

# Mosquitto: the ingestion tests start throwaway brokers on free loopback ports with their own configuration
# (the package may also start a system service on 1883; the tests never use it).
ensure_package mosquitto mosquitto

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test BatteryOs.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-project summaries: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ...".
read -r passed failed < <(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\),.*/\2 \1/p' "$log" |
    awk '{p += $1; f += $2} END {print p + 0, f + 0}')
projects=$(find tests -name '*.Tests.csproj' | wc -l)
reported=$(grep -c 'Failed: *[0-9]*, Passed:' "$log" || true)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # A build error or a crashed test host reports no counts: count it as a failure.
    failed=1
fi
if [ "$reported" -lt "$projects" ]; then
    echo "only $reported of $projects test projects reported results"
    [ "$failed" -eq 0 ] && failed=1
    status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
