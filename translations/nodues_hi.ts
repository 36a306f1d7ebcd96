<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not complete the request; the server log has the reason (request id %1).</source>
        <translation>सर्वर अनुरोध पूरा नहीं कर सका; कारण सर्वर लॉग में है (अनुरोध आईडी %1)।</translation>
    </message>
    <message>
        <source>Sign in first and send the token as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>पहले साइन इन करें और टोकन &quot;Authorization: Bearer &lt;token&gt;&quot; के रूप में भेजें।</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again with a new OTP.</source>
        <translation>आपका सत्र समाप्त हो गया है; नए ओटीपी से फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>This session has ended (signed out or revoked); sign in again with a new OTP.</source>
        <translation>यह सत्र समाप्त हो चुका है (साइन-आउट किया गया या रद्द किया गया); नए ओटीपी से फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>The bearer token is not valid; sign in again with a new OTP.</source>
        <translation>बेयरर टोकन मान्य नहीं है; नए ओटीपी से फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>This route is for consumers; an officer&apos;s token cannot be used here.</source>
        <translation>यह रूट उपभोक्ताओं के लिए है; अधिकारी का टोकन यहाँ उपयोग नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Too many OTPs were sent to this mobile recently; wait %1 s and ask again.</source>
        <translation>इस मोबाइल नंबर पर हाल ही में बहुत अधिक ओटीपी भेजे गए हैं; %1 सेकंड प्रतीक्षा करें, फिर दोबारा ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>Too many OTPs were requested from your network address recently; wait %1 s and ask again.</source>
        <translation>आपके नेटवर्क पते से हाल ही में बहुत अधिक ओटीपी माँगे गए हैं; %1 सेकंड प्रतीक्षा करें, फिर दोबारा ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>The OTP is wrong and no tries are left for this code; ask for a new OTP.</source>
        <translation>ओटीपी गलत है और इस कोड के लिए कोई प्रयास शेष नहीं है; नया ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>This OTP has expired; ask for a new one.</source>
        <translation>इस ओटीपी की समय-सीमा समाप्त हो गई है; नया ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>This OTP was tried wrongly too often and no longer works; ask for a new one.</source>
        <translation>यह ओटीपी बहुत बार गलत डाला गया, इसलिए अब काम नहीं करेगा; नया ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>This OTP has already been used; ask for a new one to sign in again.</source>
        <translation>यह ओटीपी पहले ही उपयोग हो चुका है; फिर से साइन इन करने के लिए नया ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>A newer OTP was sent to this mobile; enter the code from the latest SMS.</source>
        <translation>इस मोबाइल नंबर पर इसके बाद एक नया ओटीपी भेजा गया है; सबसे नए एसएमएस वाला कोड डालें।</translation>
    </message>
    <message>
        <source>This OTP was sent for another purpose and cannot sign you in; ask for a sign-in OTP.</source>
        <translation>यह ओटीपी किसी अन्य कार्य के लिए भेजा गया था, इससे साइन इन नहीं हो सकता; साइन इन के लिए ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>No OTP was sent with this challenge id; ask for a new OTP.</source>
        <translation>इस चैलेंज आईडी के साथ कोई ओटीपी नहीं भेजा गया; नया ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>The OTP must be the 6 digits from the SMS.</source>
        <translation>ओटीपी में एसएमएस में आए 6 अंक होने चाहिए।</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing; send it as a JSON string.</source>
        <translation>फ़ील्ड &quot;%1&quot; नहीं भेजा गया; इसे JSON स्ट्रिंग के रूप में भेजें।</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is a %2; send it as a JSON string.</source>
        <translation>फ़ील्ड &quot;%1&quot; का प्रकार %2 है; इसे JSON स्ट्रिंग के रूप में भेजें।</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not supported; send &quot;hi&quot; or &quot;en&quot;.</source>
        <translation>भाषा &quot;%1&quot; समर्थित नहीं है; &quot;hi&quot; या &quot;en&quot; भेजें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IVRS number. Send the IVRS number printed on the bill: digits only, 1 to 20.</source>
        <translation>&quot;%1&quot; मान्य आईवीआरएस नंबर नहीं है। बिल पर छपा आईवीआरएस नंबर भेजें: केवल अंक, 1 से 20 तक।</translation>
    </message>
    <message>
        <source>No connection has the IVRS number %1 in the billing data. Check the number on your bill.</source>
        <translation>बिलिंग डेटा में आईवीआरएस नंबर %1 का कोई कनेक्शन नहीं है। अपने बिल पर नंबर जाँचें।</translation>
    </message>
    <message>
        <source>The connection %1 is not among your connections, so there is nothing to unlink.</source>
        <translation>कनेक्शन %1 आपके कनेक्शनों में नहीं है, इसलिए हटाने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>The connection %1 is already among your connections.</source>
        <translation>कनेक्शन %1 पहले से आपके कनेक्शनों में है।</translation>
    </message>
    <message>
        <source>An officer refused to link the connection %1 to your mobile. Visit your distribution centre with the bill.</source>
        <translation>एक अधिकारी ने कनेक्शन %1 को आपके मोबाइल से जोड़ने से मना कर दिया है। बिल लेकर अपने वितरण केंद्र जाएँ।</translation>
    </message>
    <message>
        <source>Too many OTPs were sent for linking connections recently; wait %1 s and try again.</source>
        <translation>हाल में कनेक्शन जोड़ने के लिए बहुत अधिक ओटीपी भेजे गए हैं; %1 सेकंड रुकें और फिर प्रयास करें।</translation>
    </message>
    <message>
        <source>This OTP does not confirm linking this connection; ask to link it again and enter the code from the latest SMS.</source>
        <translation>यह ओटीपी इस कनेक्शन को जोड़ने की पुष्टि नहीं करता; कनेक्शन जोड़ने का अनुरोध फिर करें और नवीनतम SMS का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Your application %1 is still being processed. A mobile may have one open application at a time; follow it under your applications.</source>
        <translation>आपका आवेदन %1 अभी प्रक्रिया में है। एक मोबाइल से एक समय में एक ही खुला आवेदन हो सकता है; उसकी स्थिति अपने आवेदनों में देखें।</translation>
    </message>
    <message>
        <source>No connection is linked to your mobile. Link your connection by its IVRS number, or apply with kind &quot;no_connection&quot; for a &quot;no connection found&quot; certificate.</source>
        <translation>आपके मोबाइल से कोई कनेक्शन जुड़ा नहीं है। अपना कनेक्शन आईवीआरएस नंबर से जोड़ें, या &quot;कोई कनेक्शन नहीं&quot; प्रमाण-पत्र के लिए kind &quot;no_connection&quot; के साथ आवेदन करें।</translation>
    </message>
    <message>
        <source>The connection %1 is not among your connections. Choose the primary connection from your list of connections.</source>
        <translation>कनेक्शन %1 आपके कनेक्शनों में नहीं है। मुख्य कनेक्शन अपने कनेक्शनों की सूची में से चुनें।</translation>
    </message>
    <message>
        <source>Too many OTPs were sent to your mobile recently; wait %1 s and ask again.</source>
        <translation>हाल में आपके मोबाइल पर बहुत अधिक ओटीपी भेजे गए हैं; %1 सेकंड प्रतीक्षा करके फिर माँगें।</translation>
    </message>
    <message>
        <source>This OTP does not confirm this application as it is now. If you changed the form or your connections after asking for the OTP, ask for a new one.</source>
        <translation>यह ओटीपी इस आवेदन की वर्तमान सामग्री की पुष्टि नहीं करता। यदि ओटीपी माँगने के बाद आपने फ़ॉर्म या अपने कनेक्शन बदले हैं, तो नया ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>You have no application numbered %1. Check the number in the SMS you received.</source>
        <translation>आपका कोई आवेदन क्रमांक %1 नहीं है। प्राप्त एसएमएस में दिया क्रमांक जाँचें।</translation>
    </message>
    <message>
        <source>These fields of the application are invalid: %1. Correct them and send it again; &quot;problems&quot; says what is wrong with each.</source>
        <translation>आवेदन के ये फ़ील्ड अमान्य हैं: %1। इन्हें सुधारकर फिर से भेजें; &quot;problems&quot; में हर फ़ील्ड की त्रुटि बताई गई है।</translation>
    </message>
    <message>
        <source>The certificate for application %1 has not been issued yet. You will get an SMS with a download link when it is.</source>
        <translation>आवेदन %1 का प्रमाण-पत्र अभी जारी नहीं हुआ है। जारी होने पर आपको डाउनलोड लिंक के साथ एसएमएस मिलेगा।</translation>
    </message>
    <message>
        <source>The certificate %1 was revoked on %2 and can no longer be downloaded. Contact your distribution centre.</source>
        <translation>प्रमाण-पत्र %1 दिनांक %2 को निरस्त किया गया था और अब डाउनलोड नहीं किया जा सकता। अपने वितरण केंद्र से संपर्क करें।</translation>
    </message>
    <message>
        <source>The details of this connection are shown once the distribution centre confirms that it is yours.</source>
        <translation>इस कनेक्शन का विवरण वितरण केंद्र द्वारा यह पुष्टि होने के बाद दिखेगा कि यह आपका है।</translation>
    </message>
    <message>
        <source>Take the connection&apos;s bill to your distribution centre to confirm the link.</source>
        <translation>कनेक्शन जोड़ने की पुष्टि के लिए उसका बिल लेकर अपने वितरण केंद्र जाएं।</translation>
    </message>
    <message>
        <source>Connections are linked to your mobile (%1), so a &quot;no connection found&quot; certificate cannot be issued; apply for your connections. A connection billed to your mobile stays in front of the distribution centre even if you unlink it.</source>
        <translation>आपके मोबाइल से कनेक्शन जुड़े हैं (%1), इसलिए &quot;कोई कनेक्शन नहीं&quot; प्रमाण-पत्र जारी नहीं हो सकता; अपने कनेक्शनों के लिए आवेदन करें। आपके मोबाइल पर बिल होने वाला कनेक्शन हटाने पर भी वितरण केंद्र को दिखता रहता है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distribution centre. Choose your distribution centre from the list of distribution centres.</source>
        <translation>&quot;%1&quot; कोई वितरण केंद्र नहीं है। वितरण केंद्रों की सूची से अपना वितरण केंद्र चुनें।</translation>
    </message>
    <message>
        <source>A certificate cannot be issued while these connections fail a check: %1. Each failed check below says what to do about it.</source>
        <translation>जब तक ये कनेक्शन किसी जाँच में विफल हैं, प्रमाण-पत्र जारी नहीं हो सकता: %1। नीचे हर विफल जाँच के साथ उसका उपाय दिया गया है।</translation>
    </message>
    <message>
        <source>A newer OTP was sent for this application; enter the code from the latest SMS.</source>
        <translation>इस आवेदन के लिए नया ओटीपी भेजा गया है; सबसे नए एसएमएस का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>The mobile number &quot;%1&quot; is not valid. Send the 10 digits (0-9), starting 6 to 9, optionally after +91.</source>
        <translation>मोबाइल नंबर &quot;%1&quot; मान्य नहीं है। 6 से 9 से शुरू होने वाले 10 अंक (0-9) भेजें, चाहें तो +91 के बाद।</translation>
    </message>
    <message>
        <source>This route is for officers; a consumer&apos;s token cannot be used here.</source>
        <translation>यह सुविधा अधिकारियों के लिए है; उपभोक्ता का टोकन यहाँ उपयोग नहीं हो सकता।</translation>
    </message>
    <message>
        <source>No application numbered %1 is in your jurisdiction. Check the number, or sync to refresh your queue.</source>
        <translation>आपके क्षेत्राधिकार में आवेदन क्रमांक %1 नहीं है। क्रमांक जाँचें, या अपनी सूची ताज़ा करने के लिए सिंक करें।</translation>
    </message>
    <message>
        <source>The device name must have 1 to %1 printable characters, for example the computer&apos;s name &quot;DC-Kolar-PC2&quot;.</source>
        <translation>डिवाइस के नाम में 1 से %1 छपने योग्य अक्षर होने चाहिए, जैसे कंप्यूटर का नाम &quot;DC-Kolar-PC2&quot;।</translation>
    </message>
    <message>
        <source>This officer account is disabled. Ask an administrator to enable it.</source>
        <translation>यह अधिकारी खाता निष्क्रिय है। इसे सक्रिय करने के लिए प्रशासक से कहें।</translation>
    </message>
    <message>
        <source>Too many OTPs were sent to your registered mobile recently; wait %1 s and sign in again.</source>
        <translation>हाल में आपके पंजीकृत मोबाइल पर बहुत अधिक ओटीपी भेजे गए हैं; %1 सेकंड प्रतीक्षा करके फिर साइन इन करें।</translation>
    </message>
    <message>
        <source>This OTP does not complete this sign-in; enter your password again to get a new OTP.</source>
        <translation>यह ओटीपी इस साइन-इन को पूरा नहीं करता; नया ओटीपी पाने के लिए पासवर्ड फिर से दर्ज करें।</translation>
    </message>
    <message>
        <source>The OTP is wrong. Tries left for this code: %1.</source>
        <translation>ओटीपी गलत है। इस कोड के लिए शेष प्रयास: %1।</translation>
    </message>
    <message>
        <source>The cursor &quot;%1&quot; is not a whole number of 0 or more; send the next_cursor of the last page, or 0.</source>
        <translation>कर्सर &quot;%1&quot; 0 या उससे बड़ी पूर्ण संख्या नहीं है; पिछले पृष्ठ का next_cursor भेजें, या 0।</translation>
    </message>
    <message>
        <source>The page size &quot;%1&quot; must be a whole number from 1 to %2.</source>
        <translation>पृष्ठ का आकार &quot;%1&quot; 1 से %2 तक की पूर्ण संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>The cursor %1 is not known to this server (its newest change is %2). Sync again from 0.</source>
        <translation>कर्सर %1 इस सर्वर को ज्ञात नहीं है (इसका सबसे नया परिवर्तन %2 है)। 0 से फिर सिंक करें।</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the application&apos;s version as the last sync showed it, a whole number from 1.</source>
        <translation>&quot;version&quot; में आवेदन का वह संस्करण भेजें जो पिछले सिंक में दिखा था, 1 से शुरू होने वाली पूर्ण संख्या।</translation>
    </message>
    <message>
        <source>The idempotency key must have 8 to 100 letters, digits, &apos;-&apos; or &apos;_&apos;; a new UUID for each action fits.</source>
        <translation>idempotency key में 8 से 100 अक्षर, अंक, &apos;-&apos; या &apos;_&apos; होने चाहिए; हर कार्य के लिए नया UUID उपयुक्त है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text string.</source>
        <translation>&quot;%1&quot; टेक्स्ट (string) होना चाहिए।</translation>
    </message>
    <message>
        <source>Application %1 changed since you saw it (version %2, now %3). Look at it again before deciding.</source>
        <translation>आपके देखने के बाद आवेदन %1 बदल गया है (संस्करण %2, अब %3)। निर्णय से पहले इसे फिर देखें।</translation>
    </message>
    <message>
        <source>Application %1 is &quot;%2&quot;, so this action does not apply to it.</source>
        <translation>आवेदन %1 की स्थिति &quot;%2&quot; है, इसलिए यह कार्य उस पर लागू नहीं होता।</translation>
    </message>
    <message>
        <source>The latest billing data shows these connections failing a check: %1. The application cannot go ahead; reject it or wait for the next billing import.</source>
        <translation>नवीनतम बिलिंग डेटा में ये कनेक्शन किसी जाँच में विफल हैं: %1। आवेदन आगे नहीं बढ़ सकता; इसे निरस्त करें या अगले बिलिंग आयात की प्रतीक्षा करें।</translation>
    </message>
    <message>
        <source>A connection of application %1 is linked pending verification. Confirm or refuse the link first.</source>
        <translation>आवेदन %1 का एक कनेक्शन सत्यापन लंबित स्थिति में जुड़ा है। पहले उस जुड़ाव की पुष्टि करें या उसे अस्वीकार करें।</translation>
    </message>
    <message>
        <source>The remarks must have at most 500 characters, without invisible or control characters.</source>
        <translation>टिप्पणी में अधिकतम 500 अक्षर हों, और कोई अदृश्य या नियंत्रण अक्षर न हो।</translation>
    </message>
    <message>
        <source>The connection %1 is not waiting for verification in application %2.</source>
        <translation>आवेदन %2 में कनेक्शन %1 सत्यापन के लिए लंबित नहीं है।</translation>
    </message>
    <message>
        <source>The connection %1 is the primary connection of application %2; if it is not the applicant&apos;s, reject the application with the reason connection_not_applicants.</source>
        <translation>कनेक्शन %1 आवेदन %2 का मुख्य कनेक्शन है; यदि यह आवेदक का नहीं है, तो आवेदन को connection_not_applicants कारण से निरस्त करें।</translation>
    </message>
    <message>
        <source>The idempotency key %1 was used before for another request. Use a new key for each action.</source>
        <translation>idempotency key %1 पहले किसी अन्य अनुरोध के लिए उपयोग हो चुकी है। हर कार्य के लिए नई key उपयोग करें।</translation>
    </message>
    <message>
        <source>Application %1 was rejected, so no certificate will be issued for it. Its status shows the reason.</source>
        <translation>आवेदन %1 निरस्त किया गया था, इसलिए इसके लिए प्रमाण-पत्र जारी नहीं होगा। कारण इसकी स्थिति में दिया गया है।</translation>
    </message>
    <message>
        <source>No certificate numbered %1 was approved in your division. Check the number, or sync to refresh your queue.</source>
        <translation>आपके संभाग में क्रमांक %1 का कोई प्रमाण-पत्र स्वीकृत नहीं हुआ है। क्रमांक जाँचें, या अपनी सूची ताज़ा करने के लिए सिंक करें।</translation>
    </message>
    <message>
        <source>No Digital Signature Certificate is registered for you, so the signature cannot be checked. Ask the administrator to register it with &quot;nodues-server officer set-certificate&quot;.</source>
        <translation>आपका कोई डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) पंजीकृत नहीं है, इसलिए हस्ताक्षर की जाँच नहीं हो सकती। प्रशासक से &quot;nodues-server officer set-certificate&quot; द्वारा इसे पंजीकृत करने को कहें।</translation>
    </message>
    <message>
        <source>Your registered Digital Signature Certificate cannot be read. Ask the administrator to register it again.</source>
        <translation>आपका पंजीकृत डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) पढ़ा नहीं जा सका। प्रशासक से इसे फिर से पंजीकृत करने को कहें।</translation>
    </message>
    <message>
        <source>Your registered Digital Signature Certificate is valid from %1 to %2 IST, not now. Ask the administrator to register your renewed certificate, then sign the certificate PDF again with it.</source>
        <translation>आपका पंजीकृत डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) %1 से %2 IST तक मान्य है, अभी नहीं। प्रशासक से अपना नवीनीकृत DSC पंजीकृत कराएं, फिर उससे प्रमाण-पत्र की PDF पर दोबारा हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The signed PDF is for certificate &quot;%1&quot; (the location of its signature), not for %2. Upload the signed PDF of certificate %2.</source>
        <translation>हस्ताक्षरित PDF प्रमाण-पत्र &quot;%1&quot; (उसके हस्ताक्षर का स्थान) के लिए है, %2 के लिए नहीं। प्रमाण-पत्र %2 की हस्ताक्षरित PDF अपलोड करें।</translation>
    </message>
    <message>
        <source>The request body has Content-Type &quot;%1&quot;; send the signed certificate as application/pdf.</source>
        <translation>अनुरोध का Content-Type &quot;%1&quot; है; हस्ताक्षरित प्रमाण-पत्र application/pdf के रूप में भेजें।</translation>
    </message>
    <message>
        <source>The PDF has %1 bytes, more than the limit of %2 bytes for a signed certificate. Upload the certificate PDF that the workstation signed.</source>
        <translation>PDF में %1 बाइट हैं, जो हस्ताक्षरित प्रमाण-पत्र की %2 बाइट की सीमा से अधिक है। वर्कस्टेशन द्वारा हस्ताक्षरित प्रमाण-पत्र की PDF अपलोड करें।</translation>
    </message>
    <message>
        <source>Certificate %1 was approved by another officer. Only the approving officer can upload it, signed with their own Digital Signature Certificate.</source>
        <translation>प्रमाण-पत्र %1 किसी अन्य अधिकारी ने स्वीकृत किया है। इसे केवल स्वीकृत करने वाले अधिकारी ही अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) से हस्ताक्षर करके अपलोड कर सकते हैं।</translation>
    </message>
    <message>
        <source>Another signed PDF was already published for certificate %1, and a published certificate cannot be replaced. Revoke it if it is wrong.</source>
        <translation>प्रमाण-पत्र %1 की एक अन्य हस्ताक्षरित PDF पहले ही जारी हो चुकी है, और जारी प्रमाण-पत्र बदला नहीं जा सकता। यदि वह गलत है तो उसे निरस्त करें।</translation>
    </message>
    <message>
        <source>Application %1 of certificate %2 is not in status &quot;approved&quot;, so its certificate cannot be issued.</source>
        <translation>प्रमाण-पत्र %2 का आवेदन %1 &quot;स्वीकृत&quot; स्थिति में नहीं है, इसलिए उसका प्रमाण-पत्र जारी नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked, so it cannot be issued.</source>
        <translation>प्रमाण-पत्र %1 निरस्त किया जा चुका है, इसलिए वह जारी नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Send &quot;action&quot; (approve or reject) and &quot;applications&quot;: 1 to %1 objects with a &quot;number&quot; and the &quot;version&quot; you saw, each number once.</source>
        <translation>&quot;action&quot; (approve या reject) और &quot;applications&quot; भेजें: 1 से %1 ऑब्जेक्ट, हर एक में &quot;number&quot; और आपके द्वारा देखा गया &quot;version&quot;, हर क्रमांक एक बार।</translation>
    </message>
    <message>
        <source>%1 of the applications cannot be decided as you saw them; sync, then choose again. &quot;applications&quot; lists each one.</source>
        <translation>%1 आवेदनों पर आपके देखे अनुसार निर्णय नहीं हो सकता; सिंक करें, फिर दोबारा चुनें। &quot;applications&quot; में हर एक दिया गया है।</translation>
    </message>
    <message>
        <source>Too many OTPs were sent to your registered mobile recently; wait %1 s and ask again.</source>
        <translation>हाल में आपके पंजीकृत मोबाइल पर बहुत अधिक ओटीपी भेजे गए हैं; %1 सेकंड प्रतीक्षा करके फिर माँगें।</translation>
    </message>
    <message>
        <source>This OTP does not confirm this decision on these applications at these versions; ask for a new OTP for the batch as it is now.</source>
        <translation>यह ओटीपी इन आवेदनों के इन संस्करणों पर इस निर्णय की पुष्टि नहीं करता; वर्तमान समूह के लिए नया ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>No certificate can be approved yet: the server has no certificate signing key. Ask the administrator to run &quot;nodues-server keys rotate&quot; and restart the server.</source>
        <translation>अभी कोई प्रमाण-पत्र स्वीकृत नहीं हो सकता: सर्वर के पास प्रमाण-पत्र हस्ताक्षर कुंजी नहीं है। प्रशासक से &quot;nodues-server keys rotate&quot; चलाकर सर्वर फिर से शुरू करने को कहें।</translation>
    </message>
    <message>
        <source>No certificate numbered %1 is one you may revoke. Check the number.</source>
        <translation>प्रमाण-पत्र क्रमांक %1 ऐसा नहीं है जिसे आप निरस्त कर सकें। क्रमांक जाँचें।</translation>
    </message>
    <message>
        <source>Certificate %1 was already revoked on %2 IST.</source>
        <translation>प्रमाण-पत्र %1 पहले ही %2 IST को निरस्त किया जा चुका है।</translation>
    </message>
    <message>
        <source>This OTP does not confirm revoking this certificate; ask for a new OTP for it.</source>
        <translation>यह ओटीपी इस प्रमाण-पत्र को निरस्त करने की पुष्टि नहीं करता; इसके लिए नया ओटीपी माँगें।</translation>
    </message>
    <message>
        <source>Give the reason for revoking in 1 to 300 characters, without invisible or control characters.</source>
        <translation>निरस्त करने का कारण 1 से 300 अक्षरों में लिखें, बिना किसी अदृश्य या नियंत्रण अक्षर के।</translation>
    </message>
    <message>
        <source>Your role (%2) may not do this. It is open to: %1.</source>
        <translation>आपकी भूमिका (%2) यह कार्य नहीं कर सकती। यह इनके लिए है: %1।</translation>
    </message>
    <message>
        <source>The username or the password is wrong. After repeated failures, sign-in with this username locks for a while.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड गलत है। बार-बार गलत होने पर इस उपयोगकर्ता नाम से साइन इन कुछ समय के लिए रुक जाता है।</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this username from many network addresses: sign-in is locked for every address until %1 IST. Try again then, or ask an administrator to set a new password.</source>
        <translation>इस उपयोगकर्ता नाम से कई नेटवर्क पतों से बहुत बार साइन इन विफल हुआ: हर पते से साइन इन %1 IST तक रुका है। तब फिर प्रयास करें, या प्रशासक से नया पासवर्ड सेट करने को कहें।</translation>
    </message>
    <message>
        <source>Too many failed sign-ins with this username from your network address: sign-in from it is locked until %1 IST. Try again then, or ask an administrator to set a new password.</source>
        <translation>आपके नेटवर्क पते से इस उपयोगकर्ता नाम से बहुत बार साइन इन विफल हुआ: इस पते से साइन इन %1 IST तक रुका है। तब फिर प्रयास करें, या प्रशासक से नया पासवर्ड सेट करने को कहें।</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; needs remarks that say what is wrong; add them and send the decision again.</source>
        <translation>कारण &quot;%1&quot; के साथ टिप्पणी आवश्यक है जो बताए कि क्या गलत है; टिप्पणी जोड़कर निर्णय फिर से भेजें।</translation>
    </message>
    <message>
        <source>The reason &quot;%1&quot; is not one of %2. Choose one from GET /api/v1/officer/rejection-reasons.</source>
        <translation>कारण &quot;%1&quot; इनमें से नहीं है: %2। GET /api/v1/officer/rejection-reasons की सूची में से एक चुनें।</translation>
    </message>
    <message>
        <source>No certificate numbered %1 belongs to an application of your office. Check the number, or sync to refresh your queue.</source>
        <translation>क्रमांक %1 का कोई प्रमाण-पत्र आपके कार्यालय के किसी आवेदन का नहीं है। क्रमांक जाँचें, या अपनी सूची ताज़ा करने के लिए सिंक करें।</translation>
    </message>
    <message>
        <source>The signed PDF of certificate %1 has not been uploaded yet. The approving division officer&apos;s workstation uploads it after signing.</source>
        <translation>प्रमाण-पत्र %1 की हस्ताक्षरित PDF अभी अपलोड नहीं हुई है। स्वीकृत करने वाले संभागीय अधिकारी का वर्कस्टेशन हस्ताक्षर के बाद उसे अपलोड करता है।</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked on %2 IST and can no longer be downloaded or printed.</source>
        <translation>प्रमाण-पत्र %1 दिनांक %2 IST को निरस्त किया गया था और अब इसे डाउनलोड या प्रिंट नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The print id &quot;%1&quot; is not a UUID. Send the UUID of the print entry, such as 3f2b8c1e-9a4d-4e7b-8c2f-1d6a5e9b0c47.</source>
        <translation>प्रिंट आईडी &quot;%1&quot; UUID नहीं है। प्रिंट प्रविष्टि का UUID भेजें, जैसे 3f2b8c1e-9a4d-4e7b-8c2f-1d6a5e9b0c47।</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing; send it as a whole number.</source>
        <translation>फ़ील्ड &quot;%1&quot; नहीं भेजा गया; इसे पूर्ण संख्या के रूप में भेजें।</translation>
    </message>
    <message>
        <source>The copy number %1 is not valid. Send the number the page carries as a whole number from 0 (the original) to %2.</source>
        <translation>प्रति संख्या %1 मान्य नहीं है। पृष्ठ पर छपी संख्या 0 (मूल) से %2 तक की पूर्ण संख्या के रूप में भेजें।</translation>
    </message>
    <message>
        <source>The print time &quot;%1&quot; is not a UTC instant. Send it in the form 2026-12-04T10:10:00.000Z.</source>
        <translation>प्रिंट का समय &quot;%1&quot; UTC समय नहीं है। इसे 2026-12-04T10:10:00.000Z के रूप में भेजें।</translation>
    </message>
    <message>
        <source>The print time %1 IST is more than a day after the server&apos;s time, %2 IST. Correct the date and time of the PC that printed.</source>
        <translation>प्रिंट का समय %1 IST सर्वर के समय %2 IST से एक दिन से अधिक आगे है। जिस पीसी से प्रिंट हुआ, उसकी तारीख और समय ठीक करें।</translation>
    </message>
    <message>
        <source>The print state &quot;%1&quot; is not valid. Send &quot;printed&quot; or &quot;unconfirmed&quot;.</source>
        <translation>प्रिंट की स्थिति &quot;%1&quot; मान्य नहीं है। &quot;printed&quot; या &quot;unconfirmed&quot; भेजें।</translation>
    </message>
    <message>
        <source>The print id %1 was already recorded for another print (another certificate, copy number, time, state or officer). Give each print entry a new UUID.</source>
        <translation>प्रिंट आईडी %1 पहले ही किसी दूसरे प्रिंट (दूसरा प्रमाण-पत्र, प्रति संख्या, समय, स्थिति या अधिकारी) के लिए दर्ज हो चुकी है। हर प्रिंट प्रविष्टि को नया UUID दें।</translation>
    </message>
    <message>
        <source>The signed PDF of certificate %1 has not been uploaded yet, so its print cannot be recorded. Send the print again after the upload.</source>
        <translation>प्रमाण-पत्र %1 की हस्ताक्षरित PDF अभी अपलोड नहीं हुई है, इसलिए उसका प्रिंट दर्ज नहीं हो सकता। अपलोड के बाद प्रिंट फिर से भेजें।</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 नहीं भेजा गया है।</translation>
    </message>
    <message>
        <source>%1 must be a text string.</source>
        <translation>%1 टेक्स्ट (string) होना चाहिए।</translation>
    </message>
    <message>
        <source>%1 must have at least %2 characters.</source>
        <translation>%1 में कम से कम %2 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 में %2 अक्षर हैं; अधिकतम %3 की अनुमति है।</translation>
    </message>
    <message>
        <source>%1 contains %2, which is neither Latin nor Devanagari text.</source>
        <translation>%1 में %2 है, जो न लैटिन है न देवनागरी।</translation>
    </message>
    <message>
        <source>%1 contains %2; write it in Devanagari (Hindi) script.</source>
        <translation>%1 में %2 है; इसे देवनागरी (हिंदी) लिपि में लिखें।</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not known; send &quot;connections&quot; or &quot;no_connection&quot;.</source>
        <translation>kind &quot;%1&quot; मान्य नहीं है; &quot;connections&quot; या &quot;no_connection&quot; भेजें।</translation>
    </message>
    <message>
        <source>applicant_name_hi must contain the name in Devanagari (Hindi) letters.</source>
        <translation>applicant_name_hi में नाम देवनागरी (हिंदी) अक्षरों में होना चाहिए।</translation>
    </message>
    <message>
        <source>relation &quot;%1&quot; is not known; send &quot;father&quot; or &quot;husband&quot;.</source>
        <translation>relation &quot;%1&quot; मान्य नहीं है; &quot;father&quot; या &quot;husband&quot; भेजें।</translation>
    </message>
    <message>
        <source>election must be an object with kind, body and ward.</source>
        <translation>election में kind, body और ward वाला ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <source>election.kind &quot;%1&quot; is not known; send one of: %2.</source>
        <translation>election.kind &quot;%1&quot; मान्य नहीं है; इनमें से एक भेजें: %2।</translation>
    </message>
    <message>
        <source>dc_code is only for a &quot;no_connection&quot; application; the primary connection decides the DC.</source>
        <translation>dc_code केवल &quot;no_connection&quot; आवेदन के लिए है; अन्य आवेदन का वितरण केंद्र मुख्य कनेक्शन से तय होता है।</translation>
    </message>
    <message>
        <source>a &quot;no_connection&quot; application names no connection; leave primary_ivrs out.</source>
        <translation>&quot;no_connection&quot; आवेदन में कोई कनेक्शन नहीं होता; primary_ivrs न भेजें।</translation>
    </message>
    <message>
        <source>sms_language &quot;%1&quot; is not supported; send &quot;hi&quot; or &quot;en&quot;.</source>
        <translation>sms_language &quot;%1&quot; समर्थित नहीं है; &quot;hi&quot; या &quot;en&quot; भेजें।</translation>
    </message>
    <message>
        <source>%1 is empty; fill it in.</source>
        <translation>%1 खाली है; इसे भरें।</translation>
    </message>
    <message>
        <source>%1 contains the invisible or control character %2; remove it.</source>
        <translation>%1 में अदृश्य या नियंत्रण अक्षर %2 है; इसे हटाएं।</translation>
    </message>
    <message>
        <source>applicant_name is for the English half of the certificate; write the name in Latin letters only.</source>
        <translation>applicant_name प्रमाण-पत्र के अंग्रेज़ी भाग के लिए है; नाम केवल लैटिन (अंग्रेज़ी) अक्षरों में लिखें।</translation>
    </message>
    <message>
        <source>primary_ivrs &quot;%1&quot; is not a valid IVRS number: write the digits 0-9 as printed on the bill.</source>
        <translation>primary_ivrs &quot;%1&quot; मान्य आईवीआरएस नंबर नहीं है: बिल पर छपे अनुसार 0-9 अंक लिखें।</translation>
    </message>
    <message>
        <source>dc_code &quot;%1&quot; cannot be a distribution centre code; choose one from the list of distribution centres.</source>
        <translation>dc_code &quot;%1&quot; किसी वितरण केंद्र का कोड नहीं हो सकता; वितरण केंद्रों की सूची से एक चुनें।</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Submitted, awaiting verification at the distribution centre</source>
        <translation>जमा, वितरण केंद्र पर सत्यापन लंबित</translation>
    </message>
    <message>
        <source>Verified and forwarded to the division</source>
        <translation>सत्यापित और संभाग को अग्रेषित</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>प्रमाण-पत्र जारी</translation>
    </message>
    <message>
        <source>Approved; awaiting the division officer&apos;s signature</source>
        <translation>स्वीकृत; संभाग अधिकारी के हस्ताक्षर की प्रतीक्षा</translation>
    </message>
