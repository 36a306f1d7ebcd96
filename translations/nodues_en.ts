<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalFlow</name>
    <message numerus="yes">
        <source>Approve %n application(s)</source>
        <translation>
            <numerusform>Approve %n application</numerusform>
            <numerusform>Approve %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n application(s)</source>
        <translation>
            <numerusform>Reject %n application</numerusform>
            <numerusform>Reject %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n application(s) and issue their certificates:</source>
        <translation>
            <numerusform>Approve %n application and issue its certificate:</numerusform>
            <numerusform>Approve %n applications and issue their certificates:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n application(s); each applicant gets an SMS:</source>
        <translation>
            <numerusform>Reject %n application; the applicant gets an SMS:</numerusform>
            <numerusform>Reject %n applications; each applicant gets an SMS:</numerusform>
        </translation>
    </message>
</context>
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
    <name>CertificatePrintJob</name>
    <message numerus="yes">
        <source>The printer &quot;%1&quot; did not answer for %n second(s), so the job was withdrawn. Nothing was printed. Check the printer and the printing service (CUPS), then print again.</source>
        <translation>
            <numerusform>The printer &quot;%1&quot; did not answer for %n second, so the job was withdrawn. Nothing was printed. Check the printer and the printing service (CUPS), then print again.</numerusform>
            <numerusform>The printer &quot;%1&quot; did not answer for %n seconds, so the job was withdrawn. Nothing was printed. Check the printer and the printing service (CUPS), then print again.</numerusform>
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
<context>
    <name>PrintBatchCommand</name>
    <message numerus="yes">
        <source>%n certificates printed to %1.</source>
        <translation>
            <numerusform>%n certificate printed to %1.</numerusform>
            <numerusform>%n certificates printed to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::ApprovalResultsDialog</name>
    <message numerus="yes">
        <source>%n application(s) approved.</source>
        <translation>
            <numerusform>%n application approved.</numerusform>
            <numerusform>%n applications approved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) rejected.</source>
        <translation>
            <numerusform>%n application rejected.</numerusform>
            <numerusform>%n applications rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) not decided; the reasons are listed.</source>
        <translation>
            <numerusform>%n application not decided; the reasons are listed.</numerusform>
            <numerusform>%n applications not decided; the reasons are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::BatchPrintDialog</name>
    <message numerus="yes">
        <source>The chosen certificates (%n)</source>
        <translation>
            <numerusform>The chosen certificate (%n)</numerusform>
            <numerusform>The chosen certificates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every certificate of my office not yet printed (%n)</source>
        <translation>
            <numerusform>Every certificate of my office not yet printed (%n)</numerusform>
            <numerusform>Every certificate of my office not yet printed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates were printed before and print as copies, marked &quot;COPY&quot;.</source>
        <translation>
            <numerusform>%n of the chosen certificates was printed before and prints as a copy, marked &quot;COPY&quot;.</numerusform>
            <numerusform>%n of the chosen certificates were printed before and print as copies, marked &quot;COPY&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates may have printed before the workstation stopped. They are left out until you check the printer&apos;s output.</source>
        <translation>
            <numerusform>%n certificate may have printed before the workstation stopped. It is left out until you check the printer&apos;s output.</numerusform>
            <numerusform>%n certificates may have printed before the workstation stopped. They are left out until you check the printer&apos;s output.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n certificates</source>
        <translation>
            <numerusform>&amp;Print %n certificate</numerusform>
            <numerusform>&amp;Print %n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates have a signed PDF that the server refused, so they are not printed. Choose your registered Digital Signature Certificate in Settings and sign them again.</source>
        <translation>
            <numerusform>%n certificate has a signed PDF that the server refused, so it is not printed. Choose your registered Digital Signature Certificate in Settings and sign it again.</numerusform>
            <numerusform>%n certificates have a signed PDF that the server refused, so they are not printed. Choose your registered Digital Signature Certificate in Settings and sign them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates are not in this workstation&apos;s records.</source>
        <translation>
            <numerusform>%n of the chosen certificates is not in this workstation&apos;s records.</numerusform>
            <numerusform>%n of the chosen certificates are not in this workstation&apos;s records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates belong to applications that are not approved now.</source>
        <translation>
            <numerusform>%n of the chosen certificates belongs to an application that is not approved now.</numerusform>
            <numerusform>%n of the chosen certificates belong to applications that are not approved now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates are revoked.</source>
        <translation>
            <numerusform>%n of the chosen certificates is revoked.</numerusform>
            <numerusform>%n of the chosen certificates are revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates are not signed yet, or their signed PDF has not reached this PC.</source>
        <translation>
            <numerusform>%n of the chosen certificates is not signed yet, or its signed PDF has not reached this PC.</numerusform>
            <numerusform>%n of the chosen certificates are not signed yet, or their signed PDF has not reached this PC.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::CertificatePreviewDialog</name>
    <message numerus="yes">
        <source>Certificate %1, %n page(s)</source>
        <extracomment>%1 is a certificate number; the plural is of pages.</extracomment>
        <translation>
            <numerusform>Certificate %1, %n page</numerusform>
            <numerusform>Certificate %1, %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::CertificatePrinting</name>
    <message numerus="yes">
        <source>%n certificates were sent to %1.</source>
        <translation>
            <numerusform>%n certificate was sent to %1.</numerusform>
            <numerusform>%n certificates were sent to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates may have printed before the workstation stopped; check the printer&apos;s output and decide about them first.</source>
        <translation>
            <numerusform>%n certificate may have printed before the workstation stopped; check the printer&apos;s output and decide about it first.</numerusform>
            <numerusform>%n certificates may have printed before the workstation stopped; check the printer&apos;s output and decide about them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::CertificateSigning</name>
    <message numerus="yes">
        <source>Sign %n certificate(s)</source>
        <translation>
            <numerusform>Sign %n certificate</numerusform>
            <numerusform>Sign %n certificates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::MainWindow</name>
    <message numerus="yes">
        <source>Syncing: %n application(s) received</source>
        <translation>
            <numerusform>Syncing: %n application received</numerusform>
            <numerusform>Syncing: %n applications received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait to be sent. They stay on this PC and are sent after you sign in again.</source>
        <translation>
            <numerusform>%n action waits to be sent. It stays on this PC and is sent after you sign in again.</numerusform>
            <numerusform>%n actions wait to be sent. They stay on this PC and are sent after you sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::PinDialog</name>
    <message numerus="yes">
        <source>Sign %n certificate(s) with the key on token %1. Press Sign, then type the PIN on the token&apos;s own keypad.</source>
        <translation>
            <numerusform>Sign %n certificate with the key on token %1. Press Sign, then type the PIN on the token&apos;s own keypad.</numerusform>
            <numerusform>Sign %n certificates with the key on token %1. Press Sign, then type the PIN on the token&apos;s own keypad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n certificate(s) with the key on token %1. Type the token&apos;s PIN.</source>
        <translation>
            <numerusform>Sign %n certificate with the key on token %1. Type the token&apos;s PIN.</numerusform>
            <numerusform>Sign %n certificates with the key on token %1. Type the token&apos;s PIN.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n certificate(s) with the key in %1. Type the file&apos;s passphrase.</source>
        <translation>
            <numerusform>Sign %n certificate with the key in %1. Type the file&apos;s passphrase.</numerusform>
            <numerusform>Sign %n certificates with the key in %1. Type the file&apos;s passphrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::QueueDecisions</name>
    <message numerus="yes">
        <source>Reject %n forwarded application(s)? Each applicant gets an SMS naming the reason.</source>
        <translation>
            <numerusform>Reject %n forwarded application? The applicant gets an SMS naming the reason.</numerusform>
            <numerusform>Reject %n forwarded applications? Each applicant gets an SMS naming the reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::SigningResultsDialog</name>
    <message numerus="yes">
        <source>%n certificate(s) signed. They are uploaded to the server when it responds.</source>
        <translation>
            <numerusform>%n certificate signed. It is uploaded to the server when it responds.</numerusform>
            <numerusform>%n certificates signed. They are uploaded to the server when it responds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) not signed; the reasons are listed.</source>
        <translation>
            <numerusform>%n certificate not signed; the reason is listed.</numerusform>
            <numerusform>%n certificates not signed; the reasons are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) signed and uploaded to the server.</source>
        <translation>
            <numerusform>%n certificate signed and uploaded to the server.</numerusform>
            <numerusform>%n certificates signed and uploaded to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) signed. The server did not accept every upload; the list shows which.</source>
        <translation>
            <numerusform>%n certificate signed. The server did not accept its upload; the list shows why.</numerusform>
            <numerusform>%n certificates signed. The server did not accept every upload; the list shows which.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::StatusBar</name>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed certificate(s) waiting to be uploaded</source>
        <translation>
            <numerusform>%n signed certificate waiting to be uploaded</numerusform>
            <numerusform>%n signed certificates waiting to be uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not read %n application(s) sent by the server: %1</source>
        <translation>
            <numerusform>Could not read %n application sent by the server: %1</numerusform>
            <numerusform>Could not read %n applications sent by the server: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) waiting to be reported to the server</source>
        <translation>
            <numerusform>%n print waiting to be reported to the server</numerusform>
            <numerusform>%n prints waiting to be reported to the server</numerusform>
        </translation>
    </message>
</context>
</TS>
