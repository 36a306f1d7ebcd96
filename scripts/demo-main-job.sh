# shellcheck shell=sh disable=SC2154 # the variables named below come from scripts/demo.sh
# The main job of the demo, from applications to printed certificates, against the demo server
# that scripts/demo.sh started. That script sources this file after the set-up; it provides
# die, $server, $workstation, $out, $secrets, $response, $db_file, $dc, $base_url, $applicants,
# $clerk_mobile, $dgm_mobile, $dsc and NODUES_SMS_SPOOL_FILE, and reads $signed_dir and $pdf_dir
# afterwards.
#
# The consumers and the clerk use the HTTP API with curl and jq, as a web page or another client
# would. The division officer signs and prints with nodues-workstation. Tokens and passwords
# reach curl and jq through files, never the command line, which other users could read.

spool="$NODUES_SMS_SPOOL_FILE"

# Sends METHOD to PATH with the JSON body on standard input (POST and PUT) and the header file
# AUTH ("Authorization: Bearer ..."), when given. Leaves the response body in $response and
# prints the HTTP status, 000 when the server did not respond.
call_api() {
    method=$1 path=$2 auth=${3:-}
    set -- -sS -o "$response" -w '%{http_code}' -X "$method" -H 'Accept-Language: en'
    if [ -n "$auth" ]; then
        set -- "$@" -H "@$auth"
    fi
    if [ "$method" = POST ] || [ "$method" = PUT ]; then
        set -- "$@" -H 'Content-Type: application/json' --data-binary @-
    fi
    curl "$@" "$base_url$path" 2>/dev/null || echo 000
}

# Stops the demo unless the status of STEP is EXPECTED, with the server's error message.
expect_status() {
    expected=$1 status=$2 step=$3
    [ "$status" = "$expected" ] && return 0
    if [ "$status" = 000 ]; then
        die "$step: the server at $base_url did not respond; see $out/server.log."
    fi
    message=$(jq -r '.error.message // empty' "$response" 2>/dev/null || true)
    die "$step: HTTP status $status instead of $expected. ${message:-See $out/server.log.}"
}

spool_lines() {
    if [ -f "$spool" ]; then wc -l <"$spool"; else echo 0; fi
}

# Prints the OTP of the first SMS of KIND to MOBILE after the first SKIP lines of the spool,
# waiting up to 20 s for the server's SMS dispatcher to write it.
wait_for_otp() {
    mobile=$1 kind=$2 skip=$3
    tries=0
    while [ "$tries" -lt 100 ]; do
        # Six digits on their own: the serial at the end of a certificate number is not a code.
        code=$(tail -n +"$((skip + 1))" "$spool" 2>/dev/null | jq -r --arg mobile "$mobile" --arg kind "$kind" \
            'select(.mobile == $mobile and .kind == $kind) | .body | [scan("(?<![0-9/])[0-9]{6}(?![0-9/])")] | first // empty' |
            head -n 1)
        if [ -n "$code" ]; then
            echo "$code"
            return 0
        fi
        sleep 0.2
        tries=$((tries + 1))
    done
    echo "demo: no $kind SMS to $mobile reached $spool within 20 s; see $out/server.log." >&2
    return 1
}

new_key() {
    cat /proc/sys/kernel/random/uuid
}

# Signs officer USERNAME in with the password file and the OTP from the spool, and writes the
# session's header file to $secrets/USERNAME.auth.
officer_sign_in() {
    username=$1 mobile=$2
    skip=$(spool_lines)
    status=$(jq -n --arg username "$username" --rawfile password "$secrets/$username.password" \
        '{username: $username, password: ($password | rtrimstr("\n")), device_name: "demo script"}' |
        call_api POST /api/v1/officer/sign-in)
    expect_status 202 "$status" "Sign-in of $username"
    challenge=$(jq -r .challenge_id "$response")
    otp=$(wait_for_otp "$mobile" officer_sign_in_otp "$skip") || die "Sign-in of $username: the OTP did not arrive."
    status=$(jq -n --arg username "$username" --arg challenge "$challenge" --arg otp "$otp" \
        '{username: $username, challenge_id: $challenge, otp: $otp, device_name: "demo script"}' |
        call_api POST /api/v1/officer/session)
    expect_status 201 "$status" "Sign-in of $username with the OTP"
    jq -r '"Authorization: Bearer " + .token' "$response" >"$secrets/$username.auth"
}

