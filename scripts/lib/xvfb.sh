# A fresh Xvfb server for one run of the app (sourced by bench/startup.sh and
# scripts/build-release.sh): `xvfb_start DIR` starts it, lets it pick a free display itself (no
# clash with a server still shutting down from the previous run) and sets XVFB_PID and
# XVFB_DISPLAY (":N"); DIR holds the file the server writes its number to.
xvfb_start() {
  local dir=$1
  Xvfb -displayfd 1 -screen 0 1280x800x24 >"$dir/display" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 1 100); do
    [ -s "$dir/display" ] && break
    sleep 0.05
  done
  XVFB_DISPLAY=":$(head -n 1 "$dir/display")"
}
