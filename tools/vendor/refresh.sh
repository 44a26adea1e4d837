#!/usr/bin/env bash
# Refreshes the vendored front-end assets from the npm registry (run by hand when upgrading; the build
# never downloads anything). Versions are pinned here; update them, run this, review the diff, commit.
set -euo pipefail
UTRECHT=9.0.4          # @utrecht/component-library-css, EUPL-1.2
TOKENS=7.4.1           # @nl-design-system-unstable/voorbeeld-design-tokens, EUPL-1.2
HTMX=2.0.11            # htmx.org, 0BSD (see docs/adr/0004-htmx-2.md)
NOTO=5.3.0             # @fontsource/noto-sans, OFL-1.1
NOTO_SERIF=5.3.0       # @fontsource/noto-serif, OFL-1.1 (headings of the voorbeeld theme)
AXE=4.14.1             # axe-core, MPL-2.0 (test-time only)

root=$(cd "$(dirname "$0")/../.." && pwd)
static="$root/src/main/resources/static/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "@utrecht/component-library-css@$UTRECHT" "@nl-design-system-unstable/voorbeeld-design-tokens@$TOKENS" \
  "htmx.org@$HTMX" "@fontsource/noto-sans@$NOTO" "@fontsource/noto-serif@$NOTO_SERIF" "axe-core@$AXE" >/dev/null
unpack() { mkdir -p "$2"; tar xzf "$1" -C "$2" --strip-components=1; }
unpack utrecht-component-library-css-$UTRECHT.tgz utrecht
unpack nl-design-system-unstable-voorbeeld-design-tokens-$TOKENS.tgz tokens
unpack htmx.org-$HTMX.tgz htmx
unpack fontsource-noto-sans-$NOTO.tgz noto
unpack fontsource-noto-serif-$NOTO_SERIF.tgz noto-serif
unpack axe-core-$AXE.tgz axe

rm -rf "$static"
mkdir -p "$static/utrecht-$UTRECHT" "$static/voorbeeld-design-tokens-$TOKENS" "$static/htmx-$HTMX" "$static/noto-sans-$NOTO" "$static/noto-serif-$NOTO_SERIF"
cp utrecht/dist/index.css utrecht/LICENSE.md "$static/utrecht-$UTRECHT/"
cp tokens/dist/theme.css tokens/LICENSE.md "$static/voorbeeld-design-tokens-$TOKENS/"
cp htmx/dist/htmx.min.js htmx/LICENSE "$static/htmx-$HTMX/"
cp noto/files/noto-sans-latin-400-normal.woff2 noto/files/noto-sans-latin-700-normal.woff2 noto/LICENSE "$static/noto-sans-$NOTO/"
cp noto-serif/files/noto-serif-latin-700-normal.woff2 noto-serif/LICENSE "$static/noto-serif-$NOTO_SERIF/"

axe_dir="$root/src/test/resources/axe"
mkdir -p "$axe_dir"
cp axe/axe.min.js axe/LICENSE "$axe_dir/"
echo "$AXE" > "$axe_dir/VERSION"
echo "Vendored into $static and $axe_dir"
