#!/usr/bin/env bash
# Builds the Debian package (scripts/package.sh) and checks it as installed: unpacks it into a clean temp folder
# with dpkg -x, checks the files and the shlibdeps dependencies, runs the installed zhili-cli (--version, and a
# render of the installed demo as an unprivileged user, with a read-only demo and no XDG_RUNTIME_DIR: exit 0,
# empty stderr, a PNG of the asked size, the demo unchanged), validates the desktop entry and the AppStream
# metainfo, and runs lintian, which must report no error (E:). Called by scripts/run-tests.sh after ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "check-package: FAIL: $*" >&2
  exit 1
}

deb=$(scripts/package.sh)
echo "check-package: $deb"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
[[ $(basename "$deb") == "zhili_${version}_amd64.deb" ]] || fail "file name $(basename "$deb") for version $version"
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libgdal32 libproj25 libsqlite3-0 libsodium23 libc6; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib (dpkg-shlibdeps): $depends"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
root=$work/root
dpkg -x "$deb" "$root"

share=$root/usr/share
expected=(
  usr/bin/zhili usr/bin/zhili-cli usr/bin/zhili-cli-full
  usr/share/applications/org.zhili.Zhili.desktop usr/share/metainfo/org.zhili.Zhili.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/zhili.svg
  usr/share/man/man1/zhili-cli.1.gz usr/share/man/man1/zhili.1.gz
  usr/share/zhili/demo/zhili-demo.gpkg usr/share/zhili/demo/hangzhou_demo_parcels.shp
  usr/share/doc/zhili/copyright usr/share/doc/zhili/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/zhili.png")
  png_info=$(file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/zhili.png")
  [[ $png_info == "PNG image data, $size x $size,"* ]] || fail "icon ${size}x${size}: $png_info"
done
for f in "${expected[@]}"; do
  [[ -s "$root/$f" ]] || fail "missing or empty: /$f"
done
# grep -q stops reading at the first match; under pipefail the zcat it leaves behind (SIGPIPE) would fail the
# check now and then, so the page is read whole first.
manpage=$(zcat "$share/man/man1/zhili-cli.1.gz")
grep -q '^\.SS "render"' <<<"$manpage" || fail "the zhili-cli man page lacks the render command"
grep -q 'Exit codes' <<<"$manpage" || fail "the zhili-cli man page lacks the exit codes"

# The installed programs, as a user would run them: read-only files, no XDG_RUNTIME_DIR, no display.
cli=$root/usr/bin/zhili-cli
demo=$share/zhili/demo/zhili-demo.gpkg
demo_sum=$(sha256sum <"$demo")
got=$(env -u XDG_RUNTIME_DIR -u QT_QPA_PLATFORM "$cli" --version)
[[ $got == "$version" ]] || fail "zhili-cli --version says '$got', the package is $version"
# zhili-cli starts without GDAL and hands the GIS-file commands to zhili-cli-full beside it.
needed=$(objdump -p "$cli")
if grep -q 'NEEDED.*libgdal' <<<"$needed"; then fail "zhili-cli loads GDAL (see app/CMakeLists.txt)"; fi
import_help=$(env -u XDG_RUNTIME_DIR "$cli" import --help)
grep -q -- '--encoding' <<<"$import_help" || fail "zhili-cli import --help did not reach zhili-cli-full"

run_as=()
if [[ $(id -u) -eq 0 ]]; then
  run_as=(setpriv --reuid=nobody --regid=nogroup --clear-groups) # root would write anywhere
fi
chmod -R a-w "$root"
mkdir "$work/out"
chmod 777 "$work/out"
png=$work/out/demo.png
rc=0
env -u XDG_RUNTIME_DIR -u QT_QPA_PLATFORM HOME="$work/out" TMPDIR="$work/out" "${run_as[@]}" \
  "$cli" render --cache "$demo" --out "$png" --size 800x600 >"$work/render.out" 2>"$work/render.err" || rc=$?
[[ $rc -eq 0 ]] || fail "render of the installed demo: exit $rc: $(cat "$work/render.err")"
[[ ! -s "$work/render.err" ]] || fail "render wrote to stderr: $(cat "$work/render.err")"
png_info=$(file -b "$png")
[[ $png_info == "PNG image data, 800 x 600,"* ]] || fail "render output: $png_info"
[[ $(stat -c %s "$png") -gt 10000 ]] || fail "render output is only $(stat -c %s "$png") bytes"
[[ $(sha256sum <"$demo") == "$demo_sum" ]] || fail "the render changed the installed demo cache"
leftover=$(find "$share/zhili/demo" -name '*-wal' -o -name '*-shm' -o -name '*-journal')
[[ -z $leftover ]] || fail "files left beside the demo: $leftover"
chmod -R u+w "$root"
cp "$png" "${ZHILI_PACKAGE_PNG:-$(dirname "$deb")/installed-demo.png}" # kept to look at

desktop-file-validate "$share/applications/org.zhili.Zhili.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$share/metainfo/org.zhili.Zhili.metainfo.xml" || fail "appstreamcli validate"

lintian_out=$work/lintian.txt
rc=0
lintian --fail-on error "$deb" >"$lintian_out" 2>&1 || rc=$?
cat "$lintian_out"
if [[ $rc -ne 0 ]] || grep -q '^E: ' "$lintian_out"; then
  fail "lintian reports errors (exit $rc)"
fi
echo "check-package: ok ($(grep -c '^W: ' "$lintian_out" || true) lintian warnings)"
