#!/bin/sh
# The demo behind `make demo`: a fresh SQLite database, the company's demo offices and 100,000
# demo billing connections, three demo officers, and nodues-server listening on 127.0.0.1. Where
# a display exists, the officer workstation opens against it.
#
#   scripts/demo.sh [BUILD_DIR]
#
# Environment: NODUES_DEMO_CONNECTIONS (default 100000), NODUES_DEMO_PORT (default 8080),
# NODUES_DEMO_NO_SERVE=1 to stop after the set-up instead of serving.
set -eu

build=${1:-build}
server="$build/server/nodues-server"
out="$PWD/demo-output"
connections=${NODUES_DEMO_CONNECTIONS:-100000}
port=${NODUES_DEMO_PORT:-8080}

rm -rf "$out"
mkdir -p "$out"
export NODUES_DB="sqlite://$out/nodues.db"
export NODUES_SMS_GATEWAY=file
export NODUES_SMS_SPOOL_FILE="$out/sms-spool.jsonl"
# Download links in SMS must be https:// on a whitelisted domain; the demo uses a placeholder.
export NODUES_SMS_LINK_DOMAINS=nodues.example.in
export NODUES_APPLICATIONS_PUBLIC_BASE_URL=https://nodues.example.in
# Demo accounts use the faster Argon2id setting; production keeps the default (moderate).
export NODUES_OFFICERS_PASSWORD_COST=interactive

echo "== Creating the database $NODUES_DB"
"$server" init

echo "== Creating the key that signs certificates' QR codes"
"$server" keys rotate --reason "demo installation"

echo "== Writing demo data: offices and $connections billing connections"
"$server" demo-data --out "$out/data" --connections "$connections" --seed 2026

echo "== Importing offices"
"$server" import-offices "$out/data/offices.csv"

echo "== Importing the billing snapshot"
start=$(date +%s.%N)
"$server" import-billing "$out/data/billing.csv"
end=$(date +%s.%N)
echo "   took $(echo "$end - $start" | bc -l | cut -c1-5) s"

# The DC with the most connections and its division get the demo clerk and division officer.
db_file="$out/nodues.db"
dc=$(sqlite3 "$db_file" "SELECT dc_code FROM billing_connection GROUP BY dc_code ORDER BY COUNT(*) DESC, dc_code LIMIT 1")
division=$(sqlite3 "$db_file" "SELECT parent_code FROM office WHERE code = '$dc'")
company=$(sqlite3 "$db_file" "SELECT code FROM office WHERE type = 'company' LIMIT 1")

new_password() {
    # 16 characters from the kernel's random source and a digit group, so the password policy's
    # letters-and-digits rule always holds. The password is printed once below and stored only as a hash.
    printf '%s-%s\n' "$(head -c 12 /dev/urandom | base64 | tr '+/' '-_')" "$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')"
}

echo "== Creating demo officers"
credentials="$out/officers.txt"
: >"$credentials"
chmod 600 "$credentials"
add_officer() {
    username=$1 role=$2 office=$3 name=$4 name_hi=$5 designation=$6 mobile=$7 designation_hi=$8
    password=$(new_password)
    printf '%s\n' "$password" | "$server" officer add --username "$username" --role "$role" --office "$office" \
        --name "$name" --name-hi "$name_hi" --designation "$designation" --designation-hi "$designation_hi" \
        --mobile "$mobile" --password-file -
    printf '%-12s %-17s %-8s %s\n' "$username" "$role" "$office" "$password" >>"$credentials"
}
add_officer demo.clerk clerk "$dc" "Ramesh Patel" "रमेश पटेल" "Junior Engineer" 9000000001 "कनिष्ठ यंत्री"
add_officer demo.dgm division_officer "$division" "Sunita Sharma" "सुनीता शर्मा" "Deputy General Manager" 9000000002 \
    "उप महाप्रबंधक"
add_officer demo.admin admin "$company" "Anil Verma" "अनिल वर्मा" "System Administrator" 9000000003 "सिस्टम प्रशासक"

echo "== A sample connection"
ivrs=$(sqlite3 "$db_file" "SELECT ivrs FROM billing_connection WHERE dc_code = '$dc' ORDER BY ivrs LIMIT 1")
"$server" connection show "$ivrs"

echo "== Checking the audit chain"
"$server" audit verify

echo
echo "Demo officers (these passwords are shown once; they are stored only as Argon2id hashes):"
echo "username     role              office   password"
cat "$credentials"
rm -f "$credentials"
echo
echo "Database: $NODUES_DB"
echo "SMS spool (OTPs and messages land here instead of phones): $NODUES_SMS_SPOOL_FILE"

if [ "${NODUES_DEMO_NO_SERVE:-0}" = 1 ]; then
    exit 0
fi
workstation="$build/workstation/nodues-workstation"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ ! -x "$workstation" ]; then
    echo "== Starting nodues-server on http://127.0.0.1:$port (Ctrl+C stops it)"
    exec "$server" serve --listen "127.0.0.1:$port"
fi

# With a display, the officer workstation opens against the demo server; closing it stops both.
echo "== Starting nodues-server on http://127.0.0.1:$port"
"$server" serve --listen "127.0.0.1:$port" >"$out/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true' EXIT INT TERM
echo "== Starting the officer workstation: sign in with a demo officer above; the OTP is in $NODUES_SMS_SPOOL_FILE"
"$workstation" --server "http://127.0.0.1:$port" || true
