#!/usr/bin/env bash
# Start-up time and idle memory of the Jikim app against a plain Tauri 2 app, measured the same
# way in the same run (ratios, because these machines are noisy). Run under nothing else heavy.
#
#   bash bench/startup.sh JIKIM_BINARY PLAIN_BINARY [RUNS]
#
# For each run and app: a fresh Xvfb display and fresh XDG data/cache dirs; time from exec until
# the window is mapped (xdotool) and until its content is painted (the screen shows more than a
# handful of colours, seen in screenshots: PROBE below); then, after 5 s idle, the PSS summed
# over the app and its descendants, its WebKit processes among them (/proc/PID/smaps_rollup).
# One warm-up run of each app is discarded; then the apps alternate. Prints one line per run,
# then the medians and how sure the ratios are (bench/startup_stats.py: a 95 % interval by the
# paired bootstrap). STARTUP_RAW=FILE appends the runs to FILE too, so that several runs can be
# pooled: `python3 bench/startup_stats.py FILE...`.
set -euo pipefail
JIKIM=${1:?jikim binary}
PLAIN=${2:?plain tauri binary}
RUNS=${3:-5}
RAW=${STARTUP_RAW:-}
# Without xdotool no window is ever seen: every run would read NA (bench/run.sh installs it).
command -v xdotool >/dev/null || { echo "bench/startup.sh needs xdotool (apt-get install xdotool)" >&2; exit 2; }
OWN_RAW=$(mktemp)
trap 'rm -f "$OWN_RAW"' EXIT

now_ms() { date +%s%3N; }
# shellcheck source=../scripts/lib/xvfb.sh
source "$(dirname "$0")/../scripts/lib/xvfb.sh"

# How "painted" is seen: screenshots in one Python process with Pillow (about 10 ms apart, light),
# or, without Pillow or with PROBE=imagemagick, ImageMagick's `import` and `convert` started for
# every screenshot (about 200 ms apart on 2 cores, and those processes compete with the app).
# The Python process is started, with Pillow imported, before the app is: its own start (about
# 130 ms of CPU, more through a pyenv shim) would otherwise fall on the app's first screen and
# be measured as the app's (docs/BENCHMARKS.md, tenth session). The interpreter is found once.
PYTHON=$(python3 -c 'import sys; print(sys.executable)')
if [ -z "${PROBE:-}" ]; then
  PROBE=imagemagick
  "$PYTHON" -c "from PIL import ImageGrab" 2>/dev/null && PROBE=pillow
fi
echo "paint probe: $PROBE"

