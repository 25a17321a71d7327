#!/usr/bin/env bash
# Make the macOS disk image from the .app that `python packaging/build.py` wrote:
#
#   packaging/macos/make_dmg.sh [packaging/dist/minime-admin.app]
#
# Writes packaging/dist/minime-admin-VERSION.dmg: the app and a link to /Applications, so a
# user drags one onto the other. Signing and notarising (below) run only when their
# variables are set; without them the image is unsigned (fine for testing, and Gatekeeper
# then asks the user to confirm the first start with right-click > Open).
#
#   MACOS_SIGN_IDENTITY  "Developer ID Application: SIA Mini Me (TEAMID)"  (from the keychain)
#   MACOS_NOTARY_PROFILE a notarytool profile stored once with
#                        xcrun notarytool store-credentials PROFILE --apple-id ... --team-id ...
# Never put a password or key in this repository or in the workflow file: the CI secrets hold them.
set -euo pipefail
cd "$(dirname "$0")/../.."

app="${1:-packaging/dist/minime-admin.app}"
version=$(python -c "from minime_admin.version import app_version; print(app_version())")
dmg="packaging/dist/minime-admin-${version}.dmg"
[ -d "$app" ] || { echo "no app at $app: run python packaging/build.py first" >&2; exit 1; }

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    # Hardened runtime (required for notarisation); every library inside is signed with it.
    codesign --force --deep --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$MACOS_SIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "minime-admin ${version}" -srcfolder "$staging" -format UDZO -ov "$dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "$dmg"
