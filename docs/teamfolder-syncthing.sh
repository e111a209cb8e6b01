#!/usr/bin/env bash
# End-to-end run of the team folder over two real Syncthing instances on
# this machine: two desks (two workspaces, two identities), each with its
# own copy of the team folder, kept in step by Syncthing over 127.0.0.1 only
# (no discovery, no relays). Each desk runs `pledgereview sync` on its copy;
# the script checks that both workspaces end up holding the same reviews.
#
#   docs/teamfolder-syncthing.sh            # builds Syncthing v1.30.0 from the Go module proxy
#   SYNCTHING=/path/to/syncthing docs/teamfolder-syncthing.sh
#
# Needs go, curl, and free ports 22101-22102 and 28101-28102. Everything is
# kept under a temporary folder, removed at the end (KEEP=1 keeps it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/pledgereview-syncthing.XXXXXX)
ST_VERSION=${ST_VERSION:-v1.30.0}
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT
say() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }

say "building pledgereview"
(cd "$ROOT" && GOFLAGS=-buildvcs=false go build -o "$WORK/pledgereview" .)
PR=$WORK/pledgereview

if [ -z "${SYNCTHING:-}" ]; then
	# `go run …@version` refuses Syncthing (its go.mod has a replace
	# directive), so build it inside a copy of the module.
	say "building Syncthing $ST_VERSION (a few minutes the first time)"
	dir=$(cd "$WORK" && go mod download -json "github.com/syncthing/syncthing@$ST_VERSION" | sed -n 's/.*"Dir": "\(.*\)",/\1/p')
	cp -r "$dir" "$WORK/st-src" && chmod -R u+w "$WORK/st-src"
	(cd "$WORK/st-src" && GOFLAGS=-buildvcs=false go build -o "$WORK/syncthing" ./cmd/syncthing)
	SYNCTHING=$WORK/syncthing
fi
"$SYNCTHING" --version

# start_instance NAME SYNC_PORT GUI_PORT: a Syncthing home that listens on
# 127.0.0.1 only and announces nothing.
start_instance() {
	local name=$1 port=$2 gui=$3 home=$WORK/$1/st
	mkdir -p "$WORK/$name/folder"
	"$SYNCTHING" generate --home="$home" --no-default-folder --skip-port-probing >/dev/null
	sed -i \
		-e "s#<listenAddress>default</listenAddress>#<listenAddress>tcp://127.0.0.1:$port</listenAddress>#" \
		-e 's#<globalAnnounceEnabled>true#<globalAnnounceEnabled>false#' \
		-e 's#<localAnnounceEnabled>true#<localAnnounceEnabled>false#' \
		-e 's#<relaysEnabled>true#<relaysEnabled>false#' \
		-e 's#<natEnabled>true#<natEnabled>false#' \
		-e 's#<startBrowser>true#<startBrowser>false#' \
		-e 's#<urAccepted>0#<urAccepted>-1#' \
		-e 's#<crashReportingEnabled>true#<crashReportingEnabled>false#' \
		-e 's#<autoUpgradeIntervalH>[0-9]*#<autoUpgradeIntervalH>0#' \
		"$home/config.xml"
	STNOUPGRADE=1 "$SYNCTHING" serve --home="$home" --no-browser --no-restart \
		--gui-address="http://127.0.0.1:$gui" --logfile="$WORK/$name/syncthing.log" >/dev/null 2>&1 &
	pids+=($!)
}

api_key() { sed -n 's#.*<apikey>\(.*\)</apikey>.*#\1#p' "$WORK/$1/st/config.xml"; }
device_id() { "$SYNCTHING" serve --home="$WORK/$1/st" --device-id; }
api() { # api NAME GUI_PORT METHOD PATH [JSON]
	curl -fsS -X "$3" -H "X-API-Key: $(api_key "$1")" -H 'Content-Type: application/json' \
		"http://127.0.0.1:$2$4" ${5:+-d "$5"}
}