pss_kb() {
  local total=0 pid
  for pid in "$@"; do
    if [ -r "/proc/$pid/smaps_rollup" ]; then
      total=$((total + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")))
    fi
  done
  echo "$total"
}

descendants() {
  local pid=$1 kids
  echo "$pid"
  kids=$(pgrep -P "$pid" || true)
  for k in $kids; do descendants "$k"; done
}

measure() {
  local bin=$1 disp tmp
  tmp=$(mktemp -d)
  xvfb_start "$tmp"
  local xvfb=$XVFB_PID
  disp=$XVFB_DISPLAY
  local t0 t_win="" t_paint="" pid probe=""
  # The probe first, ready and waiting on a pipe for the start time (a pipe without a reader
  # would wait for ever: it is only written to while the probe is there).
  if [ "$PROBE" = pillow ]; then
    mkfifo "$tmp/go"
    paint_pillow "$disp" "$tmp" >"$tmp/painted" &
    probe=$!
    for _ in $(seq 1 500); do [ -e "$tmp/ready" ] && break; sleep 0.01; done
  fi
  t0=$(now_ms)
  DISPLAY=$disp XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache XDG_CONFIG_HOME=$tmp/config \
    WEBKIT_DISABLE_COMPOSITING_MODE=1 "$bin" >"$tmp/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if DISPLAY=$disp xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then
      t_win=$(( $(now_ms) - t0 ))
      break
    fi
    sleep 0.02
  done
  # The probe looks from the window's mapping on, as before, so that its screenshots (the whole
  # screen each, with Xvfb's work for it) do not compete with the app's own start either.
  if [ -n "$probe" ] && [ -n "$t_win" ] && kill -0 "$probe" 2>/dev/null; then
    echo "$t0" >"$tmp/go"
    wait "$probe" || true
    t_paint=$(cat "$tmp/painted")
  elif [ -n "$probe" ]; then
    kill "$probe" 2>/dev/null || true
  elif [ -n "$t_win" ]; then
    for _ in $(seq 1 600); do
      colours=$(DISPLAY=$disp import -window root -depth 8 png:- 2>/dev/null | convert png:- -format %k info: 2>/dev/null || echo 0)
      if [ "${colours:-0}" -gt 20 ]; then t_paint=$(( $(now_ms) - t0 )); break; fi
      sleep 0.02
    done
  fi
  if [ -z "$t_win" ]; then
    echo "no window from $bin on $disp; its output:" >&2
    tail -n 5 "$tmp/app.log" >&2 || true
  fi
  sleep 5
  # The app and what it started (its WebKit web and network processes are its descendants):
  # only these are counted and stopped, never another program's WebKit processes on this machine.
  local pss procs
  procs=$(descendants "$pid")
  pss=$(pss_kb $procs)
  [ -n "${STARTUP_VERBOSE:-}" ] && ps -o pid=,comm= -p "$(echo $procs | tr ' ' ,)" >&2
  kill $procs 2>/dev/null || true
  sleep 0.5
  kill -9 $procs 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
  echo "${t_win:-NA} ${t_paint:-NA} $pss"
}

# Until the screen of display $1 shows more than 20 colours: milliseconds since the start time,
# empty after 12 s. Screenshots taken in one process every 10 ms or so (Pillow over XCB). Pillow
# is imported first; then the file DIR/ready says so, and the start time (epoch ms) is read from
# the pipe DIR/go, written once the app's window is mapped.
paint_pillow() {
  "$PYTHON" - "$1" "$2" <<'PY'
import os, sys, time
from PIL import ImageGrab
display, folder = sys.argv[1], sys.argv[2]
open(os.path.join(folder, "ready"), "w").close()
with open(os.path.join(folder, "go")) as go:
    t0 = int(go.read().strip())
end = time.time() + 12
while time.time() < end:
    try:
        shot = ImageGrab.grab(xdisplay=display)
    except OSError:
        shot = None
    if shot is not None and shot.getcolors(maxcolors=20) is None:
        print(round(time.time() * 1000) - t0)
        break
    time.sleep(0.01)
PY
}

# One discarded warm-up run of each (the first start reads everything from disk), then the two
# apps alternate, so that a noisy minute on the machine falls on both alike.
for bin in "$PLAIN" "$JIKIM"; do measure "$bin" >/dev/null; done
for run in $(seq 1 "$RUNS"); do
  for app in plain jikim; do
    bin=$PLAIN; [ "$app" = jikim ] && bin=$JIKIM
    read -r w p m < <(measure "$bin")
    # A run that got no window at all (GTK could not open the new X server: seen now and then
    # when the server took display :0) is taken again once, on a new server.
    if [ "$w" = NA ]; then
      echo "$app run $run: no window, taken again"
      read -r w p m < <(measure "$bin")
    fi
    echo "$app run $run: window ${w} ms, painted ${p} ms, PSS $((m / 1024)) MiB"
    # A run whose window never showed has no memory figure either.
    pss=$m; [ "$w" = NA ] && pss=NA
    printf '%s\t%s\t%s\t%s\t%s\n' "$app" "$run" "$w" "$p" "$pss" >>"$OWN_RAW"
  done
done
# The medians and ratios, computed in one place.
"$PYTHON" "$(dirname "$0")/startup_stats.py" "$OWN_RAW"
[ -n "$RAW" ] && cat "$OWN_RAW" >>"$RAW"
ls -l "$JIKIM" "$PLAIN" | awk '{print "binary", $9, $5, "bytes"}'
