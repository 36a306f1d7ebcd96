<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Check every row of the audit chain against its hash and its predecessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: %2. %3 rows before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n rows checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Run with --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Check the audit chain for edited or missing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an officer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List officer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable an officer account at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a disabled officer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an officer&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not open %1: %2. Check the path and the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not valid CSV: a quote appears inside an unquoted field, or text follows a closing quote. Enclose the whole field in quotes and double each quote inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not parse line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record starting on line %1 is longer than %2 bytes. Check that its quoted fields have their closing quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field in the record starting on line %1 has no closing quote before the end of the file. Add the missing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, field %2 is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the SQLite database %1: the folder %2 does not exist. Create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the database %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names no file. Use sqlite:///path/to/nodues.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not supported. Use sqlite:///path/to/nodues.db or postgresql://user@host:5432/nodues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is invalid: it needs a host, as in postgresql://user@host:5432/nodues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL for host %1 names no database. Add it after the port, as in postgresql://user@host:5432/nodues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; is invalid: use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; is unknown; the only option is schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Arrears of %1 are outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the arrears of %1 at the DC or online, then apply again once the payment shows in the billing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrears: the account has a credit balance of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrears are outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-KYC is not required: the connection is permanently disconnected (PDC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-KYC is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-KYC is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the e-KYC of this connection at the DC, then apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is not checked: the connection is permanently disconnected (PDC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is not checked: the connection is billed unmetered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the DC to replace the meter, then apply again once the billing data shows it working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter status of this metered connection is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the DC to record the meter status, then apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is defective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meter is burnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meter is installed on this metered connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the DC to install a meter, then apply again once the billing data shows it working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-KYC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>The request body has Content-Type &quot;%1&quot;; send it as application/json in UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is empty; send a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body is an array; send a JSON object ({...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body is a single value; send a JSON object ({...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body ends early after %1 bytes; send the complete object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body is invalid at byte %1 (%2); correct it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the database schema, or upgrade it to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not initialise the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is up to date at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is now at schema version %2 (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IvrsNumber</name>
    <message>
        <source>The IVRS number is empty. Write the consumer&apos;s IVRS number as printed on the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IVRS number: &quot;%2&quot; is not a digit. An IVRS number has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IVRS number: it has %2 digits, more than the %3 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: nodues-server COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run nodues-server COMMAND --help for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database is at schema version %1 but the next migration is %2; it was changed by another program. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>The mobile number is empty. Write its 10 digits, such as 9876543210.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Indian mobile number: only the country code +91 is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mobile number: &quot;%2&quot; is not allowed. Write digits, with spaces or hyphens between them if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is not a valid mobile number: it has %n digit(s) where 10 are expected, after an optional +91, 91 or 0 prefix.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mobile number: Indian mobile numbers start with 6, 7, 8 or 9, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty. Write it in rupees, such as 1250.50 or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: &quot;%2&quot; is not allowed. Write digits with an optional leading minus sign, such as -1,250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: it has no digits. Write it in rupees, such as 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: write one or two digits after the decimal point, such as 1250.5 or 1250.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: it has no digits before the decimal point. Write 0.50, not .50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: the thousands separators are misplaced. Use Indian grouping (1,23,456.50), Western grouping (123,456.50) or none (123456.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: it is too large to store. Check the value in the export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message>
        <source>The setting officers/password_cost is &quot;%1&quot;; use moderate or interactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE (&apos;-&apos;: standard input) instead of asking on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an officer account. The password is asked on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name: 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name in Hindi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designation, e.g. &quot;Assistant Engineer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered mobile for OTPs (10 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk (at a DC), division_officer (at a division) or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code: the DC or division the officer works at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added officer %1 (%2) at office %3, OTPs to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List officer accounts; mobiles are shown masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers at this office code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers with this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is unknown: use clerk, division_officer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disable an officer account at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a disabled officer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer&apos;s username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled officer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled officer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for an officer and clear any sign-in lockout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer has the username &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for officer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerStore</name>
    <message>
        <source>The username &quot;%1&quot; is invalid: use 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The designation is missing, for example &quot;Assistant Engineer&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is unknown: use clerk, division_officer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; does not exist; import the offices first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is a %2, but a %3 must be attached to a %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An officer with the username &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the new officer&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer has the username &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer &quot;%1&quot; is already disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer &quot;%1&quot; is already enabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>Could not initialise libsodium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hash the password: Argon2id ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short: use at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: use at most 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not repeat one character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Could not read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is empty; put the password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-file FILE, or --password-file - to read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>Database URL: sqlite:///path/nodues.db or postgresql://user@host:5432/nodues. Default: NODUES_DB, else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INI file with server settings. Default: NODUES_CONFIG, if set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;, which is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsTemplates</name>
    <message>
        <source>Could not read the SMS template file %1: %2. Check the path in sms/templates_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS template file %1 is not a JSON object: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS template file %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in SMS templates %1 are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 has no text or no template id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 has a brace that does not enclose a variable name such as {otp}: &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 uses the unknown variable {%3}; it may use %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 does not use the variable {%3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 lists no words for the variable {%3} under &quot;choices&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SMS kind &quot;%1&quot;; the kinds are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; under the SMS kind %2; use hi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template id of %1 is &quot;%2&quot;; a DLT template id is digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in %2; the fields are template_id, text and choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS sender id &quot;%1&quot; is invalid: a DLT sender header is 6 capital letters, such as %2. Set sms/sender_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link domain &quot;%1&quot; in sms/link_domains is not a domain name such as nodues.example.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS templates are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SMS template %1 in language &quot;%2&quot;; use hi or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS %1 has no variable {%2}; its variables are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS %1 needs a value for the variable {%2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS %1 cannot be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS %1 got &quot;%2&quot; for the variable {%3}; it must be one of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of {%1} contains a line break, a control character or a brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of {%1} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OTP must be 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; of {%2} is not a whole number from 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IVRS number &quot;%1&quot; must be digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; of {%2} must be up to 40 letters, digits, slashes and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason is %1 characters long; shorten it to at most %2 so the SMS stays short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason &quot;%1&quot; contains a web address; SMS links must come from the link variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; is not a plain https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link domains are configured, so the link &quot;%1&quot; cannot be sent. Set sms/link_domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; is not on a whitelisted domain (%2). Add its domain to sms/link_domains if it is registered with DLT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