officer_sign_out() {
    status=$(call_api DELETE /api/v1/officer/session "$secrets/$1.auth")
    expect_status 204 "$status" "Sign-out of $1"
    rm -f "$secrets/$1.auth"
}

# Prints VALUE percent-encoded for a URL path, because application and certificate numbers
# contain slashes.
encoded() {
    jq -rn --arg value "$1" '$value | @uri'
}

echo "== Main job 1: $applicants demo consumers apply through the consumer API"
# Applicants whose billing name is in Latin letters (the certificate's English half needs one),
# with a Hindi name and a relative on record, and the only connection of their mobile, in the
# demo clerk's DC. The server's own eligibility rule, through `connection show`, picks the first
# eligible ones, so their applications pass every check.
candidates=$(sqlite3 "$db_file" "SELECT ivrs FROM billing_connection AS b
    WHERE dc_code = '$dc' AND mobile IS NOT NULL AND name GLOB '*[A-Za-z]*' AND name_hi <> '' AND relative_name <> ''
      AND (SELECT COUNT(*) FROM billing_connection AS o WHERE o.mobile = b.mobile) = 1
    ORDER BY ivrs LIMIT 300")
chosen=""
count=0
for ivrs in $candidates; do
    [ "$count" -lt "$applicants" ] || break
    if [ "$("$server" connection show "$ivrs" | jq -r .eligibility.eligible)" = true ]; then
        chosen="$chosen $ivrs"
        count=$((count + 1))
    fi
done
[ "$count" -eq "$applicants" ] ||
    die "only $count of the $applicants demo applicants have an eligible connection in DC $dc. Generate more connections: NODUES_DEMO_CONNECTIONS=20000 or more."

elections="Gram Panchayat Bilkhiria|Janpad Panchayat Phanda|Nagar Nigam Bhopal"
kinds="gram_panchayat_sarpanch|janpad_panchayat_member|nagar_nigam_corporator"
applications=""
applicants_by_number=""
index=0
for ivrs in $chosen; do
    index=$((index + 1))
    "$server" connection show "$ivrs" >"$secrets/connection.json"
    mobile=$(jq -r .mobile "$secrets/connection.json")
    body=$(echo "$elections" | cut -d'|' -f"$index")
    kind=$(echo "$kinds" | cut -d'|' -f"$index")

    # Sign in with the mobile and the OTP sent to it.
    skip=$(spool_lines)
    status=$(jq -n --arg mobile "$mobile" '{mobile: $mobile, language: "en"}' | call_api POST /api/v1/consumer/otp)
    expect_status 202 "$status" "Consumer OTP for $mobile"
    challenge=$(jq -r .challenge_id "$response")
    otp=$(wait_for_otp "$mobile" sign_in_otp "$skip") || die "Consumer sign-in of $mobile: the OTP did not arrive."
    status=$(jq -n --arg challenge "$challenge" --arg otp "$otp" '{challenge_id: $challenge, otp: $otp}' |
        call_api POST /api/v1/consumer/session)
    expect_status 201 "$status" "Consumer sign-in of $mobile"
    jq -r '"Authorization: Bearer " + .token' "$response" >"$secrets/consumer.auth"

    # The form, from the billing record; the OTP sent for it confirms exactly this form.
    jq --arg body "$body" --arg kind "$kind" --arg ward "Ward $index" '{
        kind: "connections", applicant_name: .name, applicant_name_hi: .name_hi, relation: "father",
        relative_name: .relative_name, address: .address,
        election: {kind: $kind, body: $body, ward: $ward}, primary_ivrs: .ivrs, sms_language: "en"}' \
        "$secrets/connection.json" >"$secrets/form.json"
    skip=$(spool_lines)
    status=$(call_api POST /api/v1/consumer/applications/otp "$secrets/consumer.auth" <"$secrets/form.json")
    expect_status 202 "$status" "Application OTP for IVRS $ivrs"
    challenge=$(jq -r .challenge_id "$response")
    otp=$(wait_for_otp "$mobile" application_submit_otp "$skip") || die "Application of IVRS $ivrs: the OTP did not arrive."
    status=$(jq --arg challenge "$challenge" --arg otp "$otp" '. + {challenge_id: $challenge, otp: $otp}' \
        "$secrets/form.json" | call_api POST /api/v1/consumer/applications "$secrets/consumer.auth")
    expect_status 201 "$status" "Application of IVRS $ivrs"
    number=$(jq -r .number "$response")
    applications="$applications $number"
    applicants_by_number="$applicants_by_number $number=$mobile"
    echo "   $(jq -r .name "$secrets/connection.json") (IVRS $ivrs, mobile $mobile) applied: $number"

    status=$(call_api DELETE /api/v1/consumer/session "$secrets/consumer.auth")
    expect_status 204 "$status" "Consumer sign-out of $mobile"
