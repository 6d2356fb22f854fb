#!/bin/sh
# Install lockcare from this unpacked folder, for distributions without a .deb.
#
#   ./install.sh               for you alone: ~/.local/lib/lockcare, ~/.local/bin/lockcare, your menu
#   sudo ./install.sh --system for everyone:  /opt/lockcare, /usr/local/bin/lockcare, the menu
#   ./install.sh --uninstall   (add --system for a system-wide install) removes the program;
#                              your data (locks, readings, log) is kept.
#
# You can also run ./lockcare from this folder without installing anything.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
mode=user
action=install
for arg in "$@"; do
    case $arg in
        --system) mode=system ;;
        --uninstall) action=uninstall ;;
        -h | --help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

if [ "$mode" = system ]; then
    prefix=/opt/lockcare
    bindir=/usr/local/bin
    share=/usr/local/share
else
    # Not ~/.local/share/lockcare: that folder holds your data.
    prefix="$HOME/.local/lib/lockcare"
    bindir="$HOME/.local/bin"
    share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
}

if [ "$action" = uninstall ]; then
    rm -rf "$prefix"
    rm -f "$bindir/lockcare" "$share/applications/lockcare.desktop" "$share/metainfo/lockcare.metainfo.xml"
    find "$share/icons/hicolor" -path '*/apps/lockcare.*' -exec rm -f {} + 2>/dev/null || true
    refresh_menus
    echo "lockcare is uninstalled. Your data is kept (see 'Your data' in Help > About lockcare)."
    exit 0
fi

if [ ! -x "$here/lockcare" ] || [ ! -d "$here/_internal" ]; then
    echo "install.sh: run me from the unpacked lockcare folder (lockcare and _internal/ beside me)." >&2
    exit 1
fi

rm -rf "$prefix"
mkdir -p "$prefix" "$bindir" "$share/applications" "$share/metainfo"
cp -R "$here/lockcare" "$here/lockcare-gui" "$here/_internal" "$here/LICENSE" "$prefix/"
ln -sf "$prefix/lockcare" "$bindir/lockcare"
sed "s|^Exec=.*|Exec=\"$prefix/lockcare\" gui|" "$here/share/applications/lockcare.desktop" \
    > "$share/applications/lockcare.desktop"
cp "$here/share/metainfo/lockcare.metainfo.xml" "$share/metainfo/"
cp -R "$here/share/icons" "$share/"
refresh_menus

echo "lockcare is installed in $prefix. Start it from your menu, or run: lockcare"
case ":$PATH:" in
    *":$bindir:"*) ;;
    *) echo "Note: $bindir is not on your PATH; run $prefix/lockcare, or add $bindir to PATH." ;;
esac

# The self-test names any system package the window still needs (xcb libraries on X11).
if ! report=$("$prefix/lockcare" --self-test 2>&1); then
    echo "$report" | grep '^FAIL' || true
    echo "lockcare is installed, but the self-test above failed: install what it names, then start lockcare."
    exit 1
fi
echo "Self-test passed."