</context>
<context>
    <name>ApprovalFlow</name>
    <message>
        <source>Approve applications</source>
        <translation>आवेदन स्वीकृत करें</translation>
    </message>
    <message>
        <source>Reject applications</source>
        <translation>आवेदन निरस्त करें</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n application(s)</source>
        <translation>
            <numerusform>%n आवेदन स्वीकृत करें</numerusform>
            <numerusform>%n आवेदन स्वीकृत करें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n application(s)</source>
        <translation>
            <numerusform>%n आवेदन निरस्त करें</numerusform>
            <numerusform>%n आवेदन निरस्त करें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>और %n अन्य</numerusform>
            <numerusform>और %n अन्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n application(s) and issue their certificates:</source>
        <translation>
            <numerusform>%n आवेदन स्वीकृत करें और उसका प्रमाण-पत्र जारी करें:</numerusform>
            <numerusform>%n आवेदन स्वीकृत करें और उनके प्रमाण-पत्र जारी करें:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n application(s); each applicant gets an SMS:</source>
        <translation>
            <numerusform>%n आवेदन निरस्त करें; प्रत्येक आवेदक को एसएमएस जाएगा:</numerusform>
            <numerusform>%n आवेदन निरस्त करें; प्रत्येक आवेदक को एसएमएस जाएगा:</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved; certificate %1</source>
        <translation>स्वीकृत; प्रमाण-पत्र %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>निर्णय नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Not decided (%1)</source>
        <translation>निर्णय नहीं हुआ (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached, so no code was sent. Check the network and send the code again.</source>
        <translation>सर्वर से संपर्क नहीं हो सका, इसलिए कोड नहीं भेजा गया। नेटवर्क जाँचें और कोड फिर से भेजें।</translation>
    </message>
    <message>
        <source>%1 changed since you saw it.</source>
        <translation>%1 आपके देखने के बाद बदल गया है।</translation>
    </message>
    <message>
        <source>%1 is no longer forwarded.</source>
        <translation>%1 अब अग्रेषित स्थिति में नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not in your jurisdiction.</source>
        <translation>%1 आपके क्षेत्राधिकार में नहीं है।</translation>
    </message>
    <message>
        <source>Close this dialog and sync, then choose again.</source>
        <translation>यह संवाद बंद करें और सिंक करें, फिर से चुनें।</translation>
    </message>
    <message>
        <source>The server refused to send a code.</source>
        <translation>सर्वर ने कोड भेजने से मना कर दिया।</translation>
    </message>
    <message>
        <source>Send a code first.</source>
        <translation>पहले कोड भेजें।</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be read. Sync to see what was decided.</source>
        <translation>सर्वर का उत्तर पढ़ा नहीं जा सका। क्या निर्णय हुआ, यह देखने के लिए सिंक करें।</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the network and confirm again; the code works until it expires.</source>
        <translation>सर्वर से संपर्क नहीं हो सका। नेटवर्क जाँचें और फिर से पुष्टि करें; कोड उसकी समय-सीमा तक मान्य है।</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, then decide again.</source>
        <translation>आपका सत्र समाप्त हो गया है। फिर से साइन इन करें, फिर निर्णय लें।</translation>
    </message>
    <message>
        <source>The server refused the decision.</source>
        <translation>सर्वर ने निर्णय अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The OTP is wrong and no tries are left for this code. Press &quot;Resend code&quot; to get a new one.</source>
        <translation>ओटीपी गलत है और इस कोड के लिए कोई प्रयास शेष नहीं है। नया ओटीपी पाने के लिए &quot;कोड फिर भेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>The OTP is wrong. Check the 6 digits in the SMS and enter them again.</source>
        <translation>ओटीपी गलत है। एसएमएस के 6 अंक जाँचकर फिर से दर्ज करें।</translation>
    </message>
    <message>
        <source>The OTP has expired. Press &quot;Resend code&quot; to get a new one.</source>
        <translation>ओटीपी की वैधता समाप्त हो गई है। नया ओटीपी पाने के लिए &quot;कोड फिर भेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>This OTP was entered wrongly too many times. Press &quot;Resend code&quot; to get a new one.</source>
        <translation>यह ओटीपी बहुत बार गलत दर्ज किया गया। नया ओटीपी पाने के लिए &quot;कोड फिर भेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>This OTP does not confirm this decision, for example because a newer one was sent. Enter the newest OTP, or press &quot;Resend code&quot;.</source>
        <translation>यह ओटीपी इस निर्णय की पुष्टि नहीं करता, उदाहरण के लिए क्योंकि इसके बाद नया ओटीपी भेजा गया है। सबसे नया ओटीपी दर्ज करें, या &quot;कोड फिर भेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>The server did not accept the OTP.</source>
        <translation>सर्वर ने ओटीपी स्वीकार नहीं किया।</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Check every row of the audit chain against its hash and its predecessor.</source>
        <translation>ऑडिट शृंखला की प्रत्येक पंक्ति को उसके हैश और उससे पहले की पंक्ति से मिलाकर जाँचें।</translation>
    </message>
    <message>
        <source>Could not read the audit chain: %1</source>
        <translation>ऑडिट शृंखला पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: %2. %3 rows before it are intact.</source>
        <translation>ऑडिट शृंखला पंक्ति %1 पर टूटी हुई है: %2। उससे पहले की %3 पंक्तियाँ अखंड हैं।</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %n rows checked.</source>
        <translation>
            <numerusform>ऑडिट शृंखला अखंड है: %n पंक्ति जाँची गई।</numerusform>
            <numerusform>ऑडिट शृंखला अखंड है: %n पंक्तियाँ जाँची गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: row %1, hash %2. Keep this line somewhere outside this server: rows cut from the end of the chain are found only by comparing it with a later run.</source>
        <translation>शृंखला का अंतिम सिरा: पंक्ति %1, हैश %2। यह पंक्ति इस सर्वर से बाहर कहीं सुरक्षित रखें: शृंखला के अंत से हटाई गई पंक्तियाँ केवल बाद की किसी जाँच के परिणाम से इसकी तुलना करके ही पकड़ी जा सकती हैं।</translation>
    </message>
</context>
<context>
    <name>BackgroundServices</name>
    <message>
        <source>Could not start the background service %1: %2</source>
        <translation>बैकग्राउंड सेवा %1 शुरू नहीं की जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>BillingBatchWriter</name>
    <message>
        <source>IVRS number %1 already appears on line %2 of this file; each connection may appear only once.</source>
        <translation>आईवीआरएस नंबर %1 इस फ़ाइल की पंक्ति %2 पर पहले से है; प्रत्येक कनेक्शन फ़ाइल में केवल एक बार आ सकता है।</translation>
    </message>
    <message>
        <source>IVRS number %1 already appears on an earlier line of this file; each connection may appear only once.</source>
        <translation>आईवीआरएस नंबर %1 इस फ़ाइल की किसी पिछली पंक्ति पर पहले से है; प्रत्येक कनेक्शन फ़ाइल में केवल एक बार आ सकता है।</translation>
    </message>
</context>
<context>
    <name>BillingImporter</name>
    <message>
        <source>%1 is empty. A billing export starts with a header row naming its columns.</source>
        <translation>फ़ाइल %1 खाली है। बिलिंग एक्सपोर्ट की पहली पंक्ति हेडर होती है, जिसमें कॉलम के नाम होते हैं।</translation>
    </message>
    <message>
        <source>The rejects file %1 is the file being imported. Name a different file for the rejected rows.</source>
        <translation>अमान्य पंक्तियों के लिए दी गई फ़ाइल %1 वही फ़ाइल है जिसे आयात किया जा रहा है। अमान्य पंक्तियों के लिए किसी दूसरी फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>फ़ाइल %1 बनाई नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>फ़ाइल %1 में लिखा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>%1 has a header row but no connections. Check that the export finished; nothing was imported.</source>
        <translation>फ़ाइल %1 में हेडर पंक्ति है, पर कोई कनेक्शन नहीं है। जाँचें कि एक्सपोर्ट पूरा हुआ था; कुछ भी आयात नहीं किया गया।</translation>
    </message>
</context>
<context>
    <name>BillingRowParser</name>
    <message>
        <source>the row has %1 fields but the header has %2. Check for a missing or extra comma, or a field with a comma that is not enclosed in quotes.</source>
        <translation>इस पंक्ति में %1 फ़ील्ड हैं, पर हेडर में %2 हैं। जाँचें कि कहीं कोई कॉमा छूटा या अधिक तो नहीं है, या किसी फ़ील्ड में ऐसा कॉमा तो नहीं है जो उद्धरण चिह्नों (&quot; &quot;) के भीतर न हो।</translation>
    </message>
    <message>
        <source>the value is required but the field is empty.</source>
        <translation>यह मान आवश्यक है, पर फ़ील्ड खाली है।</translation>
    </message>
    <message>
        <source>the text contains the control character %1. Remove it.</source>
        <translation>पाठ में नियंत्रण वर्ण (control character) %1 है। उसे हटाएँ।</translation>
    </message>
    <message>
        <source>the text contains &quot;%1&quot; (%2), which is neither Latin nor Devanagari script.</source>
        <translation>पाठ में &quot;%1&quot; (%2) है, जो न लैटिन लिपि का है, न देवनागरी का।</translation>
    </message>
    <message>
        <source>the text contains &quot;%1&quot; (%2), which is not Devanagari script. Write the Hindi name in Devanagari, or leave the field empty.</source>
        <translation>पाठ में &quot;%1&quot; (%2) है, जो देवनागरी लिपि का नहीं है। हिंदी नाम देवनागरी में लिखें, या फ़ील्ड खाली छोड़ें।</translation>
    </message>
    <message>
        <source>the tariff is required but the field is empty. Write its code, such as LV1.2.</source>
        <translation>टैरिफ आवश्यक है, पर फ़ील्ड खाली है। उसका कोड लिखें, जैसे LV1.2।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tariff code. Write a code such as LV1.2, LV5.1 or HV3: a letter first, then letters, digits, dots, hyphens or slashes, at most %2 characters.</source>
        <translation>&quot;%1&quot; टैरिफ कोड नहीं है। LV1.2, LV5.1 या HV3 जैसा कोड लिखें: पहले एक अक्षर, फिर अक्षर, अंक, बिंदु, हाइफ़न या स्लैश; अधिकतम %2 वर्ण।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection status. Write LIVE, TDC or PDC.</source>
        <translation>&quot;%1&quot; कनेक्शन की मान्य स्थिति नहीं है। LIVE, TDC या PDC लिखें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metering type. Write METERED or UNMETERED.</source>
        <translation>&quot;%1&quot; मीटरिंग का मान्य प्रकार नहीं है। METERED या UNMETERED लिखें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-KYC status. Write DONE or PENDING.</source>
        <translation>&quot;%1&quot; ई-केवायसी की मान्य स्थिति नहीं है। DONE या PENDING लिखें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD or DD-MM-YYYY.</source>
        <translation>&quot;%1&quot; YYYY-MM-DD या DD-MM-YYYY रूप में दिनांक नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real calendar date.</source>
        <translation>&quot;%1&quot; कैलेंडर की कोई वास्तविक दिनांक नहीं है।</translation>
    </message>
    <message>
        <source>the Distribution Centre code is required but the field is empty.</source>
        <translation>वितरण केंद्र का कोड आवश्यक है, पर फ़ील्ड खाली है।</translation>
    </message>
    <message>
        <source>no office with the code &quot;%1&quot; has been imported. Import the offices file first, or correct the code.</source>
        <translation>&quot;%1&quot; कोड वाला कोई कार्यालय आयात नहीं किया गया है। पहले कार्यालयों की फ़ाइल आयात करें, या कोड ठीक करें।</translation>
    </message>
    <message>
        <source>office &quot;%1&quot; is a %2, not a Distribution Centre (dc). Write the code of the DC that bills this connection.</source>
        <translation>कार्यालय &quot;%1&quot; का प्रकार %2 है, वितरण केंद्र (dc) नहीं। उस वितरण केंद्र का कोड लिखें जो इस कनेक्शन का बिल बनाता है।</translation>
    </message>
    <message>
        <source>the meter status is required for a METERED connection. Write WORKING, DEFECTIVE, STOPPED, BURNT or NOT_INSTALLED.</source>
        <translation>METERED कनेक्शन के लिए मीटर की स्थिति आवश्यक है। WORKING, DEFECTIVE, STOPPED, BURNT या NOT_INSTALLED लिखें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a meter status. Write WORKING, DEFECTIVE, STOPPED, BURNT or NOT_INSTALLED.</source>
        <translation>&quot;%1&quot; मीटर की मान्य स्थिति नहीं है। WORKING, DEFECTIVE, STOPPED, BURNT या NOT_INSTALLED लिखें।</translation>
    </message>
    <message>
        <source>an UNMETERED connection has no meter, so its meter status cannot be %1. Leave the field empty or write NOT_INSTALLED.</source>
        <translation>UNMETERED कनेक्शन पर मीटर नहीं होता, इसलिए उसकी मीटर की स्थिति %1 नहीं हो सकती। फ़ील्ड खाली छोड़ें या NOT_INSTALLED लिखें।</translation>
    </message>
</context>
<context>
    <name>CertificateDelivery</name>
    <message>
        <source>The setting applications/public_base_url is not set, so the SMS cannot carry a download link. Set it to the server&apos;s public https:// address.</source>
        <translation>सेटिंग applications/public_base_url सेट नहीं है, इसलिए एसएमएस में डाउनलोड लिंक नहीं भेजा जा सकता। इसे सर्वर के सार्वजनिक https:// पते पर सेट करें।</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>certificate number</source>
        <translation>प्रमाण-पत्र क्रमांक</translation>
    </message>
    <message>
        <source>applicant&apos;s name</source>
        <translation>आवेदक का नाम</translation>
    </message>
    <message>
        <source>father&apos;s or husband&apos;s name</source>
        <translation>पिता या पति का नाम</translation>
    </message>
    <message>
        <source>address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>election</source>
        <translation>निर्वाचन</translation>
    </message>
    <message>
        <source>body</source>
        <translation>निकाय</translation>
    </message>
    <message>
        <source>ward or constituency</source>
        <translation>वार्ड या निर्वाचन क्षेत्र</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>कंपनी का नाम</translation>
    </message>
    <message>
        <source>approving officer&apos;s name</source>
        <translation>स्वीकृतकर्ता अधिकारी का नाम</translation>
    </message>
    <message>
        <source>approving officer&apos;s designation</source>
        <translation>स्वीकृतकर्ता अधिकारी का पदनाम</translation>
    </message>
    <message>
        <source>distribution centre</source>
        <translation>वितरण केंद्र</translation>
    </message>
    <message>
        <source>QR payload</source>
        <translation>क्यूआर पेलोड</translation>
    </message>
    <message>
        <source>verify URL</source>
        <translation>सत्यापन URL</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: its %2 is missing.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसमें %2 नहीं है।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: its issue time is missing.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसमें जारी करने का समय नहीं है।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: copy number %2 is negative.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: प्रति क्रमांक %2 ऋणात्मक है।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: it names no connection.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसमें कोई कनेक्शन नहीं है।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: a &quot;no connection found&quot; certificate must list no connection.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: &quot;कोई कनेक्शन नहीं पाया गया&quot; प्रमाण-पत्र में कोई कनेक्शन नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: connection &quot;%2&quot; lacks its name or its date.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: कनेक्शन &quot;%2&quot; में नाम या दिनांक नहीं है।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: its verify URL does not end in its QR payload.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसका सत्यापन URL इसके क्यूआर पेलोड पर समाप्त नहीं होता।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: its QR payload is invalid: %2</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसका क्यूआर पेलोड अमान्य है: %2</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: its QR payload names certificate %2.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसके क्यूआर पेलोड में प्रमाण-पत्र %2 है।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: its QR payload gives the issue date %2, not %3.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसके क्यूआर पेलोड में जारी करने का दिनांक %2 है, %3 नहीं।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: its QR payload names the applicant &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसके क्यूआर पेलोड में आवेदक &quot;%2&quot; है, &quot;%3&quot; नहीं।</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: its QR payload counts %2 connections, the page lists %3.</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: इसके क्यूआर पेलोड में %2 कनेक्शन हैं, पर पृष्ठ पर %3।</translation>
    </message>
</context>
<context>
    <name>CertificateDocumentBuilder</name>
    <message>
        <source>Application %1 has certificate %2, not %3.</source>
        <translation>आवेदन %1 का प्रमाण-पत्र %2 है, %3 नहीं।</translation>
    </message>
    <message>
        <source>Application %1 is of the unknown kind &quot;%2&quot;.</source>
        <translation>आवेदन %1 का प्रकार &quot;%2&quot; अज्ञात है।</translation>
    </message>
    <message>
        <source>Application %1 names the unknown relation &quot;%2&quot;.</source>
        <translation>आवेदन %1 में संबंध &quot;%2&quot; अज्ञात है।</translation>
    </message>
    <message>
        <source>Application %1 names the unknown election &quot;%2&quot;.</source>
        <translation>आवेदन %1 में निर्वाचन &quot;%2&quot; अज्ञात है।</translation>
    </message>
</context>
<context>
    <name>CertificateDownload</name>
    <message>
        <source>No Dues certificate</source>
        <translation>नो ड्यूज प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>This download link is not valid. Check that the whole link from the SMS was opened, or sign in to the portal with your mobile number to download the certificate.</source>
        <translation>यह डाउनलोड लिंक मान्य नहीं है। जाँचें कि एसएमएस का पूरा लिंक खुला है, या प्रमाण-पत्र डाउनलोड करने के लिए अपने मोबाइल नंबर से पोर्टल पर साइन इन करें।</translation>
    </message>
    <message>
        <source>This download link expired on %1. Sign in to the portal with your mobile number to download the certificate of application %2.</source>
        <translation>इस डाउनलोड लिंक की वैधता %1 को समाप्त हो गई। आवेदन %2 का प्रमाण-पत्र डाउनलोड करने के लिए अपने मोबाइल नंबर से पोर्टल पर साइन इन करें।</translation>
    </message>
    <message>
        <source>The certificate %1 was revoked on %2 and can no longer be downloaded. Contact your distribution centre.</source>
        <translation>प्रमाण-पत्र %1 दिनांक %2 को निरस्त किया गया था और अब डाउनलोड नहीं किया जा सकता। अपने वितरण केंद्र से संपर्क करें।</translation>
    </message>
</context>
<context>
    <name>CertificateFonts</name>
    <message>
        <source>Fontconfig could not create a configuration for the certificate fonts.</source>
        <translation>Fontconfig प्रमाण-पत्र के फ़ॉन्ट के लिए कॉन्फ़िगरेशन नहीं बना सका।</translation>
    </message>
    <message>
        <source>The certificate font %1 was not found in %2. Install the package fonts-noto-core.</source>
        <translation>प्रमाण-पत्र का फ़ॉन्ट %1 फ़ोल्डर %2 में नहीं मिला। पैकेज fonts-noto-core इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The certificate font %1 could not be read. Reinstall the package fonts-noto-core.</source>
        <translation>प्रमाण-पत्र का फ़ॉन्ट %1 पढ़ा नहीं जा सका। पैकेज fonts-noto-core फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>Pango could not create a font map for the certificate fonts.</source>
        <translation>Pango प्रमाण-पत्र के फ़ॉन्ट के लिए फ़ॉन्ट मैप नहीं बना सका।</translation>
    </message>
</context>
<context>
    <name>CertificatePagePainter</name>
    <message>
        <source>The stored PDF of certificate %1 is locked with a password, so it cannot be printed.</source>
        <translation>प्रमाण-पत्र %1 की सहेजी गई PDF पासवर्ड से लॉक है, इसलिए इसे प्रिंट नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The stored PDF of certificate %1 cannot be read, so it cannot be printed. Download or sign it again.</source>
        <translation>प्रमाण-पत्र %1 की सहेजी गई PDF पढ़ी नहीं जा सकती, इसलिए वह प्रिंट नहीं हो सकता। उसे फिर से डाउनलोड करें या फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>Page %1 of certificate %2 could not be rendered for printing.</source>
        <translation>प्रमाण-पत्र %2 का पृष्ठ %1 प्रिंट के लिए तैयार नहीं हो सका।</translation>
    </message>
    <message>
        <source>The Hindi wording of the copy mark is missing from the program, so a copy cannot be printed.</source>
        <translation>प्रोग्राम में &quot;प्रति&quot; चिह्न का हिंदी पाठ नहीं है, इसलिए प्रति प्रिंट नहीं हो सकती।</translation>
    </message>
</context>
<context>
    <name>CertificatePrintJob</name>
    <message>
        <source>A print job goes to a printer or to one PDF file, not to the folder %1.</source>
        <translation>प्रिंट कार्य किसी प्रिंटर या एक PDF फ़ाइल में जाता है, फ़ोल्डर %1 में नहीं।</translation>
    </message>
    <message>
        <source>There is no printer called &quot;%1&quot; on this PC. Choose another printer in Settings.</source>
        <translation>इस पीसी पर &quot;%1&quot; नाम का कोई प्रिंटर नहीं है। सेटिंग्स में दूसरा प्रिंटर चुनें।</translation>
    </message>
    <message>
        <source>The print job could not be prepared: no temporary folder is available.</source>
        <translation>प्रिंट कार्य तैयार नहीं हो सका: कोई अस्थायी फ़ोल्डर उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not offer A4 paper, which certificates need.</source>
        <translation>प्रिंटर &quot;%1&quot; में A4 कागज़ का विकल्प नहीं है, जो प्रमाण-पत्रों के लिए ज़रूरी है।</translation>
    </message>
    <message>
        <source>The print job for &quot;%1&quot; could not be started.</source>
        <translation>&quot;%1&quot; के लिए प्रिंट कार्य शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>The print job has already ended.</source>
        <translation>प्रिंट कार्य पहले ही समाप्त हो चुका है।</translation>
    </message>
    <message>
        <source>The print job for &quot;%1&quot; could not start a new page.</source>
        <translation>&quot;%1&quot; के लिए प्रिंट कार्य नया पृष्ठ शुरू नहीं कर सका।</translation>
    </message>
    <message>
        <source>The print job has no pages to print.</source>
        <translation>प्रिंट कार्य में प्रिंट करने के लिए कोई पृष्ठ नहीं है।</translation>
    </message>
    <message>
        <source>The print job for &quot;%1&quot; could not be finished.</source>
        <translation>&quot;%1&quot; के लिए प्रिंट कार्य पूरा नहीं हो सका।</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>PDF फ़ाइल %1 लिखी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not accept the job: %2</source>
        <translation>प्रिंटर &quot;%1&quot; ने कार्य स्वीकार नहीं किया: %2</translation>
    </message>
    <message>
        <source>No printer is chosen. Choose a printer in Settings.</source>
        <translation>कोई प्रिंटर चुना नहीं गया है। सेटिंग्स में प्रिंटर चुनें।</translation>
    </message>
    <message>
        <source>The printing service (CUPS) could not be asked about the printer &quot;%1&quot;: %2. Check that it is running, then print again.</source>
        <translation>प्रिंटर &quot;%1&quot; के बारे में प्रिंट सेवा (CUPS) से जानकारी नहीं मिल सकी: %2। जाँचें कि सेवा चल रही है, फिर से प्रिंट करें।</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not answer while the job was being sent. The job may still print; check the printer&apos;s output.</source>
        <translation>कार्य भेजते समय प्रिंटर &quot;%1&quot; ने उत्तर नहीं दिया। कार्य अब भी प्रिंट हो सकता है; प्रिंटर से निकले पन्ने जाँचें।</translation>
    </message>
    <message numerus="yes">
        <source>The printer &quot;%1&quot; did not answer for %n second(s), so the job was withdrawn. Nothing was printed. Check the printer and the printing service (CUPS), then print again.</source>
        <translation>
            <numerusform>प्रिंटर &quot;%1&quot; ने %n सेकंड तक उत्तर नहीं दिया, इसलिए जॉब वापस ले लिया गया। कुछ भी प्रिंट नहीं हुआ। प्रिंटर और प्रिंटिंग सेवा (CUPS) जाँचें, फिर दोबारा प्रिंट करें।</numerusform>
            <numerusform>प्रिंटर &quot;%1&quot; ने %n सेकंड तक उत्तर नहीं दिया, इसलिए जॉब वापस ले लिया गया। कुछ भी प्रिंट नहीं हुआ। प्रिंटर और प्रिंटिंग सेवा (CUPS) जाँचें, फिर दोबारा प्रिंट करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; stopped answering while the job was being sent, and the job could not be withdrawn. It may still print; check the printer&apos;s output.</source>
        <translation>जॉब भेजते समय प्रिंटर &quot;%1&quot; ने उत्तर देना बंद कर दिया, और जॉब वापस नहीं लिया जा सका। यह अब भी प्रिंट हो सकता है; प्रिंटर से निकले पन्ने जाँचें।</translation>
    </message>
</context>
<context>
    <name>CertificatePrintRun</name>
    <message>
        <source>Certificate %1 is not in this workstation&apos;s records. Check the number, or sync and try again.</source>
        <translation>प्रमाण-पत्र %1 इस वर्कस्टेशन के रिकॉर्ड में नहीं है। क्रमांक जाँचें, या सिंक करके फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Certificate %1 belongs to an application that is not approved now, so it is not printed.</source>
        <translation>प्रमाण-पत्र %1 ऐसे आवेदन का है जो अभी स्वीकृत नहीं है, इसलिए वह प्रिंट नहीं होगा।</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked and is not printed.</source>
        <translation>प्रमाण-पत्र %1 रद्द किया गया है, इसलिए प्रिंट नहीं होगा।</translation>
    </message>
    <message>
        <source>Certificate %1 is not signed yet, or its signed PDF has not reached this PC. Sign it, or sync and try again.</source>
        <translation>प्रमाण-पत्र %1 पर अभी हस्ताक्षर नहीं हुए हैं, या उसकी हस्ताक्षरित PDF इस पीसी तक नहीं पहुँची है। हस्ताक्षर करें, या सिंक करके फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Certificate %1 may have printed before the workstation stopped. Check the printer&apos;s output and decide first.</source>
        <translation>वर्कस्टेशन रुकने से पहले प्रमाण-पत्र %1 शायद प्रिंट हो गया था। पहले प्रिंटर से निकले पन्ने जाँचें और निर्णय लें।</translation>
    </message>
    <message>
        <source>The print could not be recorded in this workstation&apos;s records: %1</source>
        <translation>प्रिंट इस वर्कस्टेशन के रिकॉर्ड में दर्ज नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The print could not be recorded in this workstation&apos;s records, so nothing was sent to the printer: %1</source>
        <translation>प्रिंट इस वर्कस्टेशन के रिकॉर्ड में दर्ज नहीं हो सका, इसलिए प्रिंटर को कुछ नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>The certificates were sent to the printer, but this could not be recorded: %1</source>
        <translation>प्रमाण-पत्र प्रिंटर को भेज दिए गए, पर यह दर्ज नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Certificate %1 cannot be printed: the server refused its signed PDF, so that PDF is not the published certificate. Choose your registered Digital Signature Certificate in Settings and sign the certificate again. The server&apos;s reason: %2</source>
        <translation>प्रमाण-पत्र %1 प्रिंट नहीं हो सकता: सर्वर ने उसकी हस्ताक्षरित PDF अस्वीकार कर दी, इसलिए वह PDF प्रकाशित प्रमाण-पत्र नहीं है। सेटिंग्स में अपना पंजीकृत डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) चुनें और प्रमाण-पत्र पर फिर से हस्ताक्षर करें। सर्वर का कारण: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it, or choose an existing folder.</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है। उसे बनाएँ, या कोई मौजूदा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>CertificateRenderer</name>
    <message>
        <source>Hindi text of the certificate would be set in the font &quot;%1&quot;, not in %2. Reinstall the package fonts-noto-core.</source>
        <translation>प्रमाण-पत्र का हिंदी पाठ %2 के बजाय फ़ॉन्ट &quot;%1&quot; में छपता। पैकेज fonts-noto-core फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The verify URL of certificate %1 is %2 characters long, too long for a QR code that a phone reads from paper. Ask the administrator to shorten the server&apos;s public address.</source>
        <translation>प्रमाण-पत्र %1 का सत्यापन URL %2 अक्षरों का है, जो काग़ज़ से फ़ोन द्वारा पढ़े जाने वाले क्यूआर कोड के लिए बहुत लंबा है। सर्वर का सार्वजनिक पता छोटा करने के लिए व्यवस्थापक से कहें।</translation>
    </message>
    <message>
        <source>Certificate %1 could not be drawn: %2</source>
        <translation>प्रमाण-पत्र %1 बनाया नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The PDF of certificate %1 could not be written: %2</source>
        <translation>प्रमाण-पत्र %1 की PDF लिखी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The certificate PDF %1 could not be saved: %2</source>
        <translation>प्रमाण-पत्र की PDF %1 सहेजी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>CertificateSigningKeys</name>
    <message>
        <source>Could not read the key folder %1: %2.</source>
        <translation>कुंजी फ़ोल्डर %1 पढ़ा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>The key folder %1 is not a folder.</source>
        <translation>कुंजी फ़ोल्डर %1 फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>The key folder %1 can be written by other users, who could add or replace a key. Restrict it with &quot;chmod 700 %1&quot;.</source>
        <translation>कुंजी फ़ोल्डर %1 में अन्य उपयोगकर्ता लिख सकते हैं, जो कोई कुंजी जोड़ या बदल सकते हैं। इसे &quot;chmod 700 %1&quot; से सीमित करें।</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the key folder %2.</source>
        <translation>कुंजी फ़ोल्डर %2 के लिए फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Could not create the key folder %1: %2.</source>
        <translation>कुंजी फ़ोल्डर %1 बनाया नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>No folder for the server&apos;s key files is set.</source>
        <translation>सर्वर की कुंजी फ़ाइलों के लिए कोई फ़ोल्डर सेट नहीं है।</translation>
    </message>
    <message>
        <source>libsodium could not be initialised, so no certificate can be signed or verified.</source>
        <translation>libsodium आरंभ नहीं हो सका, इसलिए किसी प्रमाण-पत्र पर हस्ताक्षर या उसका सत्यापन नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Could not list the files of the key folder %1.</source>
        <translation>कुंजी फ़ोल्डर %1 की फ़ाइलों की सूची नहीं बन सकी।</translation>
    </message>
    <message>
        <source>The name of the key file %1 does not contain a valid creation time such as &quot;certificate-signing-20261204T195122.123Z.key&quot;. Restore the name it had.</source>
        <translation>कुंजी फ़ाइल %1 के नाम में &quot;certificate-signing-20261204T195122.123Z.key&quot; जैसा मान्य निर्माण समय नहीं है। फ़ाइल का पहले वाला नाम वापस रखें।</translation>
    </message>
    <message>
        <source>The key files %1 and %2 contain the same certificate signing key (id %3). Keep the older file and move the other one out of the key folder.</source>
        <translation>कुंजी फ़ाइलों %1 और %2 में एक ही प्रमाण-पत्र हस्ताक्षर कुंजी (आईडी %3) है। पुरानी फ़ाइल रखें और दूसरी को कुंजी फ़ोल्डर से बाहर ले जाएं।</translation>
    </message>
    <message>
        <source>The newest certificate signing key, %1, was created at %2, which is not earlier than the current time %3 (both UTC). A new key would not become the active one. Check the system clock, then run the command again.</source>
        <translation>सबसे नई प्रमाण-पत्र हस्ताक्षर कुंजी %1, %2 पर बनी थी, जो वर्तमान समय %3 से पहले नहीं है (दोनों UTC)। नई कुंजी सक्रिय कुंजी नहीं बन पाएगी। सिस्टम घड़ी जाँचें, फिर कमांड दोबारा चलाएं।</translation>
    </message>
    <message>
        <source>The key file %1 already exists: another process created a key in the same millisecond. Run the command again.</source>
        <translation>कुंजी फ़ाइल %1 पहले से मौजूद है: किसी अन्य प्रक्रिया ने उसी मिलीसेकंड में कुंजी बनाई। कमांड दोबारा चलाएं।</translation>
    </message>
    <message>
        <source>The new certificate signing key has the id %1 of an existing key, so it was deleted. Run the command again.</source>
        <translation>नई प्रमाण-पत्र हस्ताक्षर कुंजी की आईडी %1 किसी मौजूदा कुंजी जैसी है, इसलिए उसे हटा दिया गया। कमांड दोबारा चलाएं।</translation>
    </message>
    <message>
        <source>Only the key that the last rotation created can be discarded; %1 is not that key.</source>
        <translation>केवल पिछले रोटेशन में बनी कुंजी हटाई जा सकती है; %1 वह कुंजी नहीं है।</translation>
    </message>
    <message>
        <source>Could not delete the key file %1: %2.</source>
        <translation>कुंजी फ़ाइल %1 हटाई नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>No certificate signing key exists in %1 yet. Create the first one with &quot;nodues-server keys rotate&quot;.</source>
        <translation>%1 में अभी कोई प्रमाण-पत्र हस्ताक्षर कुंजी नहीं है। पहली कुंजी &quot;nodues-server keys rotate&quot; से बनाएं।</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>No Dues Certificate</source>
        <translation>नो ड्यूज प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>No connection found</source>
        <translation>कोई कनेक्शन नहीं पाया गया</translation>
    </message>
    <message>
        <source>Madhya Pradesh Madhya Kshetra Vidyut Vitaran Company Limited</source>
        <translation>मध्य प्रदेश मध्य क्षेत्र विद्युत वितरण कंपनी लिमिटेड</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <source>Certificate No.</source>
        <translation>प्रमाण-पत्र क्रमांक</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>जारी करने का दिनांक व समय</translation>
    </message>
    <message>
        <source>Application No.</source>
        <translation>आवेदन क्रमांक</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>आवेदक का नाम</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>पिता का नाम</translation>
    </message>
    <message>
        <source>Husband&apos;s name</source>
        <translation>पति का नाम</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>चुनाव</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>निकाय</translation>
    </message>
    <message>
        <source>Ward or constituency</source>
        <translation>वार्ड या निर्वाचन क्षेत्र</translation>
    </message>
    <message>
        <source>This is to certify that, as per the records of the company, no dues are outstanding against the electricity connections of the above applicant listed below.</source>
        <translation>प्रमाणित किया जाता है कि कंपनी के अभिलेखों के अनुसार उपरोक्त आवेदक के नीचे दिए गए विद्युत कनेक्शनों पर कोई बकाया राशि शेष नहीं है।</translation>
    </message>
    <message>
        <source>This is to certify that no electricity connection is found in the name of the above applicant in the records of %1.</source>
        <translation>प्रमाणित किया जाता है कि %1 के अभिलेखों में उपरोक्त आवेदक के नाम पर कोई विद्युत कनेक्शन नहीं पाया गया।</translation>
    </message>
    <message>
        <source>This certificate is issued for the applicant&apos;s nomination in the above election.</source>
        <translation>यह प्रमाण-पत्र उपरोक्त निर्वाचन में आवेदक के नामांकन हेतु जारी किया जाता है।</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>क्र.</translation>
    </message>
    <message>
        <source>IVRS number</source>
        <translation>आईवीआरएस नंबर</translation>
    </message>
    <message>
        <source>Name as billed</source>
        <translation>बिल में नाम</translation>
    </message>
    <message>
        <source>Address as billed</source>
        <translation>बिल में पता</translation>
    </message>
    <message>
        <source>Distribution Centre</source>
        <translation>वितरण केंद्र</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>बकाया राशि</translation>
    </message>
    <message>
        <source>No dues as on %1</source>
        <translation>दिनांक %1 की स्थिति में कोई बकाया नहीं</translation>
    </message>
    <message>
        <source>Approving officer</source>
        <translation>स्वीकृतकर्ता अधिकारी</translation>
    </message>
    <message>
        <source>Scan to verify</source>
        <translation>सत्यापन के लिए स्कैन करें</translation>
    </message>
    <message>
        <source>COPY %1</source>
        <translation>प्रति %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %2 में से %1</translation>
    </message>
    <message>
        <source>Certificate %1, continued</source>
        <translation>प्रमाण-पत्र %1 (क्रमशः)</translation>
    </message>
    <message>
        <source>The Hindi catalogue %1 could not be loaded, so certificates cannot be printed. Reinstall the workstation.</source>
        <translation>हिंदी कैटलॉग %1 लोड नहीं हो सका, इसलिए प्रमाण-पत्र प्रिंट नहीं हो सकते। वर्कस्टेशन फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The Hindi catalogue %1 has no translation of the certificate text &quot;%2&quot;, so certificates cannot be printed. Install a complete catalogue.</source>
        <translation>हिंदी कैटलॉग %1 में प्रमाण-पत्र के पाठ &quot;%2&quot; का अनुवाद नहीं है, इसलिए प्रमाण-पत्र प्रिंट नहीं हो सकते। पूरा कैटलॉग इंस्टॉल करें।</translation>
    </message>
</context>
<context>
    <name>CertificateVerification</name>
    <message>
        <source>No certificate numbered %1 has been issued. Check the number printed on the certificate. A certificate that is not found here may be forged.</source>
        <translation>क्रमांक %1 का कोई प्रमाण-पत्र जारी नहीं हुआ है। प्रमाण-पत्र पर छपा क्रमांक जाँचें। जो प्रमाण-पत्र यहाँ नहीं मिलता, वह जाली हो सकता है।</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked on %2 IST and is no longer valid. Reason: %3</source>
        <translation>प्रमाण-पत्र %1 दिनांक %2 IST को निरस्त किया गया था और अब मान्य नहीं है। कारण: %3</translation>
    </message>
    <message>
        <source>Certificate %1 is valid.</source>
        <translation>प्रमाण-पत्र %1 मान्य है।</translation>
    </message>
    <message>
        <source>The QR code is signed with the company&apos;s published key and matches this record.</source>
        <translation>क्यूआर कोड कंपनी की प्रकाशित कुंजी से हस्ताक्षरित है और इस अभिलेख से मेल खाता है।</translation>
    </message>
    <message>
        <source>The QR code is signed with the company&apos;s published key, but it belongs to another certificate: its details do not match this record. The printed certificate may be forged.</source>
        <translation>क्यूआर कोड कंपनी की प्रकाशित कुंजी से हस्ताक्षरित है, पर वह किसी अन्य प्रमाण-पत्र का है: उसके विवरण इस अभिलेख से मेल नहीं खाते। छपा हुआ प्रमाण-पत्र जाली हो सकता है।</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content, so the code was changed or forged.</source>
        <translation>क्यूआर कोड का हस्ताक्षर उसकी सामग्री से मेल नहीं खाता, इसलिए कोड बदला गया है या जाली है।</translation>
    </message>
    <message>
        <source>The QR code is signed with a key that the company has not published, so it may be forged.</source>
        <translation>क्यूआर कोड ऐसी कुंजी से हस्ताक्षरित है जिसे कंपनी ने प्रकाशित नहीं किया है, इसलिए वह जाली हो सकता है।</translation>
    </message>
    <message>
        <source>The QR code is not the code of a No Dues certificate.</source>
        <translation>यह क्यूआर कोड किसी नो ड्यूज प्रमाण-पत्र का कोड नहीं है।</translation>
    </message>
    <message>
        <source>The QR code could not be checked. Check the network connection and reload the page.</source>
        <translation>क्यूआर कोड की जाँच नहीं हो सकी। नेटवर्क कनेक्शन जाँचें और पेज फिर से लोड करें।</translation>
    </message>
    <message>
        <source>None: this certificate states that no connection was found.</source>
        <translation>कोई नहीं: यह प्रमाण-पत्र बताता है कि कोई कनेक्शन नहीं मिला।</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>प्रमाण-पत्र क्रमांक</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Applicant&apos;s mobile</source>
        <translation>आवेदक का मोबाइल</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>निर्वाचन</translation>
    </message>
    <message>
        <source>Connections (IVRS numbers)</source>
        <translation>कनेक्शन (आईवीआरएस नंबर)</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>जारी करने की तिथि</translation>
    </message>
    <message>
        <source>Approving office</source>
        <translation>स्वीकृत करने वाला कार्यालय</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>क्यूआर कोड</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>सत्यापित करें</translation>
    </message>
    <message>
        <source>No Dues certificate verification</source>
        <translation>नो ड्यूज प्रमाण-पत्र सत्यापन</translation>
    </message>
    <message>
        <source>Enter the number printed on the No Dues certificate, or scan its QR code with the phone&apos;s camera.</source>
        <translation>नो ड्यूज प्रमाण-पत्र पर छपा क्रमांक दर्ज करें, या फ़ोन के कैमरे से उसका क्यूआर कोड स्कैन करें।</translation>
    </message>
    <message>
        <source>Certificate %1 is valid. It was approved on %2 IST; the office has not yet uploaded its digitally signed copy.</source>
        <translation>प्रमाण-पत्र %1 मान्य है। यह %2 IST को स्वीकृत हुआ था; कार्यालय ने अभी इसकी डिजिटल हस्ताक्षरित प्रति अपलोड नहीं की है।</translation>
    </message>