done

echo "== Main job 2: the demo clerk forwards the applications"
officer_sign_in demo.clerk "$clerk_mobile"
status=$(call_api GET "/api/v1/officer/sync?after=0&limit=500" "$secrets/demo.clerk.auth")
expect_status 200 "$status" "Sync of demo.clerk"
cp "$response" "$secrets/clerk-sync.json"
for number in $applications; do
    version=$(jq -r --arg number "$number" '.changes[] | select(.number == $number) | .version' "$secrets/clerk-sync.json")
    [ -n "$version" ] || die "the clerk's sync does not list $number; see $out/server.log."
    status=$(jq -n --argjson version "$version" --arg key "$(new_key)" \
        '{version: $version, idempotency_key: $key, remarks: "Checked by the demo clerk"}' |
        call_api POST "/api/v1/officer/applications/$(encoded "$number")/forward" "$secrets/demo.clerk.auth")
    expect_status 200 "$status" "Forwarding $number"
    echo "   forwarded $number"
done
officer_sign_out demo.clerk

echo "== Main job 3: the demo division officer approves them as one batch with one OTP"
officer_sign_in demo.dgm "$dgm_mobile"
status=$(call_api GET "/api/v1/officer/sync?after=0&limit=500" "$secrets/demo.dgm.auth")
expect_status 200 "$status" "Sync of demo.dgm"
batch=$(jq -c --arg numbers "$applications" '($numbers | split(" ") | map(select(. != ""))) as $mine
    | {action: "approve", applications: [.changes[] | select(.status == "forwarded" and (.number | IN($mine[])))
      | {number, version}]}' "$response")
[ "$(echo "$batch" | jq '.applications | length')" -eq "$applicants" ] ||
    die "the division officer's sync lists $(echo "$batch" | jq '.applications | length') of the $applicants forwarded applications."
skip=$(spool_lines)
status=$(echo "$batch" | call_api POST /api/v1/officer/decisions/otp "$secrets/demo.dgm.auth")
expect_status 202 "$status" "Approval OTP"
challenge=$(jq -r .challenge_id "$response")
otp=$(wait_for_otp "$dgm_mobile" officer_decision_otp "$skip") || die "Approval: the OTP did not arrive."
status=$(echo "$batch" | jq --arg challenge "$challenge" --arg otp "$otp" --arg key "$(new_key)" \
    '. + {challenge_id: $challenge, otp: $otp, idempotency_key: $key}' |
    call_api POST /api/v1/officer/decisions "$secrets/demo.dgm.auth")
expect_status 200 "$status" "Approval"
cp "$response" "$out/approval.json"
certificates=$(jq -r '.results[] | select(.certificate != null) | .certificate.number' "$response")
[ "$(echo "$certificates" | grep -c .)" -eq "$applicants" ] ||
    die "the approval issued $(echo "$certificates" | grep -c .) certificates for $applicants applications: $(jq -c '[.results[] | {number, outcome}]' "$response")"
jq -r '.results[] | "   approved \(.number): certificate \(.certificate.number)"' "$response"
officer_sign_out demo.dgm

echo "== Main job 4: the workstation signs the certificates with the demo key and uploads them"
cache="$out/workstation/demo.dgm.sqlite"
mkdir -p "$out/workstation"
# The OTP goes to the workstation's standard input once the server has sent it. The exit status of
# a pipeline is that of its last command, the workstation.
skip=$(spool_lines)
status=0
wait_for_otp "$dgm_mobile" officer_sign_in_otp "$skip" |
    "$workstation" --sign-batch --server "$base_url" --officer demo.dgm --cache "$cache" \
        --password-file "$secrets/demo.dgm.password" --otp-file - \
        --pkcs12 "$dsc/demo-dgm.p12" --passphrase-file "$dsc/demo-dgm.passphrase" || status=$?
[ "$status" -eq 0 ] || die "nodues-workstation --sign-batch failed with exit status $status (see its message above)."

echo "== Main job 5: anyone verifies the certificates; the consumers download them through their SMS link"
for certificate in $certificates; do
    status=$(call_api GET "/api/v1/public/certificates/$(encoded "$certificate")")
    expect_status 200 "$status" "Verifying $certificate"
    verdict=$(jq -r .status "$response")
    [ "$verdict" = valid ] || die "the verify API reports $certificate as \"$verdict\", not valid."
    [ "$(jq -r .certificate.pdf_published "$response")" = true ] ||
        die "the verify API reports $certificate without a published PDF: the workstation did not upload it."
    echo "   verify API: $certificate is $verdict"
done
signed_dir="$out/signed-certificates"
mkdir -p "$signed_dir"
for pair in $applicants_by_number; do
    number=${pair%%=*} mobile=${pair#*=}
    certificate=$(jq -r --arg number "$number" '.results[] | select(.number == $number) | .certificate.number' \
        "$out/approval.json")
    # The "certificate ready" SMS links to the public address, and the demo server serves its path.
    link=""
    tries=0
    while [ -z "$link" ] && [ "$tries" -lt 100 ]; do
        link=$(jq -r --arg mobile "$mobile" 'select(.mobile == $mobile and .kind == "certificate_ready") | .body
            | capture("https://nodues\\.example\\.in(?<path>/d/[A-Za-z0-9_-]+)").path' "$spool" | head -n 1)
        [ -n "$link" ] || sleep 0.2
        tries=$((tries + 1))
    done
    [ -n "$link" ] || die "no \"certificate ready\" SMS to $mobile reached $spool within 20 s; see $out/server.log."
    # Named like the printed files: the certificate number with "-" for each other character.
    file="$signed_dir/$(printf '%s' "$certificate" | tr -c 'A-Za-z0-9_-' '-').pdf"
    status=$(curl -sS -o "$file" -w '%{http_code}' "$base_url$link" 2>/dev/null || echo 000)
    [ "$status" = 200 ] || die "the download link of $mobile returned HTTP status $status instead of 200; see $out/server.log."
    pdfsig "$file" 2>&1 | grep -q "Signature is Valid" ||
        die "pdfsig does not report the signature of $file valid: $(pdfsig "$file" 2>&1 | tr '\n' ' ')"
    echo "   $mobile downloaded $certificate as $(basename "$file"); pdfsig: the signature is valid"
done

echo "== Main job 6: the workstation prints the certificates to PDF files from its cache"
pdf_dir="$out/printed-certificates"
# --pdf-dir takes only an existing folder, so a mistyped path creates nothing.
mkdir -p "$pdf_dir"
status=0
"$workstation" --print-batch --all-unprinted --pdf-dir "$pdf_dir" --cache "$cache" --officer demo.dgm || status=$?
[ "$status" -eq 0 ] || die "nodues-workstation --print-batch failed with exit status $status (see its message above)."
printed=$(find "$pdf_dir" -name '*.pdf' | wc -l)
[ "$printed" -eq "$applicants" ] || die "$pdf_dir contains $printed PDF files instead of $applicants."

echo "== Checking the audit chain again"
"$server" audit verify
