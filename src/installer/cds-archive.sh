#!/bin/sh
# AppCDS for the packaged Planbord, run by `mvn -Pinstaller package` after the app-image is made.
# 1. A training start under Xvfb (the first fills a scratch store, the second is a normal start)
#    writes the list of classes loaded up to the first frame: lib/app/planbord.classlist.
# 2. A static dump of those classes into lib/app/planbord.jsa, through the launcher itself so
#    that the class path is exactly the one it runs with (its cfg names the archive).
# The .deb's postinst repeats step 2 in /opt/planbord: an archive is only valid for the paths it
# was made with.
set -eu
image="$1"
work="$2"
launcher="$image/bin/Planbord"
list="$image/lib/app/planbord.classlist"
rm -rf "$work"
mkdir -p "$work"
# A runtime from JDK 25 or later (the installer built with that JDK): an AOT cache (JEP 483/515)
# instead, which also holds the classes linked and the methods' profiles of the training start,
# and stays valid when the image moves (the .deb needs no remake). Its option goes into the
# launcher's cfg only once the cache exists: a training start must run without it.
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
if [ "${major:-0}" -ge 25 ]; then
    command -v xvfb-run >/dev/null 2>&1 || { echo "AOT cache: no xvfb-run for the training start; Planbord starts without it"; exit 0; }
    cache="$image/lib/app/planbord.aot"
    JAVA_TOOL_OPTIONS="-Dplanbord.firstFrame=exit" xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --data-dir "$work/store" >"$work/training.txt" 2>&1
    JAVA_TOOL_OPTIONS="-Dplanbord.firstFrame=exit -XX:AOTMode=record -XX:AOTConfiguration=$work/planbord.aotconf" \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --data-dir "$work/store" >"$work/training.txt" 2>&1
    grep -q "^PROGRAMME_FRAME" "$work/training.txt" || { cat "$work/training.txt"; echo "AOT cache: the training start showed no window" >&2; exit 1; }
    JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/planbord.aotconf -XX:AOTCache=$cache" "$launcher" >"$work/dump.txt" 2>&1
    test -s "$cache" || { cat "$work/dump.txt"; echo "AOT cache: no cache was written" >&2; exit 1; }
    echo 'java-options=-XX:AOTCache=$APPDIR/planbord.aot' >>"$image/lib/app/Planbord.cfg"
    echo "AOT cache: $(du -h "$cache" | cut -f1) in lib/app/planbord.aot"
    exit 0
fi
if command -v xvfb-run >/dev/null 2>&1; then
    for options in "-Dplanbord.firstFrame=exit" "-Dplanbord.firstFrame=exit -XX:DumpLoadedClassList=$list"; do
        JAVA_TOOL_OPTIONS="$options" xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --data-dir "$work/store" >"$work/training.txt" 2>&1
    done
    grep -q "^PROGRAMME_FRAME" "$work/training.txt" || { cat "$work/training.txt"; echo "AppCDS: the training start showed no window" >&2; exit 1; }
    echo "AppCDS: $(wc -l <"$list") classes loaded up to the first frame"
else
    # no display to train with: the archive holds the runtime's default classes only
    echo "AppCDS: no xvfb-run, so no training start; the archive holds the default JDK classes"
    : >"$list"
fi
if [ -s "$list" ]; then
    JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list" "$launcher" >"$work/dump.txt" 2>&1
else
    JAVA_TOOL_OPTIONS="-Xshare:dump" "$launcher" >"$work/dump.txt" 2>&1
fi
test -s "$image/lib/app/planbord.jsa" || { cat "$work/dump.txt"; echo "AppCDS: no archive was written" >&2; exit 1; }
echo "AppCDS: $(du -h "$image/lib/app/planbord.jsa" | cut -f1) archive in lib/app/planbord.jsa"