</context>
<context>
    <name>CommandSignIn</name>
    <message>
        <source>The server rejected the OTP for the sign-in of &quot;%1&quot;: %2 Run the command again for a new code.</source>
        <translation>सर्वर ने &quot;%1&quot; के साइन इन का ओटीपी अस्वीकार कर दिया: %2 नए कोड के लिए कमांड फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>Type the OTP sent to %1: </source>
        <translation>%1 पर भेजा गया ओटीपी टाइप करें: </translation>
    </message>
    <message>
        <source>The OTP sent to %1 was not read. %2</source>
        <translation>%1 पर भेजा गया ओटीपी पढ़ा नहीं गया। %2</translation>
    </message>
</context>
<context>
    <name>CommandSupport</name>
    <message>
        <source>Run with --help to see the options.</source>
        <translation>विकल्प देखने के लिए --help के साथ चलाएँ।</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>आर्ग्युमेंट की संख्या गलत है।</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Check the audit chain for edited or missing rows</source>
        <translation>ऑडिट शृंखला में बदली गई या गायब पंक्तियाँ जाँचें</translation>
    </message>
    <message>
        <source>Create or upgrade the database schema</source>
        <translation>डेटाबेस स्कीमा बनाएँ या अपग्रेड करें</translation>
    </message>
    <message>
        <source>Create an officer account</source>
        <translation>अधिकारी खाता बनाएँ</translation>
    </message>
    <message>
        <source>List officer accounts</source>
        <translation>अधिकारी खातों की सूची देखें</translation>
    </message>
    <message>
        <source>Disable an officer account at once</source>
        <translation>अधिकारी खाता तुरंत निष्क्रिय करें</translation>
    </message>
    <message>
        <source>Enable a disabled officer account</source>
        <translation>निष्क्रिय अधिकारी खाता फिर से सक्रिय करें</translation>
    </message>
    <message>
        <source>Set an officer&apos;s password</source>
        <translation>अधिकारी का पासवर्ड सेट करें</translation>
    </message>
    <message>
        <source>Print a stored connection and its eligibility as JSON</source>
        <translation>संग्रहीत कनेक्शन और उसकी पात्रता JSON में प्रिंट करें</translation>
    </message>
    <message>
        <source>Write demo offices and billing CSV files to import</source>
        <translation>आयात के लिए डेमो कार्यालय और बिलिंग CSV फ़ाइलें बनाएँ</translation>
    </message>
    <message>
        <source>Import a billing snapshot CSV (connections by IVRS)</source>
        <translation>बिलिंग स्नैपशॉट CSV आयात करें (आईवीआरएस नंबर के अनुसार कनेक्शन)</translation>
    </message>
    <message>
        <source>Import the offices CSV (company to DC)</source>
        <translation>कार्यालयों की CSV आयात करें (कंपनी से वितरण केंद्र तक)</translation>
    </message>
    <message>
        <source>Run the HTTP service</source>
        <translation>HTTP सेवा चलाएँ</translation>
    </message>
    <message>
        <source>Send the SMS outbox (--once: what is due now)</source>
        <translation>एसएमएस आउटबॉक्स भेजें (--once: केवल अभी देय संदेश)</translation>
    </message>
    <message>
        <source>Count SMS per status</source>
        <translation>प्रत्येक स्थिति के एसएमएस गिनें</translation>
    </message>
    <message>
        <source>List the keys that sign certificates&apos; QR codes</source>
        <translation>प्रमाण-पत्रों के क्यूआर कोड पर हस्ताक्षर करने वाली कुंजियों की सूची दिखाएं</translation>
    </message>
    <message>
        <source>Create a new key for certificates&apos; QR codes and make it active</source>
        <translation>प्रमाण-पत्रों के क्यूआर कोड के लिए नई कुंजी बनाएं और उसे सक्रिय करें</translation>
    </message>
    <message>
        <source>List an officer&apos;s sign-in sessions</source>
        <translation>किसी अधिकारी के साइन-इन सत्रों की सूची दिखाएं</translation>
    </message>
    <message>
        <source>End an officer&apos;s sign-in sessions at once</source>
        <translation>किसी अधिकारी के साइन-इन सत्र तुरंत समाप्त करें</translation>
    </message>
    <message>
        <source>Register a division officer&apos;s Digital Signature Certificate</source>
        <translation>संभाग अधिकारी का डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) पंजीकृत करें</translation>
    </message>
    <message>
        <source>Change an officer&apos;s name, designation or mobile</source>
        <translation>अधिकारी का नाम, पदनाम या मोबाइल बदलें</translation>
    </message>
</context>
<context>
    <name>ConnectionCommand</name>
    <message>
        <source>Print a stored billing connection as JSON, with the eligibility verdict and each check.</source>
        <translation>संग्रहीत बिलिंग कनेक्शन को JSON में प्रिंट करें, पात्रता के निर्णय और प्रत्येक जाँच के साथ।</translation>
    </message>
    <message>
        <source>The connection&apos;s IVRS number.</source>
        <translation>कनेक्शन का आईवीआरएस नंबर।</translation>
    </message>
    <message>
        <source>Could not read connection %1: %2</source>
        <translation>कनेक्शन %1 पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>No connection with IVRS number %1 is stored. Check the number, or import the billing file that lists it.</source>
        <translation>आईवीआरएस नंबर %1 वाला कोई कनेक्शन संग्रहीत नहीं है। नंबर जाँचें, या वह बिलिंग फ़ाइल आयात करें जिसमें यह नंबर है।</translation>
    </message>
</context>
<context>
    <name>CsvColumnMap</name>
    <message>
        <source>Column %1 of the header has no name; its values are ignored.</source>
        <translation>हेडर के कॉलम %1 का कोई नाम नहीं है; उसके मान अनदेखे किए जाएँगे।</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; (column %2) is ignored.</source>
        <translation>अज्ञात कॉलम &quot;%1&quot; (कॉलम %2) अनदेखा किया जाएगा।</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>हेडर में कॉलम %1 नहीं है</translation>
    </message>
    <message>
        <source>the header names the column %1 more than once</source>
        <translation>हेडर में कॉलम %1 एक से अधिक बार है</translation>
    </message>
    <message>
        <source>The file&apos;s header row does not fit: %1. Fix the first line of the file; the columns are %2 (? marks an optional column), in any order.</source>
        <translation>फ़ाइल की हेडर पंक्ति सही नहीं है: %1। फ़ाइल की पहली पंक्ति ठीक करें; कॉलम ये हैं: %2 (? वैकल्पिक कॉलम दर्शाता है), किसी भी क्रम में।</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not open %1: %2. Check the path and the file&apos;s permissions.</source>
        <translation>फ़ाइल %1 खोली नहीं जा सकी: %2। पथ और फ़ाइल की अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>फ़ाइल %1 पढ़ी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Line %1 is not valid CSV: a quote appears inside an unquoted field, or text follows a closing quote. Enclose the whole field in quotes and double each quote inside it.</source>
        <translation>पंक्ति %1 मान्य CSV नहीं है: उद्धरण चिह्नों के बिना लिखे किसी फ़ील्ड के भीतर उद्धरण चिह्न है, या बंद करने वाले उद्धरण चिह्न के बाद भी पाठ है। पूरे फ़ील्ड को उद्धरण चिह्नों में रखें और उसके भीतर के प्रत्येक उद्धरण चिह्न को दो बार लिखें।</translation>
    </message>
    <message>
        <source>Could not parse line %1: %2.</source>
        <translation>पंक्ति %1 पार्स नहीं की जा सकी: %2।</translation>
    </message>
    <message>
        <source>The record starting on line %1 is longer than %2 bytes. Check that its quoted fields have their closing quotes.</source>
        <translation>पंक्ति %1 से शुरू होने वाला रिकॉर्ड %2 बाइट से लंबा है। जाँचें कि उसके उद्धरण चिह्नों वाले फ़ील्ड ठीक से बंद किए गए हैं।</translation>
    </message>
    <message>
        <source>The quoted field in the record starting on line %1 has no closing quote before the end of the file. Add the missing quote.</source>
        <translation>पंक्ति %1 से शुरू होने वाले रिकॉर्ड में उद्धरण चिह्नों वाला एक फ़ील्ड फ़ाइल के अंत तक बंद नहीं हुआ। छूटा हुआ उद्धरण चिह्न जोड़ें।</translation>
    </message>
    <message>
        <source>Line %1, field %2 is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>पंक्ति %1, फ़ील्ड %2 मान्य UTF-8 नहीं है। फ़ाइल को UTF-8 में सहेजें और फिर से आयात करें।</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open the SQLite database %1: the folder %2 does not exist. Create it first.</source>
        <translation>SQLite डेटाबेस %1 खोला नहीं जा सका: फ़ोल्डर %2 मौजूद नहीं है। पहले उसे बनाएँ।</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>डेटाबेस %1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Could not prepare the database %1 (%2): %3</source>
        <translation>डेटाबेस %1 (%2) तैयार नहीं किया जा सका: %3</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>The database URL &quot;%1&quot; names no file. Use sqlite:///path/to/nodues.db.</source>
        <translation>डेटाबेस URL &quot;%1&quot; में कोई फ़ाइल नहीं दी गई है। sqlite:///path/to/nodues.db का उपयोग करें।</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is not supported. Use sqlite:///path/to/nodues.db or postgresql://user@host:5432/nodues.</source>
        <translation>डेटाबेस URL &quot;%1&quot; समर्थित नहीं है। sqlite:///path/to/nodues.db या postgresql://user@host:5432/nodues का उपयोग करें।</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; is invalid: it needs a host, as in postgresql://user@host:5432/nodues.</source>
        <translation>डेटाबेस URL &quot;%1&quot; अमान्य है: उसमें होस्ट आवश्यक है, जैसे postgresql://user@host:5432/nodues में।</translation>
    </message>
    <message>
        <source>The database URL for host %1 names no database. Add it after the port, as in postgresql://user@host:5432/nodues.</source>
        <translation>होस्ट %1 के डेटाबेस URL में डेटाबेस का नाम नहीं है। उसे पोर्ट के बाद जोड़ें, जैसे postgresql://user@host:5432/nodues में।</translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; is invalid: use lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>स्कीमा नाम &quot;%1&quot; अमान्य है: छोटे अंग्रेज़ी अक्षर, अंक और अंडरस्कोर का उपयोग करें; पहला वर्ण अक्षर हो।</translation>
    </message>
    <message>
        <source>The port in the database URL &quot;%1&quot; is invalid: use a number from 1 to 65535.</source>
        <translation>डेटाबेस URL &quot;%1&quot; में पोर्ट अमान्य है: 1 से 65535 तक की संख्या का उपयोग करें।</translation>
    </message>
    <message>
        <source>The sslmode &quot;%1&quot; is invalid: use one of %2.</source>
        <translation>sslmode &quot;%1&quot; अमान्य है: इनमें से किसी एक का उपयोग करें: %2।</translation>
    </message>
    <message>
        <source>The database URL option &quot;%1&quot; is unknown; the options are schema and sslmode.</source>
        <translation>डेटाबेस URL का विकल्प &quot;%1&quot; अज्ञात है; मान्य विकल्प schema और sslmode हैं।</translation>
    </message>
</context>
<context>
    <name>DemoDataCommand</name>
    <message>
        <source>Wrote %1: %2 offices (1 company, %3 regions, %4 circles, %5 divisions, %6 DCs).</source>
        <translation>फ़ाइल %1 लिखी गई: %2 कार्यालय (1 कंपनी, %3 क्षेत्र, %4 वृत्त, %5 संभाग, %6 वितरण केंद्र)।</translation>
    </message>
    <message>
        <source>Wrote %1: %2 connections from seed %3, billed up to %4.</source>
        <translation>फ़ाइल %1 लिखी गई: सीड %3 से %2 कनेक्शन, %4 तक के बिलों सहित।</translation>
    </message>
    <message>
        <source>eligible for a certificate</source>
        <translation>प्रमाण-पत्र के पात्र</translation>
    </message>
    <message>
        <source>with arrears</source>
        <translation>बकाया राशि वाले</translation>
    </message>
    <message>
        <source>with a credit balance</source>
        <translation>क्रेडिट शेष वाले</translation>
    </message>
    <message>
        <source>e-KYC pending</source>
        <translation>ई-केवायसी लंबित</translation>
    </message>
    <message>
        <source>meter defective, stopped or burnt</source>
        <translation>मीटर खराब, बंद या जला हुआ</translation>
    </message>
    <message>
        <source>metered but no meter installed</source>
        <translation>मीटरयुक्त, पर मीटर नहीं लगा</translation>
    </message>
    <message>
        <source>unmetered</source>
        <translation>बिना मीटर</translation>
    </message>
    <message>
        <source>temporarily disconnected (TDC)</source>
        <translation>अस्थायी रूप से विच्छेदित (TDC)</translation>
    </message>
    <message>
        <source>permanently disconnected (PDC)</source>
        <translation>स्थायी रूप से विच्छेदित (PDC)</translation>
    </message>
    <message>
        <source>without a mobile number</source>
        <translation>बिना मोबाइल नंबर</translation>
    </message>
    <message>
        <source>on the mobile of an earlier connection</source>
        <translation>किसी पिछले कनेक्शन के मोबाइल नंबर पर</translation>
    </message>
    <message>
        <source>Write demo data in the billing system&apos;s export formats: %1 (the company&apos;s offices) and %2 (one row per connection), ready for import-offices and import-billing. The same seed, count and date give the same files byte for byte.</source>
        <translation>बिलिंग सिस्टम के एक्सपोर्ट फ़ॉर्मैट में डेमो डेटा लिखें: %1 (कंपनी के कार्यालय) और %2 (प्रत्येक कनेक्शन की एक पंक्ति), जो import-offices और import-billing से आयात के लिए तैयार हैं। समान सीड, संख्या और दिनांक से हर बार बाइट-दर-बाइट समान फ़ाइलें बनती हैं।</translation>
    </message>
    <message>
        <source>Folder to write the files into; created if missing.</source>
        <translation>वह फ़ोल्डर जिसमें फ़ाइलें लिखी जाएँगी; न हो तो बना दिया जाएगा।</translation>
    </message>
    <message>
        <source>Number of connections in the billing file. Default: 100000.</source>
        <translation>बिलिंग फ़ाइल में कनेक्शनों की संख्या। डिफ़ॉल्ट: 100000।</translation>
    </message>
    <message>
        <source>Seed of the random generator, 0 to 2^64-1. Default: 1.</source>
        <translation>रैंडम जनरेटर का सीड, 0 से 2^64-1 तक। डिफ़ॉल्ट: 1।</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD) the bills lead up to. Default: today in India (IST).</source>
        <translation>वह दिनांक (YYYY-MM-DD) जहाँ तक के बिल बनाए जाएँ। डिफ़ॉल्ट: भारत में (IST के अनुसार) आज की दिनांक।</translation>
    </message>
    <message>
        <source>Missing --out: name the folder to write the demo files into.</source>
        <translation>--out नहीं दिया गया: वह फ़ोल्डर बताएँ जिसमें डेमो फ़ाइलें लिखी जाएँ।</translation>
    </message>
    <message>
        <source>Invalid --connections &quot;%1&quot;: give a whole number from 1 to %2.</source>
        <translation>अमान्य --connections &quot;%1&quot;: 1 से %2 तक की कोई पूर्ण संख्या दें।</translation>
    </message>
    <message>
        <source>Invalid --seed &quot;%1&quot;: give a whole number from 0 to 18446744073709551615.</source>
        <translation>अमान्य --seed &quot;%1&quot;: 0 से 18446744073709551615 तक की कोई पूर्ण संख्या दें।</translation>
    </message>
    <message>
        <source>Invalid --as-of &quot;%1&quot;: give a date as YYYY-MM-DD, such as 2026-12-04.</source>
        <translation>अमान्य --as-of &quot;%1&quot;: दिनांक YYYY-MM-DD रूप में दें, जैसे 2026-12-04।</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>डेमो डेटा लिखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that its parent exists and is writable.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सका। जाँचें कि उसका मूल फ़ोल्डर मौजूद है और उसमें लिखने की अनुमति है।</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>फ़ाइल %1 बनाई नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>फ़ाइल %1 सहेजी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>ElectionKind</name>
    <message>
        <source>Panch, Gram Panchayat</source>
        <translation>पंच, ग्राम पंचायत</translation>
    </message>
    <message>
        <source>Sarpanch, Gram Panchayat</source>
        <translation>सरपंच, ग्राम पंचायत</translation>
    </message>
    <message>
        <source>Member, Janpad Panchayat</source>
        <translation>सदस्य, जनपद पंचायत</translation>
    </message>
    <message>
        <source>Member, Zila Panchayat</source>
        <translation>सदस्य, जिला पंचायत</translation>
    </message>
    <message>
        <source>Councillor, Nagar Parishad</source>
        <translation>पार्षद, नगर परिषद</translation>
    </message>
    <message>
        <source>Councillor, Nagar Palika</source>
        <translation>पार्षद, नगर पालिका</translation>
    </message>
    <message>
        <source>Corporator, Nagar Nigam</source>
        <translation>पार्षद, नगर निगम</translation>
    </message>
    <message>
        <source>Mayor, Nagar Nigam</source>
        <translation>महापौर, नगर निगम</translation>
    </message>
    <message>
        <source>Cooperative society election</source>
        <translation>सहकारी संस्था निर्वाचन</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>Arrears of %1 are outstanding.</source>
        <translation>कनेक्शन पर %1 की बकाया राशि है।</translation>
    </message>
    <message>
        <source>Pay the arrears of %1 at the DC or online, then apply again once the payment shows in the billing data.</source>
        <translation>%1 की बकाया राशि वितरण केंद्र पर या ऑनलाइन जमा करें, फिर बिलिंग डेटा में भुगतान दिखने के बाद दोबारा आवेदन करें।</translation>
    </message>
    <message>
        <source>No arrears: the account has a credit balance of %1.</source>
        <translation>कोई बकाया राशि नहीं है: खाते में %1 का क्रेडिट शेष है।</translation>
    </message>
    <message>
        <source>No arrears are outstanding.</source>
        <translation>कोई बकाया राशि नहीं है।</translation>
    </message>
    <message>
        <source>e-KYC is not required: the connection is permanently disconnected (PDC).</source>
        <translation>ई-केवायसी आवश्यक नहीं है: कनेक्शन स्थायी रूप से विच्छेदित (PDC) है।</translation>
    </message>
    <message>
        <source>e-KYC is done.</source>
        <translation>ई-केवायसी पूर्ण है।</translation>
    </message>
    <message>
        <source>e-KYC is pending.</source>
        <translation>ई-केवायसी लंबित है।</translation>
    </message>
    <message>
        <source>Complete the e-KYC of this connection at the DC, then apply again.</source>
        <translation>इस कनेक्शन का ई-केवायसी वितरण केंद्र पर पूरा कराएँ, फिर दोबारा आवेदन करें।</translation>
    </message>
    <message>
        <source>The meter is not checked: the connection is permanently disconnected (PDC).</source>
        <translation>मीटर की जाँच नहीं की जाती: कनेक्शन स्थायी रूप से विच्छेदित (PDC) है।</translation>
    </message>
    <message>
        <source>The meter is not checked: the connection is billed unmetered.</source>
        <translation>मीटर की जाँच नहीं की जाती: इस कनेक्शन का बिल बिना मीटर के बनता है।</translation>
    </message>
    <message>
        <source>Ask the DC to replace the meter, then apply again once the billing data shows it working.</source>
        <translation>वितरण केंद्र से मीटर बदलवाएँ, फिर बिलिंग डेटा में मीटर चालू दिखने के बाद दोबारा आवेदन करें।</translation>
    </message>
    <message>
        <source>The meter status of this metered connection is not recorded.</source>
        <translation>इस मीटरयुक्त कनेक्शन की मीटर की स्थिति दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>Ask the DC to record the meter status, then apply again.</source>
        <translation>वितरण केंद्र से मीटर की स्थिति दर्ज करवाएँ, फिर दोबारा आवेदन करें।</translation>
    </message>
    <message>
        <source>The meter is working.</source>
        <translation>मीटर चालू है।</translation>
    </message>
    <message>
        <source>The meter is defective.</source>
        <translation>मीटर खराब है।</translation>
    </message>
    <message>
        <source>The meter has stopped.</source>
        <translation>मीटर बंद पड़ा है।</translation>
    </message>
    <message>
        <source>The meter is burnt.</source>
        <translation>मीटर जल गया है।</translation>
    </message>
    <message>
        <source>No meter is installed on this metered connection.</source>
        <translation>इस मीटरयुक्त कनेक्शन पर कोई मीटर नहीं लगा है।</translation>
    </message>
    <message>
        <source>Ask the DC to install a meter, then apply again once the billing data shows it working.</source>
        <translation>वितरण केंद्र से मीटर लगवाएँ, फिर बिलिंग डेटा में मीटर चालू दिखने के बाद दोबारा आवेदन करें।</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>बकाया राशि</translation>
    </message>
    <message>
        <source>e-KYC</source>
        <translation>ई-केवायसी</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>मीटर</translation>
    </message>
</context>
<context>
    <name>HeadlessCommand</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>अनपेक्षित तर्क &quot;%1&quot;।</translation>
    </message>
</context>
<context>
    <name>HeadlessSigningRun</name>
    <message>
        <source>The server ended the session of %1 during the sync. Run the command again to sign in again.</source>
        <translation>सिंक के दौरान सर्वर ने %1 का सत्र समाप्त कर दिया। फिर से साइन इन करने के लिए कमांड दोबारा चलाएँ।</translation>
    </message>
    <message>
        <source>The cache lacks the details of certificate %1 that the server issued; the next sync fetches them. Run the command again later.</source>
        <translation>कैश में सर्वर द्वारा जारी प्रमाण-पत्र %1 का विवरण नहीं है; अगला सिंक उसे ले आएगा। कमांड बाद में फिर से चलाएँ।</translation>
    </message>
    <message>
        <source>The signed PDF could not be saved in the cache. Check that the disk has free space, then run the command again.</source>
        <translation>हस्ताक्षरित PDF कैश में सहेजी नहीं जा सकी। जाँचें कि डिस्क में खाली जगह है, फिर कमांड दोबारा चलाएँ।</translation>
    </message>
    <message>
        <source>The upload has not started yet.</source>
        <translation>अपलोड अभी शुरू नहीं हुआ है।</translation>
    </message>
</context>
<context>
    <name>HttpError</name>
    <message>
        <source>The request body has Content-Type &quot;%1&quot;; send it as application/json in UTF-8.</source>
        <translation>अनुरोध की बॉडी का Content-Type &quot;%1&quot; है; उसे UTF-8 में application/json के रूप में भेजें।</translation>
    </message>
    <message>
        <source>The request body is empty; send a JSON object.</source>
        <translation>अनुरोध की बॉडी खाली है; एक JSON ऑब्जेक्ट भेजें।</translation>
    </message>
    <message>
        <source>The JSON body is an array; send a JSON object ({...}).</source>
        <translation>JSON बॉडी एक ऐरे है; एक JSON ऑब्जेक्ट ({...}) भेजें।</translation>
    </message>
    <message>
        <source>The JSON body is a single value; send a JSON object ({...}).</source>
        <translation>JSON बॉडी केवल एक मान है; एक JSON ऑब्जेक्ट ({...}) भेजें।</translation>
    </message>
    <message>
        <source>The JSON body ends early after %1 bytes; send the complete object.</source>
        <translation>JSON बॉडी %1 बाइट के बाद अधूरी समाप्त हो जाती है; पूरा ऑब्जेक्ट भेजें।</translation>
    </message>
    <message>
        <source>The JSON body is invalid at byte %1 (%2); correct it and retry.</source>
        <translation>JSON बॉडी बाइट %1 पर अमान्य है (%2); उसे ठीक करके फिर से भेजें।</translation>
    </message>
    <message>
        <source>The server failed to process the request; quote the request id %1 when you report it.</source>
        <translation>सर्वर अनुरोध को संसाधित नहीं कर सका; इसकी सूचना देते समय अनुरोध आईडी %1 बताएँ।</translation>
    </message>
    <message>
        <source>The Expect header &quot;%1&quot; is not supported; send &quot;100-continue&quot; or no Expect header.</source>
        <translation>Expect हेडर &quot;%1&quot; समर्थित नहीं है; &quot;100-continue&quot; भेजें या Expect हेडर न भेजें।</translation>
    </message>
    <message>
        <source>The request body is larger than the limit of %1 bytes.</source>
        <translation>अनुरोध की बॉडी %1 बाइट की सीमा से बड़ी है।</translation>
    </message>
    <message>
        <source>The request line and header fields are larger than the limit of %1 bytes.</source>
        <translation>अनुरोध पंक्ति और हेडर फ़ील्ड %1 बाइट की सीमा से बड़े हैं।</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>अनुरोध मान्य HTTP/1.1 नहीं है (%1)।</translation>
    </message>
    <message>
        <source>The server is shutting down; retry shortly.</source>
        <translation>सर्वर बंद हो रहा है; थोड़ी देर बाद फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>Too many requests from your address; wait %1 s and try again.</source>
        <translation>आपके पते से बहुत अधिक अनुरोध आए हैं; %1 सेकंड प्रतीक्षा करें, फिर दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &quot;/&quot;.</source>
        <translation>अनुरोध का लक्ष्य &quot;/&quot; से शुरू होने वाला पथ होना चाहिए।</translation>
    </message>
    <message>
        <source>The request path is not valid percent-encoded UTF-8.</source>
        <translation>अनुरोध का पथ मान्य percent-encoded UTF-8 नहीं है।</translation>
    </message>
    <message>
        <source>The query string is not valid percent-encoded UTF-8.</source>
        <translation>क्वेरी स्ट्रिंग मान्य percent-encoded UTF-8 नहीं है।</translation>
    </message>
    <message>
        <source>Nothing exists at the path %1.</source>
        <translation>पथ %1 पर कुछ भी उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The path %1 does not accept %2; it accepts %3.</source>
        <translation>पथ %1 पर %2 स्वीकार्य नहीं है; यह %3 स्वीकार करता है।</translation>
    </message>
    <message>
        <source>The database cannot be reached; the server log has the reason (request id %1).</source>
        <translation>डेटाबेस से संपर्क नहीं हो सका; कारण सर्वर लॉग में है (अनुरोध आईडी %1)।</translation>
    </message>
    <message>
        <source>The database is at schema version %1 but this server needs version %2; run nodues-server init.</source>
        <translation>डेटाबेस स्कीमा संस्करण %1 पर है, पर इस सर्वर को संस्करण %2 चाहिए; nodues-server init चलाएँ।</translation>
    </message>
    <message>
        <source>The text of %1 contains a control character or a broken character (such as U+0000); remove it and send the request again.</source>
        <translation>%1 के टेक्स्ट में नियंत्रण अक्षर या टूटा अक्षर (जैसे U+0000) है; उसे हटाकर अनुरोध फिर भेजें।</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>The HTTP server is already running on %1.</source>
        <translation>HTTP सर्वर %1 पर पहले से चल रहा है।</translation>
    </message>
    <message>
        <source>The listen address &quot;%1&quot; is not an IPv4 or IPv6 address; use for example 127.0.0.1 or ::1.</source>
        <translation>लिसन पता &quot;%1&quot; IPv4 या IPv6 पता नहीं है; उदाहरण के लिए 127.0.0.1 या ::1 का उपयोग करें।</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2: %3. Choose another address or port, or stop the program using it.</source>
        <translation>%1 के पोर्ट %2 पर लिसन नहीं किया जा सका: %3। कोई दूसरा पता या पोर्ट चुनें, या उस पोर्ट का उपयोग कर रहे प्रोग्राम को बंद करें।</translation>
    </message>
</context>
<context>
    <name>HttpSmsGateway</name>
    <message>
        <source>The HTTP SMS method &quot;%1&quot; is not supported; set sms/http_method to GET or POST.</source>
        <translation>HTTP एसएमएस मेथड &quot;%1&quot; समर्थित नहीं है; sms/http_method को GET या POST पर सेट करें।</translation>
    </message>
    <message>
        <source>The HTTP SMS gateway has no URL; set sms/http_url, for example https://sms.example.in/send?to={mobile}&amp;text={text}.</source>
        <translation>HTTP एसएमएस गेटवे का कोई URL नहीं है; sms/http_url सेट करें, उदाहरण के लिए https://sms.example.in/send?to={mobile}&amp;text={text}</translation>
    </message>
    <message>
        <source>sms/http_body is set but sms/http_method is GET; a body needs POST.</source>
        <translation>sms/http_body सेट है, पर sms/http_method GET है; बॉडी भेजने के लिए POST आवश्यक है।</translation>
    </message>
    <message>
        <source>The HTTP SMS template uses the unknown placeholder {%1}; the placeholders are %2.</source>
        <translation>HTTP एसएमएस टेम्पलेट में अज्ञात प्लेसहोल्डर {%1} का उपयोग है; मान्य प्लेसहोल्डर ये हैं: %2।</translation>
    </message>
    <message>
        <source>The HTTP SMS URL &quot;%1&quot; is not a valid http:// or https:// address.</source>
        <translation>HTTP एसएमएस URL &quot;%1&quot; मान्य http:// या https:// पता नहीं है।</translation>
    </message>
</context>
<context>
    <name>ImportBillingCommand</name>
    <message>
        <source>Import a billing snapshot CSV: one row per connection, upserted by IVRS number. By default any invalid row stops the import and nothing is written.</source>
        <translation>बिलिंग स्नैपशॉट CSV आयात करें: प्रत्येक कनेक्शन की एक पंक्ति होती है, और कनेक्शन आईवीआरएस नंबर के अनुसार जोड़ा या अपडेट किया जाता है। डिफ़ॉल्ट रूप से कोई भी अमान्य पंक्ति आयात रोक देती है और कुछ भी नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>The billing CSV file (UTF-8, with a header row).</source>
        <translation>बिलिंग CSV फ़ाइल (UTF-8, हेडर पंक्ति सहित)।</translation>
    </message>
    <message>
        <source>Import the valid rows and write each invalid row, with a reason column, to this CSV file.</source>
        <translation>मान्य पंक्तियाँ आयात करें और प्रत्येक अमान्य पंक्ति को, कारण के कॉलम सहित, इस CSV फ़ाइल में लिखें।</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>फ़ाइल %1 आयात नहीं की जा सकी: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>Imported %1 as billing import %2.</source>
        <translation>फ़ाइल %1 बिलिंग आयात %2 के रूप में आयात की गई।</translation>
    </message>
    <message>
        <source>%1 invalid rows were skipped; they are in %2 with the reason for each.</source>
        <translation>%1 अमान्य पंक्तियाँ छोड़ दी गईं; ये पंक्तियाँ, प्रत्येक के कारण सहित, %2 में लिखी गई हैं।</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows in %3 are invalid (%n problem(s)). Nothing was imported. Fix these rows and import the file again, or import the valid rows with --skip-invalid REJECTS.csv.</source>
        <translation>
            <numerusform>%3 की %2 पंक्तियों में से अमान्य पंक्तियाँ: %1 (%n समस्या)। कुछ भी आयात नहीं किया गया। इन पंक्तियों को ठीक करके फ़ाइल फिर से आयात करें, या --skip-invalid REJECTS.csv के साथ केवल मान्य पंक्तियाँ आयात करें।</numerusform>
            <numerusform>%3 की %2 पंक्तियों में से अमान्य पंक्तियाँ: %1 (%n समस्याएँ)। कुछ भी आयात नहीं किया गया। इन पंक्तियों को ठीक करके फ़ाइल फिर से आयात करें, या --skip-invalid REJECTS.csv के साथ केवल मान्य पंक्तियाँ आयात करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2, value &quot;%3&quot;: %4</source>
        <translation>पंक्ति %1, कॉलम %2, मान &quot;%3&quot;: %4</translation>
    </message>
</context>
<context>
    <name>ImportOfficesCommand</name>
    <message>
        <source>Import the offices CSV (code,type,name,name_hi,parent_code), upserted by code. Any invalid row stops the import and nothing is written.</source>
        <translation>कार्यालयों की CSV फ़ाइल (code,type,name,name_hi,parent_code) आयात करें; प्रत्येक कार्यालय code के अनुसार जोड़ा या अपडेट किया जाता है। कोई भी अमान्य पंक्ति आयात रोक देती है और कुछ भी नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>The offices CSV file (UTF-8, with a header row).</source>
        <translation>कार्यालयों की CSV फ़ाइल (UTF-8, हेडर पंक्ति सहित)।</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>फ़ाइल %1 आयात नहीं की जा सकी: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>Imported the offices in %1.</source>
        <translation>%1 से कार्यालय आयात किए गए।</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 rows in %3 are invalid (%n problem(s)). Nothing was imported. Fix these rows and import the file again.</source>
        <translation>
            <numerusform>%3 की %2 पंक्तियों में से अमान्य पंक्तियाँ: %1 (%n समस्या)। कुछ भी आयात नहीं किया गया। इन पंक्तियों को ठीक करके फ़ाइल फिर से आयात करें।</numerusform>
            <numerusform>%3 की %2 पंक्तियों में से अमान्य पंक्तियाँ: %1 (%n समस्याएँ)। कुछ भी आयात नहीं किया गया। इन पंक्तियों को ठीक करके फ़ाइल फिर से आयात करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>... and %1 more problems not shown (only the first %2 are kept).</source>
        <translation>... और %1 समस्याएँ नहीं दिखाई गईं (केवल पहली %2 समस्याएँ रखी जाती हैं)।</translation>
    </message>
    <message>
        <source>%1% read, %2 rows</source>
        <translation>%1% पढ़ा गया, %2 पंक्तियाँ</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the database schema, or upgrade it to this version.</source>
        <translation>डेटाबेस स्कीमा बनाएँ, या उसे इस संस्करण तक अपग्रेड करें।</translation>
    </message>
    <message>
        <source>Could not initialise the database %1: %2</source>
        <translation>डेटाबेस %1 आरंभ नहीं किया जा सका: %2</translation>
    </message>
    <message>
        <source>The database %1 is up to date at schema version %2.</source>
        <translation>डेटाबेस %1 अद्यतन है (स्कीमा संस्करण %2)।</translation>
    </message>
    <message>
        <source>The database %1 is now at schema version %2 (was %3).</source>
        <translation>डेटाबेस %1 अब स्कीमा संस्करण %2 पर है (पहले %3 था)।</translation>
    </message>
