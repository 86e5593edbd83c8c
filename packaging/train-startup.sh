#!/bin/sh
# Makes the installed app open fast, then builds the .deb from it (Linux, Java 25 or later; see the README's
# "Start-up and large strategies").
#
# The app image is run once as a user opens it: a new strategy, until its first section is on screen. Java records
# the classes that start-up loads and links, with their method profiles, into an ahead-of-time cache in the image
# (lib/app/strategy-workbook.aot), which the launcher names. Classes come from the cache already loaded and linked,
# so the window's first section shows in about half the time. The cache belongs to this runtime and this jar: it is
# made here, where both are final, and the .deb is made from the image after it.
#
# Usage: train-startup.sh IMAGE VERSION JAVA_HOME PACKAGING_DIR DEST
set -eu
image=$1
version=$2
jdk=$3
packaging=$4
dest=$5

if [ -z "${DISPLAY:-}" ] && [ -z "${TRAIN_STARTUP_UNDER_XVFB:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
        # No screen (a build server): the same run on a virtual one.
        TRAIN_STARTUP_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
    fi
    echo "train-startup: no display and no xvfb-run, so no start-up cache: the app starts, only more slowly." >&2
    echo "train-startup: install xvfb (apt-get install xvfb) and build again for the fast start." >&2
    # The launcher names the cache, and a JVM told of a cache that is not there refuses to start: the option goes.
    sed -i '/-XX:AOTCache=/d' "$image/lib/app/strategy-workbook.cfg"
else
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    cache="$image/lib/app/strategy-workbook.aot"
    rm -f "$cache"
    # The user's own preferences and crash journal are left alone: the run keeps its own in a folder of its own.
    "$image/lib/runtime/bin/java" -XX:AOTCacheOutput="$cache" \
        -Djava.util.prefs.userRoot="$scratch/prefs" -Dstrategyworkbook.recovery="$scratch/recovery" \
        -cp "$image/lib/app/strategy-workbook.jar" app.strategyworkbook.Launcher --startup-training
    if [ ! -s "$cache" ]; then
        echo "train-startup: the run made no cache" >&2
        exit 1
    fi
fi

# The .deb, from the image as it now is (jpackage takes no --input with an image).
"$jdk/bin/jpackage" --type deb --app-image "$image" --dest "$dest" \
    --name strategy-workbook --app-version "$version" --linux-app-release 1 \
    --vendor "Strategy Workbook" --description "Write, check and present your company strategy" \
    --icon "$packaging/icons/strategy-workbook.png" --resource-dir "$packaging/linux" \
    --linux-package-name strategy-workbook --linux-deb-maintainer strategy-workbook@example.org \
    --linux-menu-group Office --linux-app-category editors --linux-shortcut \
    --linux-package-deps libgtk-3-0
