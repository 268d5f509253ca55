#!/usr/bin/env bash
# Installs the Windows installer under Wine as a lab image would be set up (silently, per
# machine, with the lab's provisioning file), checks what it installed, runs the installed
# jikim.exe on the installed modules and provisioning, then uninstalls and checks that the program
# is gone and the data kept (issue 17). Called by scripts/test-windows.sh with WINEPREFIX set and
# a wineserver running, after scripts/build-windows.sh; the argument, if any, is the installer.
set -euo pipefail
version=$(sed -n 's/^ *"version": *"\([0-9.]*\)".*/\1/p' src-tauri/tauri.conf.json | head -n 1)
installer="${1:-$PWD/target/x86_64-pc-windows-gnu/release/bundle/nsis/Jikim_${version}_x64-setup.exe}"
: "${WINEPREFIX:?}"
c="$WINEPREFIX/drive_c"
app="$c/Program Files/Jikim"
key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Jikim'
fail() { echo "installer test: $*" >&2; exit 1; }

# A clean machine: no earlier install, no provisioning.
rm -rf "$app" "$c/ProgramData/Jikim"
wine reg delete "$key" /f >/dev/null 2>&1 || true

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/provision.toml" <<'EOF'
school_name = "지킴중학교"
seat = "LAB1-07"
idle_minutes = 10
locale = "ko"

[hub]
address = "192.168.0.10:7443"
fingerprint = "3f9c2b71aa0e4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5"

[teacher]
mode = "off"
EOF

echo "install: $(basename "$installer") /S /PROVISION=..."
run_installer() { wine "$installer" /S "/PROVISION=$(winepath -w "$work/provision.toml")"; }
status=0
run_installer || status=$?
if [ "$status" -ne 0 ]; then
  # Under Wine the silent installer exited with 1 once (2026-11-28, 6ea33bc's CI-like run); the
  # same installer passed when the script ran again. Once more, said in the log, then it fails.
  echo "installer test: the installer exited with $status; trying once more (Wine)" >&2
  rm -rf "$app" "$c/ProgramData/Jikim"
  sleep 2
  status=0
  run_installer || status=$?
  [ "$status" -eq 0 ] || fail "the installer exited with $status, twice"
fi

for f in jikim-app.exe jikim.exe uninstall.exe assets/help/help.toml; do
  [ -f "$app/$f" ] || fail "$f was not installed"
done
shipped=$(find assets/modules -name '*.toml' | wc -l)
installed=$(find "$app/assets/modules" -name '*.toml' | wc -l)
[ "$shipped" -eq "$installed" ] || fail "$installed of $shipped module files installed"
[ -f "$c/ProgramData/Jikim/provision.toml" ] || fail "the provisioning file is not in ProgramData"
# Per machine: the shortcuts are the all-users ones.
[ -f "$c/ProgramData/Microsoft/Windows/Start Menu/Programs/지킴 Jikim.lnk" ] \
  || fail "no Start menu shortcut for all users"
wine reg query "$key" /v DisplayVersion | grep -q "$version" || fail "not registered for uninstall"
wine reg query "$key" /v QuietUninstallString | grep -q 'uninstall.exe' || fail "no quiet uninstall"

echo "the installed jikim.exe checks the installed modules and the lab's provisioning"
wine "$app/jikim.exe" content check 'C:\Program Files\Jikim\assets\modules' \
  || fail "the installed modules do not check"
wine "$app/jikim.exe" provision check 'C:\ProgramData\Jikim\provision.toml' | tee "$work/check.txt" \
  || fail "the installed provisioning does not check"
grep -q "192.168.0.10:7443" "$work/check.txt" || fail "provision check did not read the hub"

echo "uninstall"
wine "$app/uninstall.exe" /S || fail "the uninstaller exited with $?"
# The uninstaller copies itself to a temporary folder and returns at once: wait for it.
for _ in $(seq 1 60); do
  [ -e "$app" ] || break
  sleep 1
done
[ ! -e "$app" ] || fail "Program Files\\Jikim is still there: $(ls "$app")"
if wine reg query "$key" >/dev/null 2>&1; then fail "still registered for uninstall"; fi
[ -f "$c/ProgramData/Jikim/provision.toml" ] || fail "uninstalling removed the lab's provisioning"
echo "installer test passed"