</context>
<context>
    <name>IvrsNumber</name>
    <message>
        <source>The IVRS number is empty. Write the consumer&apos;s IVRS number as printed on the bill.</source>
        <translation>आईवीआरएस नंबर खाली है। उपभोक्ता का आईवीआरएस नंबर वैसा ही लिखें जैसा बिल पर छपा है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IVRS number: &quot;%2&quot; is not a digit. An IVRS number has digits only.</source>
        <translation>&quot;%1&quot; मान्य आईवीआरएस नंबर नहीं है: &quot;%2&quot; अंक नहीं है। आईवीआरएस नंबर में केवल अंक होते हैं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IVRS number: it has %2 digits, more than the %3 allowed.</source>
        <translation>&quot;%1&quot; मान्य आईवीआरएस नंबर नहीं है: इसमें %2 अंक हैं, जबकि अधिकतम %3 अंक हो सकते हैं।</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file %1 is a symbolic link; replace it with the file itself.</source>
        <translation>कुंजी फ़ाइल %1 एक सिंबॉलिक लिंक है; उसके स्थान पर मूल फ़ाइल रखें।</translation>
    </message>
    <message>
        <source>Could not open the key file %1: %2.</source>
        <translation>कुंजी फ़ाइल %1 खोली नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Could not read the permissions of the key file %1: %2.</source>
        <translation>कुंजी फ़ाइल %1 की अनुमतियाँ पढ़ी नहीं जा सकीं: %2।</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>कुंजी फ़ाइल %1 सामान्य फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The key file %1 has mode %2, so other users can read or change it. Restrict it with &quot;chmod 600 %1&quot;, and replace the key if anyone else may have read it.</source>
        <translation>कुंजी फ़ाइल %1 का मोड %2 है, इसलिए अन्य उपयोगकर्ता इसे पढ़ या बदल सकते हैं। &quot;chmod 600 %1&quot; से इसकी अनुमतियाँ सीमित करें, और यदि किसी अन्य ने इसे पढ़ा हो सकता है तो कुंजी बदलें।</translation>
    </message>
    <message>
        <source>Could not read the key file %1: %2.</source>
        <translation>कुंजी फ़ाइल %1 पढ़ी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Restore the file from a backup, or delete it so the server creates a new key.</source>
        <translation>फ़ाइल को बैकअप से पुनः स्थापित करें, या उसे हटा दें ताकि सर्वर नई कुंजी बनाए।</translation>
    </message>
    <message>
        <source>The key file %1 does not hold hexadecimal digits only. %2</source>
        <translation>कुंजी फ़ाइल %1 में केवल हेक्साडेसिमल अंक नहीं हैं। %2</translation>
    </message>
    <message>
        <source>The key file %1 holds %2 hexadecimal digits, but a key of %3 bytes takes %4. %5</source>
        <translation>कुंजी फ़ाइल %1 में %2 हेक्साडेसिमल अंक हैं, पर %3 बाइट की कुंजी के लिए %4 अंक चाहिए। %5</translation>
    </message>
    <message>
        <source>Could not create the key file %1: %2.</source>
        <translation>कुंजी फ़ाइल %1 बनाई नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Could not write the key file %1: %2.</source>
        <translation>कुंजी फ़ाइल %1 में लिखा नहीं जा सका: %2।</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>Could not read the certificate signing keys in %1 (setting security/key_dir): %2</source>
        <translation>%1 (सेटिंग security/key_dir) में प्रमाण-पत्र हस्ताक्षर कुंजियाँ पढ़ी नहीं जा सकीं: %2</translation>
    </message>
    <message>
        <source>No certificate signing key exists in %1 yet. Create the first one with &quot;nodues-server keys rotate&quot;.</source>
        <translation>%1 में अभी कोई प्रमाण-पत्र हस्ताक्षर कुंजी नहीं है। पहली कुंजी &quot;nodues-server keys rotate&quot; से बनाएं।</translation>
    </message>
    <message>
        <source>List the keys that sign the QR codes of certificates: key id, creation time (UTC), whether the key signs new certificates, and the public key to publish for offline verifiers.</source>
        <translation>प्रमाण-पत्रों के क्यूआर कोड पर हस्ताक्षर करने वाली कुंजियों की सूची दिखाएं: कुंजी आईडी, निर्माण समय (UTC), कुंजी नए प्रमाण-पत्रों पर हस्ताक्षर करती है या नहीं, और ऑफ़लाइन सत्यापन के लिए प्रकाशित की जाने वाली सार्वजनिक कुंजी।</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>तालिका के बजाय JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>कुंजी आईडी</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>निर्माण (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Public key (base64url)</source>
        <translation>सार्वजनिक कुंजी (base64url)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>सेवामुक्त</translation>
    </message>
    <message>
        <source>The active key signs new certificates; retired keys only verify the certificates they signed. Keep every key in %1.</source>
        <translation>सक्रिय कुंजी नए प्रमाण-पत्रों पर हस्ताक्षर करती है; सेवामुक्त कुंजियाँ केवल अपने हस्ताक्षरित प्रमाण-पत्रों का सत्यापन करती हैं। हर कुंजी %1 में रखें।</translation>
    </message>
    <message>
        <source>Create a new key for signing the QR codes of certificates and make it the active key. Older keys stay in the key folder, so the certificates they signed still verify. On a new installation this creates the first key.</source>
        <translation>प्रमाण-पत्रों के क्यूआर कोड पर हस्ताक्षर के लिए नई कुंजी बनाएं और उसे सक्रिय कुंजी बनाएं। पुरानी कुंजियाँ कुंजी फ़ोल्डर में रहती हैं, ताकि उनसे हस्ताक्षरित प्रमाण-पत्रों का सत्यापन होता रहे। नई स्थापना पर यह पहली कुंजी बनाता है।</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>कारण, ऑडिट लॉग के लिए।</translation>
    </message>
    <message>
        <source>Could not create a certificate signing key: %1</source>
        <translation>प्रमाण-पत्र हस्ताक्षर कुंजी बनाई नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>Could not write the audit row for the new certificate signing key, so the key was deleted again: %1</source>
        <translation>नई प्रमाण-पत्र हस्ताक्षर कुंजी की ऑडिट पंक्ति लिखी नहीं जा सकी, इसलिए कुंजी फिर से हटा दी गई: %1</translation>
    </message>
    <message>
        <source>Could not write the audit row for the new certificate signing key %1: %2. Deleting the key failed too: %3. Delete the file %4 before the server signs with it.</source>
        <translation>नई प्रमाण-पत्र हस्ताक्षर कुंजी %1 की ऑडिट पंक्ति लिखी नहीं जा सकी: %2। कुंजी हटाना भी विफल रहा: %3। सर्वर इससे हस्ताक्षर करे, उससे पहले फ़ाइल %4 हटाएं।</translation>
    </message>
    <message>
        <source>Created the certificate signing key %1 in %2; it is now the active key.</source>
        <translation>प्रमाण-पत्र हस्ताक्षर कुंजी %1, %2 में बनाई गई; अब यही सक्रिय कुंजी है।</translation>
    </message>
    <message>
        <source>Public key (base64url), to publish for offline verifiers: %1</source>
        <translation>ऑफ़लाइन सत्यापन के लिए प्रकाशित करने हेतु सार्वजनिक कुंजी (base64url): %1</translation>
    </message>
    <message>
        <source>The previous key %1 is retired: it stays in the key folder to verify the certificates it signed. Do not delete it.</source>
        <translation>पिछली कुंजी %1 सेवामुक्त है: उससे हस्ताक्षरित प्रमाण-पत्रों के सत्यापन के लिए वह कुंजी फ़ोल्डर में रहती है। उसे न हटाएं।</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: nodues-server COMMAND [OPTIONS]</source>
        <translation>उपयोग: nodues-server COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>कमांड:</translation>
    </message>
    <message>
        <source>Run nodues-server COMMAND --help for a command&apos;s options.</source>
        <translation>किसी कमांड के विकल्प देखने के लिए nodues-server COMMAND --help चलाएँ।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>अज्ञात कमांड &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>The command must come first, before options such as %1.</source>
        <translation>कमांड सबसे पहले लिखें, %1 जैसे विकल्पों से पहले।</translation>
    </message>
</context>
<context>
    <name>MainWindowFactory</name>
    <message>
        <source>Cannot open the queue</source>
        <translation>कतार नहीं खुल सकी</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no saved details of your account yet. Sign in once while the server answers.</source>
        <translation>सर्वर से संपर्क नहीं हो सका, और इस कंप्यूटर पर अभी आपके खाते का कोई सहेजा विवरण नहीं है। सर्वर उपलब्ध होने पर एक बार साइन इन करें।</translation>
    </message>
    <message>
        <source>The local cache of your applications at %1 cannot be opened. Check that the disk has free space, then start the program again.</source>
        <translation>%1 पर आपके आवेदनों का स्थानीय कैश नहीं खुल सका। जाँचें कि डिस्क पर खाली जगह है, फिर प्रोग्राम दोबारा शुरू करें।</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompter</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The database is at schema version %1 but the next migration is %2; it was changed by another program. Restore it from a backup.</source>
        <translation>डेटाबेस स्कीमा संस्करण %1 पर है, पर अगला माइग्रेशन %2 है; इसे किसी अन्य प्रोग्राम ने बदला है। डेटाबेस को बैकअप से पुनः स्थापित करें।</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>माइग्रेशन %1 (%2) विफल रहा: %3</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>The mobile number is empty. Write its 10 digits, such as 9876543210.</source>
        <translation>मोबाइल नंबर खाली है। इसके 10 अंक लिखें, जैसे 9876543210।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Indian mobile number: only the country code +91 is accepted.</source>
        <translation>&quot;%1&quot; भारतीय मोबाइल नंबर नहीं है: केवल देश कोड +91 स्वीकार्य है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mobile number: &quot;%2&quot; is not allowed. Write digits, with spaces or hyphens between them if you like.</source>
        <translation>&quot;%1&quot; मान्य मोबाइल नंबर नहीं है: &quot;%2&quot; की अनुमति नहीं है। अंक लिखें; चाहें तो उनके बीच स्पेस या हाइफ़न रख सकते हैं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mobile number: Indian mobile numbers start with 6, 7, 8 or 9, not %2.</source>
        <translation>&quot;%1&quot; मान्य मोबाइल नंबर नहीं है: भारतीय मोबाइल नंबर 6, 7, 8 या 9 से शुरू होते हैं, %2 से नहीं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid mobile number: 10 digits are expected after an optional +91, 91 or 0 prefix, but it has %2.</source>
        <translation>&quot;%1&quot; मान्य मोबाइल नंबर नहीं है: वैकल्पिक +91, 91 या 0 के बाद 10 अंक होने चाहिए, पर इसमें %2 अंक हैं।</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is empty. Write it in rupees, such as 1250.50 or 0.</source>
        <translation>राशि खाली है। इसे रुपयों में लिखें, जैसे 1250.50 या 0।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: &quot;%2&quot; is not allowed. Write digits with an optional leading minus sign, such as -1,250.50.</source>
        <translation>&quot;%1&quot; मान्य राशि नहीं है: &quot;%2&quot; की अनुमति नहीं है। अंक लिखें, आवश्यक हो तो शुरू में ऋण चिह्न (-) के साथ, जैसे -1,250.50।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: it has no digits. Write it in rupees, such as 1250.50.</source>
        <translation>&quot;%1&quot; मान्य राशि नहीं है: इसमें कोई अंक नहीं है। इसे रुपयों में लिखें, जैसे 1250.50।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: write one or two digits after the decimal point, such as 1250.5 or 1250.50.</source>
        <translation>&quot;%1&quot; मान्य राशि नहीं है: दशमलव बिंदु के बाद एक या दो अंक लिखें, जैसे 1250.5 या 1250.50।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: it has no digits before the decimal point. Write 0.50, not .50.</source>
        <translation>&quot;%1&quot; मान्य राशि नहीं है: दशमलव बिंदु से पहले कोई अंक नहीं है। .50 नहीं, 0.50 लिखें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: the thousands separators are misplaced. Use Indian grouping (1,23,456.50), Western grouping (123,456.50) or none (123456.50).</source>
        <translation>&quot;%1&quot; मान्य राशि नहीं है: हज़ार के विभाजक (कॉमा) गलत स्थान पर हैं। भारतीय समूहन (1,23,456.50), पश्चिमी समूहन (123,456.50) का उपयोग करें, या कॉमा न लगाएँ (123456.50)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid amount: it is too large to store. Check the value in the export.</source>
        <translation>&quot;%1&quot; मान्य राशि नहीं है: यह संग्रहीत करने के लिए बहुत बड़ी है। एक्सपोर्ट में यह मान जाँचें।</translation>
    </message>
</context>
<context>
    <name>OfficeImporter</name>
    <message>
        <source>the row has %1 fields but the header has %2. Check for a missing or extra comma, or a field with a comma that is not enclosed in quotes.</source>
        <translation>इस पंक्ति में %1 फ़ील्ड हैं, पर हेडर में %2 हैं। जाँचें कि कहीं कोई कॉमा छूटा या अधिक तो नहीं है, या किसी फ़ील्ड में ऐसा कॉमा तो नहीं है जो उद्धरण चिह्नों (&quot; &quot;) के भीतर न हो।</translation>
    </message>
    <message>
        <source>an office code has 1 to %1 characters: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>कार्यालय कोड में 1 से %1 वर्ण होते हैं: अक्षर, अंक, &apos;-&apos;, &apos;_&apos; या &apos;.&apos;।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office type. Write company, region, circle, division or dc.</source>
        <translation>&quot;%1&quot; कार्यालय का मान्य प्रकार नहीं है। company, region, circle, division या dc लिखें।</translation>
    </message>
    <message>
        <source>the name is required but the field is empty.</source>
        <translation>नाम आवश्यक है, पर फ़ील्ड खाली है।</translation>
    </message>
    <message>
        <source>the name contains %1, which is neither Latin nor Devanagari text.</source>
        <translation>नाम में %1 है, जो न लैटिन पाठ है, न देवनागरी।</translation>
    </message>
    <message>
        <source>the Hindi name contains %1, which is not Devanagari script.</source>
        <translation>हिंदी नाम में %1 है, जो देवनागरी लिपि का नहीं है।</translation>
    </message>
    <message>
        <source>a company is the top of the tree and has no parent. Leave parent_code empty.</source>
        <translation>company (कंपनी) पदानुक्रम में सबसे ऊपर है और उसका कोई मूल कार्यालय नहीं होता। parent_code खाली छोड़ें।</translation>
    </message>
    <message>
        <source>a %1 needs a parent office: write the code of its %2.</source>
        <translation>%1 प्रकार के कार्यालय का मूल कार्यालय होना आवश्यक है: उसके मूल %2 कार्यालय का कोड लिखें।</translation>
    </message>
    <message>
        <source>an office cannot be its own parent.</source>
        <translation>कोई कार्यालय स्वयं अपना मूल कार्यालय नहीं हो सकता।</translation>
    </message>
    <message>
        <source>%1 is empty. An offices file starts with the header row code,type,name,name_hi,parent_code.</source>
        <translation>फ़ाइल %1 खाली है। कार्यालयों की फ़ाइल हेडर पंक्ति code,type,name,name_hi,parent_code से शुरू होती है।</translation>
    </message>
    <message>
        <source>office code %1 already appears on line %2; each office may appear only once.</source>
        <translation>कार्यालय कोड %1 पंक्ति %2 पर पहले से है; प्रत्येक कार्यालय फ़ाइल में केवल एक बार आ सकता है।</translation>
    </message>
    <message>
        <source>office code %1 differs only in letter case from %2 on line %3; use one spelling.</source>
        <translation>कार्यालय कोड %1 पंक्ति %3 के कोड %2 से केवल अक्षरों के छोटे-बड़े रूप में भिन्न है; एक ही वर्तनी लिखें।</translation>
    </message>
    <message>
        <source>office code %1 differs only in letter case from the imported office %2; write it as %2.</source>
        <translation>कार्यालय कोड %1 पहले से आयात किए गए कार्यालय %2 से केवल अक्षरों के छोटे-बड़े रूप में भिन्न है; इसे %2 लिखें।</translation>
    </message>
    <message>
        <source>no office with the code %1 is in this file or already imported. Add the %2 to the file or correct the code.</source>
        <translation>%1 कोड वाला कोई कार्यालय न इस फ़ाइल में है, न पहले से आयात किया गया है। वह %2 कार्यालय फ़ाइल में जोड़ें या कोड ठीक करें।</translation>
    </message>
    <message>
        <source>a %1&apos;s parent must be a %2, but office %3 is a %4.</source>
        <translation>%1 प्रकार के कार्यालय का मूल कार्यालय %2 प्रकार का होना चाहिए, पर कार्यालय %3 का प्रकार %4 है।</translation>
    </message>
    <message>
        <source>the chain of parents loops back: %1.</source>
        <translation>मूल कार्यालयों की शृंखला घूमकर वापस आ जाती है: %1।</translation>
    </message>
    <message>
        <source>office %1 is a %2 already imported under %3; %3 cannot become a %4.</source>
        <translation>कार्यालय %1 (प्रकार %2) पहले से %3 के अंतर्गत आयात किया गया है; इसलिए %3 का प्रकार %4 नहीं हो सकता।</translation>
    </message>
    <message>
        <source>office %1 is a %2 with %3 billing connections and %4 officers; its type cannot change.</source>
        <translation>कार्यालय %1 (प्रकार %2) से %3 बिलिंग कनेक्शन और %4 अधिकारी जुड़े हैं; उसका प्रकार नहीं बदला जा सकता।</translation>
    </message>
</context>
<context>
    <name>Officer</name>
    <message>
        <source>DC clerk</source>
        <translation>वितरण केंद्र लिपिक</translation>
    </message>
    <message>
        <source>division officer</source>
        <translation>संभाग अधिकारी</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>प्रशासक</translation>
    </message>
</context>
<context>
    <name>OfficerAuthenticator</name>
    <message>
        <source>The officer &quot;%1&quot; disappeared during sign-in.</source>
        <translation>साइन-इन के दौरान अधिकारी &quot;%1&quot; का खाता नहीं मिला।</translation>
    </message>
</context>
<context>
    <name>OfficerCertificateCommand</name>
    <message>
        <source>Registered the Digital Signature Certificate of officer %1:</source>
        <translation>अधिकारी %1 का डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) पंजीकृत किया गया:</translation>
    </message>
    <message>
        <source>This Digital Signature Certificate was already registered for officer %1; nothing changed:</source>
        <translation>यह डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) अधिकारी %1 के लिए पहले से पंजीकृत था; कुछ नहीं बदला:</translation>
    </message>
    <message>
        <source>  subject:     %1</source>
        <translation>  विषय:        %1</translation>
    </message>
    <message>
        <source>  issuer:      %1</source>
        <translation>  जारीकर्ता:    %1</translation>
    </message>
    <message>
        <source>  serial:      %1</source>
        <translation>  क्रम संख्या:  %1</translation>
    </message>
    <message>
        <source>  SHA-256:     %1</source>
        <translation>  SHA-256:     %1</translation>
    </message>
    <message>
        <source>  valid from:  %1 IST</source>
        <translation>  मान्य (से):   %1 IST</translation>
    </message>
    <message>
        <source>  valid until: %1 IST</source>
        <translation>  मान्य (तक):   %1 IST</translation>
    </message>
    <message>
        <source>  replaces the certificate with SHA-256 %1</source>
        <translation>  SHA-256 %1 वाले प्रमाण-पत्र का स्थान लेता है</translation>
    </message>
    <message>
        <source>Register a division officer&apos;s Digital Signature Certificate (DSC). Certificate PDFs that the officer approved are accepted only when signed with it. A certificate registered earlier is replaced.</source>
        <translation>संभाग अधिकारी का डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) पंजीकृत करें। अधिकारी द्वारा स्वीकृत प्रमाण-पत्रों की PDF तभी स्वीकार होती हैं जब उन पर इसी से हस्ताक्षर हों। पहले पंजीकृत प्रमाण-पत्र इससे बदल जाता है।</translation>
    </message>
    <message>
        <source>The division officer&apos;s username.</source>
        <translation>संभाग अधिकारी का उपयोगकर्ता नाम।</translation>
    </message>
    <message>
        <source>A file with the officer&apos;s X.509 certificate in PEM form, without the private key.</source>
        <translation>अधिकारी का X.509 प्रमाण-पत्र PEM रूप में रखने वाली फ़ाइल, निजी कुंजी के बिना।</translation>
    </message>
    <message>
        <source>Print the certificate&apos;s details as JSON.</source>
        <translation>प्रमाण-पत्र का विवरण JSON में छापें।</translation>
    </message>
    <message>
        <source>Couldn&apos;t read the certificate file %1. Reason: %2.</source>
        <translation>प्रमाण-पत्र फ़ाइल %1 पढ़ी नहीं जा सकी। कारण: %2।</translation>
    </message>
    <message>
        <source>The file %1 has %2 bytes, more than a certificate can have (%3 bytes). Choose the officer&apos;s certificate file.</source>
        <translation>फ़ाइल %1 में %2 बाइट हैं, जो किसी प्रमाण-पत्र की सीमा (%3 बाइट) से अधिक है। अधिकारी के प्रमाण-पत्र की फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Couldn&apos;t register the certificate of officer %1. Reason: %2</source>
        <translation>अधिकारी %1 का प्रमाण-पत्र पंजीकृत नहीं हो सका। कारण: %2</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the certificate expires on %1 IST, in %n day(s). Register the officer&apos;s renewed certificate before then, or uploads signed with this one will be rejected.</source>
        <translation>
            <numerusform>चेतावनी: प्रमाण-पत्र की वैधता %1 IST को, %n दिन में, समाप्त हो रही है। उससे पहले अधिकारी का नवीनीकृत प्रमाण-पत्र पंजीकृत करें, अन्यथा इससे हस्ताक्षरित अपलोड अस्वीकार होंगे।</numerusform>
            <numerusform>चेतावनी: प्रमाण-पत्र की वैधता %1 IST को, %n दिनों में, समाप्त हो रही है। उससे पहले अधिकारी का नवीनीकृत प्रमाण-पत्र पंजीकृत करें, अन्यथा इससे हस्ताक्षरित अपलोड अस्वीकार होंगे।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficerCommand</name>
    <message>
        <source>Read the password from the first line of FILE (&apos;-&apos;: standard input) instead of asking on the terminal.</source>
        <translation>पासवर्ड टर्मिनल पर पूछने के बजाय FILE की पहली पंक्ति से पढ़ें (&apos;-&apos; देने पर स्टैंडर्ड इनपुट से)।</translation>
    </message>
    <message>
        <source>Create an officer account. The password is asked on the terminal.</source>
        <translation>अधिकारी खाता बनाएँ। पासवर्ड टर्मिनल पर पूछा जाता है।</translation>
    </message>
    <message>
        <source>Sign-in name: 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>साइन-इन नाम: 3 से 32 वर्ण, जिनमें छोटे अंग्रेज़ी अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos; हों।</translation>
    </message>
    <message>
        <source>Full name in English.</source>
        <translation>पूरा नाम अंग्रेज़ी में।</translation>
    </message>
    <message>
        <source>Full name in Hindi.</source>
        <translation>पूरा नाम हिंदी में।</translation>
    </message>
    <message>
        <source>Designation, e.g. &quot;Assistant Engineer&quot;.</source>
        <translation>पदनाम, जैसे &quot;Assistant Engineer&quot;।</translation>
    </message>
    <message>
        <source>Registered mobile for OTPs (10 digits).</source>
        <translation>ओटीपी के लिए पंजीकृत मोबाइल नंबर (10 अंक)।</translation>
    </message>
    <message>
        <source>clerk (at a DC), division_officer (at a division) or admin.</source>
        <translation>clerk (वितरण केंद्र पर), division_officer (संभाग पर) या admin।</translation>
    </message>
    <message>
        <source>Office code: the DC or division the officer works at.</source>
        <translation>कार्यालय कोड: वह वितरण केंद्र या संभाग जहाँ अधिकारी पदस्थ है।</translation>
    </message>
    <message>
        <source>Missing options: %1.</source>
        <translation>ये विकल्प नहीं दिए गए: %1।</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>पासवर्ड: </translation>
    </message>
    <message>
        <source>Could not add the officer:</source>
        <translation>अधिकारी नहीं जोड़ा जा सका:</translation>
    </message>
    <message>
        <source>Added officer %1 (%2) at office %3, OTPs to %4.</source>
        <translation>अधिकारी %1 (%2) को कार्यालय %3 में जोड़ा गया; ओटीपी %4 पर भेजे जाएँगे।</translation>
    </message>
    <message>
        <source>List officer accounts; mobiles are shown masked.</source>
        <translation>अधिकारी खातों की सूची देखें; मोबाइल नंबर आंशिक रूप से छिपाकर दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>Only officers at this office code.</source>
        <translation>केवल इस कार्यालय कोड के अधिकारी।</translation>
    </message>
    <message>
        <source>Only officers with this role.</source>
        <translation>केवल इस भूमिका वाले अधिकारी।</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>तालिका के बजाय JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is unknown: use clerk, division_officer or admin.</source>
        <translation>भूमिका &quot;%1&quot; अज्ञात है: clerk, division_officer या admin का उपयोग करें।</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message numerus="yes">
        <source>%n officer(s)</source>
        <translation>
            <numerusform>%n अधिकारी</numerusform>
            <numerusform>%n अधिकारी</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable an officer account at once.</source>
        <translation>अधिकारी खाता तुरंत निष्क्रिय करें।</translation>
    </message>
    <message>
        <source>Enable a disabled officer account.</source>
        <translation>निष्क्रिय अधिकारी खाता फिर से सक्रिय करें।</translation>
    </message>
    <message>
        <source>The officer&apos;s username.</source>
        <translation>अधिकारी का उपयोगकर्ता नाम।</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>कारण, ऑडिट लॉग के लिए।</translation>
    </message>
    <message>
        <source>Disabled officer %1.</source>
        <translation>अधिकारी %1 को निष्क्रिय किया गया।</translation>
    </message>
    <message>
        <source>Enabled officer %1.</source>
        <translation>अधिकारी %1 को सक्रिय किया गया।</translation>
    </message>
    <message>
        <source>Set a new password for an officer and clear any sign-in lockout.</source>
        <translation>अधिकारी का नया पासवर्ड सेट करें और साइन-इन पर लगा कोई भी लॉक हटाएँ।</translation>
    </message>
    <message>
        <source>No officer has the username &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; उपयोगकर्ता नाम वाला कोई अधिकारी नहीं है।</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>नया पासवर्ड: </translation>
    </message>
    <message>
        <source>Could not set the password: %1</source>
        <translation>पासवर्ड सेट नहीं किया जा सका: %1</translation>
    </message>
    <message>
        <source>Set a new password for officer %1.</source>
        <translation>अधिकारी %1 का नया पासवर्ड सेट किया गया।</translation>
    </message>
    <message>
        <source>Designation in Hindi, e.g. &quot;सहायक यंत्री&quot;, for the Hindi half of certificates. Without it they show the English designation.</source>
        <translation>हिंदी में पदनाम, जैसे &quot;सहायक यंत्री&quot;, प्रमाण-पत्रों के हिंदी भाग के लिए। इसके बिना उनमें अंग्रेज़ी पदनाम दिखता है।</translation>
    </message>
    <message>
        <source>Change an officer&apos;s name, designation or mobile. Give only the details to change; an empty Hindi text clears it. Certificates already issued keep the details they were issued with. To move an officer to another office or role, disable this account and add a new one.</source>
        <translation>अधिकारी का नाम, पदनाम या मोबाइल बदलें। केवल वही विवरण दें जो बदलना है; हिंदी का खाली पाठ उसे हटा देता है। पहले जारी प्रमाण-पत्रों में वही विवरण रहते हैं जिनके साथ वे जारी हुए थे। किसी अधिकारी को दूसरे कार्यालय या भूमिका में भेजने के लिए यह खाता निष्क्रिय करें और नया खाता जोड़ें।</translation>
    </message>
    <message>
        <source>Designation in Hindi, e.g. &quot;सहायक यंत्री&quot;, for the Hindi half of certificates.</source>
        <translation>हिंदी में पदनाम, जैसे &quot;सहायक यंत्री&quot;, प्रमाण-पत्रों के हिंदी भाग के लिए।</translation>
    </message>
    <message>
        <source>New registered mobile for OTPs (10 digits). Codes already sent to the old one stop working.</source>
        <translation>OTP के लिए नया पंजीकृत मोबाइल (10 अंक)। पुराने मोबाइल पर पहले भेजे गए कोड काम करना बंद कर देते हैं।</translation>
    </message>
    <message>
        <source>Give at least one of --name, --name-hi, --designation, --designation-hi or --mobile.</source>
        <translation>--name, --name-hi, --designation, --designation-hi या --mobile में से कम से कम एक दें।</translation>
    </message>
    <message>
        <source>Could not change the officer:</source>
        <translation>अधिकारी का विवरण नहीं बदला जा सका:</translation>
    </message>
    <message>
        <source>Changed officer %1: %2 (%3), %4 (%5), OTPs to %6.</source>
        <translation>अधिकारी %1 का विवरण बदला गया: %2 (%3), %4 (%5), OTP %6 पर।</translation>
    </message>
</context>
<context>
    <name>OfficerSessionCommand</name>
    <message>
        <source>The officer&apos;s username.</source>
        <translation>अधिकारी का उपयोगकर्ता नाम।</translation>
    </message>
    <message>
        <source>No officer has the username &quot;%1&quot;.</source>
        <translation>किसी अधिकारी का उपयोगकर्ता नाम &quot;%1&quot; नहीं है।</translation>
    </message>
    <message>
        <source>ended %1 (%2)</source>
        <translation>%1 को समाप्त (%2)</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1 को अवधि समाप्त</translation>
    </message>
    <message>
        <source>active until %1</source>
        <translation>%1 तक सक्रिय</translation>
    </message>
    <message>
        <source>List an officer&apos;s sign-in sessions, newest first. Times are IST.</source>
        <translation>किसी अधिकारी के साइन-इन सत्रों की सूची, सबसे नए पहले। समय IST में हैं।</translation>
    </message>
    <message>
        <source>Also list sessions that have expired or ended.</source>
        <translation>अवधि-समाप्त या समाप्त किए गए सत्र भी दिखाएं।</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>तालिका के बजाय JSON प्रिंट करें।</translation>
    </message>
    <message>
        <source>Officer %1 has no active sessions.</source>
        <translation>अधिकारी %1 का कोई सक्रिय सत्र नहीं है।</translation>
    </message>
    <message>
        <source>id	device	address	signed in	last used	state</source>
        <translation>आईडी	डिवाइस	पता	साइन इन	अंतिम उपयोग	स्थिति</translation>
    </message>
    <message>
        <source>End an officer&apos;s sign-in sessions at once: one with --session, otherwise every active one.</source>
        <translation>किसी अधिकारी के साइन-इन सत्र तुरंत समाप्त करें: --session के साथ एक, अन्यथा सभी सक्रिय सत्र।</translation>
    </message>
    <message>
        <source>The id of the session to end, from `officer sessions`.</source>
        <translation>समाप्त किए जाने वाले सत्र की आईडी, `officer sessions` से।</translation>
    </message>
    <message>
        <source>Why, for the audit log.</source>
        <translation>कारण, ऑडिट लॉग के लिए।</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of officer %1.</source>
        <translation>
            <numerusform>अधिकारी %1 का %n सत्र समाप्त किया गया।</numerusform>
            <numerusform>अधिकारी %1 के %n सत्र समाप्त किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Officer %1 has no session with the id &quot;%2&quot;; `officer sessions %1 --all` lists them.</source>
        <translation>अधिकारी %1 का आईडी &quot;%2&quot; वाला कोई सत्र नहीं है; `officer sessions %1 --all` उनकी सूची दिखाता है।</translation>
    </message>
    <message>
        <source>Ended session %1 of officer %2.</source>
        <translation>अधिकारी %2 का सत्र %1 समाप्त किया गया।</translation>
    </message>
</context>
<context>
    <name>OfficerStore</name>
    <message>
        <source>The username &quot;%1&quot; is invalid: use 3 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>उपयोगकर्ता नाम &quot;%1&quot; अमान्य है: 3 से 32 वर्ण लिखें, जिनमें छोटे अंग्रेज़ी अक्षर, अंक, &apos;.&apos;, &apos;_&apos; या &apos;-&apos; हों और पहला वर्ण अक्षर हो।</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>नाम नहीं दिया गया है।</translation>
    </message>
    <message>
        <source>The designation is missing, for example &quot;Assistant Engineer&quot;.</source>
        <translation>पदनाम नहीं दिया गया है; उदाहरण के लिए &quot;Assistant Engineer&quot;।</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is unknown: use clerk, division_officer or admin.</source>
        <translation>भूमिका &quot;%1&quot; अज्ञात है: clerk, division_officer या admin का उपयोग करें।</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; does not exist; import the offices first.</source>
        <translation>कार्यालय &quot;%1&quot; मौजूद नहीं है; पहले कार्यालय आयात करें।</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; is a %2, but a %3 must be attached to a %4.</source>
        <translation>कार्यालय &quot;%1&quot; का प्रकार %2 है, पर %3 भूमिका वाले अधिकारी को %4 प्रकार के कार्यालय से जोड़ा जाना चाहिए।</translation>
    </message>
    <message>
        <source>An officer with the username &quot;%1&quot; already exists.</source>
        <translation>&quot;%1&quot; उपयोगकर्ता नाम वाला अधिकारी पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>The database did not return the new officer&apos;s id.</source>
        <translation>डेटाबेस ने नए अधिकारी की आईडी नहीं लौटाई।</translation>
    </message>
    <message>
        <source>No officer has the username &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; उपयोगकर्ता नाम वाला कोई अधिकारी नहीं है।</translation>
    </message>
    <message>
        <source>The officer &quot;%1&quot; is already disabled.</source>
        <translation>अधिकारी &quot;%1&quot; पहले से निष्क्रिय है।</translation>
    </message>
    <message>
        <source>The officer &quot;%1&quot; is already enabled.</source>
        <translation>अधिकारी &quot;%1&quot; पहले से सक्रिय है।</translation>
    </message>
    <message>
        <source>The office &quot;%1&quot; does not exist. Check the code with the offices you imported.</source>
        <translation>कार्यालय &quot;%1&quot; मौजूद नहीं है। आयात किए गए कार्यालयों से कोड जाँचें।</translation>
    </message>
    <message>
        <source>Nothing to change for &quot;%1&quot;: give at least one new detail.</source>
        <translation>&quot;%1&quot; के लिए बदलने को कुछ नहीं है: कम से कम एक नया विवरण दें।</translation>
    </message>
    <message>
        <source>The officer &quot;%1&quot; already has these details; nothing was changed.</source>
        <translation>अधिकारी &quot;%1&quot; के ये विवरण पहले से हैं; कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The %1 has %2 characters; use at most %3.</source>
        <translation>%1 में %2 अक्षर हैं; अधिकतम %3 अक्षर दें।</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a line break or another control character; type it on one line.</source>
        <translation>%1 &quot;%2&quot; में पंक्ति-विराम या कोई दूसरा नियंत्रण वर्ण है; इसे एक ही पंक्ति में लिखें।</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has no Devanagari letters; type it in Hindi.</source>
        <translation>%1 &quot;%2&quot; में कोई देवनागरी अक्षर नहीं है; इसे हिंदी में लिखें।</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains Devanagari letters; type it in English and give the Hindi with the Hindi option.</source>
        <translation>%1 &quot;%2&quot; में देवनागरी अक्षर हैं; इसे अंग्रेज़ी में लिखें और हिंदी रूप हिंदी वाले विकल्प से दें।</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Hindi name</source>
        <translation>हिंदी नाम</translation>
    </message>
    <message>
        <source>designation</source>
        <translation>पदनाम</translation>
    </message>
    <message>
        <source>Hindi designation</source>
        <translation>हिंदी पदनाम</translation>
    </message>
    <message>
        <source>The mobile %1 is already registered to officer &quot;%2&quot;. Each officer needs a mobile of their own, because sign-in and decision OTPs go to it.</source>
        <translation>मोबाइल %1 पहले से अधिकारी &quot;%2&quot; के नाम पंजीकृत है। हर अधिकारी का अपना मोबाइल होना चाहिए, क्योंकि साइन-इन और निर्णय के OTP उसी पर जाते हैं।</translation>
    </message>
</context>
<context>
    <name>OtpBinding</name>
    <message>
        <source>The mobile number &quot;%1&quot; is not 10 digits starting with 6, 7, 8 or 9.</source>
        <translation>मोबाइल नंबर &quot;%1&quot; 6, 7, 8 या 9 से शुरू होने वाला 10 अंकों का नंबर नहीं है।</translation>
    </message>
    <message>
        <source>The IVRS number &quot;%1&quot; must be 1 to 20 digits.</source>
        <translation>आईवीआरएस नंबर &quot;%1&quot; में 1 से 20 अंक होने चाहिए।</translation>
    </message>
    <message>
        <source>The application content hash &quot;%1&quot; is not 64 lower-case hexadecimal digits.</source>
        <translation>आवेदन का सामग्री हैश &quot;%1&quot; छोटे अक्षरों वाले 64 हेक्साडेसिमल अंकों का नहीं है।</translation>
    </message>
    <message>
        <source>The officer id %1 is invalid.</source>
        <translation>अधिकारी आईडी %1 अमान्य है।</translation>
    </message>
    <message>
        <source>An application number of the decision is empty.</source>
        <translation>निर्णय में शामिल किसी आवेदन का नंबर खाली है।</translation>
    </message>
    <message>
        <source>The application %1 has the invalid version %2.</source>
        <translation>आवेदन %1 का संस्करण %2 अमान्य है।</translation>
    </message>
    <message>
        <source>The application %1 is listed twice in one decision.</source>
        <translation>आवेदन %1 एक ही निर्णय में दो बार शामिल है।</translation>
    </message>
    <message>
        <source>The decision &quot;%1&quot; is unknown: use approve or reject.</source>
        <translation>निर्णय &quot;%1&quot; अज्ञात है: approve या reject का उपयोग करें।</translation>
    </message>
    <message>
        <source>A decision needs at least one application.</source>
        <translation>निर्णय में कम से कम एक आवेदन होना चाहिए।</translation>
    </message>
    <message>
        <source>The certificate number is missing.</source>
        <translation>प्रमाण-पत्र नंबर नहीं दिया गया है।</translation>
    </message>
</context>
<context>
    <name>OtpService</name>
    <message>
        <source>Could not send an OTP: %1</source>
        <translation>ओटीपी नहीं भेजा जा सका: %1</translation>
    </message>
    <message>
        <source>Could not send an OTP: the recipient mobile &quot;%1&quot; is not 10 digits starting with 6, 7, 8 or 9.</source>
        <translation>ओटीपी नहीं भेजा जा सका: प्राप्तकर्ता का मोबाइल नंबर &quot;%1&quot; 6, 7, 8 या 9 से शुरू होने वाला 10 अंकों का नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Could not send an OTP: the client address is missing, so the per-address limit cannot apply.</source>
        <translation>ओटीपी नहीं भेजा जा सका: क्लाइंट का पता नहीं दिया गया, इसलिए प्रति-पता सीमा लागू नहीं की जा सकती।</translation>
    </message>
    <message>
        <source>Could not send an OTP: the language &quot;%1&quot; is unknown; use %2.</source>
        <translation>ओटीपी नहीं भेजा जा सका: भाषा &quot;%1&quot; अज्ञात है; %2 का उपयोग करें।</translation>
    </message>
    <message>
        <source>Could not send an OTP: the audit actor is missing.</source>
        <translation>ओटीपी नहीं भेजा जा सका: ऑडिट के लिए कार्य करने वाले (actor) का नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Could not send an OTP: no write transaction is active.</source>
        <translation>ओटीपी नहीं भेजा जा सका: कोई राइट ट्रांज़ैक्शन सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>The database did not return the id of the new OTP challenge.</source>
        <translation>डेटाबेस ने नए ओटीपी चैलेंज की आईडी नहीं लौटाई।</translation>
    </message>