say "starting two Syncthing instances"
start_instance a 22101 28101
start_instance b 22102 28102
for i in $(seq 1 60); do
	api a 28101 GET /rest/system/ping >/dev/null 2>&1 && api b 28102 GET /rest/system/ping >/dev/null 2>&1 && break
	sleep 1
done
ID_A=$(device_id a)
ID_B=$(device_id b)

# share_with NAME GUI_PORT OTHER_ID OTHER_PORT: introduce the other device and
# share the folder "team" with it, watched for changes, rescanned every 5 s.
share_with() {
	api "$1" "$2" POST /rest/config/devices "{\"deviceID\":\"$3\",\"name\":\"peer\",\"addresses\":[\"tcp://127.0.0.1:$4\"]}" >/dev/null
	api "$1" "$2" POST /rest/config/folders "{\"id\":\"team\",\"label\":\"team\",\"path\":\"$WORK/$1/folder\",
		\"devices\":[{\"deviceID\":\"$ID_A\"},{\"deviceID\":\"$ID_B\"}],
		\"fsWatcherEnabled\":true,\"fsWatcherDelayS\":1,\"rescanIntervalS\":5}" >/dev/null
}
share_with a 28101 "$ID_B" 22102
share_with b 28102 "$ID_A" 22101

# desk NAME ARGS…: pledgereview on that desk's workspace and identity.
desk() {
	local name=$1
	shift
	PLEDGEREVIEW_WORKSPACE=$WORK/$name/ws.pledgereview PLEDGEREVIEW_CONFIG=$WORK/$name/config "$PR" "$@"
}
# arrives NAME FILE_GLOB: wait until Syncthing has brought a file to NAME's folder.
arrives() {
	for i in $(seq 1 120); do
		if compgen -G "$WORK/$1/folder/$2" >/dev/null; then return 0; fi
		sleep 1
	done
	fail "$2 never reached $1's folder"
}

say "two desks review"
desk a whoami --name 王芳
desk b whoami --name 张伟
desk a review taiyuan-2021/01.01.00 --score specific=0 --status done
desk b review taiyuan-2021/01.01.00 --score specific=4 --status behind
desk b review taiyuan-2021/01.01.01 --flag
desk b review taiyuan-2021/01.02.00 --status in_progress
ID_PR_A=$(desk a whoami | cut -f1)
ID_PR_B=$(desk b whoami | cut -f1)

say "王芳 syncs; Syncthing carries her file to 张伟"
desk a sync "$WORK/a/folder"
arrives b "taiyuan-2021--$ID_PR_A.pledgereview.json"
out=$(desk b sync "$WORK/b/folder")
echo "$out"
grep -q "merged 1 review from 王芳" <<<"$out" || fail "张伟 did not merge 王芳's review"

say "Syncthing carries 张伟's file back; 王芳 syncs"
arrives a "taiyuan-2021--$ID_PR_B.pledgereview.json"
# Syncthing writes a temporary file and renames it, so the file is whole here.
out=$(desk a sync "$WORK/a/folder")
echo "$out"
grep -q "merged 3 reviews from 张伟" <<<"$out" || fail "王芳 did not merge 张伟's reviews"

say "a later edit travels too"
desk b review taiyuan-2021/01.01.00 --score specific=1 --status done
desk b sync "$WORK/b/folder"
for i in $(seq 1 120); do
	out=$(desk a sync "$WORK/a/folder")
	grep -q "merged 1 review from 张伟" <<<"$out" && break
	sleep 1
done
grep -q "merged 1 review from 张伟" <<<"$out" || fail "张伟's later edit never reached 王芳"

say "both desks hold the same reviews"
desk b sync "$WORK/b/folder" >/dev/null
ag_a=$(desk a agreement)
ag_b=$(desk b agreement)
echo "$ag_a"
[ "$ag_a" = "$ag_b" ] || fail "the desks disagree: $ag_a / $ag_b"
files_a=$(cd "$WORK/a/folder" && ls *.json | sort)
files_b=$(cd "$WORK/b/folder" && ls *.json | sort)
[ "$files_a" = "$files_b" ] || fail "the folders differ: $files_a / $files_b"
echo "folder: $files_a"
say "OK: two desks converged over two Syncthing instances"
