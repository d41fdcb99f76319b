#!/usr/bin/env bash
# Build the one-folder app (dist/peerdesk/) with build.spec, then smoke-test the BUILT app, not the
# source: --version, demo, signin-sheet, handout, an XLSX import, report (when the command exists)
# and the window opening offscreen and closing cleanly. Prints the bundle size, the build time and
# the built app's start times. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'build-app: FAILED: %s\n' "$*" >&2; exit 1; }
now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

step "Environment"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -c "import peerdesk, PySide6" 2>/dev/null || .venv/bin/pip install -q -e .
.venv/bin/python -m PyInstaller --version >/dev/null 2>&1 || .venv/bin/pip install -q pyinstaller
echo "PyInstaller $(.venv/bin/python -m PyInstaller --version), $(.venv/bin/python --version)"
VERSION=$(.venv/bin/python -c "import peerdesk; print(peerdesk.__version__)")

step "Build"
mkdir -p build
t0=$(now)
if ! .venv/bin/python -m PyInstaller --noconfirm --clean build.spec >build/pyinstaller.log 2>&1; then
  tail -n 40 build/pyinstaller.log >&2
  fail "PyInstaller (full log: build/pyinstaller.log)"
fi
BUILD_TIME=$(secs "$t0" "$(now)")
grep -E "build.spec:" build/pyinstaller.log || true
APP="$ROOT/dist/peerdesk/peerdesk"
[ -x "$APP" ] || fail "no executable at $APP"
echo "built in ${BUILD_TIME} s"

if [ "$(uname -s)" = "Linux" ]; then
  step "Shared libraries (ldd)"
  # A Qt library the spec filtered out but something kept still needs would only fail on a user's
  # machine: look for it now. Libraries the system provides (libc, libGL, …) are not bundled.
  qt_src=$(.venv/bin/python -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'Qt' / 'lib')")
  internal="$ROOT/dist/peerdesk/_internal"
  missing=$(find "$internal" -name '*.so*' -type f -print0 |
    LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" xargs -0 ldd 2>/dev/null |
    awk '/not found/ { print $1 }' | sort -u)
  for lib in $missing; do
    if [ -e "$qt_src/$lib" ]; then
      fail "$lib is needed but was left out of the bundle"
    fi
    echo "not bundled, from the system: $lib"
  done
  echo "no bundled library is missing a Qt dependency"
fi

step "Smoke test of the built app"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# No PEERDESK_* from the caller; settings and data go to the temporary folder.
while IFS= read -r name; do unset "$name"; done < <(env | awk -F= '/^PEERDESK_/ { print $1 }')
export PEERDESK_PASSPHRASE="smoke test passphrase"
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$tmp/config"
DATA="$tmp/data"

is_pdf() { [ "$(head -c 5 "$1" 2>/dev/null)" = "%PDF-" ] && [ "$(wc -c <"$1")" -gt 1000 ]; }

version_times=()
for _ in 1 2 3; do
  t0=$(now)
  out=$("$APP" --version) || fail "--version"
  version_times+=("$(secs "$t0" "$(now)")")
done
[ "$out" = "peerdesk $VERSION" ] || fail "--version printed '$out', expected 'peerdesk $VERSION'"
echo "ok  --version: $out (${version_times[*]} s)"

"$APP" --data-dir "$DATA" demo --seed 1 >"$tmp/demo.out" 2>&1 || { cat "$tmp/demo.out" >&2; fail "demo"; }
echo "ok  demo: $(tail -n 1 "$tmp/demo.out")"

"$APP" --data-dir "$DATA" signin-sheet --group "Tuesday Grief Circle" -o "$tmp/signin.pdf" ||
  fail "signin-sheet"
is_pdf "$tmp/signin.pdf" || fail "signin-sheet did not write a PDF"
grep -aq "DejaVuSans" "$tmp/signin.pdf" || fail "the sign-in sheet does not embed the bundled DejaVu font"
echo "ok  signin-sheet: $(wc -c <"$tmp/signin.pdf") bytes, DejaVu embedded"

"$APP" --data-dir "$DATA" handout --tag crisis -o "$tmp/handout.pdf" || fail "handout"
is_pdf "$tmp/handout.pdf" || fail "handout did not write a PDF"
echo "ok  handout (QR codes): $(wc -c <"$tmp/handout.pdf") bytes"

# openpyxl inside the bundle: the XLSX is written by the source tree, read by the built app.
.venv/bin/python -c "
import openpyxl, sys
wb = openpyxl.Workbook(); ws = wb.active
ws.append(['First name', 'Surname', 'E-mail'])
ws.append(['Ximena', 'Smoke', 'ximena@example.org'])
wb.save(sys.argv[1])" "$tmp/members.xlsx"
"$APP" --data-dir "$DATA" import members "$tmp/members.xlsx" --dry-run >"$tmp/import.out" 2>&1 ||
  { cat "$tmp/import.out" >&2; fail "import members (XLSX) --dry-run"; }
grep -q "Would import 1 member" "$tmp/import.out" || { cat "$tmp/import.out" >&2; fail "the XLSX row was not read"; }
echo "ok  import members XLSX --dry-run: $(grep "Would import" "$tmp/import.out")"

if "$APP" --help | grep -qE '^ +report( |$)'; then
  year=$(date +%Y)
  for ext in pdf xlsx; do
    "$APP" --data-dir "$DATA" report --from "$((year - 1))-01-01" --to "$year-12-31" \
      -o "$tmp/report.$ext" || fail "report -o report.$ext"
  done
  is_pdf "$tmp/report.pdf" || fail "report did not write a PDF"
  [ "$(head -c 2 "$tmp/report.xlsx")" = "PK" ] || fail "report did not write an XLSX"
  echo "ok  report: PDF $(wc -c <"$tmp/report.pdf") bytes, XLSX $(wc -c <"$tmp/report.xlsx") bytes"
else
  echo "SKIPPED report: this build has no 'report' command (peerdesk --help does not list it)"
fi

t0=$(now)
"$APP" --smoke-test 2>"$tmp/window.err" || { cat "$tmp/window.err" >&2; fail "--smoke-test (window) exited non-zero"; }
SMOKE_TIME=$(secs "$t0" "$(now)")
if grep -q "Traceback" "$tmp/window.err"; then cat "$tmp/window.err" >&2; fail "--smoke-test printed a traceback"; fi
echo "ok  window offscreen: demo window shown, each pane shown in turn, closed with exit 0 (${SMOKE_TIME} s)"

step "Summary"
echo "bundle size:          $(du -sh dist/peerdesk | cut -f1) (dist/peerdesk)"
echo "build time:           ${BUILD_TIME} s"
echo "start, --version:     ${version_times[*]} s (three runs)"
echo "start, --smoke-test:  ${SMOKE_TIME} s (build a demo database, open the window, show each pane, close)"