</context>
<context>
    <name>OtpSettings</name>
    <message>
        <source>The OTP validity of %1 seconds is out of range: use 60 to 599940 seconds.</source>
        <translation>ओटीपी की वैधता %1 सेकंड अनुमत सीमा से बाहर है: 60 से 599940 सेकंड तक रखें।</translation>
    </message>
    <message>
        <source>The OTP limit of %1 wrong tries is out of range: use 1 to 100.</source>
        <translation>ओटीपी के गलत प्रयासों की अधिकतम संख्या %1 अनुमत सीमा से बाहर है: 1 से 100 तक रखें।</translation>
    </message>
    <message>
        <source>The limit of %1 OTPs per mobile is out of range: use 1 to 1000.</source>
        <translation>प्रति मोबाइल ओटीपी की अधिकतम संख्या %1 अनुमत सीमा से बाहर है: 1 से 1000 तक रखें।</translation>
    </message>
    <message>
        <source>The limit of %1 OTPs per client address is out of range: use 1 to 100000.</source>
        <translation>प्रति क्लाइंट पता ओटीपी की अधिकतम संख्या %1 अनुमत सीमा से बाहर है: 1 से 100000 तक रखें।</translation>
    </message>
    <message>
        <source>The OTP send window of %1 seconds is out of range: use 1 to 604800 seconds.</source>
        <translation>ओटीपी भेजने की समय-अवधि (send window) %1 सेकंड अनुमत सीमा से बाहर है: 1 से 604800 सेकंड तक रखें।</translation>
    </message>
    <message>
        <source>The limit of %1 OTPs per mobile from all addresses is out of range: use %2 (the limit per mobile and address) to 10000.</source>
        <translation>सभी पतों से प्रति मोबाइल %1 ओटीपी की सीमा मान्य दायरे में नहीं है: %2 (प्रति मोबाइल और पता सीमा) से 10000 तक रखें।</translation>
    </message>
    <message>
        <source>The limit of %1 OTPs per officer for decisions and revocations is out of range: use 1 to 1000.</source>
        <translation>निर्णयों और निरस्तीकरण के लिए प्रति अधिकारी %1 ओटीपी की सीमा मान्य दायरे से बाहर है: 1 से 1000 तक रखें।</translation>
    </message>
</context>
<context>
    <name>PadesSigner</name>
    <message>
        <source>The certificate PDF has no page %1 for the signature. Render the certificate again.</source>
        <translation>प्रमाण-पत्र की PDF में हस्ताक्षर के लिए पृष्ठ %1 नहीं है। प्रमाण-पत्र फिर से बनाएँ।</translation>
    </message>
    <message>
        <source>The visible signature could not be drawn. Check that the font Noto Sans Devanagari (fonts-noto-core) is installed.</source>
        <translation>दिखने वाला हस्ताक्षर नहीं बन सका। जाँचें कि फ़ॉन्ट Noto Sans Devanagari (fonts-noto-core) इंस्टॉल है।</translation>
    </message>
    <message>
        <source>The certificate PDF could not be signed. Try again; if it fails again, send the workstation&apos;s log to the administrator.</source>
        <translation>प्रमाण-पत्र की PDF पर हस्ताक्षर नहीं हो सके। फिर से प्रयास करें; फिर भी न हो तो वर्कस्टेशन का लॉग प्रशासक को भेजें।</translation>
    </message>
    <message>
        <source>Approval of the No Dues certificate</source>
        <translation>नो ड्यूज प्रमाण-पत्र की स्वीकृति</translation>
    </message>
    <message>
        <source>The key failed to sign. If it is on a token, check that the token is still plugged in, then sign again.</source>
        <translation>कुंजी हस्ताक्षर नहीं कर सकी। यदि वह टोकन पर है, तो जाँचें कि टोकन लगा है, फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The signing key is locked. Enter the PIN or passphrase, then sign again.</source>
        <translation>हस्ताक्षर कुंजी लॉक है। पिन या पासफ़्रेज़ डालें, फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The certificate PDF is already signed, and a certificate carries exactly one signature. Sign the unsigned PDF of certificate %1.</source>
        <translation>प्रमाण-पत्र की PDF पर पहले से हस्ताक्षर हैं, और एक प्रमाण-पत्र पर केवल एक हस्ताक्षर होता है। प्रमाण-पत्र %1 की बिना हस्ताक्षर वाली PDF पर हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The certificate PDF could not be read for signing. Render the certificate again, then sign it.</source>
        <translation>हस्ताक्षर के लिए प्रमाण-पत्र की PDF पढ़ी नहीं जा सकी। प्रमाण-पत्र फिर से बनाएँ, फिर हस्ताक्षर करें।</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>Could not initialise libsodium.</source>
        <translation>libsodium आरंभ नहीं की जा सकी।</translation>
    </message>
    <message>
        <source>Could not hash the password: Argon2id ran out of memory.</source>
        <translation>पासवर्ड का हैश नहीं बनाया जा सका: Argon2id के लिए मेमोरी कम पड़ गई।</translation>
    </message>
    <message>
        <source>The password is too short: use at least 10 characters.</source>
        <translation>पासवर्ड बहुत छोटा है: कम से कम 10 वर्ण रखें।</translation>
    </message>
    <message>
        <source>The password is too long: use at most 128 characters.</source>
        <translation>पासवर्ड बहुत लंबा है: अधिकतम 128 वर्ण रखें।</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>पासवर्ड उपयोगकर्ता नाम जैसा नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>The password must not repeat one character.</source>
        <translation>पासवर्ड में केवल एक ही वर्ण बार-बार नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>The password needs both letters and digits or symbols.</source>
        <translation>पासवर्ड में अक्षर और साथ में अंक या चिह्न, दोनों होने चाहिए।</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Could not read the password file %1: %2</source>
        <translation>पासवर्ड फ़ाइल %1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty; put the password on its first line.</source>
        <translation>पासवर्ड फ़ाइल %1 खाली है; पासवर्ड उसकी पहली पंक्ति में लिखें।</translation>
    </message>
    <message>
        <source>No terminal to ask for the password: use --password-file FILE, or --password-file - to read it from standard input.</source>
        <translation>पासवर्ड पूछने के लिए कोई टर्मिनल नहीं है: --password-file FILE का उपयोग करें, या स्टैंडर्ड इनपुट से पढ़ने के लिए --password-file - का।</translation>
    </message>
    <message>
        <source>Type the password again: </source>
        <translation>पासवर्ड फिर से टाइप करें: </translation>
    </message>
    <message>
        <source>Could not read the password from the terminal.</source>
        <translation>टर्मिनल से पासवर्ड पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>दोनों पासवर्ड अलग-अलग हैं; कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>PdfPageRenderer</name>
    <message>
        <source>The PDF cannot be read: it is damaged or not a PDF.</source>
        <translation>PDF पढ़ी नहीं जा सकती: यह खराब है या PDF नहीं है।</translation>
    </message>
    <message>
        <source>The PDF is locked with a password, so it cannot be shown or printed.</source>
        <translation>PDF पासवर्ड से लॉक है, इसलिए इसे दिखाया या प्रिंट नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The PDF has no page.</source>
        <translation>PDF में कोई पृष्ठ नहीं है।</translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be drawn.</source>
        <translation>PDF का पृष्ठ %1 बनाया नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>PdfSignatureVerifier</name>
    <message>
        <source>The signature in the PDF is damaged or incomplete. Sign the certificate again, then upload the signed file.</source>
        <translation>PDF में हस्ताक्षर क्षतिग्रस्त या अधूरा है। प्रमाण-पत्र पर फिर से हस्ताक्षर करें, फिर हस्ताक्षरित फ़ाइल अपलोड करें।</translation>
    </message>
    <message>
        <source>The signature in the PDF has %1 signers, but it must have exactly one: the approving officer. Sign the unsigned certificate once, then upload it.</source>
        <translation>PDF के हस्ताक्षर में %1 हस्ताक्षरकर्ता हैं, जबकि केवल एक होना चाहिए: स्वीकृत करने वाले अधिकारी। बिना हस्ताक्षर वाले प्रमाण-पत्र पर एक बार हस्ताक्षर करें, फिर उसे अपलोड करें।</translation>
    </message>
    <message>
        <source>The signature uses the digest algorithm %1, which is not accepted. Sign again with SHA-256, SHA-384 or SHA-512.</source>
        <translation>हस्ताक्षर में डाइजेस्ट एल्गोरिद्म %1 है, जो स्वीकार्य नहीं है। SHA-256, SHA-384 या SHA-512 से फिर हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The signature does not match the content of the PDF, so the file was changed after signing. Upload the file exactly as signing saved it.</source>
        <translation>हस्ताक्षर PDF की सामग्री से मेल नहीं खाता, यानी हस्ताक्षर के बाद फ़ाइल बदली गई। फ़ाइल ठीक वैसी ही अपलोड करें जैसी हस्ताक्षर के बाद सहेजी गई थी।</translation>
    </message>
    <message>
        <source>The PDF is signed with the certificate of %1, not with the Digital Signature Certificate registered for the approving officer (%2). Sign it with the registered certificate, or ask the administrator to register the new one.</source>
        <translation>PDF पर %1 के DSC से हस्ताक्षर हुए हैं, स्वीकृत करने वाले अधिकारी के लिए पंजीकृत डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) (%2) से नहीं। पंजीकृत DSC से हस्ताक्षर करें, या प्रशासक से नया DSC पंजीकृत करने को कहें।</translation>
    </message>
    <message>
        <source>The Digital Signature Certificate registered for the approving officer could not be read, so no signature can be checked. Ask the administrator to register the certificate again.</source>
        <translation>स्वीकृत करने वाले अधिकारी के लिए पंजीकृत डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) पढ़ा नहीं जा सका, इसलिए कोई हस्ताक्षर जाँचा नहीं जा सकता। प्रशासक से DSC फिर से पंजीकृत करने को कहें।</translation>
    </message>
    <message>
        <source>The uploaded file is not a complete PDF. Upload the signed certificate PDF again.</source>
        <translation>अपलोड की गई फ़ाइल पूरी PDF नहीं है। हस्ताक्षरित प्रमाण-पत्र की PDF फिर से अपलोड करें।</translation>
    </message>
    <message>
        <source>The PDF is not signed. Sign the certificate with your Digital Signature Certificate, then upload the signed file.</source>
        <translation>PDF पर हस्ताक्षर नहीं हैं। अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) से प्रमाण-पत्र पर हस्ताक्षर करें, फिर हस्ताक्षरित फ़ाइल अपलोड करें।</translation>
    </message>
    <message>
        <source>The PDF has %1 signatures, but a certificate must have exactly one: the approving officer&apos;s. Sign the unsigned certificate once, then upload it.</source>
        <translation>PDF में %1 हस्ताक्षर हैं, जबकि प्रमाण-पत्र पर केवल एक हस्ताक्षर होना चाहिए: स्वीकृत करने वाले अधिकारी का। बिना हस्ताक्षर वाले प्रमाण-पत्र पर एक बार हस्ताक्षर करें, फिर उसे अपलोड करें।</translation>
    </message>
    <message>
        <source>The signature field of the PDF is damaged or not in the expected form. Sign the certificate again, then upload the signed file.</source>
        <translation>PDF का हस्ताक्षर फ़ील्ड क्षतिग्रस्त है या अपेक्षित रूप में नहीं है। प्रमाण-पत्र पर फिर से हस्ताक्षर करें, फिर हस्ताक्षरित फ़ाइल अपलोड करें।</translation>
    </message>
    <message>
        <source>The signature does not cover the whole PDF, so the file was changed or extended after signing. Upload the file exactly as signing saved it.</source>
        <translation>हस्ताक्षर पूरी PDF को शामिल नहीं करता, यानी हस्ताक्षर के बाद फ़ाइल बदली या बढ़ाई गई। फ़ाइल ठीक वैसी ही अपलोड करें जैसी हस्ताक्षर के बाद सहेजी गई थी।</translation>
    </message>
    <message>
        <source>The signature does not name its format, so it is not a PAdES signature. Sign the certificate with the NoDues workstation.</source>
        <translation>हस्ताक्षर अपना प्रारूप नहीं बताता, इसलिए यह PAdES हस्ताक्षर नहीं है। NoDues वर्कस्टेशन से प्रमाण-पत्र पर हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The signature has the format &quot;%1&quot;, but only PAdES signatures (ETSI.CAdES.detached) are accepted. Sign the certificate with the NoDues workstation.</source>
        <translation>हस्ताक्षर का प्रारूप &quot;%1&quot; है, पर केवल PAdES हस्ताक्षर (ETSI.CAdES.detached) स्वीकार्य हैं। NoDues वर्कस्टेशन से प्रमाण-पत्र पर हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The PDF carries a valid signature by %1.</source>
        <translation>PDF पर %1 का मान्य हस्ताक्षर है।</translation>
    </message>
</context>
<context>
    <name>Pkcs11SigningKey</name>
    <message>
        <source>The key&apos;s address %1 in the settings is not a valid pkcs11: URI (%2). Correct it in the settings.</source>
        <translation>सेटिंग्स में कुंजी का पता %1 मान्य pkcs11: URI नहीं है (%2)। सेटिंग्स में इसे ठीक करें।</translation>
    </message>
    <message>
        <source>The certificate&apos;s address %1 in the settings is not a valid pkcs11: URI (%2). Correct it in the settings.</source>
        <translation>सेटिंग्स में डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) का पता %1 मान्य pkcs11: URI नहीं है (%2)। सेटिंग्स में इसे ठीक करें।</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module %1 does not exist. Install the token&apos;s driver, or correct the module&apos;s path in the settings.</source>
        <translation>टोकन का PKCS#11 मॉड्यूल %1 मौजूद नहीं है। टोकन का ड्राइवर इंस्टॉल करें, या सेटिंग्स में मॉड्यूल का पथ ठीक करें।</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module %1 could not be loaded. Install the token&apos;s driver, or correct the module&apos;s path in the settings.</source>
        <translation>टोकन का PKCS#11 मॉड्यूल %1 लोड नहीं हो सका। टोकन का ड्राइवर इंस्टॉल करें, या सेटिंग्स में मॉड्यूल का पथ ठीक करें।</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module %1 could not list the tokens. Plug the token in again, then sign again.</source>
        <translation>टोकन का PKCS#11 मॉड्यूल %1 टोकन की सूची नहीं दे सका। टोकन फिर से लगाएँ, फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>No token matching %1 is plugged in. Plug in the token with your Digital Signature Certificate, or correct the key&apos;s address in the settings.</source>
        <translation>%1 से मेल खाता कोई टोकन नहीं लगा है। अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) वाला टोकन लगाएँ, या सेटिंग्स में कुंजी का पता ठीक करें।</translation>
    </message>
    <message>
        <source>Type the token&apos;s PIN to sign.</source>
        <translation>हस्ताक्षर के लिए टोकन का पिन टाइप करें।</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is wrong, and the next wrong PIN locks the token. Check the PIN before typing it again.</source>
        <translation>टोकन का पिन गलत है, और अगला गलत पिन टोकन को लॉक कर देगा। दोबारा टाइप करने से पहले पिन जाँच लें।</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is wrong. Type it again carefully: after a few wrong PINs the token locks itself.</source>
        <translation>टोकन का पिन गलत है। ध्यान से फिर टाइप करें: कुछ गलत पिन के बाद टोकन अपने आप लॉक हो जाता है।</translation>
    </message>
    <message>
        <source>The token did not accept the PIN: it is too short, too long or expired. Set a new PIN with the token&apos;s own program, then sign again.</source>
        <translation>टोकन ने पिन स्वीकार नहीं किया: वह बहुत छोटा, बहुत लंबा या समाप्त है। टोकन के अपने प्रोग्राम से नया पिन सेट करें, फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The token rejected the login. Plug the token in again, then sign again.</source>
        <translation>टोकन ने लॉग-इन अस्वीकार कर दिया। टोकन फिर से लगाएँ, फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The token contains %1 keys that match %2. Add the key&apos;s label (object=...) or id (id=...) to the key&apos;s address in the settings.</source>
        <translation>टोकन में %2 से मेल खाती %1 कुंजियाँ हैं। सेटिंग्स में कुंजी के पते में लेबल (object=...) या आईडी (id=...) जोड़ें।</translation>
    </message>
    <message>
        <source>The key at %1 is neither an RSA nor an EC key, so it cannot sign certificates. Use the key of your Digital Signature Certificate.</source>
        <translation>%1 पर कुंजी न RSA है न EC, इसलिए वह प्रमाण-पत्रों पर हस्ताक्षर नहीं कर सकती। अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की कुंजी का उपयोग करें।</translation>
    </message>
    <message>
        <source>The token has no certificate for the key at %1. Import your Digital Signature Certificate onto the token, or name its certificate in the settings.</source>
        <translation>टोकन पर %1 की कुंजी का कोई प्रमाण-पत्र नहीं है। अपना डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) टोकन पर इम्पोर्ट करें, या सेटिंग्स में उसका प्रमाण-पत्र बताएँ।</translation>
    </message>
    <message>
        <source>The certificate found on the token does not belong to the key at %1. Name the key&apos;s own certificate in the settings.</source>
        <translation>टोकन पर मिला प्रमाण-पत्र %1 की कुंजी का नहीं है। सेटिंग्स में उसी कुंजी का प्रमाण-पत्र बताएँ।</translation>
    </message>
    <message>
        <source>The token has locked its PIN after too many wrong tries. Unlock it with the token&apos;s own program and its PUK (security officer PIN), then sign again.</source>
        <translation>बहुत अधिक गलत प्रयासों के बाद टोकन ने अपना पिन लॉक कर दिया है। टोकन के अपने प्रोग्राम और PUK (सुरक्षा अधिकारी पिन) से इसे अनलॉक करें, फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>The token is not plugged in or not recognised. Plug in the token with your Digital Signature Certificate and sign again.</source>
        <translation>टोकन नहीं लगा है या पहचाना नहीं गया। अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) वाला टोकन लगाएँ और फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>No private key matching %1 is on the token. Check that the settings name the key of your Digital Signature Certificate.</source>
        <translation>टोकन पर %1 से मेल खाती कोई निजी कुंजी नहीं है। जाँचें कि सेटिंग्स में आपके डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की कुंजी दी गई है।</translation>
    </message>
</context>
<context>
    <name>Pkcs11TokenStatus</name>
    <message>
        <source>The key&apos;s address in the settings is not a valid pkcs11: URI (%1). Correct it in the settings.</source>
        <translation>सेटिंग्स में कुंजी का पता मान्य pkcs11: URI नहीं है (%1)। उसे सेटिंग्स में ठीक करें।</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module %1 does not exist. Install the token&apos;s driver, or correct the module&apos;s path in the settings.</source>
        <translation>टोकन का PKCS#11 मॉड्यूल %1 मौजूद नहीं है। टोकन का ड्राइवर इंस्टॉल करें, या सेटिंग्स में मॉड्यूल का पाथ ठीक करें।</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module %1 could not be loaded or could not list the tokens. Install the token&apos;s driver, or plug the token in again.</source>
        <translation>टोकन का PKCS#11 मॉड्यूल %1 लोड नहीं हो सका या टोकनों की सूची नहीं दे सका। टोकन का ड्राइवर इंस्टॉल करें, या टोकन दोबारा लगाएँ।</translation>
    </message>
    <message>
        <source>No token matching %1 is plugged in. Plug in the token with your Digital Signature Certificate, or correct the key&apos;s address in the settings.</source>
        <translation>%1 से मेल खाता कोई टोकन लगा नहीं है। अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) वाला टोकन लगाएँ, या सेटिंग्स में कुंजी का पता ठीक करें।</translation>
    </message>
    <message>
        <source>The token has locked its PIN after too many wrong tries. Unlock it with the token&apos;s own program and its PUK (security officer PIN), then sign again.</source>
        <translation>बहुत अधिक गलत प्रयासों के बाद टोकन ने अपना पिन लॉक कर दिया है। टोकन के अपने प्रोग्राम और उसके PUK (सुरक्षा अधिकारी पिन) से इसे अनलॉक करें, फिर दोबारा हस्ताक्षर करें।</translation>
    </message>
</context>
<context>
    <name>Pkcs12SigningKey</name>
    <message>
        <source>The PKCS#12 file %1 could not be opened: %2. Choose the file of your Digital Signature Certificate in the settings.</source>
        <translation>PKCS#12 फ़ाइल %1 खोली नहीं जा सकी: %2। सेटिंग्स में अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a PKCS#12 file of a Digital Signature Certificate. Choose the certificate&apos;s .p12 or .pfx file in the settings.</source>
        <translation>फ़ाइल %1 डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की PKCS#12 फ़ाइल होने के लिए बहुत बड़ी है। सेटिंग्स में .p12 या .pfx फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The file %1 is not a PKCS#12 file (.p12 or .pfx). Choose the file of your Digital Signature Certificate in the settings.</source>
        <translation>फ़ाइल %1 PKCS#12 फ़ाइल (.p12 या .pfx) नहीं है। सेटिंग्स में अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 could not be decrypted, although its passphrase is right. Export the Digital Signature Certificate again with AES encryption and choose the new file.</source>
        <translation>पासफ़्रेज़ सही होने पर भी PKCS#12 फ़ाइल %1 डिक्रिप्ट नहीं हो सकी। डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) को AES एन्क्रिप्शन के साथ फिर से एक्सपोर्ट करें और नई फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 contains no private key. Export the Digital Signature Certificate again together with its private key.</source>
        <translation>PKCS#12 फ़ाइल %1 में कोई निजी कुंजी नहीं है। डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) को उसकी निजी कुंजी के साथ फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 contains no certificate for its private key. Export the Digital Signature Certificate again together with its certificate.</source>
        <translation>PKCS#12 फ़ाइल %1 में उसकी निजी कुंजी का प्रमाण-पत्र नहीं है। डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) को उसके प्रमाण-पत्र के साथ फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>The key in %1 is neither an RSA nor an EC key, so it cannot sign certificates. Use the file of your Digital Signature Certificate.</source>
        <translation>%1 में कुंजी न RSA है न EC, इसलिए वह प्रमाण-पत्रों पर हस्ताक्षर नहीं कर सकती। अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की फ़ाइल का उपयोग करें।</translation>
    </message>
    <message>
        <source>The passphrase of the PKCS#12 file %1 is wrong. Type it again carefully.</source>
        <translation>PKCS#12 फ़ाइल %1 का पासफ़्रेज़ गलत है। ध्यान से फिर टाइप करें।</translation>
    </message>
</context>
<context>
    <name>PrintBatchCommand</name>
    <message>
        <source>Print signed certificates from the local cache.</source>
        <translation>स्थानीय कैश से हस्ताक्षरित प्रमाण-पत्र प्रिंट करें।</translation>
    </message>
    <message>
        <source>Print every certificate of your office not yet printed.</source>
        <translation>आपके कार्यालय के वे सभी प्रमाण-पत्र प्रिंट करें जो अभी प्रिंट नहीं हुए।</translation>
    </message>
    <message>
        <source>Print these certificates, separated by commas.</source>
        <translation>ये प्रमाण-पत्र प्रिंट करें, अल्पविराम से अलग करके।</translation>
    </message>
    <message>
        <source>N1,N2</source>
        <translation>N1,N2</translation>
    </message>
    <message>
        <source>Send one job to the printer queue NAME.</source>
        <translation>प्रिंटर कतार NAME को एक कार्य भेजें।</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>--numbers has an empty or malformed certificate number in &quot;%1&quot;. Separate the numbers with commas, for example NDC/20302/2026-27/000123,NDC/20302/2026-27/000124.</source>
        <translation>--numbers में &quot;%1&quot; के भीतर कोई प्रमाण-पत्र क्रमांक खाली या गलत है। क्रमांक अल्पविराम से अलग करें, जैसे NDC/20302/2026-27/000123,NDC/20302/2026-27/000124।</translation>
    </message>
    <message>
        <source>Give either --all-unprinted or --numbers N1,N2,... .</source>
        <translation>--all-unprinted या --numbers N1,N2,... में से एक दें।</translation>
    </message>
    <message>
        <source>Give either --printer NAME or --pdf-dir DIR.</source>
        <translation>--printer NAME या --pdf-dir DIR में से एक दें।</translation>
    </message>
    <message>
        <source>There is no printer called &quot;%1&quot;. Printers on this PC: %2.</source>
        <translation>&quot;%1&quot; नाम का कोई प्रिंटर नहीं है। इस पीसी के प्रिंटर: %2।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Give either --cache PATH or --server URL with --officer USERNAME.</source>
        <translation>--cache PATH दें, या --officer USERNAME के साथ --server URL दें।</translation>
    </message>
    <message>
        <source>Give --server URL and --officer USERNAME, or --cache PATH: this workstation has no saved sign-in to take them from.</source>
        <translation>--server URL और --officer USERNAME दें, या --cache PATH दें: इस वर्कस्टेशन पर कोई सहेजा गया साइन-इन नहीं है जिससे ये लिए जा सकें।</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a URL such as https://nodues.example.in.</source>
        <translation>सर्वर का पता &quot;%1&quot; https://nodues.example.in जैसा URL नहीं है।</translation>
    </message>
    <message>
        <source>Printed %1 (copy %2)</source>
        <translation>%1 प्रिंट हुआ (प्रति %2)</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>%1 प्रिंट हुआ</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>प्रिंट नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>प्रिंट करने को कुछ नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates printed to %1.</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र %1 पर प्रिंट हुआ।</numerusform>
            <numerusform>%n प्रमाण-पत्र %1 पर प्रिंट हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing to %1 failed: %2</source>
        <translation>%1 पर प्रिंट विफल: %2</translation>
    </message>
    <message>
        <source>Write the printed pages into the existing folder DIR, one PDF file per certificate, named like NDC-20302-2026-27-000123-print.pdf. The files are 300 dpi images of the printed pages, not the signed certificate.</source>
        <translation>छपे पृष्ठ पहले से मौजूद फ़ोल्डर DIR में लिखें, हर प्रमाण-पत्र की एक PDF फ़ाइल, जिसका नाम NDC-20302-2026-27-000123-print.pdf जैसा होगा। ये फ़ाइलें छपे पृष्ठों की 300 dpi छवियाँ हैं, हस्ताक्षरित प्रमाण-पत्र नहीं।</translation>
    </message>
    <message>
        <source>Use the local cache of the officer&apos;s applications from the server URL.</source>
        <translation>सर्वर URL से अधिकारी के आवेदनों का स्थानीय कैश उपयोग करें।</translation>
    </message>
    <message>
        <source>The officer whose local cache is used and who is recorded as printing.</source>
        <translation>वह अधिकारी जिसका स्थानीय कैश उपयोग होता है और जिसके नाम प्रिंट दर्ज होता है।</translation>
    </message>
    <message>
        <source>Use the local cache in the file PATH.</source>
        <translation>फ़ाइल PATH में रखा स्थानीय कैश उपयोग करें।</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every certificate printed, or nothing was left to print
  1  an invalid option
  2  the local cache, the printer or the folder cannot be used
  3  the print job failed or was cancelled; its certificates are not printed
  4  some certificates were left out; each is named with the reason
</source>
        <translation>निकास कोड:
  0  सभी प्रमाण-पत्र प्रिंट हुए, या प्रिंट करने को कुछ नहीं बचा था
  1  अमान्य विकल्प
  2  स्थानीय कैश, प्रिंटर या फ़ोल्डर इस्तेमाल नहीं हो सकता
  3  प्रिंट कार्य विफल हुआ या रद्द किया गया; उसके प्रमाण-पत्र प्रिंट नहीं हुए
  4  कुछ प्रमाण-पत्र छूट गए; हर एक का नाम कारण सहित लिखा जाता है
</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist. Create it, or give an existing folder with --pdf-dir.</source>
        <translation>फ़ोल्डर &quot;%1&quot; मौजूद नहीं है। उसे बनाएँ, या --pdf-dir से कोई मौजूदा फ़ोल्डर दें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder. Give an existing folder with --pdf-dir.</source>
        <translation>&quot;%1&quot; फ़ोल्डर नहीं है। --pdf-dir से कोई मौजूदा फ़ोल्डर दें।</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be written to. Give a folder you may write to with --pdf-dir.</source>
        <translation>फ़ोल्डर &quot;%1&quot; में लिखा नहीं जा सकता। --pdf-dir से ऐसा फ़ोल्डर दें जिसमें आप लिख सकें।</translation>
    </message>
    <message>
        <source>Prints signed NoDues certificates from this workstation&apos;s local cache, without the network.</source>
        <translation>इस वर्कस्टेशन के स्थानीय कैश से, नेटवर्क के बिना, हस्ताक्षरित नो ड्यूज प्रमाण-पत्र प्रिंट करता है।</translation>
    </message>
    <message>
        <source>There is no local cache at &quot;%1&quot;. Sign in once with the workstation on this PC, or give the file of the local cache with --cache.</source>
        <translation>&quot;%1&quot; पर कोई स्थानीय कैश नहीं है। इस पीसी पर वर्कस्टेशन से एक बार साइन इन करें, या --cache से स्थानीय कैश की फ़ाइल दें।</translation>
    </message>
    <message>
        <source>The local cache at &quot;%1&quot; cannot be opened: %2</source>
        <translation>&quot;%1&quot; पर स्थानीय कैश खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>स्थानीय कैश पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not offer A4 paper, which certificates need.</source>
        <translation>प्रिंटर &quot;%1&quot; में A4 कागज़ का विकल्प नहीं है, जो प्रमाण-पत्रों के लिए ज़रूरी है।</translation>
    </message>
    <message>
        <source>The printing service (CUPS) could not be asked about the printer &quot;%1&quot;: %2. Check that it is running, then run the command again.</source>
        <translation>प्रिंटिंग सेवा (CUPS) से प्रिंटर &quot;%1&quot; के बारे में नहीं पूछा जा सका: %2। जाँचें कि वह चल रही है, फिर कमांड दोबारा चलाएँ।</translation>
    </message>
</context>
<context>
    <name>QrPayload</name>
    <message>
        <source>The certificate number &quot;%1&quot; is not of the form NDC/&lt;division code&gt;/&lt;fiscal year&gt;/&lt;serial&gt;, such as NDC/20302/2026-27/000123.</source>
        <translation>प्रमाण-पत्र संख्या &quot;%1&quot; NDC/&lt;संभाग कोड&gt;/&lt;वित्तीय वर्ष&gt;/&lt;क्रमांक&gt; के रूप में नहीं है, जैसे NDC/20302/2026-27/000123।</translation>
    </message>
    <message>
        <source>The number of connections &quot;%1&quot; is not a whole number from 0 to %2 without leading zeros.</source>
        <translation>कनेक्शनों की संख्या &quot;%1&quot; 0 से %2 तक की, बिना आगे के शून्य वाली पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <source>The applicant&apos;s name in the QR payload is %1 characters long; it must have 1 to %2.</source>
        <translation>क्यूआर पेलोड में आवेदक का नाम %1 अक्षर लंबा है; उसमें 1 से %2 अक्षर होने चाहिए।</translation>
    </message>
    <message>
        <source>The applicant&apos;s name in the QR payload has &quot;%1&quot; at position %2, which is neither a letter, a digit, &quot;-&quot;, &quot;_&quot;, &quot;~&quot; nor an escape such as %C3.</source>
        <translation>क्यूआर पेलोड में आवेदक के नाम में स्थान %2 पर &quot;%1&quot; है, जो न अक्षर है, न अंक, न &quot;-&quot;, &quot;_&quot;, &quot;~&quot; और न %C3 जैसा एस्केप।</translation>
    </message>
    <message>
        <source>The applicant&apos;s name in the QR payload is not valid UTF-8 once decoded.</source>
        <translation>क्यूआर पेलोड में आवेदक का नाम डिकोड करने पर मान्य UTF-8 नहीं है।</translation>
    </message>
    <message>
        <source>The issue date of certificate %1 is not set or not a four-digit year&apos;s date.</source>
        <translation>प्रमाण-पत्र %1 की जारी करने की तिथि निर्धारित नहीं है या चार अंकों वाले वर्ष की तिथि नहीं है।</translation>
    </message>
    <message>
        <source>The applicant&apos;s name &quot;%1&quot; on certificate %2 is empty once written for the QR code.</source>
        <translation>प्रमाण-पत्र %2 पर आवेदक का नाम &quot;%1&quot; क्यूआर कोड के लिए लिखने पर खाली रह जाता है।</translation>
    </message>
    <message>
        <source>No certificate signing key exists yet, so certificate %1 cannot be signed. Create the first key with &quot;nodues-server keys rotate&quot;.</source>
        <translation>अभी कोई प्रमाण-पत्र हस्ताक्षर कुंजी नहीं है, इसलिए प्रमाण-पत्र %1 पर हस्ताक्षर नहीं हो सकते। पहली कुंजी &quot;nodues-server keys rotate&quot; से बनाएं।</translation>
    </message>
    <message>
        <source>The certificate signing key changed while the QR payload of certificate %1 was signed; build it again.</source>
        <translation>प्रमाण-पत्र %1 के क्यूआर पेलोड पर हस्ताक्षर के दौरान प्रमाण-पत्र हस्ताक्षर कुंजी बदल गई; इसे फिर से बनाएं।</translation>
    </message>
    <message>
        <source>The QR payload is empty.</source>
        <translation>क्यूआर पेलोड खाली है।</translation>
    </message>
    <message>
        <source>The QR payload has %1 characters; a valid one has at most %2.</source>
        <translation>क्यूआर पेलोड में %1 अक्षर हैं; मान्य पेलोड में अधिकतम %2 होते हैं।</translation>
    </message>
    <message>
        <source>The QR payload has the non-ASCII character %1 at position %2.</source>
        <translation>क्यूआर पेलोड में स्थान %2 पर गैर-ASCII अक्षर %1 है।</translation>
    </message>
    <message>
        <source>The QR payload has the character %1 at position %2, which the format does not use.</source>
        <translation>क्यूआर पेलोड में स्थान %2 पर अक्षर %1 है, जिसका यह प्रारूप उपयोग नहीं करता।</translation>
    </message>
    <message>
        <source>The QR payload has format version &quot;%1&quot;, but only version %2 is known.</source>
        <translation>क्यूआर पेलोड का प्रारूप संस्करण &quot;%1&quot; है, लेकिन केवल संस्करण %2 ज्ञात है।</translation>
    </message>
    <message>
        <source>The QR payload has %1 parts separated by &quot;.&quot;, but version %2 has %3: six fields and the signature.</source>
        <translation>क्यूआर पेलोड में &quot;.&quot; से अलग किए गए %1 भाग हैं, लेकिन संस्करण %2 में %3 होते हैं: छह फ़ील्ड और हस्ताक्षर।</translation>
    </message>
    <message>
        <source>The issue date &quot;%1&quot; in the QR payload is not a valid date written as YYYYMMDD.</source>
        <translation>क्यूआर पेलोड में जारी करने की तिथि &quot;%1&quot; YYYYMMDD रूप में लिखी मान्य तिथि नहीं है।</translation>
    </message>
    <message>
        <source>The key id &quot;%1&quot; in the QR payload is not %2 base64url characters.</source>
        <translation>क्यूआर पेलोड में कुंजी आईडी &quot;%1&quot; %2 base64url अक्षरों की नहीं है।</translation>
    </message>
    <message>
        <source>The signature in the QR payload is not the %1 base64url characters that encode %2 bytes.</source>
        <translation>क्यूआर पेलोड में हस्ताक्षर %2 बाइट दर्शाने वाले %1 base64url अक्षर नहीं है।</translation>
    </message>
    <message>
        <source>Certificate %1 was signed with the key %2, which is not among the known certificate signing keys.</source>
        <translation>प्रमाण-पत्र %1 पर कुंजी %2 से हस्ताक्षर किए गए थे, जो ज्ञात प्रमाण-पत्र हस्ताक्षर कुंजियों में नहीं है।</translation>
    </message>
    <message>
        <source>The signature in the QR payload of certificate %1 does not match its content: the payload was changed, or key %2 did not sign it.</source>
        <translation>प्रमाण-पत्र %1 के क्यूआर पेलोड का हस्ताक्षर उसकी सामग्री से मेल नहीं खाता: पेलोड बदला गया है, या उस पर कुंजी %2 ने हस्ताक्षर नहीं किए।</translation>
    </message>
