#!/bin/sh
# Optional: sign lockcare.app with a Developer ID, then notarise and staple the DMG.
#
#   CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)" \
#   NOTARY_PROFILE=lockcare-notary \
#   packaging/macos/sign_and_notarize.sh app dist/lockcare.app     # before the DMG is made
#   packaging/macos/sign_and_notarize.sh dmg dist/lockcare-X.dmg    # after
#
# NOTARY_PROFILE is a keychain profile made once with
#   xcrun notarytool store-credentials lockcare-notary --apple-id ... --team-id ... --password ...
# packaging/build.py calls this itself when CODESIGN_IDENTITY (and NOTARY_PROFILE) are set;
# without them it builds an unsigned app that Gatekeeper asks the user to allow once.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
what=$1
target=$2
: "${CODESIGN_IDENTITY:?set CODESIGN_IDENTITY to a Developer ID Application identity}"

case $what in
    app)
        # Inside out: every library and executable, then the bundle itself.
        find "$target/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -111 \) -print0 |
            xargs -0 codesign --force --timestamp --options runtime \
                --entitlements "$here/entitlements.plist" --sign "$CODESIGN_IDENTITY"
        codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
            --sign "$CODESIGN_IDENTITY" "$target"
        codesign --verify --deep --strict --verbose=2 "$target"
        ;;
    dmg)
        codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$target"
        if [ -n "${NOTARY_PROFILE:-}" ]; then
            xcrun notarytool submit "$target" --keychain-profile "$NOTARY_PROFILE" --wait
            xcrun stapler staple "$target"
            spctl --assess --type open --context context:primary-signature --verbose "$target"
        else
            echo "NOTARY_PROFILE not set: the DMG is signed but not notarised."
        fi
        ;;
    *)
        echo "usage: $0 app PATH.app | dmg PATH.dmg" >&2
        exit 2
        ;;
esac
