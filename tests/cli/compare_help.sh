#!/bin/sh
# Compares the --help of zhili-cli and of every command between two builds, in English and in Chinese:
#   tests/cli/compare_help.sh REFERENCE_BUILD_DIR NEW_BUILD_DIR
# (each holding app/zhili-cli and app/zhili-cli-full). Prints a unified diff of what differs and exits 1 when
# anything does, 0 when every text and exit code is the same byte for byte. For changes to how options are
# declared, which must not change what --help prints.
set -u
[ $# -eq 2 ] || { echo "usage: $0 REFERENCE_BUILD_DIR NEW_BUILD_DIR" >&2; exit 2; }
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
unset LC_ALL LC_MESSAGES LANGUAGE

capture() { # build_dir output_file
    for binary in zhili-cli zhili-cli-full; do
        cli="$1/app/$binary"
        [ -x "$cli" ] || { echo "no $cli" >&2; exit 2; }
        commands=$(LANG=C "$cli" --help | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p')
        for lang in C zh_CN.UTF-8; do
            for command in "" $commands; do
                echo "=== $binary LANG=$lang ${command:-(top level)} --help"
                # shellcheck disable=SC2086 # an empty $command is no argument
                LANG=$lang "$cli" $command --help >"$work/text" 2>&1
                echo "=== exit code $?"
                sed "s|$1/app/|BUILD/app/|g" "$work/text" # Qt's "Usage:" line names the program's path
            done
        done
    done >"$2"
}

capture "$1" "$work/reference.txt"
capture "$2" "$work/new.txt"
count=$(grep -c '^=== exit code' "$work/new.txt")
if diff -u "$work/reference.txt" "$work/new.txt"; then
    echo "same --help in both builds ($count texts)"
else
    exit 1
fi