</context>
<context>
    <name>QrSymbol</name>
    <message>
        <source>The QR code text contains a NUL byte.</source>
        <translation>क्यूआर कोड के पाठ में NUL बाइट है।</translation>
    </message>
    <message>
        <source>The QR code of %1 bytes could not be made: %2</source>
        <translation>%1 बाइट का क्यूआर कोड नहीं बन सका: %2</translation>
    </message>
</context>
<context>
    <name>RegisteredCertificateCheck</name>
    <message>
        <source>No Digital Signature Certificate is registered for you on the server, so it would reject every certificate you sign. Ask an administrator to register your DSC, then sign in again.</source>
        <translation>सर्वर पर आपका कोई डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) पंजीकृत नहीं है, इसलिए आपके हस्ताक्षर किए हर प्रमाण-पत्र को सर्वर अस्वीकार कर देगा। प्रशासक से अपना DSC पंजीकृत करवाएँ, फिर दोबारा साइन इन करें।</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be used for signing: %2</source>
        <translation>%1 का प्रमाण-पत्र हस्ताक्षर के लिए उपयोग नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>The DSC of %1 (%2) is not the one registered for you on the server, which would reject every certificate signed with it. Sign with your registered DSC. If an administrator has registered this one, sign in again so the workstation learns of it.

This DSC: SHA-256 %3
Registered: SHA-256 %4</source>
        <translation>%1 का DSC (%2) वह नहीं है जो सर्वर पर आपके लिए पंजीकृत है, इसलिए सर्वर इससे हस्ताक्षरित हर प्रमाण-पत्र को अस्वीकार कर देगा। अपने पंजीकृत DSC से हस्ताक्षर करें। यदि प्रशासक ने यही DSC पंजीकृत किया है, तो दोबारा साइन इन करें ताकि वर्कस्टेशन को इसकी जानकारी मिल जाए।

यह DSC: SHA-256 %3
पंजीकृत: SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <source>The route pattern &quot;%1&quot; must start with &quot;/&quot;.</source>
        <translation>रूट पैटर्न &quot;%1&quot; &quot;/&quot; से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>The route pattern &quot;%1&quot; has an invalid parameter name &quot;%2&quot;; use letters, digits and underscores.</source>
        <translation>रूट पैटर्न &quot;%1&quot; में पैरामीटर का नाम &quot;%2&quot; अमान्य है; अक्षर, अंक और अंडरस्कोर का उपयोग करें।</translation>
    </message>
    <message>
        <source>The route pattern &quot;%1&quot; uses the parameter name &quot;%2&quot; twice.</source>
        <translation>रूट पैटर्न &quot;%1&quot; में पैरामीटर का नाम &quot;%2&quot; दो बार है।</translation>
    </message>
    <message>
        <source>The route pattern &quot;%1&quot; has a segment &quot;%2&quot; that mixes text and a parameter; a parameter must be a whole segment.</source>
        <translation>रूट पैटर्न &quot;%1&quot; के खंड &quot;%2&quot; में पाठ और पैरामीटर मिले हुए हैं; पैरामीटर पूरा खंड होना चाहिए।</translation>
    </message>
    <message>
        <source>The route pattern &quot;%1&quot; has an empty segment or a trailing &quot;/&quot;.</source>
        <translation>रूट पैटर्न &quot;%1&quot; में कोई खाली खंड है या अंत में &quot;/&quot; है।</translation>
    </message>
    <message>
        <source>The route &quot;%1&quot; has no method.</source>
        <translation>रूट &quot;%1&quot; की कोई मेथड नहीं है।</translation>
    </message>
    <message>
        <source>The route %1 %2 is registered twice (first as %3).</source>
        <translation>रूट %1 %2 दो बार पंजीकृत है (पहली बार %3 के रूप में)।</translation>
    </message>
    <message>
        <source>The request path is not valid percent-encoded UTF-8.</source>
        <translation>अनुरोध का पथ मान्य percent-encoded UTF-8 नहीं है।</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>%1 -: standard input ended before the line was read. Write it on its own line.</source>
        <translation>%1 -: पंक्ति पढ़ी जाने से पहले ही स्टैंडर्ड इनपुट समाप्त हो गया। उसे अलग पंक्ति में लिखें।</translation>
    </message>
    <message>
        <source>%1: the file %2 cannot be read (%3). Name a file readable by you, or - for standard input.</source>
        <translation>%1: फ़ाइल %2 पढ़ी नहीं जा सकती (%3)। ऐसी फ़ाइल दें जिसे आप पढ़ सकें, या स्टैंडर्ड इनपुट के लिए - दें।</translation>
    </message>
    <message>
        <source>%1 -: the line read from standard input is empty.</source>
        <translation>%1 -: स्टैंडर्ड इनपुट से पढ़ी गई पंक्ति खाली है।</translation>
    </message>
    <message>
        <source>%1: the file %2 is empty. Put the secret on its first line.</source>
        <translation>%1: फ़ाइल %2 खाली है। गुप्त जानकारी उसकी पहली पंक्ति में लिखें।</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Could not create the signal socket pair: %1</source>
        <translation>सिग्नल सॉकेट जोड़ी नहीं बनाई जा सकी: %1</translation>
    </message>
    <message>
        <source>Could not install the SIGINT and SIGTERM handlers: %1</source>
        <translation>SIGINT और SIGTERM हैंडलर स्थापित नहीं किए जा सके: %1</translation>
    </message>
    <message>
        <source>The listen address &quot;%1&quot; is invalid; write ADDRESS:PORT, for example 127.0.0.1:8080, [::1]:8080, or port 0 to pick a free port.</source>
        <translation>लिसन पता &quot;%1&quot; अमान्य है; ADDRESS:PORT लिखें, जैसे 127.0.0.1:8080 या [::1]:8080; कोई खाली पोर्ट अपने-आप चुनने के लिए पोर्ट 0 लिखें।</translation>
    </message>
    <message>
        <source>The setting %1 is %2; it must be between %3 and %4.</source>
        <translation>सेटिंग %1 का मान %2 है; यह %3 और %4 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>--threads is &quot;%1&quot;; give a number of worker threads from 1 to 256.</source>
        <translation>--threads का मान &quot;%1&quot; है; वर्कर थ्रेड की संख्या 1 से 256 तक दें।</translation>
    </message>
    <message>
        <source>Address and port to listen on, e.g. 127.0.0.1:8080 or [::1]:8080; port 0 picks a free port. Default: the http/listen setting, else 127.0.0.1:8080.</source>
        <translation>लिसन करने का पता और पोर्ट, जैसे 127.0.0.1:8080 या [::1]:8080; पोर्ट 0 देने पर कोई खाली पोर्ट चुना जाता है। डिफ़ॉल्ट: http/listen सेटिंग, अन्यथा 127.0.0.1:8080।</translation>
    </message>
    <message>
        <source>Number of worker threads that run requests, each with its own database connection. Default: the http/worker_threads setting, else 8.</source>
        <translation>अनुरोधों को चलाने वाले वर्कर थ्रेड की संख्या; प्रत्येक थ्रेड का अपना डेटाबेस कनेक्शन होता है। डिफ़ॉल्ट: http/worker_threads सेटिंग, अन्यथा 8।</translation>
    </message>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation>%1 का स्कीमा संस्करण पढ़ा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2 but this server needs version %3. Run &quot;nodues-server init&quot; with the same --db first.</source>
        <translation>डेटाबेस %1 स्कीमा संस्करण %2 पर है, पर इस सर्वर को संस्करण %3 चाहिए। पहले उसी --db के साथ &quot;nodues-server init&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2, newer than this server&apos;s version %3. Run a newer nodues-server.</source>
        <translation>डेटाबेस %1 स्कीमा संस्करण %2 पर है, जो इस सर्वर के संस्करण %3 से नया है। nodues-server का नया संस्करण चलाएँ।</translation>
    </message>
    <message>
        <source>Run the HTTP service until SIGINT or SIGTERM. Settings (INI section [http] or NODUES_HTTP_*): listen, body_limit_bytes, header_limit_bytes, read_timeout_seconds, idle_timeout_seconds, write_timeout_seconds, worker_threads, io_threads, max_connections, shutdown_grace_seconds. Security, OTP, session and API limits (sections [security], [otp], [session], [api]): see docs/configuration.md.</source>
        <translation>SIGINT या SIGTERM मिलने तक HTTP सेवा चलाएँ। सेटिंग्स (INI अनुभाग [http] या NODUES_HTTP_*): listen, body_limit_bytes, header_limit_bytes, read_timeout_seconds, idle_timeout_seconds, write_timeout_seconds, worker_threads, io_threads, max_connections, shutdown_grace_seconds। सुरक्षा, ओटीपी, सत्र और API की सीमाएँ (अनुभाग [security], [otp], [session], [api]): docs/configuration.md देखें।</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Enter the server address, for example https://nodues.example.in.</source>
        <translation>सर्वर का पता दर्ज करें, उदाहरण के लिए https://nodues.example.in।</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid address. Enter it as https://name-or-IP-address, with :port when the server needs one.</source>
        <translation>सर्वर का पता &quot;%1&quot; मान्य नहीं है। इसे https://नाम-या-IP-पता के रूप में दर्ज करें, और सर्वर को आवश्यकता हो तो :पोर्ट जोड़ें।</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must start with https://.</source>
        <translation>सर्वर का पता &quot;%1&quot; https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; must not contain a user name, &quot;?&quot; or &quot;#&quot;. Enter only https://name-or-IP-address, with :port when the server needs one.</source>
        <translation>सर्वर के पते &quot;%1&quot; में उपयोगकर्ता नाम, &quot;?&quot; या &quot;#&quot; नहीं होना चाहिए। केवल https://नाम-या-IP-पता दर्ज करें, और सर्वर को आवश्यकता हो तो :पोर्ट जोड़ें।</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; starts with http://, which would send your password unencrypted. Use https://; http:// is accepted only for a server on this computer.</source>
        <translation>सर्वर का पता &quot;%1&quot; http:// से शुरू होता है, जिससे आपका पासवर्ड बिना एन्क्रिप्शन के भेजा जाएगा। https:// का उपयोग करें; http:// केवल इसी कंप्यूटर पर चल रहे सर्वर के लिए स्वीकार है।</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>INI file with server settings. Default: NODUES_CONFIG, if set.</source>
        <translation>सर्वर सेटिंग्स वाली INI फ़ाइल। डिफ़ॉल्ट: NODUES_CONFIG, यदि सेट हो।</translation>
    </message>
    <message>
        <source>The configuration file %1 does not exist or cannot be read.</source>
        <translation>कॉन्फ़िगरेशन फ़ाइल %1 मौजूद नहीं है या पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>कॉन्फ़िगरेशन फ़ाइल %1 मान्य INI फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;, which is not a whole number.</source>
        <translation>सेटिंग %1 का मान &quot;%2&quot; है, जो पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <source>Database URL: sqlite:///path/nodues.db or postgresql://user@host:5432/nodues. Default: NODUES_DB, else database/url in the configuration file, else %1.</source>
        <translation>डेटाबेस URL: sqlite:///path/nodues.db या postgresql://user@host:5432/nodues। डिफ़ॉल्ट: NODUES_DB, अन्यथा कॉन्फ़िगरेशन फ़ाइल में database/url, अन्यथा %1।</translation>
    </message>
    <message>
        <source>The configuration file %1 sets unknown settings: %2. Check their spelling against docs/configuration.md.</source>
        <translation>कॉन्फ़िगरेशन फ़ाइल %1 में अज्ञात सेटिंग्स हैं: %2। docs/configuration.md से इनकी वर्तनी मिलाएँ।</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Check --db or NODUES_DB, or create it with nodues-server init.</source>
        <translation>डेटाबेस फ़ाइल %1 मौजूद नहीं है। --db या NODUES_DB जाँचें, या nodues-server init से इसे बनाएँ।</translation>
    </message>
    <message>
        <source>The database %1 has no NoDues schema. Create it with nodues-server init.</source>
        <translation>डेटाबेस %1 में NoDues स्कीमा नहीं है। nodues-server init से इसे बनाएँ।</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2, but this nodues-server needs version %3. Upgrade it with nodues-server init.</source>
        <translation>डेटाबेस %1 स्कीमा संस्करण %2 पर है, पर इस nodues-server को संस्करण %3 चाहिए। nodues-server init से इसे अपग्रेड करें।</translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2, newer than this nodues-server knows (%3). Use the newer nodues-server.</source>
        <translation>डेटाबेस %1 स्कीमा संस्करण %2 पर है, जो इस nodues-server के ज्ञात संस्करण (%3) से नया है। नए nodues-server का उपयोग करें।</translation>
    </message>
    <message>
        <source>The setting officers/password_cost is &quot;%1&quot;; use moderate or interactive.</source>
        <translation>सेटिंग officers/password_cost &quot;%1&quot; है; moderate या interactive रखें।</translation>
    </message>
</context>
<context>
    <name>ServerContext</name>
    <message>
        <source>The setting %1 is %2; it must be between %3 and %4.</source>
        <translation>सेटिंग %1 का मान %2 है; यह %3 और %4 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>The setting security/key_dir is not set. With a PostgreSQL database, name a folder for the server&apos;s secret keys (readable by the server&apos;s user only, not inside the database), for example NODUES_SECURITY_KEY_DIR=/var/lib/nodues/keys.</source>
        <translation>सेटिंग security/key_dir सेट नहीं है। PostgreSQL डेटाबेस के साथ सर्वर की गुप्त कुंजियों के लिए एक फ़ोल्डर बताएँ, जिसे केवल सर्वर का उपयोगकर्ता पढ़ सके और जो डेटाबेस के भीतर न हो; उदाहरण के लिए NODUES_SECURITY_KEY_DIR=/var/lib/nodues/keys।</translation>
    </message>
    <message>
        <source>Could not open the key folder %1 (setting security/key_dir): %2</source>
        <translation>कुंजी फ़ोल्डर %1 (सेटिंग security/key_dir) खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>The setting applications/public_base_url (%1) cannot be used in SMS links: %2</source>
        <translation>सेटिंग applications/public_base_url (%1) का उपयोग एसएमएस लिंक में नहीं हो सकता: %2</translation>
    </message>
    <message>
        <source>Could not read the certificate signing keys in %1 (setting security/key_dir): %2</source>
        <translation>%1 (सेटिंग security/key_dir) में प्रमाण-पत्र हस्ताक्षर कुंजियाँ पढ़ी नहीं जा सकीं: %2</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>No folder for the server&apos;s key files is set.</source>
        <translation>सर्वर की कुंजी फ़ाइलों के लिए कोई फ़ोल्डर सेट नहीं है।</translation>
    </message>
    <message>
        <source>Could not read the key folder %1: %2.</source>
        <translation>कुंजी फ़ोल्डर %1 पढ़ा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the key folder %2.</source>
        <translation>कुंजी फ़ोल्डर %2 के लिए फ़ोल्डर %1 बनाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>Could not create the key folder %1: %2.</source>
        <translation>कुंजी फ़ोल्डर %1 बनाया नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>The key folder %1 is not a folder.</source>
        <translation>कुंजी फ़ोल्डर %1 फ़ोल्डर नहीं है।</translation>
    </message>
    <message>
        <source>The key folder %1 can be written by other users, who could replace a key. Restrict it with &quot;chmod 700 %1&quot;.</source>
        <translation>कुंजी फ़ोल्डर %1 में अन्य उपयोगकर्ता भी लिख सकते हैं और कोई कुंजी बदल सकते हैं। &quot;chmod 700 %1&quot; से इसकी अनुमतियाँ सीमित करें।</translation>
    </message>
</context>
<context>
    <name>SessionSettings</name>
    <message>
        <source>consumer idle limit</source>
        <translation>उपभोक्ता की निष्क्रियता सीमा</translation>
    </message>
    <message>
        <source>consumer session lifetime</source>
        <translation>उपभोक्ता सत्र की अवधि</translation>
    </message>
    <message>
        <source>officer idle limit</source>
        <translation>अधिकारी की निष्क्रियता सीमा</translation>
    </message>
    <message>
        <source>officer session lifetime</source>
        <translation>अधिकारी सत्र की अवधि</translation>
    </message>
    <message>
        <source>The %1 of %2 seconds is out of range: use 60 to %3 seconds.</source>
        <translation>%1 (%2 सेकंड) अनुमत सीमा से बाहर है: 60 से %3 सेकंड तक रखें।</translation>
    </message>
    <message>
        <source>The session touch interval of %1 seconds is out of range: use 0 up to less than the idle limits.</source>
        <translation>सत्र नवीनीकरण अंतराल (touch interval) %1 सेकंड अनुमत सीमा से बाहर है: 0 या अधिक रखें, पर निष्क्रियता सीमाओं से कम।</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Could not start a session: the mobile number &quot;%1&quot; is not 10 digits starting with 6, 7, 8 or 9.</source>
        <translation>सत्र शुरू नहीं किया जा सका: मोबाइल नंबर &quot;%1&quot; 6, 7, 8 या 9 से शुरू होने वाला 10 अंकों का नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Could not start a session: the device name &quot;%1&quot; must be 1 to %2 printable characters.</source>
        <translation>सत्र शुरू नहीं किया जा सका: डिवाइस का नाम &quot;%1&quot; 1 से %2 प्रिंट-योग्य वर्णों का होना चाहिए।</translation>
    </message>
    <message>
        <source>Could not start a session: no officer has the id %1.</source>
        <translation>सत्र शुरू नहीं किया जा सका: आईडी %1 वाला कोई अधिकारी नहीं है।</translation>
    </message>
    <message>
        <source>Could not start a session: the officer &quot;%1&quot; is disabled.</source>
        <translation>सत्र शुरू नहीं किया जा सका: अधिकारी &quot;%1&quot; निष्क्रिय है।</translation>
    </message>
    <message>
        <source>The database did not return the id of the new session.</source>
        <translation>डेटाबेस ने नए सत्र की आईडी नहीं लौटाई।</translation>
    </message>
    <message>
        <source>Could not sign out: the session has already ended or does not exist.</source>
        <translation>साइन-आउट नहीं किया जा सका: सत्र पहले ही समाप्त हो चुका है या मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>No session has the id %1.</source>
        <translation>आईडी %1 वाला कोई सत्र नहीं है।</translation>
    </message>
    <message>
        <source>The session %1 is already revoked.</source>
        <translation>सत्र %1 पहले ही रद्द किया जा चुका है।</translation>
    </message>
    <message>
        <source>No officer has the id %1.</source>
        <translation>आईडी %1 वाला कोई अधिकारी नहीं है।</translation>
    </message>
</context>
<context>
    <name>SignBatchCommand</name>
    <message>
        <source>Sign and upload the approved certificates that wait for your signature.</source>
        <translation>आपके हस्ताक्षर की प्रतीक्षा में स्वीकृत प्रमाण-पत्रों पर हस्ताक्षर करें और उन्हें अपलोड करें।</translation>
    </message>
    <message>
        <source>The server&apos;s address URL. Default: the last sign-in&apos;s.</source>
        <translation>सर्वर का पता URL। डिफ़ॉल्ट: पिछले साइन इन वाला।</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The division officer who signs. Default: the last sign-in&apos;s.</source>
        <translation>हस्ताक्षर करने वाले संभाग अधिकारी। डिफ़ॉल्ट: पिछले साइन इन वाले।</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USERNAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE, or - for standard input.</source>
        <translation>पासवर्ड FILE की पहली पंक्ति से पढ़ें, या स्टैंडर्ड इनपुट के लिए - दें।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Read the sign-in OTP from FILE once it was sent; a named pipe works. Default: - for standard input.</source>
        <translation>साइन इन का ओटीपी भेजे जाने के बाद FILE से पढ़ें; नेम्ड पाइप भी चलती है। डिफ़ॉल्ट: स्टैंडर्ड इनपुट के लिए -।</translation>
    </message>
    <message>
        <source>Use the cache file at PATH. Default: the officer&apos;s on that server.</source>
        <translation>PATH पर कैश फ़ाइल उपयोग करें। डिफ़ॉल्ट: उस सर्वर पर अधिकारी का कैश।</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Sign with the key in this PKCS#12 file (.p12 or .pfx).</source>
        <translation>इस PKCS#12 फ़ाइल (.p12 या .pfx) की कुंजी से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>Read the PKCS#12 file&apos;s passphrase from FILE, or - for standard input.</source>
        <translation>PKCS#12 फ़ाइल का पासफ़्रेज़ FILE से पढ़ें, या स्टैंडर्ड इनपुट के लिए - दें।</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module.</source>
        <translation>टोकन का PKCS#11 मॉड्यूल।</translation>
    </message>
    <message>
        <source>Sign with the key on the token with this label, or at this pkcs11: URI.</source>
        <translation>इस लेबल वाले टोकन की कुंजी से, या इस pkcs11: URI वाली कुंजी से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Read the token&apos;s PIN from FILE, or - for standard input.</source>
        <translation>टोकन का पिन FILE से पढ़ें, या स्टैंडर्ड इनपुट के लिए - दें।</translation>
    </message>
    <message>
        <source>Give either --pkcs12 FILE or --pkcs11-token LABEL, not both.</source>
        <translation>--pkcs12 FILE या --pkcs11-token LABEL में से एक दें, दोनों नहीं।</translation>
    </message>
    <message>
        <source>The key is a PKCS#12 file: give its passphrase with --passphrase-file, not --pin-file.</source>
        <translation>कुंजी PKCS#12 फ़ाइल है: उसका पासफ़्रेज़ --passphrase-file से दें, --pin-file से नहीं।</translation>
    </message>
    <message>
        <source>The key is on a PKCS#11 token: give its PIN with --pin-file, not --passphrase-file.</source>
        <translation>कुंजी PKCS#11 टोकन पर है: उसका पिन --pin-file से दें, --passphrase-file से नहीं।</translation>
    </message>
    <message>
        <source>Give --passphrase-file FILE for the PKCS#12 file %1.</source>
        <translation>PKCS#12 फ़ाइल %1 के लिए --passphrase-file FILE दें।</translation>
    </message>
    <message>
        <source>Give --pin-file FILE for the token %1.</source>
        <translation>टोकन %1 के लिए --pin-file FILE दें।</translation>
    </message>
    <message>
        <source>Passphrase of %1: </source>
        <translation>%1 का पासफ़्रेज़: </translation>
    </message>
    <message>
        <source>PIN of the token %1: </source>
        <translation>टोकन %1 का पिन: </translation>
    </message>
    <message>
        <source>Signed and uploaded %1 (%2)</source>
        <translation>%1 पर हस्ताक्षर हुए और अपलोड हुआ (%2)</translation>
    </message>
    <message>
        <source>Not signed: %1 (%2): %3</source>
        <translation>हस्ताक्षर नहीं हुए: %1 (%2): %3</translation>
    </message>
    <message>
        <source>Signed, but the server rejected the upload of %1 (%2): %3</source>
        <translation>हस्ताक्षर हुए, पर सर्वर ने %1 (%2) का अपलोड अस्वीकार कर दिया: %3</translation>
    </message>
    <message>
        <source>Signed, not uploaded yet: %1 (%2): %3 The signed PDF waits in the cache until the next sync uploads it: run this command again, or open the workstation.</source>
        <translation>हस्ताक्षर हुए, अभी अपलोड नहीं हुआ: %1 (%2): %3 हस्ताक्षरित PDF कैश में तब तक रुकी रहती है जब तक अगला सिंक उसे अपलोड न करे: यह कमांड फिर से चलाएँ, या वर्कस्टेशन खोलें।</translation>
    </message>
    <message>
        <source>Certificates signed and uploaded: %1 of %2.</source>
        <translation>हस्ताक्षरित और अपलोड हुए प्रमाण-पत्र: %2 में से %1।</translation>
    </message>
    <message>
        <source>Signs the approved NoDues certificates that wait for your signature, uploads them and signs out.</source>
        <translation>आपके हस्ताक्षर की प्रतीक्षा में स्वीकृत नो ड्यूज प्रमाण-पत्रों पर हस्ताक्षर करता है, उन्हें अपलोड करता है और साइन आउट करता है।</translation>
    </message>
    <message>
        <source>Give --server URL and --officer USERNAME: this workstation has no saved sign-in to take them from.</source>
        <translation>--server URL और --officer USERNAME दें: इस वर्कस्टेशन पर कोई सहेजा गया साइन इन नहीं है जिससे ये लिए जा सकें।</translation>
    </message>
    <message>
        <source>Give --password-file FILE, or --password-file - to read the password from standard input.</source>
        <translation>--password-file FILE दें, या पासवर्ड स्टैंडर्ड इनपुट से पढ़ने के लिए --password-file - दें।</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 का पासवर्ड: </translation>
    </message>
    <message>
        <source>The server at %1 described the officer in an unexpected form (%2). Check that the workstation and the server are of the same version.</source>
        <translation>%1 पर सर्वर ने अधिकारी का विवरण अनपेक्षित रूप में भेजा (%2)। जाँचें कि वर्कस्टेशन और सर्वर एक ही संस्करण के हों।</translation>
    </message>
    <message>
        <source>%1 is not a division officer; only the division officer who approved a certificate signs it.</source>
        <translation>%1 संभाग अधिकारी नहीं हैं; प्रमाण-पत्र पर वही संभाग अधिकारी हस्ताक्षर करते हैं जिन्होंने उसे स्वीकृत किया।</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3, %4).</source>
        <translation>%1 पर %2 (%3, %4) के रूप में साइन इन किया।</translation>
    </message>
    <message>
        <source>The workstation cache at &quot;%1&quot; cannot be opened: %2</source>
        <translation>&quot;%1&quot; पर वर्कस्टेशन कैश खोला नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The sync with %1 failed: %2</source>
        <translation>%1 के साथ सिंक विफल: %2</translation>
    </message>
    <message>
        <source>The workstation cache at &quot;%1&quot; cannot be read: %2</source>
        <translation>&quot;%1&quot; पर वर्कस्टेशन कैश पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Nothing to sign: no certificate that you approved waits for your signature.</source>
        <translation>हस्ताक्षर करने को कुछ नहीं है: आपका स्वीकृत कोई प्रमाण-पत्र आपके हस्ताक्षर की प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <source>Exit codes:
  0  every certificate signed and uploaded, or none waited for a signature
  1  an invalid option
  2  the server, the local cache, a secret&apos;s file or the key cannot be used
  3  a password, OTP, PIN or passphrase was rejected, the officer is not a division officer, or the key&apos;s DSC is not the registered one
  4  some certificates were not signed or not uploaded; each is named
</source>
        <translation>निकास कोड:
  0  सभी प्रमाण-पत्र हस्ताक्षरित और अपलोड हुए, या किसी पर हस्ताक्षर बाकी नहीं था
  1  अमान्य विकल्प
  2  सर्वर, स्थानीय कैश, किसी गोपनीय फ़ाइल या कुंजी का उपयोग नहीं हो सकता
  3  पासवर्ड, ओटीपी, पिन या पासफ़्रेज़ अस्वीकार हुआ, अधिकारी संभाग अधिकारी नहीं हैं, या कुंजी का DSC पंजीकृत DSC नहीं है
  4  कुछ प्रमाण-पत्र हस्ताक्षरित या अपलोड नहीं हुए; हर एक का नाम बताया गया है
</translation>
    </message>
</context>
<context>
    <name>SignInDialogMessages</name>
    <message>
        <source>Could not reach the server at %1. Check the server address and the network connection, then try again.</source>
        <translation>%1 पर सर्वर से संपर्क नहीं हो सका। सर्वर का पता और नेटवर्क कनेक्शन जाँचें, फिर दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</source>
        <translation>खाता &quot;%1&quot; निष्क्रिय है। इसे सक्रिय करने के लिए प्रशासक से कहें।</translation>
    </message>
    <message>
        <source>The server does not accept the computer name &quot;%1&quot;: it must have 1 to 64 printable characters. Change it in Settings.</source>
        <translation>सर्वर कंप्यूटर का नाम &quot;%1&quot; स्वीकार नहीं करता: इसमें 1 से 64 तक मुद्रण योग्य अक्षर होने चाहिए। इसे सेटिंग्स में बदलें।</translation>
    </message>
    <message>
        <source>The OTP is wrong. Check the 6 digits in the SMS and enter them again.</source>
        <translation>ओटीपी गलत है। एसएमएस के 6 अंक जाँचकर फिर से दर्ज करें।</translation>
    </message>
    <message>
        <source>The OTP has expired. Press &quot;Resend code&quot; to get a new one.</source>
        <translation>ओटीपी की वैधता समाप्त हो गई है। नया ओटीपी पाने के लिए &quot;कोड फिर भेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>This OTP was entered wrongly too many times. Press &quot;Resend code&quot; to get a new one.</source>
        <translation>यह ओटीपी बहुत बार गलत दर्ज किया गया। नया ओटीपी पाने के लिए &quot;कोड फिर भेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>This OTP does not complete this sign-in, for example because a newer one was sent. Enter the newest OTP, or press &quot;Resend code&quot;.</source>
        <translation>यह ओटीपी इस साइन इन को पूरा नहीं करता, उदाहरण के लिए क्योंकि इसके बाद नया ओटीपी भेजा गया है। सबसे नया ओटीपी दर्ज करें, या &quot;कोड फिर भेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>The OTP must be the 6 digits from the SMS.</source>
        <translation>ओटीपी में एसएमएस के 6 अंक होने चाहिए।</translation>
    </message>
    <message>
        <source>Too many sign-in attempts or codes in a short time.</source>
        <translation>कम समय में बहुत अधिक साइन इन प्रयास या कोड।</translation>
    </message>
    <message>
        <source>The server at %1 did not answer as a NoDues server does (HTTP status %2). Check the server address.</source>
        <translation>%1 पर सर्वर ने नो ड्यूज सर्वर की तरह उत्तर नहीं दिया (HTTP स्थिति %2)। सर्वर का पता जाँचें।</translation>
    </message>
    <message>
        <source>The server at %1 had an internal error (HTTP status %2). Try again in a few minutes; if it persists, tell the administrator.</source>
        <translation>%1 पर सर्वर में आंतरिक त्रुटि हुई (HTTP स्थिति %2)। कुछ मिनट बाद दोबारा प्रयास करें; समस्या बनी रहे तो प्रशासक को बताएँ।</translation>
    </message>
    <message>
        <source>The sign-in failed with HTTP status %1 (%2).</source>
        <translation>साइन इन HTTP स्थिति %1 (%2) के साथ विफल हुआ।</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; or the password is wrong. Check both and try again; after repeated failures, sign-in with this username is locked for a while.</source>
        <translation>उपयोगकर्ता नाम &quot;%1&quot; या पासवर्ड गलत है। दोनों जाँचकर दोबारा प्रयास करें; बार-बार विफल होने पर इस उपयोगकर्ता नाम से साइन इन कुछ समय के लिए लॉक हो जाता है।</translation>
    </message>
    <message>
        <source>Sign-in as &quot;%1&quot; is locked for a while after too many failed passwords.</source>
        <translation>बहुत बार गलत पासवर्ड के कारण &quot;%1&quot; के रूप में साइन इन कुछ समय के लिए लॉक है।</translation>
    </message>
</context>
<context>
    <name>SignInLockout</name>
    <message>
        <source>Could not count the sign-in attempt: the client address &quot;%1&quot; is missing or invalid.</source>
        <translation>साइन इन प्रयास गिना नहीं जा सका: क्लाइंट पता &quot;%1&quot; नहीं है या अमान्य है।</translation>
    </message>
</context>
<context>
    <name>SignInLockoutSettings</name>
    <message>
        <source>The sign-in lockout after %1 failures is out of range: use 1 to 100.</source>
        <translation>साइन-इन लॉक के लिए विफल प्रयासों की संख्या %1 अनुमत सीमा से बाहर है: 1 से 100 तक रखें।</translation>
    </message>
    <message>
        <source>The sign-in lock of %1 minutes is out of range: use 1 to 1440 minutes.</source>
        <translation>साइन-इन लॉक की अवधि %1 मिनट अनुमत सीमा से बाहर है: 1 से 1440 मिनट तक रखें।</translation>
    </message>
    <message>
        <source>The sign-in lockout after %1 failures from all addresses is out of range: use %2 (the failures per address) to 10000.</source>
        <translation>सभी पतों से %1 विफलताओं के बाद साइन इन रोकने की सीमा मान्य दायरे से बाहर है: %2 (प्रति पता विफलताएँ) से 10000 तक रखें।</translation>
    </message>
</context>
<context>
    <name>SignatureAppearance</name>
    <message>
        <source>Digitally signed by</source>
        <translation>डिजिटल हस्ताक्षरकर्ता</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>दिनांक</translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>The file does not contain exactly one X.509 certificate in PEM form (a block from &quot;-----BEGIN CERTIFICATE-----&quot; to &quot;-----END CERTIFICATE-----&quot;). Export the officer&apos;s Digital Signature Certificate without its private key, as PEM.</source>
        <translation>फ़ाइल में PEM रूप में ठीक एक X.509 प्रमाण-पत्र (&quot;-----BEGIN CERTIFICATE-----&quot; से &quot;-----END CERTIFICATE-----&quot; तक का एक खंड) नहीं है। अधिकारी का डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) उसकी निजी कुंजी के बिना, PEM रूप में निर्यात करें।</translation>
    </message>
    <message>
        <source>The certificate&apos;s extensions cannot be read, so it cannot be checked. Export the certificate again from the token or the issuer&apos;s file.</source>
        <translation>प्रमाण-पत्र के एक्सटेंशन पढ़े नहीं जा सके, इसलिए उसकी जाँच नहीं हो सकती। टोकन से या जारीकर्ता की फ़ाइल से प्रमाण-पत्र फिर से निर्यात करें।</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage allows neither digital signatures nor non-repudiation, so it cannot sign certificates. Export the officer&apos;s signing certificate, not an encryption certificate.</source>
        <translation>प्रमाण-पत्र का key usage न डिजिटल हस्ताक्षर की अनुमति देता है न non-repudiation की, इसलिए वह प्रमाण-पत्रों पर हस्ताक्षर नहीं कर सकता। अधिकारी का हस्ताक्षर प्रमाण-पत्र निर्यात करें, एन्क्रिप्शन प्रमाण-पत्र नहीं।</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number or validity dates cannot be read. Export the certificate again from the token or the issuer&apos;s file.</source>
        <translation>प्रमाण-पत्र की क्रम संख्या या वैधता तिथियाँ पढ़ी नहीं जा सकीं। टोकन से या जारीकर्ता की फ़ाइल से प्रमाण-पत्र फिर से निर्यात करें।</translation>
    </message>
    <message>
        <source>The file contains a certificate authority&apos;s certificate (its basic constraints say CA:TRUE), not an officer&apos;s. Export the officer&apos;s own Digital Signature Certificate.</source>
        <translation>फ़ाइल में किसी प्रमाणन प्राधिकारी (CA) का प्रमाण-पत्र है (उसकी basic constraints में CA:TRUE है), अधिकारी का नहीं। अधिकारी का अपना डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) निर्यात करें।</translation>
    </message>
</context>
<context>
    <name>SigningCertificateStore</name>
    <message>
        <source>The certificate is not valid before %1 IST. Register it from that time on.</source>
        <translation>यह प्रमाण-पत्र %1 IST से पहले मान्य नहीं है। उस समय के बाद इसे पंजीकृत करें।</translation>
    </message>
    <message>
        <source>The certificate expired on %1 IST. Register the officer&apos;s renewed certificate.</source>
        <translation>इस प्रमाण-पत्र की वैधता %1 IST को समाप्त हो गई। अधिकारी का नवीनीकृत प्रमाण-पत्र पंजीकृत करें।</translation>
    </message>
    <message>
        <source>No officer has the username &quot;%1&quot;.</source>
        <translation>किसी अधिकारी का उपयोगकर्ता नाम &quot;%1&quot; नहीं है।</translation>
    </message>
    <message>
        <source>Officer %1 has the role %2. Only division officers sign certificates, so only they have a Digital Signature Certificate registered.</source>
        <translation>अधिकारी %1 की भूमिका %2 है। प्रमाण-पत्रों पर केवल संभाग अधिकारी हस्ताक्षर करते हैं, इसलिए केवल उन्हीं का डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) पंजीकृत होता है।</translation>
    </message>
    <message>
        <source>This certificate is already registered for officer %1. Each officer signs with their own Digital Signature Certificate.</source>
        <translation>यह प्रमाण-पत्र पहले से अधिकारी %1 के लिए पंजीकृत है। हर अधिकारी अपने ही डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) से हस्ताक्षर करता है।</translation>
    </message>
