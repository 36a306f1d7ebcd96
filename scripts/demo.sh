#!/bin/sh
# The demo behind `make demo`. It makes a fresh SQLite database with the company's demo offices,
# 100,000 demo billing connections and three demo officers, and starts nodues-server on
# 127.0.0.1. Then the main job runs headless against that server, through the real programs and
# APIs:
#   1. demo consumers sign in and apply through the consumer API (curl and jq);
#   2. the demo clerk signs in and forwards their applications (officer API, curl and jq);
#   3. the demo division officer approves them as one batch with one OTP;
#   4. a demo Digital Signature Certificate is made with openssl and registered on the server;
#   5. `nodues-workstation --sign-batch` signs the certificates with it and uploads them;
#   6. the public verify API and pdfsig check them;
#   7. `nodues-workstation --print-batch --pdf-dir` prints them to PDF files, whose folder is
#      printed last.
# Every OTP is read from the SMS spool file, which takes the place of the phones.
#
#   scripts/demo.sh [BUILD_DIR]
#
# Environment:
#   NODUES_DEMO_CONNECTIONS  billing connections to generate (default 100000)
#   NODUES_DEMO_PORT         the server's port on 127.0.0.1 (default 8080; 0 picks a free one)
#   NODUES_DEMO_OUTPUT       the folder for the database, spool and PDFs (default ./demo-output).
#                            It is deleted first, so it must be missing, empty or an earlier demo's.
#   NODUES_DEMO_SERVE        1 keeps the server running after the main job (Ctrl+C stops it).
#                            With a display, it also opens the workstation against the server.
#                            0 stops the server at the end. Default: 1 with a display, 0 without.
#
# Exit status: 0 when every step worked, 1 when one failed. The message names the step, the
# value and where to look.
set -eu

build=${1:-build}
server="$build/server/nodues-server"
workstation="$build/workstation/nodues-workstation"
out=${NODUES_DEMO_OUTPUT:-$PWD/demo-output}
connections=${NODUES_DEMO_CONNECTIONS:-100000}
port=${NODUES_DEMO_PORT:-8080}
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    serve=${NODUES_DEMO_SERVE:-1}
else
    serve=${NODUES_DEMO_SERVE:-0}
fi
# Three applicants need 6 consumer OTPs; the server allows 10 per client address in 15 minutes.
applicants=3
clerk_mobile=9000000001
dgm_mobile=9000000002

die() {
    echo "demo: $*" >&2
    exit 1
}

for tool in "$server" "$workstation"; do
    [ -x "$tool" ] || die "$tool is missing. Build first: make build (or run make demo)."
done
for command in curl jq openssl pdfsig sqlite3 bc; do
    command -v "$command" >/dev/null 2>&1 || die "the command $command is missing. Install it: scripts/install-deps.sh"
done
case $port in
'' | *[!0-9]*) die "NODUES_DEMO_PORT is \"$port\"; give a port number from 0 to 65535." ;;
esac
[ "$port" -le 65535 ] || die "NODUES_DEMO_PORT is \"$port\"; give a port number from 0 to 65535."

