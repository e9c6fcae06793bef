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
if command -v xvfb-run >/dev/null 2>&1; then
    for options in "-Dplanbord.firstFrame=exit" "-Dplanbord.firstFrame=exit -XX:DumpLoadedClassList=$list"; do
        JAVA_TOOL_OPTIONS="$options" xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --data-dir "$work/store" >"$work/training.txt" 2>&1
    done
    grep -q "^FIRST_FRAME" "$work/training.txt" || { cat "$work/training.txt"; echo "AppCDS: the training start showed no window" >&2; exit 1; }
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