</context>
<context>
    <name>SigningKeyConfig</name>
    <message>
        <source>No signing key is set. Choose your USB token or PKCS#12 file in the settings.</source>
        <translation>कोई हस्ताक्षर कुंजी सेट नहीं है। सेटिंग्स में अपना USB टोकन या PKCS#12 फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The PKCS#11 module %1 does not exist. Install the token&apos;s driver, or choose the module&apos;s file.</source>
        <translation>PKCS#11 मॉड्यूल %1 मौजूद नहीं है। टोकन का ड्राइवर इंस्टॉल करें, या मॉड्यूल की फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Type the token&apos;s label, or the key&apos;s pkcs11: URI.</source>
        <translation>टोकन का लेबल, या कुंजी का pkcs11: URI टाइप करें।</translation>
    </message>
    <message>
        <source>Remove the PIN from the key&apos;s address: the workstation asks for the PIN each time you sign and never stores it.</source>
        <translation>कुंजी के पते से पिन हटाएँ: वर्कस्टेशन हर बार हस्ताक्षर करते समय पिन पूछता है और उसे कभी सहेजता नहीं।</translation>
    </message>
    <message>
        <source>%1 is not a valid pkcs11: URI (%2). Type the token&apos;s label alone, or correct the URI.</source>
        <extracomment>%1 is a URI the officer typed, %2 the reason in English from the URI parser.</extracomment>
        <translation>%1 मान्य pkcs11: URI नहीं है (%2)। केवल टोकन का लेबल टाइप करें, या URI ठीक करें।</translation>
    </message>
    <message>
        <source>Choose the PKCS#12 file (.p12 or .pfx) of your Digital Signature Certificate.</source>
        <translation>अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की PKCS#12 फ़ाइल (.p12 या .pfx) चुनें।</translation>
    </message>
    <message>
        <source>The PKCS#12 file %1 does not exist. Choose the file of your Digital Signature Certificate.</source>
        <translation>PKCS#12 फ़ाइल %1 मौजूद नहीं है। अपने डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की फ़ाइल चुनें।</translation>
    </message>
</context>
<context>
    <name>SmsCommand</name>
    <message>
        <source>The database %1 has no tables yet; run nodues-server init first.</source>
        <translation>डेटाबेस %1 में अभी कोई तालिका नहीं है; पहले nodues-server init चलाएँ।</translation>
    </message>
    <message>
        <source>Send the SMS outbox through the configured gateway until SIGINT or SIGTERM. Settings (INI section [sms] or NODUES_SMS_*): gateway (file, cdac or http), spool_file, sender_id, templates_file, link_domains, cdac_url, cdac_username, cdac_password, cdac_secure_key, http_url, http_method, http_body, http_content_type, http_headers_file, request_timeout_seconds, poll_interval_ms, batch_size, lease_seconds, max_attempts, backoff_initial_seconds, backoff_max_seconds.</source>
        <translation>कॉन्फ़िगर किए गए गेटवे से एसएमएस आउटबॉक्स भेजें, जब तक SIGINT या SIGTERM न मिले। सेटिंग्स (INI अनुभाग [sms] या NODUES_SMS_*): gateway (file, cdac या http), spool_file, sender_id, templates_file, link_domains, cdac_url, cdac_username, cdac_password, cdac_secure_key, http_url, http_method, http_body, http_content_type, http_headers_file, request_timeout_seconds, poll_interval_ms, batch_size, lease_seconds, max_attempts, backoff_initial_seconds, backoff_max_seconds।</translation>
    </message>
    <message>
        <source>Send what is due now, then exit.</source>
        <translation>अभी देय एसएमएस भेजें, फिर समाप्त करें।</translation>
    </message>
    <message>
        <source>Could not send the SMS outbox: %1</source>
        <translation>एसएमएस आउटबॉक्स नहीं भेजा जा सका: %1</translation>
    </message>
    <message>
        <source>Claimed %1, sent %2, to retry %3, failed %4, taken over by another dispatcher %5.</source>
        <translation>लिए गए: %1, भेजे गए: %2, दोबारा भेजे जाएँगे: %3, विफल: %4, किसी अन्य डिस्पैचर ने लिए: %5।</translation>
    </message>
    <message>
        <source>Could not install the SIGINT and SIGTERM handlers.</source>
        <translation>SIGINT और SIGTERM हैंडलर स्थापित नहीं किए जा सके।</translation>
    </message>
    <message>
        <source>Sending SMS through the %1 gateway as dispatcher %2; stop with Ctrl+C.</source>
        <translation>%1 गेटवे से डिस्पैचर %2 के रूप में एसएमएस भेजे जा रहे हैं; रोकने के लिए Ctrl+C दबाएँ।</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>Show how many SMS are pending, being sent, sent and failed.</source>
        <translation>दिखाएँ कि कितने एसएमएस लंबित हैं, भेजे जा रहे हैं, भेजे जा चुके हैं और विफल हुए हैं।</translation>
    </message>
    <message>
        <source>Could not read the SMS outbox: %1</source>
        <translation>एसएमएस आउटबॉक्स पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>pending: %1 (due now: %2)</source>
        <translation>लंबित: %1 (अभी देय: %2)</translation>
    </message>
    <message>
        <source>sending: %1</source>
        <translation>भेजे जा रहे: %1</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>भेजे गए: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>oldest unsent: %1 old</source>
        <translation>सबसे पुराना अनभेजा एसएमएस: %1 पुराना</translation>
    </message>
    <message>
        <source>oldest unsent: none</source>
        <translation>सबसे पुराना अनभेजा एसएमएस: कोई नहीं</translation>
    </message>
</context>
<context>
    <name>SmsOutbox</name>
    <message>
        <source>Could not queue the SMS %1: the mobile number &quot;%2&quot; is not 10 digits starting with 6, 7, 8 or 9.</source>
        <translation>एसएमएस %1 कतार में नहीं डाला जा सका: मोबाइल नंबर &quot;%2&quot; 6, 7, 8 या 9 से शुरू होने वाला 10 अंकों का नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Could not queue the SMS %1: no write transaction is active.</source>
        <translation>एसएमएस %1 कतार में नहीं डाला जा सका: कोई राइट ट्रांज़ैक्शन सक्रिय नहीं है।</translation>
    </message>
    <message>
        <source>Could not queue the SMS %1: %2</source>
        <translation>एसएमएस %1 कतार में नहीं डाला जा सका: %2</translation>
    </message>
</context>
<context>
    <name>SmsSettings</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <translation>सेटिंग %1 का मान &quot;%2&quot; है; यह %3 से %4 तक की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>Could not read the HTTP header file %1 (sms/http_headers_file): %2.</source>
        <translation>HTTP हेडर फ़ाइल %1 (sms/http_headers_file) पढ़ी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Line %1 of the HTTP header file %2 is not &quot;Name: value&quot;.</source>
        <translation>HTTP हेडर फ़ाइल %2 की पंक्ति %1 &quot;Name: value&quot; रूप में नहीं है।</translation>
    </message>
    <message>
        <source>The setting sms/gateway is &quot;%1&quot;; use file, cdac or http.</source>
        <translation>सेटिंग sms/gateway का मान &quot;%1&quot; है; file, cdac या http का उपयोग करें।</translation>
    </message>
    <message>
        <source>sms/backoff_max_seconds (%1) is less than sms/backoff_initial_seconds (%2).</source>
        <translation>sms/backoff_max_seconds (%1) का मान sms/backoff_initial_seconds (%2) से कम है।</translation>
    </message>
    <message>
        <source>sms/lease_seconds (%1) must be at least twice sms/request_timeout_seconds (%2).</source>
        <translation>sms/lease_seconds (%1) कम से कम sms/request_timeout_seconds (%2) का दोगुना होना चाहिए।</translation>
    </message>
    <message>
        <source>The C-DAC gateway has no URL; set sms/cdac_url to the sendsmsrequestDLT address of your Mobile Seva account.</source>
        <translation>C-DAC गेटवे का कोई URL नहीं है; sms/cdac_url को अपने Mobile Seva खाते के sendsmsrequestDLT पते पर सेट करें।</translation>
    </message>
    <message>
        <source>The setting sms/cdac_url is &quot;%1&quot;, which is not an http:// or https:// address.</source>
        <translation>सेटिंग sms/cdac_url का मान &quot;%1&quot; है, जो http:// या https:// पता नहीं है।</translation>
    </message>
    <message>
        <source>The C-DAC gateway needs %1; set it in the configuration file or the environment.</source>
        <translation>C-DAC गेटवे के लिए %1 आवश्यक है; इसे कॉन्फ़िगरेशन फ़ाइल या एनवायरनमेंट में सेट करें।</translation>
    </message>
    <message>
        <source>These SMS templates still have placeholder DLT template ids: %1. Put the ids registered on the DLT platform in the file named by sms/templates_file before sending through the %2 gateway.</source>
        <translation>इन एसएमएस टेम्पलेट में अभी भी नमूना (placeholder) DLT टेम्पलेट आईडी हैं: %1। %2 गेटवे से भेजने से पहले sms/templates_file में बताई गई फ़ाइल में DLT प्लेटफ़ॉर्म पर पंजीकृत आईडी डालें।</translation>
    </message>
</context>
<context>
    <name>SmsTemplates</name>
    <message>
        <source>Could not read the SMS template file %1: %2. Check the path in sms/templates_file.</source>
        <translation>एसएमएस टेम्पलेट फ़ाइल %1 पढ़ी नहीं जा सकी: %2। sms/templates_file में दिया गया पथ जाँचें।</translation>
    </message>
    <message>
        <source>The SMS template file %1 is not a JSON object: %2 at byte %3.</source>
        <translation>एसएमएस टेम्पलेट फ़ाइल %1 JSON ऑब्जेक्ट नहीं है: बाइट %3 पर %2।</translation>
    </message>
    <message>
        <source>The SMS template file %1 is invalid: %2</source>
        <translation>एसएमएस टेम्पलेट फ़ाइल %1 अमान्य है: %2</translation>
    </message>
    <message>
        <source>The built-in SMS templates %1 are missing from this build.</source>
        <translation>अंतर्निहित एसएमएस टेम्पलेट %1 इस बिल्ड में नहीं हैं।</translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 has no text or no template id.</source>
        <translation>भाषा %2 के एसएमएस टेम्पलेट %1 में पाठ या टेम्पलेट आईडी नहीं है।</translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 has a brace that does not enclose a variable name such as {otp}: &quot;%3&quot;.</source>
        <translation>भाषा %2 के एसएमएस टेम्पलेट %1 में ऐसा ब्रेस है जो {otp} जैसे किसी वेरिएबल नाम को नहीं घेरता: &quot;%3&quot;।</translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 uses the unknown variable {%3}; it may use %4.</source>
        <translation>भाषा %2 का एसएमएस टेम्पलेट %1 अज्ञात वेरिएबल {%3} का उपयोग करता है; यह इनका उपयोग कर सकता है: %4।</translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 does not use the variable {%3}.</source>
        <translation>भाषा %2 का एसएमएस टेम्पलेट %1 वेरिएबल {%3} का उपयोग नहीं करता।</translation>
    </message>
    <message>
        <source>The SMS template %1 in language %2 lists no words for the variable {%3} under &quot;choices&quot;.</source>
        <translation>भाषा %2 के एसएमएस टेम्पलेट %1 में &quot;choices&quot; के अंतर्गत वेरिएबल {%3} के लिए कोई शब्द नहीं दिए गए हैं।</translation>
    </message>
    <message>
        <source>Unknown SMS kind &quot;%1&quot;; the kinds are %2.</source>
        <translation>अज्ञात एसएमएस प्रकार &quot;%1&quot;; मान्य प्रकार ये हैं: %2।</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot; under the SMS kind %2; use hi or en.</source>
        <translation>एसएमएस प्रकार %2 के अंतर्गत अज्ञात भाषा &quot;%1&quot;; hi या en का उपयोग करें।</translation>
    </message>
    <message>
        <source>The template id of %1 is &quot;%2&quot;; a DLT template id is digits only.</source>
        <translation>%1 की टेम्पलेट आईडी &quot;%2&quot; है; DLT टेम्पलेट आईडी में केवल अंक होते हैं।</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in %2; the fields are template_id, text and choices.</source>
        <translation>%2 में अज्ञात फ़ील्ड &quot;%1&quot;; मान्य फ़ील्ड template_id, text और choices हैं।</translation>
    </message>
    <message>
        <source>The SMS sender id &quot;%1&quot; is invalid: a DLT sender header is 6 capital letters, such as %2. Set sms/sender_id.</source>
        <translation>एसएमएस सेंडर आईडी &quot;%1&quot; अमान्य है: DLT सेंडर हेडर 6 बड़े अंग्रेज़ी अक्षरों का होता है, जैसे %2। sms/sender_id सेट करें।</translation>
    </message>
    <message>
        <source>The link domain &quot;%1&quot; in sms/link_domains is not a domain name such as nodues.example.in.</source>
        <translation>sms/link_domains में लिंक डोमेन &quot;%1&quot; nodues.example.in जैसा डोमेन नाम नहीं है।</translation>
    </message>
    <message>
        <source>The SMS templates are not loaded.</source>
        <translation>एसएमएस टेम्पलेट लोड नहीं हुए हैं।</translation>
    </message>
    <message>
        <source>There is no SMS template %1 in language &quot;%2&quot;; use hi or en.</source>
        <translation>भाषा &quot;%2&quot; में एसएमएस टेम्पलेट %1 नहीं है; hi या en का उपयोग करें।</translation>
    </message>
    <message>
        <source>The SMS %1 has no variable {%2}; its variables are %3.</source>
        <translation>एसएमएस %1 में वेरिएबल {%2} नहीं है; इसके वेरिएबल ये हैं: %3।</translation>
    </message>
    <message>
        <source>The SMS %1 needs a value for the variable {%2}.</source>
        <translation>एसएमएस %1 के लिए वेरिएबल {%2} का मान आवश्यक है।</translation>
    </message>
    <message>
        <source>The SMS %1 cannot be sent: %2</source>
        <translation>एसएमएस %1 भेजा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The SMS %1 got &quot;%2&quot; for the variable {%3}; it must be one of %4.</source>
        <translation>एसएमएस %1 में वेरिएबल {%3} का मान &quot;%2&quot; मिला; यह इनमें से एक होना चाहिए: %4।</translation>
    </message>
    <message>
        <source>the value of {%1} contains a line break, a control character or a brace.</source>
        <translation>{%1} के मान में लाइन ब्रेक, नियंत्रण वर्ण या ब्रेस है।</translation>
    </message>
    <message>
        <source>the value of {%1} is empty.</source>
        <translation>{%1} का मान खाली है।</translation>
    </message>
    <message>
        <source>the OTP must be 6 digits.</source>
        <translation>ओटीपी 6 अंकों का होना चाहिए।</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; of {%2} is not a whole number from 1 to 9999.</source>
        <translation>{%2} का मान &quot;%1&quot; 1 से 9999 तक की पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <source>the IVRS number &quot;%1&quot; must be digits only.</source>
        <translation>आईवीआरएस नंबर &quot;%1&quot; में केवल अंक होने चाहिए।</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; of {%2} must be up to 40 letters, digits, slashes and hyphens.</source>
        <translation>{%2} का मान &quot;%1&quot; अधिकतम 40 वर्णों का होना चाहिए, जिनमें केवल अक्षर, अंक, स्लैश और हाइफ़न हों।</translation>
    </message>
    <message>
        <source>the reason is %1 characters long; shorten it to at most %2 so the SMS stays short.</source>
        <translation>कारण %1 वर्णों का है; एसएमएस छोटा रखने के लिए इसे अधिकतम %2 वर्णों तक छोटा करें।</translation>
    </message>
    <message>
        <source>the reason &quot;%1&quot; contains a web address; SMS links must come from the link variable.</source>
        <translation>कारण &quot;%1&quot; में वेब पता है; एसएमएस में लिंक केवल link वेरिएबल से आने चाहिए।</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; is not a plain https:// address.</source>
        <translation>लिंक &quot;%1&quot; सामान्य https:// पता नहीं है।</translation>
    </message>
    <message>
        <source>no link domains are configured, so the link &quot;%1&quot; cannot be sent. Set sms/link_domains.</source>
        <translation>कोई लिंक डोमेन कॉन्फ़िगर नहीं है, इसलिए लिंक &quot;%1&quot; नहीं भेजा जा सकता। sms/link_domains सेट करें।</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; is not on a whitelisted domain (%2). Add its domain to sms/link_domains if it is registered with DLT.</source>
        <translation>लिंक &quot;%1&quot; किसी अनुमत डोमेन (%2) पर नहीं है। यदि इसका डोमेन DLT में पंजीकृत है तो उसे sms/link_domains में जोड़ें।</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; of {requester} is not a masked mobile such as 98XXXXX210.</source>
        <translation>{requester} का मान &quot;%1&quot; 98XXXXX210 जैसा छिपा हुआ मोबाइल नंबर नहीं है।</translation>
    </message>