# Only a folder that this script made is deleted, so a mistyped NODUES_DEMO_OUTPUT loses nothing.
if [ -d "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -e "$out/.nodues-demo" ] && [ "$out" != "$PWD/demo-output" ]; then
    die "$out is not empty and was not made by this demo. Set NODUES_DEMO_OUTPUT to a new folder."
fi
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
: >"$out/.nodues-demo"
secrets="$out/secrets"
mkdir -m 700 "$secrets"
response="$secrets/response.json"

export NODUES_DB="sqlite://$out/nodues.db"
export NODUES_SMS_GATEWAY=file
export NODUES_SMS_SPOOL_FILE="$out/sms-spool.jsonl"
# Download links in SMS must be https:// on a whitelisted domain; the demo uses a placeholder.
export NODUES_SMS_LINK_DOMAINS=nodues.example.in
export NODUES_APPLICATIONS_PUBLIC_BASE_URL=https://nodues.example.in
# Demo accounts use the faster Argon2id setting; production keeps the default (moderate).
export NODUES_OFFICERS_PASSWORD_COST=interactive
# Every demo consumer and officer calls from 127.0.0.1. The request rate of one client address
# (5 OTP requests at once, then 6 a minute) would hold the main job up for about a minute, so the
# demo's server allows more. The caps on codes per mobile and per address keep their defaults.
export NODUES_API_OTP_REQUEST_BURST=30
export NODUES_API_OTP_REQUESTS_PER_MINUTE=60
export NODUES_API_SESSION_REQUEST_BURST=30
export NODUES_API_SESSION_REQUESTS_PER_MINUTE=60
# OTPs reach the spool within 0.2 s instead of after the dispatcher's 5 s pause.
export NODUES_SMS_POLL_INTERVAL_MS=200
# The workstation's debug and info log lines would bury the demo's own output.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-nodues.*.debug=false;nodues.*.info=false}"

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
credentials="$secrets/officers.txt"
: >"$credentials"
add_officer() {
    username=$1 role=$2 office=$3 name=$4 name_hi=$5 designation=$6 designation_hi=$7 mobile=$8
    # The main job signs in with the password file, which is deleted when the demo ends.
    new_password >"$secrets/$username.password"
    "$server" officer add --username "$username" --role "$role" --office "$office" --name "$name" \
        --name-hi "$name_hi" --designation "$designation" --designation-hi "$designation_hi" --mobile "$mobile" \
        --password-file "$secrets/$username.password"
    printf '%-12s %-17s %-8s %s\n' "$username" "$role" "$office" "$(cat "$secrets/$username.password")" >>"$credentials"
}
add_officer demo.clerk clerk "$dc" "Ramesh Patel" "रमेश पटेल" "Junior Engineer" "कनिष्ठ यंत्री" "$clerk_mobile"
add_officer demo.dgm division_officer "$division" "Sunita Sharma" "सुनीता शर्मा" "Deputy General Manager" "उप महाप्रबंधक" \
    "$dgm_mobile"
add_officer demo.admin admin "$company" "Anil Verma" "अनिल वर्मा" "System Administrator" "सिस्टम प्रशासक" 9000000003

echo "== A sample connection"
ivrs=$(sqlite3 "$db_file" "SELECT ivrs FROM billing_connection WHERE dc_code = '$dc' ORDER BY ivrs LIMIT 1")
"$server" connection show "$ivrs"

echo "== Making the demo division officer's signing key (a self-signed Digital Signature Certificate)"
dsc="$out/dsc"
mkdir -m 700 "$dsc"
cat >"$dsc/openssl.cnf" <<'EOF'
[req]
distinguished_name = subject
prompt = no
x509_extensions = signing
[subject]
CN = Sunita Sharma
title = Deputy General Manager
O = NoDues demo
C = IN
[signing]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
EOF
new_password >"$dsc/demo-dgm.passphrase"
openssl req -x509 -newkey rsa:2048 -noenc -days 365 -config "$dsc/openssl.cnf" \
    -keyout "$secrets/demo-dgm.key" -out "$dsc/demo-dgm.pem" 2>/dev/null ||
    die "openssl could not make the demo certificate; see the messages of: openssl req -x509 -config $dsc/openssl.cnf"
openssl pkcs12 -export -inkey "$secrets/demo-dgm.key" -in "$dsc/demo-dgm.pem" -name "Sunita Sharma" \
    -out "$dsc/demo-dgm.p12" -passout "file:$dsc/demo-dgm.passphrase" ||
    die "openssl could not write the PKCS#12 file $dsc/demo-dgm.p12"
rm -f "$secrets/demo-dgm.key"
"$server" officer set-certificate demo.dgm "$dsc/demo-dgm.pem"

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
echo "Signing key of demo.dgm: $dsc/demo-dgm.p12 (passphrase in $dsc/demo-dgm.passphrase)"

echo "== Starting nodues-server on 127.0.0.1:$port"
# The file exists before the server starts, so the loop below can read it at once.
: >"$out/server-output.txt"
"$server" serve --listen "127.0.0.1:$port" >"$out/server-output.txt" 2>"$out/server.log" &
server_pid=$!
stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    rm -rf "$secrets"
}
trap stop_server EXIT
trap 'exit 130' INT TERM
base_url=""
tries=0
while [ -z "$base_url" ] && [ "$tries" -lt 100 ]; do
    kill -0 "$server_pid" 2>/dev/null ||
        die "nodues-server stopped at start-up; see $out/server.log. If port $port is taken, set NODUES_DEMO_PORT to a free port."
    base_url=$(sed -n 's/^Listening on \(http:[^ ]*\).*/\1/p' "$out/server-output.txt" || true)
    [ -n "$base_url" ] || sleep 0.1
    tries=$((tries + 1))
done
[ -n "$base_url" ] || die "nodues-server did not report its address within 10 s; see $out/server.log."
echo "   listening on $base_url"

# shellcheck source=scripts/demo-main-job.sh
. "$(dirname "$0")/demo-main-job.sh"

echo
echo "== Done: the main job ran from application to printed certificate"
echo "Signed certificates, as the consumers downloaded them: $signed_dir"
echo "Certificates printed to PDF: $pdf_dir"

if [ "$serve" != 1 ]; then
    exit 0
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "== nodues-server keeps serving on $base_url (Ctrl+C stops it)"
    wait "$server_pid"
    exit 0
fi
# With a display, the officer workstation opens against the demo server; closing it stops both.
echo "== Starting the officer workstation: sign in with a demo officer above; the OTP is in $NODUES_SMS_SPOOL_FILE"
"$workstation" --server "$base_url" || true
