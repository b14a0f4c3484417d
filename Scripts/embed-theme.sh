#!/bin/sh
# Writes the Swift file that carries the default theme inside sitegen (for `sitegen init`), from
# the files of Templates/: `make theme` after any change to the theme. DefaultThemeTests fails
# while the two differ. Usage: Scripts/embed-theme.sh [TEMPLATES] > Sources/SiteGen/Author/DefaultTheme+Files.swift
set -eu
templates=${1:-Templates}
[ -d "$templates" ] || { echo "embed-theme: no folder $templates" >&2; exit 1; }
cat <<'HEAD'
// Generated from Templates/ by Scripts/embed-theme.sh (`make theme`); do not edit by hand.

extension DefaultTheme {
    /// Each file of the theme: its path inside `Templates/`, and its bytes in base64.
    static let encodedFiles: [(path: String, base64: String)] = [
HEAD
# Hidden files and folders are the tools', not the theme's, as the build treats them.
(cd "$templates" && find . -type f ! -path '*/.*' | sed 's|^\./||' | LC_ALL=C sort) | while IFS= read -r path; do
    case $path in
    *[\"\\]*) echo "embed-theme: cannot embed a file whose name holds a quote or backslash: $path" >&2; exit 1 ;;
    esac
    printf '        ("%s", "%s"),\n' "$path" "$(base64 < "$templates/$path" | tr -d '\n')"
done
cat <<'TAIL'
    ]
}
TAIL