</context>
<context>
    <name>WorkstationApplication</name>
    <message>
        <source>NoDues workstation for officers of the Distribution Centres and divisions.</source>
        <translation>वितरण केंद्रों और संभागों के अधिकारियों के लिए नो ड्यूज वर्कस्टेशन।</translation>
    </message>
    <message>
        <source>Fill the sign-in form with the server address URL.</source>
        <translation>साइन इन फ़ॉर्म में सर्वर का पता URL भरें।</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print signed certificates without a window; --print-batch --help lists its options.</source>
        <translation>बिना विंडो के हस्ताक्षरित प्रमाण-पत्र प्रिंट करें; इसके विकल्प --print-batch --help से देखें।</translation>
    </message>
    <message>
        <source>No display to open the workstation window on: neither DISPLAY nor WAYLAND_DISPLAY is set. Start it in a desktop session, or print without a window with --print-batch.</source>
        <translation>वर्कस्टेशन की विंडो खोलने के लिए कोई डिस्प्ले नहीं है: न DISPLAY सेट है, न WAYLAND_DISPLAY। इसे डेस्कटॉप सत्र में शुरू करें, या बिना विंडो के --print-batch से प्रिंट करें।</translation>
    </message>
    <message>
        <source>Sign approved certificates without a window; --sign-batch --help lists its options.</source>
        <translation>बिना विंडो के स्वीकृत प्रमाण-पत्रों पर हस्ताक्षर करें; --sign-batch --help इसके विकल्प बताता है।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::ApprovalResultsDialog</name>
    <message>
        <source>Approval results</source>
        <translation>स्वीकृति के परिणाम</translation>
    </message>
    <message>
        <source>Rejection results</source>
        <translation>निरस्तीकरण के परिणाम</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) approved.</source>
        <translation>
            <numerusform>%n आवेदन स्वीकृत हुआ।</numerusform>
            <numerusform>%n आवेदन स्वीकृत हुए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) rejected.</source>
        <translation>
            <numerusform>%n आवेदन निरस्त हुआ।</numerusform>
            <numerusform>%n आवेदन निरस्त हुए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) not decided; the reasons are listed.</source>
        <translation>
            <numerusform>%n आवेदन पर निर्णय नहीं हुआ; कारण सूची में हैं।</numerusform>
            <numerusform>%n आवेदनों पर निर्णय नहीं हुआ; कारण सूची में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::BatchPrintDialog</name>
    <message>
        <source>Batch print</source>
        <translation>एक साथ प्रिंट</translation>
    </message>
    <message>
        <source>Which certificates do you want to print as one job?</source>
        <translation>आप कौन-से प्रमाण-पत्र एक साथ प्रिंट करना चाहते हैं?</translation>
    </message>
    <message numerus="yes">
        <source>The chosen certificates (%n)</source>
        <translation>
            <numerusform>चुना गया प्रमाण-पत्र (%n)</numerusform>
            <numerusform>चुने गए प्रमाण-पत्र (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every certificate of my office not yet printed (%n)</source>
        <translation>
            <numerusform>मेरे कार्यालय का हर प्रमाण-पत्र जो अभी प्रिंट नहीं हुआ (%n)</numerusform>
            <numerusform>मेरे कार्यालय के सभी प्रमाण-पत्र जो अभी प्रिंट नहीं हुए (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates were printed before and print as copies, marked &quot;COPY&quot;.</source>
        <translation>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n पहले प्रिंट हो चुका है और &quot;प्रति&quot; चिह्न के साथ प्रति के रूप में प्रिंट होगा।</numerusform>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n पहले प्रिंट हो चुके हैं और &quot;प्रति&quot; चिह्न के साथ प्रति के रूप में प्रिंट होंगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates may have printed before the workstation stopped. They are left out until you check the printer&apos;s output.</source>
        <translation>
            <numerusform>वर्कस्टेशन रुकने से पहले %n प्रमाण-पत्र शायद प्रिंट हो गया था। प्रिंटर से निकले पन्ने जाँचने तक उसे छोड़ दिया गया है।</numerusform>
            <numerusform>वर्कस्टेशन रुकने से पहले %n प्रमाण-पत्र शायद प्रिंट हो गए थे। प्रिंटर से निकले पन्ने जाँचने तक उन्हें छोड़ दिया गया है।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>प्रिंट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Print %n certificates</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र प्रिंट करें (&amp;P)</numerusform>
            <numerusform>%n प्रमाण-पत्र प्रिंट करें (&amp;P)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates have a signed PDF that the server refused, so they are not printed. Choose your registered Digital Signature Certificate in Settings and sign them again.</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र की हस्ताक्षरित PDF सर्वर ने अस्वीकार कर दी, इसलिए वह प्रिंट नहीं होगा। सेटिंग्स में अपना पंजीकृत डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) चुनें और उस पर फिर से हस्ताक्षर करें।</numerusform>
            <numerusform>%n प्रमाण-पत्रों की हस्ताक्षरित PDF सर्वर ने अस्वीकार कर दी, इसलिए वे प्रिंट नहीं होंगे। सेटिंग्स में अपना पंजीकृत डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) चुनें और उन पर फिर से हस्ताक्षर करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates are not in this workstation&apos;s records.</source>
        <translation>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n इस वर्कस्टेशन के रिकॉर्ड में नहीं है।</numerusform>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n इस वर्कस्टेशन के रिकॉर्ड में नहीं हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates belong to applications that are not approved now.</source>
        <translation>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n ऐसे आवेदन का है जो अभी स्वीकृत नहीं है।</numerusform>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n ऐसे आवेदनों के हैं जो अभी स्वीकृत नहीं हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates are revoked.</source>
        <translation>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n रद्द किया गया है।</numerusform>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n रद्द किए गए हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen certificates are not signed yet, or their signed PDF has not reached this PC.</source>
        <translation>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n पर अभी हस्ताक्षर नहीं हुए हैं, या उसकी हस्ताक्षरित PDF इस पीसी तक नहीं पहुँची है।</numerusform>
            <numerusform>चुने गए प्रमाण-पत्रों में से %n पर अभी हस्ताक्षर नहीं हुए हैं, या उनकी हस्ताक्षरित PDF इस पीसी तक नहीं पहुँची है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::CertificatePreviewDialog</name>
    <message>
        <source>Certificate %1 could not be shown: its PDF cannot be read.</source>
        <translation>प्रमाण-पत्र %1 नहीं दिखाया जा सका: उसकी PDF पढ़ी नहीं जा सकती।</translation>
    </message>
    <message numerus="yes">
        <source>Certificate %1, %n page(s)</source>
        <extracomment>%1 is a certificate number; the plural is of pages.</extracomment>
        <translation>
            <numerusform>प्रमाण-पत्र %1, %n पृष्ठ</numerusform>
            <numerusform>प्रमाण-पत्र %1, %n पृष्ठ</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>प्रमाण-पत्र का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>Fit &amp;page</source>
        <translation>पूरा पृष्ठ (&amp;P)</translation>
    </message>
    <message>
        <source>Show the whole page (%1)</source>
        <translation>पूरा पृष्ठ दिखाएँ (%1)</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>पृष्ठ की चौड़ाई (&amp;W)</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width to the window (%1)</source>
        <translation>पृष्ठ की चौड़ाई विंडो के बराबर करें (%1)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>बड़ा करें (&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>छोटा करें (&amp;O)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Certificate %1 could not be shown: its PDF is locked with a password.</source>
        <translation>प्रमाण-पत्र %1 नहीं दिखाया जा सका: उसकी PDF पासवर्ड से लॉक है।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::CertificatePrinting</name>
    <message>
        <source>&amp;Print certificate</source>
        <translation>प्रमाण-पत्र प्रिंट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation>प्रिंट पूर्वदर्शन (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Batch print</source>
        <translation>एक साथ प्रिंट (&amp;B)</translation>
    </message>
    <message>
        <source>Choose an approved application in the queue.</source>
        <translation>कतार में कोई स्वीकृत आवेदन चुनें।</translation>
    </message>
    <message>
        <source>Application %1 has no approved certificate.</source>
        <translation>आवेदन %1 का कोई स्वीकृत प्रमाण-पत्र नहीं है।</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>प्रिंट</translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Add a printer, or print to a PDF file.</source>
        <translation>इस पीसी पर कोई प्रिंटर सेट नहीं है। प्रिंटर जोड़ें, या PDF फ़ाइल में प्रिंट करें।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Preparing the pages for %1…</source>
        <translation>%1 के लिए पृष्ठ तैयार हो रहे हैं…</translation>
    </message>
    <message>
        <source>Certificate %1 (%2 of %3)</source>
        <translation>प्रमाण-पत्र %1 (%3 में से %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates were sent to %1.</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र %1 को भेजा गया।</numerusform>
            <numerusform>%n प्रमाण-पत्र %1 को भेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>प्रिंट हो गया</translation>
    </message>
    <message>
        <source>Print cancelled</source>
        <translation>प्रिंट रद्द</translation>
    </message>
    <message>
        <source>The print was cancelled before it reached the printer. Nothing was printed.</source>
        <translation>प्रिंटर तक पहुँचने से पहले प्रिंट रद्द कर दिया गया। कुछ भी प्रिंट नहीं हुआ।</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>प्रिंट नहीं हुआ</translation>
    </message>
    <message>
        <source>The certificates were not printed. %1</source>
        <translation>प्रमाण-पत्र प्रिंट नहीं हुए। %1</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>प्रिंट करने को कुछ नहीं</translation>
    </message>
    <message>
        <source>None of these certificates can be printed now.</source>
        <translation>इनमें से कोई भी प्रमाण-पत्र अभी प्रिंट नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>प्रमाण-पत्र प्रिंट करें</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>प्रति प्रिंट करें</translation>
    </message>
    <message>
        <source>Certificate %1 was printed before. Print it again as copy %2?</source>
        <translation>प्रमाण-पत्र %1 पहले प्रिंट हो चुका है। क्या इसे प्रति %2 के रूप में फिर से प्रिंट करें?</translation>
    </message>
    <message>
        <source>The pages are marked &quot;COPY %1&quot; and the reprint is recorded.</source>
        <translation>पृष्ठों पर &quot;प्रति %1&quot; अंकित होगा और दोबारा प्रिंट दर्ज किया जाएगा।</translation>
    </message>
    <message>
        <source>Print copy</source>
        <translation>प्रति प्रिंट करें</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>प्रिंट पूर्वदर्शन</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>प्रिंट पूर्वदर्शन: %1</translation>
    </message>
    <message>
        <source>Batch print</source>
        <translation>एक साथ प्रिंट</translation>
    </message>
    <message>
        <source>This workstation&apos;s records could not be read. %1</source>
        <translation>इस वर्कस्टेशन का रिकॉर्ड पढ़ा नहीं जा सका। %1</translation>
    </message>
    <message>
        <source>There is nothing to print: every signed certificate of your office is printed, and no chosen certificate can be printed.</source>
        <translation>प्रिंट करने को कुछ नहीं है: आपके कार्यालय का हर हस्ताक्षरित प्रमाण-पत्र प्रिंट हो चुका है, और चुना गया कोई प्रमाण-पत्र प्रिंट नहीं हो सकता।</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates may have printed before the workstation stopped; check the printer&apos;s output and decide about them first.</source>
        <translation>
            <numerusform>वर्कस्टेशन रुकने से पहले %n प्रमाण-पत्र शायद प्रिंट हो गया था; पहले प्रिंटर से निकले पन्ने जाँचें और उसके बारे में निर्णय लें।</numerusform>
            <numerusform>वर्कस्टेशन रुकने से पहले %n प्रमाण-पत्र शायद प्रिंट हो गए थे; पहले प्रिंटर से निकले पन्ने जाँचें और उनके बारे में निर्णय लें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>फिर से प्रिंट करें</translation>
    </message>
    <message>
        <source>This workstation&apos;s records could not be updated. %1</source>
        <translation>इस वर्कस्टेशन का रिकॉर्ड अद्यतन नहीं हो सका। %1</translation>
    </message>
    <message>
        <source>Finish the batch print</source>
        <translation>एक साथ प्रिंट पूरा करें</translation>
    </message>
    <message>
        <source>A batch print of %1 certificates on %2, started %3 IST, did not finish. Print the %4 certificates it has not printed yet?</source>
        <translation>%2 पर %1 प्रमाण-पत्रों का एक साथ प्रिंट, जो %3 IST पर शुरू हुआ था, पूरा नहीं हुआ। क्या बाकी %4 प्रमाण-पत्र अब प्रिंट करें?</translation>
    </message>
    <message>
        <source>Certificates that may have printed are not printed again.</source>
        <translation>जो प्रमाण-पत्र शायद प्रिंट हो चुके हैं, वे फिर से प्रिंट नहीं होंगे।</translation>
    </message>
    <message>
        <source>Print the rest</source>
        <translation>बाकी प्रिंट करें</translation>
    </message>
    <message>
        <source>Waiting for the printer %1 to answer…</source>
        <translation>प्रिंटर %1 के उत्तर की प्रतीक्षा हो रही है…</translation>
    </message>
    <message>
        <source>Sending the job to %1…</source>
        <translation>%1 को प्रिंट कार्य भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Print certificate %1</source>
        <translation>प्रमाण-पत्र %1 प्रिंट करें</translation>
    </message>
    <message>
        <source>Withdrawing the job from %1…</source>
        <translation>%1 से जॉब वापस लिया जा रहा है…</translation>
    </message>
    <message>
        <source>Waiting for the printing service (CUPS)…</source>
        <translation>प्रिंटिंग सेवा (CUPS) के उत्तर की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>The printing service (CUPS) did not respond, so the print dialog cannot open. Check that it is running, then print again.</source>
        <translation>प्रिंटिंग सेवा (CUPS) ने उत्तर नहीं दिया, इसलिए प्रिंट डायलॉग नहीं खुल सकता। जाँचें कि वह चल रही है, फिर दोबारा प्रिंट करें।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::CertificateSigning</name>
    <message>
        <source>&amp;Sign certificates</source>
        <translation>प्रमाण-पत्रों पर हस्ताक्षर करें (&amp;S)</translation>
    </message>
    <message>
        <source>Pre&amp;view certificate</source>
        <translation>प्रमाण-पत्र देखें (&amp;V)</translation>
    </message>
    <message>
        <source>Certificates are being signed.</source>
        <translation>प्रमाण-पत्रों पर हस्ताक्षर हो रहे हैं।</translation>
    </message>
    <message>
        <source>Choose an approved application whose certificate is signed, or one you approved.</source>
        <translation>ऐसा स्वीकृत आवेदन चुनें जिसके प्रमाण-पत्र पर हस्ताक्षर हो चुके हों, या जिसे आपने स्वीकृत किया हो।</translation>
    </message>
    <message>
        <source>Another officer approved the chosen applications; only the approving officer can sign their certificates.</source>
        <translation>चुने गए आवेदन किसी अन्य अधिकारी ने स्वीकृत किए हैं; उनके प्रमाण-पत्रों पर केवल स्वीकृत करने वाले अधिकारी ही हस्ताक्षर कर सकते हैं।</translation>
    </message>
    <message>
        <source>Choose one or more approved applications whose certificates are not signed yet.</source>
        <translation>एक या अधिक ऐसे स्वीकृत आवेदन चुनें जिनके प्रमाण-पत्रों पर अभी हस्ताक्षर नहीं हुए हैं।</translation>
    </message>
    <message>
        <source>This computer lacks the details of certificate %1 that the server issued. Sync with the server (F5), then try again.</source>
        <translation>इस कंप्यूटर पर सर्वर द्वारा जारी प्रमाण-पत्र %1 का विवरण नहीं है। सर्वर से सिंक करें (F5), फिर दोबारा प्रयास करें।</translation>
    </message>
    <message>
        <source>No signing key</source>
        <translation>हस्ताक्षर कुंजी नहीं है</translation>
    </message>
    <message>
        <source>Open Settings (%1) to choose it.</source>
        <translation>उसे चुनने के लिए सेटिंग्स (%1) खोलें।</translation>
    </message>
    <message>
        <source>Not signed yet: check the certificate, then sign.</source>
        <translation>अभी हस्ताक्षर नहीं हुए: प्रमाण-पत्र जाँचें, फिर हस्ताक्षर करें।</translation>
    </message>
    <message numerus="yes">
        <source>Sign %n certificate(s)</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र पर हस्ताक्षर करें</numerusform>
            <numerusform>%n प्रमाण-पत्रों पर हस्ताक्षर करें</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing certificates</source>
        <translation>प्रमाण-पत्रों पर हस्ताक्षर</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Signing certificate %1 (%2 of %3)…</source>
        <translation>प्रमाण-पत्र %1 पर हस्ताक्षर हो रहे हैं (%3 में से %2)…</translation>
    </message>
    <message>
        <source>The signed PDF could not be saved on this computer. Check that the disk has free space, then sign again.</source>
        <translation>हस्ताक्षरित PDF इस कंप्यूटर पर सहेजी नहीं जा सकी। जाँचें कि डिस्क में जगह है, फिर दोबारा हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>Cannot preview certificate</source>
        <translation>प्रमाण-पत्र नहीं दिखाया जा सकता</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>अभी हस्ताक्षर नहीं हुए।</translation>
    </message>
    <message>
        <source>Signed on this computer; waiting to be uploaded to the server.</source>
        <translation>इस कंप्यूटर पर हस्ताक्षरित; सर्वर पर अपलोड होना बाकी है।</translation>
    </message>
    <message>
        <source>Signed and uploaded to the server.</source>
        <translation>हस्ताक्षरित और सर्वर पर अपलोड किया गया।</translation>
    </message>
    <message>
        <source>Signed, but the server refused the upload: %1 Sign it again.</source>
        <extracomment>%1 is the server&apos;s reason, a full sentence.</extracomment>
        <translation>हस्ताक्षरित, पर सर्वर ने अपलोड अस्वीकार किया: %1 इस पर दोबारा हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>Signed and published; downloaded from the server.</source>
        <translation>हस्ताक्षरित और प्रकाशित; सर्वर से डाउनलोड किया गया।</translation>
    </message>
    <message>
        <source>Wrong Digital Signature Certificate</source>
        <translation>गलत डिजिटल हस्ताक्षर प्रमाण-पत्र</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::DetailsPanel</name>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours and minutes, such as &quot;47 h 05 min&quot;.</extracomment>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>जमा किया गया</translation>
    </message>
    <message>
        <source>Link confirmed</source>
        <translation>लिंक की पुष्टि हुई</translation>
    </message>
    <message>
        <source>Link refused</source>
        <translation>लिंक अस्वीकार हुआ</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>अग्रेषित</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>प्रमाण-पत्र जारी</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>प्रमाण-पत्र रद्द</translation>
    </message>
    <message>
        <source>Applicant (%1)</source>
        <translation>आवेदक (%1)</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>अधिकारी %1</translation>
    </message>
    <message>
        <source>Billed to the applicant&apos;s mobile</source>
        <translation>आवेदक के मोबाइल पर बिल</translation>
    </message>
    <message>
        <source>Linked by the applicant</source>
        <translation>आवेदक द्वारा जोड़ा गया</translation>
    </message>
    <message>
        <source>Pending verification</source>
        <translation>सत्यापन लंबित</translation>
    </message>
    <message>
        <source>Unlinked by the applicant</source>
        <translation>आवेदक द्वारा हटाया गया</translation>
    </message>
    <message>
        <source>Choose an application in the queue to see its details.</source>
        <translation>विवरण देखने के लिए सूची में से कोई आवेदन चुनें।</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>आवेदक:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>मोबाइल:</translation>
    </message>
    <message>
        <source>Election:</source>
        <translation>चुनाव:</translation>
    </message>
    <message>
        <source>Distribution Centre:</source>
        <translation>वितरण केंद्र:</translation>
    </message>
    <message>
        <source>Submitted (IST):</source>
        <translation>जमा करने का समय (IST):</translation>
    </message>
    <message>
        <source>Due (IST):</source>
        <translation>नियत समय (IST):</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>IVRS</source>
        <translation>आईवीआरएस नंबर</translation>
    </message>
    <message>
        <source>Name on the bill</source>
        <translation>बिल पर नाम</translation>
    </message>
    <message>
        <source>Dues now</source>
        <translation>वर्तमान बकाया राशि</translation>
    </message>
    <message>
        <source>Dues at submission</source>
        <translation>आवेदन के समय बकाया राशि</translation>
    </message>
    <message>
        <source>e-KYC</source>
        <translation>ई-केवायसी</translation>
    </message>
    <message>
        <source>Meter</source>
        <translation>मीटर की स्थिति</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <source>When (IST)</source>
        <translation>समय (IST)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>आवेदन %1</translation>
    </message>
    <message>
        <source>Husband:</source>
        <translation>पति:</translation>
    </message>
    <message>
        <source>Father:</source>
        <translation>पिता:</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>निरस्त: %1</translation>
    </message>
    <message>
        <source>Certificate %1, revoked on %2</source>
        <translation>प्रमाण-पत्र %1, %2 को रद्द</translation>
    </message>
    <message>
        <source>Certificate %1, uploaded on %2</source>
        <translation>प्रमाण-पत्र %1, %2 को अपलोड</translation>
    </message>
    <message>
        <source>Certificate %1, to be signed and uploaded</source>
        <translation>प्रमाण-पत्र %1, हस्ताक्षर और अपलोड शेष</translation>
    </message>
    <message>
        <source>Rejection:</source>
        <translation>निरस्तीकरण:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>प्रमाण-पत्र:</translation>
    </message>
    <message>
        <source>%1; closed, so no time limit runs</source>
        <translation>%1; बंद, कोई समय-सीमा नहीं चल रही</translation>
    </message>
    <message>
        <source>%1; overdue by %2</source>
        <translation>%1; समय-सीमा से %2 अधिक</translation>
    </message>
    <message>
        <source>%1; %2 left</source>
        <translation>%1; %2 शेष</translation>
    </message>
    <message>
        <source>%1, queued at %2 (IST), waits to be sent.</source>
        <translation>%1, %2 (IST) पर कतार में, भेजा जाना शेष।</translation>
    </message>
    <message>
        <source>The server refused your action &quot;%1&quot;: %2</source>
        <translation>सर्वर ने आपकी कार्रवाई &quot;%1&quot; अस्वीकार कर दी: %2</translation>
    </message>
    <message>
        <source>Look at the application again, then discard the refused action (Ctrl+Shift+D) or decide anew.</source>
        <translation>आवेदन फिर से देखें, फिर सर्वर द्वारा लौटाई गई कार्रवाई हटाएँ (Ctrl+Shift+D) या नया निर्णय लें।</translation>
    </message>
    <message>
        <source>IVRS %1 is linked pending verification: check the bill before forwarding.</source>
        <translation>आईवीआरएस नंबर %1 सत्यापन लंबित रहते जोड़ा गया है: अग्रेषित करने से पहले बिल जाँचें।</translation>
    </message>
    <message>
        <source>IVRS %1 is billed to the applicant&apos;s mobile but the applicant unlinked it; dues now %2.</source>
        <translation>आईवीआरएस नंबर %1 का बिल आवेदक के मोबाइल पर है, पर आवेदक ने इसे हटा दिया; वर्तमान बकाया राशि %2।</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>IVRS %1 is no longer in the billing data.</source>
        <translation>आईवीआरएस नंबर %1 अब बिलिंग डेटा में नहीं है।</translation>
    </message>
    <message>
        <source>No connection: the applicant asks for a &quot;no connection found&quot; certificate.</source>
        <translation>कोई कनेक्शन नहीं: आवेदक &quot;कोई कनेक्शन नहीं मिला&quot; प्रमाण-पत्र माँगता है।</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (मुख्य)</translation>
    </message>
    <message>
        <source>Not in the billing data</source>
        <translation>बिलिंग डेटा में नहीं</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>सही</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An officer in the history: the name, then the username in brackets.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Certificate %1, signed, waiting to be uploaded</source>
        <translation>प्रमाण-पत्र %1, हस्ताक्षरित, अपलोड होना बाकी</translation>
    </message>
    <message>
        <source>Certificate %1, signed and uploaded</source>
        <translation>प्रमाण-पत्र %1, हस्ताक्षरित और अपलोड किया गया</translation>
    </message>
    <message>
        <source>Certificate %1, signed, but the server did not accept the upload: %2 Sign it again.</source>
        <extracomment>%2 is the server&apos;s reason, a full sentence.</extracomment>
        <translation>प्रमाण-पत्र %1, हस्ताक्षरित, पर सर्वर ने अपलोड स्वीकार नहीं किया: %2 इस पर दोबारा हस्ताक्षर करें।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::ForwardDialog</name>
    <message>
        <source>Forward application</source>
        <translation>आवेदन अग्रेषित करें</translation>
    </message>
    <message>
        <source>Forward application %1 of %2 to the division officer for approval?</source>
        <translation>%2 का आवेदन %1 स्वीकृति के लिए संभाग अधिकारी को अग्रेषित करें?</translation>
    </message>
    <message>
        <source>Optional; only officers see them</source>
        <translation>वैकल्पिक; केवल अधिकारी देखते हैं</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>टिप्पणी (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>अग्रेषित करें (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>You are offline. The forward waits in the queue and is sent when the server responds.</source>
        <translation>आप ऑफ़लाइन हैं। अग्रेषण कतार में रहेगा और सर्वर से संपर्क होने पर भेजा जाएगा।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::LinkDecisionDialog</name>
    <message>
        <source>Check linked connection</source>
        <translation>जोड़े गए कनेक्शन की जाँच</translation>
    </message>
    <message>
        <source>Application %1: the applicant linked a connection whose bill has no mobile number. Check the bill, then confirm or refuse the link.</source>
        <translation>आवेदन %1: आवेदक ने ऐसा कनेक्शन जोड़ा है जिसके बिल पर मोबाइल नंबर नहीं है। बिल जाँचें, फिर लिंक की पुष्टि करें या अस्वीकार करें।</translation>
    </message>
    <message>
        <source>IVRS %1</source>
        <translation>आईवीआरएस नंबर %1</translation>
    </message>
    <message>
        <source>Optional, such as &quot;Bill seen at the counter&quot;</source>
        <translation>वैकल्पिक, जैसे &quot;काउंटर पर बिल देखा&quot;</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>कनेक्शन (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>टिप्पणी (&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;onfirm link</source>
        <translation>लिंक की पुष्टि करें (&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;fuse link</source>
        <translation>लिंक अस्वीकार करें (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Name on the bill: %1
Address: %2
Distribution Centre: %3</source>
        <translation>बिल पर नाम: %1
पता: %2
वितरण केंद्र: %3</translation>
    </message>
    <message>
        <source>This is the application&apos;s primary connection, so it cannot be refused. If it is not the applicant&apos;s, reject the application instead.</source>
        <translation>यह आवेदन का मुख्य कनेक्शन है, इसलिए इसे अस्वीकार नहीं किया जा सकता। यदि यह आवेदक का नहीं है, तो आवेदन निरस्त करें।</translation>
    </message>
    <message>
        <source>You are offline. Your decision waits in the queue and is sent when the server responds.</source>
        <translation>आप ऑफ़लाइन हैं। आपका निर्णय कतार में रहेगा और सर्वर से संपर्क होने पर भेजा जाएगा।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::MainWindow</name>
    <message>
        <source>Not synced with the server since the workstation started.</source>
        <translation>वर्कस्टेशन शुरू होने के बाद सर्वर से सिंक नहीं हुआ।</translation>
    </message>
    <message>
        <source>The server refused your action on %1: %2</source>
        <translation>सर्वर ने %1 पर आपकी कार्रवाई अस्वीकार कर दी: %2</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to sync and to send your actions.</source>
        <translation>आपका सत्र समाप्त हो गया है। सिंक करने और अपनी कार्रवाइयाँ भेजने के लिए फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>सिंक हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %n application(s) received</source>
        <translation>
            <numerusform>सिंक: %n आवेदन प्राप्त</numerusform>
            <numerusform>सिंक: %n आवेदन प्राप्त</numerusform>
        </translation>
    </message>
    <message>
        <source>NoDues workstation — %1 (%2)</source>
        <extracomment>The main window&apos;s title: the program, the officer&apos;s name and role.</extracomment>
        <translation>नो ड्यूज वर्कस्टेशन — %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>वर्कस्टेशन (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>आवेदन सूची (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>कार्रवाई (&amp;A)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>अभी सिंक करें (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>सेटिंग्स (&amp;E)…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>साइन आउट (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>खोजें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>केवल समय-सीमा पार (&amp;O)</translation>
    </message>
    <message>
        <source>Show &quot;%1&quot;</source>
        <translation>&quot;%1&quot; दिखाएँ</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>साइन आउट करें</translation>
    </message>
    <message>
        <source>Sign out of the NoDues workstation?</source>
        <translation>नो ड्यूज वर्कस्टेशन से साइन आउट करें?</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) wait to be sent. They stay on this PC and are sent after you sign in again.</source>
        <translation>
            <numerusform>%n कार्रवाई भेजी जानी शेष है। यह इसी कंप्यूटर पर रहेगी और फिर से साइन इन करने पर भेजी जाएगी।</numerusform>
            <numerusform>%n कार्रवाइयाँ भेजी जानी शेष हैं। ये इसी कंप्यूटर पर रहेंगी और फिर से साइन इन करने पर भेजी जाएँगी।</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate not accepted</source>
        <translation>प्रमाण-पत्र स्वीकार नहीं हुआ</translation>
    </message>
    <message>
        <source>The server did not accept the signed certificate %1: %2 Sign it again after correcting the cause.</source>
        <translation>सर्वर ने हस्ताक्षरित प्रमाण-पत्र %1 स्वीकार नहीं किया: %2 कारण ठीक करने के बाद उस पर फिर से हस्ताक्षर करें।</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>प्रमाण-पत्र (&amp;C)</translation>
    </message>
    <message>
        <source>The server did not record the print of certificate %1: %2</source>
        <translation>सर्वर ने प्रमाण-पत्र %1 का प्रिंट दर्ज नहीं किया: %2</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::OtpDialog</name>
    <message>
        <source>Confirm with OTP</source>
        <translation>ओटीपी से पुष्टि करें</translation>
    </message>
    <message>
        <source>&amp;OTP:</source>
        <translation>ओटीपी(&amp;O):</translation>
    </message>
    <message>
        <source>6 digits from the SMS</source>
        <translation>एसएमएस के 6 अंक</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>पुष्टि करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Sending code…</source>
        <translation>कोड भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Resend code in %1 s</source>
        <translation>%1 सेकंड में कोड फिर भेजें</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>कोड फिर भेजें</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>कोड भेजें</translation>
    </message>
    <message>
        <source>The OTP was sent to your mobile %1. It is valid for %2 minutes.</source>
        <translation>ओटीपी आपके मोबाइल %1 पर भेजा गया है। यह %2 मिनट तक मान्य है।</translation>
    </message>
    <message>
        <source>Press &quot;Send code&quot; to get an OTP on your registered mobile.</source>
        <translation>अपने पंजीकृत मोबाइल पर ओटीपी पाने के लिए &quot;कोड भेजें&quot; दबाएँ।</translation>
    </message>
    <message>
        <source>Tries left for this code: %1</source>
        <translation>इस कोड के लिए शेष प्रयास: %1</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>टोकन का पिन</translation>
    </message>
    <message>
        <source>PKCS#12 passphrase</source>
        <translation>PKCS#12 पासफ़्रेज़</translation>
    </message>
    <message numerus="yes">
        <source>Sign %n certificate(s) with the key on token %1. Press Sign, then type the PIN on the token&apos;s own keypad.</source>
        <translation>
            <numerusform>टोकन %1 की कुंजी से %n प्रमाण-पत्र पर हस्ताक्षर करें। &quot;हस्ताक्षर करें&quot; दबाएँ, फिर पिन टोकन के अपने कीपैड पर टाइप करें।</numerusform>
            <numerusform>टोकन %1 की कुंजी से %n प्रमाण-पत्रों पर हस्ताक्षर करें। &quot;हस्ताक्षर करें&quot; दबाएँ, फिर पिन टोकन के अपने कीपैड पर टाइप करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n certificate(s) with the key on token %1. Type the token&apos;s PIN.</source>
        <translation>
            <numerusform>टोकन %1 की कुंजी से %n प्रमाण-पत्र पर हस्ताक्षर करें। टोकन का पिन टाइप करें।</numerusform>
            <numerusform>टोकन %1 की कुंजी से %n प्रमाण-पत्रों पर हस्ताक्षर करें। टोकन का पिन टाइप करें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n certificate(s) with the key in %1. Type the file&apos;s passphrase.</source>
        <translation>
            <numerusform>%1 की कुंजी से %n प्रमाण-पत्र पर हस्ताक्षर करें। फ़ाइल का पासफ़्रेज़ टाइप करें।</numerusform>
            <numerusform>%1 की कुंजी से %n प्रमाण-पत्रों पर हस्ताक्षर करें। फ़ाइल का पासफ़्रेज़ टाइप करें।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>पिन (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़ (&amp;P):</translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN locks the token.</source>
        <translation>अंतिम प्रयास: एक और गलत पिन टोकन को लॉक कर देगा।</translation>
    </message>
    <message>
        <source>The token reports few tries left: a wrong PIN was typed since the last good one.</source>
        <translation>टोकन के अनुसार कुछ ही प्रयास बचे हैं: पिछले सही पिन के बाद एक गलत पिन टाइप हुआ था।</translation>
    </message>
    <message>
        <source>&amp;Remember the passphrase in the keychain</source>
        <translation>पासफ़्रेज़ कीचेन में याद रखें (&amp;R)</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s keychain for your account and this file, so you are not asked again.</source>
        <translation>पासफ़्रेज़ आपके खाते और इस फ़ाइल के लिए इस कंप्यूटर की कीचेन में रखा जाता है, ताकि आपसे दोबारा न पूछा जाए।</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>हस्ताक्षर करें (&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::QueueDecisions</name>
    <message>
        <source>Offline: approving and rejecting need the server, which sends the OTP. They come back when the server responds.</source>
        <translation>ऑफ़लाइन: स्वीकृत या निरस्त करने के लिए सर्वर आवश्यक है, जो ओटीपी भेजता है। सर्वर से संपर्क होने पर ये फिर उपलब्ध होंगे।</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>अग्रेषित करें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>निरस्त करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check link</source>
        <translation>लिंक जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>स्वीकृत करें (&amp;A)</translation>
    </message>
    <message>
        <source>Choose one or more forwarded applications.</source>
        <translation>एक या अधिक अग्रेषित आवेदन चुनें।</translation>
    </message>
    <message>
        <source>Choose an application in the queue.</source>
        <translation>सूची में से कोई आवेदन चुनें।</translation>
    </message>
    <message>
        <source>Only new (submitted) applications can be forwarded or rejected here.</source>
        <translation>यहाँ केवल नए (जमा किए गए) आवेदन अग्रेषित या निरस्त किए जा सकते हैं।</translation>
    </message>
    <message>
        <source>Your decision on this application waits to be sent.</source>
        <translation>इस आवेदन पर आपका निर्णय भेजा जाना शेष है।</translation>
    </message>
    <message>
        <source>Check the connection linked pending verification first (F8).</source>
        <translation>पहले सत्यापन लंबित कनेक्शन की जाँच करें (F8)।</translation>
    </message>
    <message>
        <source>No linked connection waits for a check.</source>
        <translation>कोई जोड़ा गया कनेक्शन जाँच के लिए लंबित नहीं है।</translation>
    </message>
    <message>
        <source>No refused action on this application.</source>
        <translation>इस आवेदन पर सर्वर द्वारा लौटाई गई कोई कार्रवाई नहीं है।</translation>
    </message>
    <message>
        <source>Reject application %1 of %2? The applicant gets an SMS naming the reason.</source>
        <translation>%2 का आवेदन %1 निरस्त करें? आवेदक को कारण सहित एसएमएस जाएगा।</translation>
    </message>
    <message>
        <source>You are offline. The rejection waits in the queue and is sent when the server responds.</source>
        <translation>आप ऑफ़लाइन हैं। निरस्तीकरण कतार में रहेगा और सर्वर से संपर्क होने पर भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation>आवेदन निरस्त करें</translation>
    </message>
    <message>
        <source>Reject application %1 of %2?</source>
        <translation>%2 का आवेदन %1 निरस्त करें?</translation>
    </message>
    <message>
        <source>A rejection cannot be undone; the applicant has to apply again.</source>
        <translation>निरस्तीकरण वापस नहीं लिया जा सकता; आवेदक को फिर से आवेदन करना होगा।</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Refuse link</source>
        <translation>लिंक अस्वीकार करें</translation>
    </message>
    <message>
        <source>Refuse the link of IVRS %1 to application %2?</source>
        <translation>आवेदन %2 से आईवीआरएस नंबर %1 का लिंक अस्वीकार करें?</translation>
    </message>
    <message>
        <source>The connection leaves the application and the applicant cannot link it again.</source>
        <translation>कनेक्शन आवेदन से हट जाएगा और आवेदक इसे फिर से नहीं जोड़ सकेगा।</translation>
    </message>
    <message>
        <source>Action not saved</source>
        <translation>कार्रवाई सहेजी नहीं गई</translation>
    </message>
    <message>
        <source>Your action on %1 could not be saved in the local cache. Try again; if it fails again, restart the workstation.</source>
        <translation>%1 पर आपकी कार्रवाई स्थानीय कैश में सहेजी नहीं जा सकी। फिर से प्रयास करें; फिर विफल हो तो वर्कस्टेशन फिर से शुरू करें।</translation>
    </message>
    <message>
        <source>Too many applications</source>
        <translation>बहुत अधिक आवेदन</translation>
    </message>
    <message>
        <source>You chose %1 forwarded applications; one decision takes at most %2. Choose fewer and try again.</source>
        <translation>आपने %1 अग्रेषित आवेदन चुने हैं; एक निर्णय में अधिकतम %2 हो सकते हैं। कम चुनें और फिर से प्रयास करें।</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n forwarded application(s)? Each applicant gets an SMS naming the reason.</source>
        <translation>
            <numerusform>%n अग्रेषित आवेदन निरस्त करें? आवेदक को कारण सहित एसएमएस जाएगा।</numerusform>
            <numerusform>%n अग्रेषित आवेदन निरस्त करें? प्रत्येक आवेदक को कारण सहित एसएमएस जाएगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Discard action the server refused</source>
        <extracomment>Deletes the clerk&apos;s queued action that the server refused (a conflict), not an application.</extracomment>
        <translation>सर्वर द्वारा लौटाई गई कार्रवाई हटाएँ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::QueueFilterBar</name>
    <message>
        <source>&amp;Search:</source>
        <translation>खोजें (&amp;S):</translation>
    </message>
    <message>
        <source>Application number, IVRS, name or mobile</source>
        <translation>आवेदन क्रमांक, आईवीआरएस नंबर, नाम या मोबाइल</translation>
    </message>
    <message>
        <source>&amp;DC:</source>
        <translation>वितरण केंद्र (&amp;D):</translation>
    </message>
    <message>
        <source>All DCs</source>
        <translation>सभी वितरण केंद्र</translation>
    </message>
    <message>
        <source>E&amp;lection:</source>
        <translation>चुनाव (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>केवल समय-सीमा पार (&amp;O)</translation>
    </message>
    <message>
        <source>All elections</source>
        <translation>सभी चुनाव</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::QueueFilterModel</name>
    <message>
        <source>Forwarded</source>
        <translation>अग्रेषित</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>To sign or print</source>
        <translation>हस्ताक्षर या प्रिंट हेतु</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>सत्यापन हेतु</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::QueueModel</name>
    <message>
        <source>New</source>
        <translation>नए</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>अग्रेषित</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>निरस्त</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>अग्रेषित करें</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Confirm link</source>
        <translation>लिंक की पुष्टि</translation>
    </message>
    <message>
        <source>Refuse link</source>
        <translation>लिंक अस्वीकार करें</translation>
    </message>
    <message>
        <source>%1 · %2 refused</source>
        <extracomment>The queue&apos;s status cell when the server refused the officer&apos;s queued action.</extracomment>
        <translation>%1 · %2 अस्वीकृत</translation>
    </message>
    <message>
        <source>%1 · %2 waiting to be sent</source>
        <extracomment>The queue&apos;s status cell while the officer&apos;s action waits to be sent.</extracomment>
        <translation>%1 · %2 भेजा जाना शेष</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <extracomment>The queue&apos;s due cell of an application past its due time; %1 is the due time in IST.</extracomment>
        <translation>समय-सीमा पार · %1</translation>
    </message>
    <message>
        <source>A linked connection waits for the clerk&apos;s check.</source>
        <translation>एक जोड़ा गया कनेक्शन लिपिक की जाँच हेतु लंबित है।</translation>
    </message>
    <message>
        <source>The applicant unlinked a connection billed to their mobile.</source>
        <translation>आवेदक ने अपने मोबाइल पर बिल वाला एक कनेक्शन हटाया है।</translation>
    </message>
    <message>
        <source>Distribution Centre %1</source>
        <translation>वितरण केंद्र %1</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>आवेदन</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>चुनाव</translation>
    </message>
    <message>
        <source>Distribution Centre</source>
        <translation>वितरण केंद्र</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Submitted (IST)</source>
        <translation>जमा (IST)</translation>
    </message>
    <message>
        <source>Due (IST)</source>
        <translation>नियत समय (IST)</translation>
    </message>
    <message>
        <source>Dues</source>
        <translation>बकाया राशि</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::RejectDialog</name>
    <message>
        <source>Reject</source>
        <translation>निरस्त करें</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>कारण चुनें</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>कारण (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Remarks:</source>
        <translation>टिप्पणी (&amp;R):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Choose the reason the applicant is told in the rejection SMS.</source>
        <translation>वह कारण चुनें जो आवेदक को निरस्तीकरण एसएमएस में बताया जाएगा।</translation>
    </message>
    <message>
        <source>This reason needs remarks that say what is wrong.</source>
        <translation>इस कारण के साथ टिप्पणी आवश्यक है कि क्या गलत है।</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>निरस्त करें (&amp;J)</translation>
    </message>
    <message>
        <source>Shown to the applicant</source>
        <translation>आवेदक को दिखाई देती है</translation>
    </message>
    <message>
        <source>The SMS tells the applicant to read these remarks on the portal, where they are shown with the application.</source>
        <translation>एसएमएस आवेदक को यह टिप्पणी पोर्टल पर पढ़ने के लिए कहता है, जहाँ यह आवेदन के साथ दिखाई देती है।</translation>
    </message>
    <message>
        <source>Remarks are optional. The applicant sees them on the portal with the application; the SMS names only the reason.</source>
        <translation>टिप्पणी वैकल्पिक है। आवेदक इसे पोर्टल पर आवेदन के साथ देखता है; एसएमएस में केवल कारण बताया जाता है।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>General</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>सर्वर का पता(&amp;S):</translation>
    </message>
    <message>
        <source>for example https://nodues.example.in</source>
        <translation>उदाहरण के लिए https://nodues.example.in</translation>
    </message>
    <message>
        <source>&amp;Computer name:</source>
        <translation>कंप्यूटर का नाम(&amp;C):</translation>
    </message>
    <message>
        <source>The name the server shows for sessions of this computer.</source>
        <translation>वह नाम जो सर्वर इस कंप्यूटर के सत्रों के लिए दिखाता है।</translation>
    </message>
    <message>
        <source>A new server address or computer name takes effect at the next sign-in.</source>
        <translation>नया सर्वर पता या कंप्यूटर का नाम अगले साइन इन से लागू होगा।</translation>
    </message>
    <message>
        <source>Certificate printer</source>
        <translation>प्रमाण-पत्र प्रिंटर</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>प्रिंटर (&amp;P):</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>सिस्टम का डिफ़ॉल्ट प्रिंटर</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is the queue name of a saved printer that is no longer installed.</extracomment>
        <translation>%1 (उपलब्ध नहीं)</translation>
    </message>
    <message>
        <source>Looking for the printers of this PC…</source>
        <translation>इस पीसी के प्रिंटर खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>The printing service (CUPS) did not respond, so only the saved printer is listed. Check that it is running, then open Settings again.</source>
        <translation>प्रिंटिंग सेवा (CUPS) ने उत्तर नहीं दिया, इसलिए केवल सहेजा गया प्रिंटर दिखाया गया है। जाँचें कि वह चल रही है, फिर सेटिंग्स दोबारा खोलें।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::SignInDialog</name>
    <message>
        <source>Sign in to NoDues</source>
        <translation>नो ड्यूज में साइन इन करें</translation>
    </message>
    <message>
        <source>Sign in with your officer account. An OTP will then be sent to your registered mobile.</source>
        <translation>अपने अधिकारी खाते से साइन इन करें। इसके बाद आपके पंजीकृत मोबाइल पर ओटीपी भेजा जाएगा।</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>सर्वर का पता(&amp;S):</translation>
    </message>
    <message>
        <source>for example https://nodues.example.in</source>
        <translation>उदाहरण के लिए https://nodues.example.in</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>उपयोगकर्ता नाम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>इस कंप्यूटर पर मुझे याद रखें(&amp;R)</translation>
    </message>
    <message>
        <source>Keeps the session, never the password, in this computer&apos;s keychain until you sign out or the session ends.</source>
        <translation>साइन आउट करने या सत्र समाप्त होने तक सत्र को इस कंप्यूटर के कीचेन में रखता है; पासवर्ड कभी नहीं।</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>An OTP was sent to your registered mobile %1. It is valid for %2 minutes.</source>
        <translation>आपके पंजीकृत मोबाइल %1 पर ओटीपी भेजा गया है। यह %2 मिनट तक मान्य है।</translation>
    </message>
    <message>
        <source>&amp;OTP:</source>
        <translation>ओटीपी(&amp;O):</translation>
    </message>
    <message>
        <source>6 digits from the SMS</source>
        <translation>एसएमएस के 6 अंक</translation>
    </message>
    <message>
        <source>Tries left for this code: %1</source>
        <translation>इस कोड के लिए शेष प्रयास: %1</translation>
    </message>
    <message>
        <source>Resend code in %1 s</source>
        <translation>%1 सेकंड में कोड फिर भेजें</translation>
    </message>
    <message>
        <source>Resend code</source>
        <translation>कोड फिर भेजें</translation>
    </message>
    <message>
        <source>Verify OTP</source>
        <translation>ओटीपी सत्यापित करें</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>सर्वर से संपर्क किया जा रहा है…</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>अपना उपयोगकर्ता नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>कीचेन</translation>
    </message>
    <message>
        <source>You are signed in, but this computer&apos;s keychain could not be updated, so you will be asked to sign in again next time.</source>
        <translation>आप साइन इन हो गए हैं, लेकिन इस कंप्यूटर का कीचेन अपडेट नहीं हो सका, इसलिए अगली बार आपसे फिर साइन इन करने को कहा जाएगा।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::SigningKeySettingsBox</name>
    <message>
        <source>Choose the token&apos;s PKCS#11 module</source>
        <translation>टोकन का PKCS#11 मॉड्यूल चुनें</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.so.* *.dll);;All files (*)</source>
        <translation>PKCS#11 मॉड्यूल (*.so *.so.* *.dll);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose your PKCS#12 file</source>
        <translation>अपनी PKCS#12 फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 फ़ाइलें (*.p12 *.pfx);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>हस्ताक्षर कुंजी</translation>
    </message>
    <message>
        <source>&amp;Digital Signature Certificate:</source>
        <translation>डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) (&amp;D):</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>सेट नहीं है</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>USB टोकन (PKCS#11)</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx)</source>
        <translation>PKCS#12 फ़ाइल (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Token &amp;module:</source>
        <translation>टोकन मॉड्यूल (&amp;M):</translation>
    </message>
    <message>
        <source>for example %1</source>
        <extracomment>%1 is an example path of a PKCS#11 module file.</extracomment>
        <translation>उदाहरण के लिए %1</translation>
    </message>
    <message>
        <source>The PKCS#11 module (driver) of your token&apos;s vendor. Leave it empty to use the modules registered with p11-kit.</source>
        <translation>आपके टोकन के निर्माता का PKCS#11 मॉड्यूल (ड्राइवर)। p11-kit में पंजीकृत मॉड्यूल उपयोग करने के लिए इसे खाली छोड़ें।</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>चुनें… (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Token label or key URI:</source>
        <translation>टोकन लेबल या कुंजी URI (&amp;T):</translation>
    </message>
    <message>
        <source>for example ePass2003, or pkcs11:token=ePass2003;object=DSC</source>
        <translation>उदाहरण के लिए ePass2003, या pkcs11:token=ePass2003;object=DSC</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is asked each time you sign and is never stored.</source>
        <translation>टोकन का पिन हर बार हस्ताक्षर करते समय पूछा जाता है और कभी सहेजा नहीं जाता।</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;file:</source>
        <translation>PKCS#12 फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>the .p12 or .pfx file of your Digital Signature Certificate</source>
        <translation>आपके डिजिटल हस्ताक्षर प्रमाण-पत्र (DSC) की .p12 या .pfx फ़ाइल</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>चुनें… (&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;emember the passphrase in the keychain</source>
        <translation>पासफ़्रेज़ कीचेन में याद रखें (&amp;E)</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s keychain for your account and this file once it has opened the file, so you are not asked again.</source>
        <translation>फ़ाइल खुल जाने पर पासफ़्रेज़ आपके खाते और इस फ़ाइल के लिए इस कंप्यूटर की कीचेन में रखा जाता है, ताकि आपसे दोबारा न पूछा जाए।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::SigningKeyUnlocker</name>
    <message>
        <source>Signing key not usable</source>
        <translation>हस्ताक्षर कुंजी उपयोग नहीं की जा सकती</translation>
    </message>
    <message>
        <source>The passphrase kept in the keychain no longer opens %1. Type the file&apos;s passphrase.</source>
        <translation>कीचेन में रखा पासफ़्रेज़ अब %1 को नहीं खोलता। फ़ाइल का पासफ़्रेज़ टाइप करें।</translation>
    </message>
    <message>
        <source>Passphrase not remembered</source>
        <translation>पासफ़्रेज़ याद नहीं रखा गया</translation>
    </message>
    <message>
        <source>The passphrase of %1 could not be saved in this computer&apos;s keychain, so you will be asked for it at the next signing. Check that the keychain is unlocked.</source>
        <translation>%1 का पासफ़्रेज़ इस कंप्यूटर के कीचेन में सहेजा नहीं जा सका, इसलिए अगली बार हस्ताक्षर करते समय यह फिर पूछा जाएगा। जाँचें कि कीचेन अनलॉक है।</translation>
    </message>
    <message>
        <source>Passphrase not deleted</source>
        <translation>पासफ़्रेज़ हटाया नहीं गया</translation>
    </message>
    <message>
        <source>The passphrase of %1 kept in this computer&apos;s keychain could not be deleted. Check that the keychain is unlocked, or delete the entry with the keychain&apos;s own program.</source>
        <translation>इस कंप्यूटर के कीचेन में रखा %1 का पासफ़्रेज़ हटाया नहीं जा सका। जाँचें कि कीचेन अनलॉक है, या कीचेन के अपने प्रोग्राम से यह प्रविष्टि हटाएँ।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::SigningResultsDialog</name>
    <message>
        <source>Signing results</source>
        <translation>हस्ताक्षर के परिणाम</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) signed. They are uploaded to the server when it responds.</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र पर हस्ताक्षर हुए। सर्वर के उत्तर देने पर यह अपलोड हो जाएगा।</numerusform>
            <numerusform>%n प्रमाण-पत्रों पर हस्ताक्षर हुए। सर्वर के उत्तर देने पर ये अपलोड हो जाएँगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) not signed; the reasons are listed.</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र पर हस्ताक्षर नहीं हुए; कारण सूची में है।</numerusform>
            <numerusform>%n प्रमाण-पत्रों पर हस्ताक्षर नहीं हुए; कारण सूची में हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>You stopped the batch: the certificates after the last one listed were not signed.</source>
        <translation>आपने बैच रोक दिया: सूची के अंतिम प्रमाण-पत्र के बाद वाले प्रमाण-पत्रों पर हस्ताक्षर नहीं हुए।</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>आवेदक</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Signed; waiting to be uploaded</source>
        <translation>हस्ताक्षरित; अपलोड होना बाकी</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>हस्ताक्षर नहीं हुए: %1</translation>
    </message>
    <message>
        <source>&amp;Preview signed</source>
        <translation>हस्ताक्षरित देखें (&amp;P)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Signed and uploaded</source>
        <translation>हस्ताक्षरित और अपलोड किया गया</translation>
    </message>
    <message>
        <source>Signed, but the server did not accept the upload: %1 Sign it again.</source>
        <extracomment>%1 is the server&apos;s reason, a full sentence.</extracomment>
        <translation>हस्ताक्षरित, पर सर्वर ने अपलोड स्वीकार नहीं किया: %1 इस पर दोबारा हस्ताक्षर करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) signed and uploaded to the server.</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र हस्ताक्षरित और सर्वर पर अपलोड किया गया।</numerusform>
            <numerusform>%n प्रमाण-पत्र हस्ताक्षरित और सर्वर पर अपलोड किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) signed. The server did not accept every upload; the list shows which.</source>
        <translation>
            <numerusform>%n प्रमाण-पत्र हस्ताक्षरित। सर्वर ने उसका अपलोड स्वीकार नहीं किया; कारण सूची में दिखाया गया है।</numerusform>
            <numerusform>%n प्रमाण-पत्र हस्ताक्षरित। सर्वर ने हर अपलोड स्वीकार नहीं किया; कौन-से नहीं, यह सूची में दिखाया गया है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::StatusBar</name>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>सर्वर से संपर्क नहीं हो पा रहा।</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>अभी सिंक नहीं हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n कार्रवाई भेजी जानी शेष</numerusform>
            <numerusform>%n कार्रवाइयाँ भेजी जानी शेष</numerusform>
        </translation>
    </message>
    <message>
        <source>The server responds.</source>
        <translation>सर्वर उपलब्ध है।</translation>
    </message>
    <message>
        <source>Last sync: %1 IST</source>
        <translation>अंतिम सिंक: %1 IST</translation>
    </message>
    <message numerus="yes">
        <source>%n signed certificate(s) waiting to be uploaded</source>
        <translation>
            <numerusform>%n हस्ताक्षरित प्रमाण-पत्र अपलोड की प्रतीक्षा में</numerusform>
            <numerusform>%n हस्ताक्षरित प्रमाण-पत्र अपलोड की प्रतीक्षा में</numerusform>
        </translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(बिना क्रमांक)</translation>
    </message>
    <message numerus="yes">
        <source>Could not read %n application(s) sent by the server: %1</source>
        <translation>
            <numerusform>सर्वर से भेजा गया %n आवेदन पढ़ा नहीं जा सका: %1</numerusform>
            <numerusform>सर्वर से भेजे गए %n आवेदन पढ़े नहीं जा सके: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The other applications were stored. These keep their earlier copy on this PC, if there is one, until the server sends them again. Tell the administrator these numbers.</source>
        <translation>बाकी आवेदन सहेज लिए गए। इनकी पिछली प्रति, यदि हो, इस पीसी पर तब तक रहेगी जब तक सर्वर इन्हें फिर से नहीं भेजता। ये क्रमांक प्रशासक को बताएँ।</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) waiting to be reported to the server</source>
        <translation>
            <numerusform>%n प्रिंट की जानकारी सर्वर को भेजी जानी बाकी है</numerusform>
            <numerusform>%n प्रिंटों की जानकारी सर्वर को भेजी जानी बाकी है</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nodues::workstation::SyncEngine</name>
    <message>
        <source>Could not open the local cache; the log has the reason.</source>
        <translation>स्थानीय कैश नहीं खुल सका; कारण लॉग में है।</translation>
    </message>
    <message>
        <source>Could not read the local cache; the log has the reason.</source>
        <translation>स्थानीय कैश पढ़ा नहीं जा सका; कारण लॉग में है।</translation>
    </message>
    <message>
        <source>Could not write the local cache; the log has the reason.</source>
        <translation>स्थानीय कैश में लिखा नहीं जा सका; कारण लॉग में है।</translation>
    </message>
    <message>
        <source>No response from the server; the action will be sent again.</source>
        <translation>सर्वर से उत्तर नहीं मिला; कार्रवाई फिर से भेजी जाएगी।</translation>
    </message>
    <message>
        <source>Cannot reach the server. Working offline; your actions wait in the queue.</source>
        <translation>सर्वर से संपर्क नहीं हो सका। ऑफ़लाइन काम जारी है; आपकी कार्रवाइयाँ कतार में प्रतीक्षा कर रही हैं।</translation>
    </message>
    <message>
        <source>The server sent data the workstation cannot read; the log has the details.</source>
        <translation>सर्वर ने ऐसा डेटा भेजा जिसे वर्कस्टेशन पढ़ नहीं सकता; विवरण लॉग में है।</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>आपका सत्र समाप्त हो गया है। फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>No response from the server; the signed PDF will be uploaded again.</source>
        <translation>सर्वर से कोई उत्तर नहीं मिला; हस्ताक्षरित PDF फिर से अपलोड की जाएगी।</translation>
    </message>
    <message>
        <source>No response from the server; the print will be reported again.</source>
        <translation>सर्वर से कोई उत्तर नहीं मिला; प्रिंट की जानकारी फिर से भेजी जाएगी।</translation>
    </message>
</context>
<context>
    <name>nodues::workstation::UncertainPrintsDialog</name>
    <message>
        <source>Check the printer&apos;s output</source>
        <translation>प्रिंटर से निकले पन्ने जाँचें</translation>
    </message>
    <message>
        <source>The workstation stopped while these certificates were being sent to the printer. They may have printed. Check the printer&apos;s output, then tell the workstation what happened.</source>
        <translation>जब ये प्रमाण-पत्र प्रिंटर को भेजे जा रहे थे, तब वर्कस्टेशन रुक गया। हो सकता है ये प्रिंट हो गए हों। प्रिंटर से निकले पन्ने जाँचें, फिर वर्कस्टेशन को बताएँ कि क्या हुआ।</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>प्रमाण-पत्र</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>प्रति</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>प्रिंटर</translation>
    </message>
    <message>
        <source>Sent at (IST)</source>
        <translation>भेजने का समय (IST)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>मूल</translation>
    </message>
    <message>
        <source>&amp;Mark as printed</source>
        <translation>प्रिंट हुआ मानें (&amp;M)</translation>
    </message>
    <message>
        <source>Print &amp;again as copies</source>
        <translation>प्रति के रूप में फिर से प्रिंट करें (&amp;A)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>बाद में निर्णय लें (&amp;L)</translation>
    </message>
</context>
</TS>
