<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>The audit chain is intact: %n rows checked.</source>
        <translation>
            <numerusform>The audit chain is intact: %n row checked.</numerusform>
            <numerusform>The audit chain is intact: %n rows checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportBillingCommand</name>
    <message numerus="yes">
        <source>%1 of %2 rows in %3 are invalid (%n problem(s)). Nothing was imported. Fix these rows and import the file again, or import the valid rows with --skip-invalid REJECTS.csv.</source>
        <translation>
            <numerusform>%1 of %2 rows in %3 are invalid (%n problem). Nothing was imported. Fix these rows and import the file again, or import the valid rows with --skip-invalid REJECTS.csv.</numerusform>
            <numerusform>%1 of %2 rows in %3 are invalid (%n problems). Nothing was imported. Fix these rows and import the file again, or import the valid rows with --skip-invalid REJECTS.csv.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOfficesCommand</name>
    <message numerus="yes">
        <source>%1 of %2 rows in %3 are invalid (%n problem(s)). Nothing was imported. Fix these rows and import the file again.</source>
        <translation>
            <numerusform>%1 of %2 rows in %3 are invalid (%n problem). Nothing was imported. Fix these rows and import the file again.</numerusform>
            <numerusform>%1 of %2 rows in %3 are invalid (%n problems). Nothing was imported. Fix these rows and import the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficerCertificateCommand</name>
    <message numerus="yes">
        <source>Warning: the certificate expires on %1 IST, in %n day(s). Register the officer&apos;s renewed certificate before then, or uploads signed with this one will be rejected.</source>
        <translation>
            <numerusform>Warning: the certificate expires on %1 IST, in %n day. Register the officer&apos;s renewed certificate before then, or uploads signed with this one will be rejected.</numerusform>
            <numerusform>Warning: the certificate expires on %1 IST, in %n days. Register the officer&apos;s renewed certificate before then, or uploads signed with this one will be rejected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>%n officer</numerusform>
            <numerusform>%n officers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficerSessionCommand</name>
    <message numerus="yes">
        <source>Ended %n session(s) of officer %1.</source>
        <translation>
            <numerusform>Ended %n session of officer %1.</numerusform>
            <numerusform>Ended %n sessions of officer %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
