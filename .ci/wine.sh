# Shared by .ci/windows and .ci/packages (source it): a fresh wine prefix on its own Xvfb display,
# ready to run relief-journal.exe.
#
#   wine_start WORK   prefix in WORK/prefix, Xvfb on the first free display from ${XVFB_DISPLAY:-99},
#                     and the test-only bcryptprimitives.dll (see .ci/wine/bcryptprimitives.c) in
#                     the prefix's system32, so any copy of the exe starts, wherever it is installed
#   wine_stop         ends wine and that Xvfb (call it from the caller's EXIT trap)

wine_xvfb_pid=""

wine_start() {
    local work="$1" display="${XVFB_DISPLAY:-99}"
    export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
    while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do
        display=$((display + 1))
    done
    Xvfb ":$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
    wine_xvfb_pid=$!
    export DISPLAY=":$display"
    for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.2; done
    test -e "/tmp/.X11-unix/X$display" || { echo "Xvfb did not start on :$display"; return 1; }
    timeout 300 wine wineboot --init >/dev/null 2>&1
    # Wine 8 has no bcryptprimitives.dll of its own, so it loads this one from system32.
    x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
        .ci/wine/bcryptprimitives.c -ladvapi32
}

wine_stop() {
    wineserver -k 2>/dev/null || true
    if [ -n "$wine_xvfb_pid" ]; then kill "$wine_xvfb_pid" 2>/dev/null || true; fi
}

# A Unix path as a Windows path through wine's Z: drive.
winpath() { printf 'Z:%s' "${1//\//\\}"; }
