#!/bin/sh
# manpages.sh HELP2MAN ZHILI_CLI ZHILI VERSION OUTDIR: writes OUTDIR/zhili-cli.1.gz and OUTDIR/zhili.1.gz from the
# programs' --help output (help2man), with every zhili-cli command's --help as its own section, and
# zhili-cli-full.1.gz, which points to zhili-cli(1): the same commands, run with GDAL loaded.
set -eu
help2man=$1 cli=$2 app=$3 version=$4 out=$5
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

{
    echo '[COMMANDS]'
    for cmd in $("$cli" --help | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p'); do
        echo ".SS \"$cmd\""
        echo '.nf'
        # roff: a leading dot or quote would start a request, and backslashes are escapes.
        "$cli" "$cmd" --help | sed -e "s|$cli|zhili-cli|g" -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
        echo '.fi'
    done
    echo '[SEE ALSO]'
    echo '.BR zhili (1)'
} >"$tmp/cli.h2m"
printf '[SEE ALSO]\n.BR zhili-cli (1)\n' >"$tmp/app.h2m"

"$help2man" --no-info --locale=C.UTF-8 --version-string="$version" --section=1 --include="$tmp/cli.h2m" \
    --name="headless commands over a Zhili cache (import, render, report...)" --output="$tmp/zhili-cli.1" "$cli"
"$help2man" --no-info --locale=C.UTF-8 --version-string="$version" --section=1 --include="$tmp/app.h2m" \
    --name="desktop GIS for the industrial land layout of a city" --output="$tmp/zhili.1" "$app"
gzip -9n -c "$tmp/zhili-cli.1" >"$out/zhili-cli.1.gz"
gzip -9n -c "$tmp/zhili.1" >"$out/zhili.1.gz"
printf '.so man1/zhili-cli.1\n' | gzip -9n -c >"$out/zhili-cli-full.1.gz"
