package org.dossier.indexer.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PST;
import org.apache.tika.metadata.TikaCoreProperties;
import org.dossier.indexer.MailHeaders;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

/**
 * No Java library writes a .pst, so the metadata and the XHTML Tika 3.3.1 gives for a message in one are rebuilt
 * here as they were seen on Tika's own test .pst files.
 */
class MailHeaderReaderTest {

    @Test
    void aPstMessageGivesEachRecipientOnceThoughTikaListsTheWholeDisplayLineFirst() {
        Metadata pst = new Metadata();
        pst.set(Metadata.MESSAGE_FROM, "Luis Nassif");
        pst.set(Message.MESSAGE_FROM_EMAIL, "/o=PF/ou=Exchange Administrative Group/cn=Recipients/cn=luis");
        pst.set(TikaCoreProperties.IDENTIFIER, "<3148510c@pf.gov.br>");
        pst.set(Message.MESSAGE_TO_DISPLAY_NAME, "Allison, Timothy B.; lfcnassif@gmail.com");
        pst.add(Message.MESSAGE_TO_DISPLAY_NAME, "Allison, Timothy B.");
        pst.add(Message.MESSAGE_TO_DISPLAY_NAME, "'lfcnassif@gmail.com'");
        pst.add(Message.MESSAGE_TO_EMAIL, "tallison@example.org");
        pst.add(Message.MESSAGE_TO_EMAIL, "lfcnassif@gmail.com");
        pst.set(Message.MESSAGE_CC_DISPLAY_NAME, "");
        pst.set(TikaCoreProperties.CREATED, Date.from(Instant.parse("2020-11-26T22:17:20Z")));
        pst.set(Office.MAPI_MESSAGE_CLIENT_SUBMIT_TIME, Date.from(Instant.parse("2020-11-26T22:18:00Z")));
        pst.set(PST.PST_FOLDER_PATH, "/Top of Outlook data file/Top of Outlook data file/Inbox");

        MailHeaders mail = MailHeaderReader.read(pst, List.of("Top of Outlook data file", "Inbox", "tmp"));

        assertThat(mail.from()).as("an Exchange directory name is not an address").isEqualTo("Luis Nassif");
        assertThat(mail.to()).containsExactly("Allison, Timothy B. <tallison@example.org>", "lfcnassif@gmail.com");
        assertThat(mail.cc()).isEmpty();
        assertThat(mail.messageId()).isEqualTo("3148510c@pf.gov.br");
        assertThat(mail.folder()).isEqualTo("Inbox/tmp");
        assertThat(MailHeaderReader.sentAt(pst)).as("sent, not drafted").isEqualTo(Instant.parse("2020-11-26T22:18:00Z"));
        assertThat(MailHeaderReader.read(pst, null).folder()).as("Tika's own path, the fallback")
                .isEqualTo("Top of Outlook data file/Inbox");
    }

    @Test
    void rawHeadersAreFoundWhateverTheirCaseAndRepeatedAddressesAreKeptOnce() {
        Metadata rfc822 = new Metadata();
        rfc822.add(Metadata.MESSAGE_FROM, "<desk@gazete.example>");
        rfc822.add(Metadata.MESSAGE_TO, "<core-user@hadoop.example>");
        rfc822.add(Metadata.MESSAGE_TO, "core-user@hadoop.example");
        rfc822.add(Metadata.MESSAGE_CC, "Zeynep Güneş <zeynep@gazete.example>");
        rfc822.set(Message.MESSAGE_RAW_HEADER_PREFIX + "Message-Id", "<a1@x>");
        rfc822.set(Message.MESSAGE_RAW_HEADER_PREFIX + "in-reply-to", "<a0@x> (sent by Bob)");
        rfc822.set(Message.MESSAGE_RAW_HEADER_PREFIX + "References", "<r1@x> <a0@x>\n <a0@x>");

        MailHeaders mail = MailHeaderReader.read(rfc822, null);

        assertThat(mail.from()).isEqualTo("desk@gazete.example");
        assertThat(mail.to()).containsExactly("core-user@hadoop.example");
        assertThat(mail.cc()).containsExactly("Zeynep Güneş <zeynep@gazete.example>");
        assertThat(mail.messageId()).isEqualTo("a1@x");
        assertThat(mail.inReplyTo()).isEqualTo("a0@x");
        assertThat(mail.references()).containsExactly("r1@x", "a0@x");
        assertThat(mail.folder()).isNull();
    }

    @Test
    void theFolderTrailFollowsTikasPstFolderDivsAndTheirHeadings() {
        PstFolderTrail trail = new PstFolderTrail();

        open(trail, "Top of Outlook data file");
        open(trail, "Deleted Items");
        trail.endElement("div");
        open(trail, "Inbox");
        open(trail, "tmp");
        List<String> inTmp = trail.current();
        trail.endElement("div");
        List<String> backInInbox = trail.current();

        assertThat(inTmp).containsExactly("Top of Outlook data file", "Inbox", "tmp");
        assertThat(backInInbox).containsExactly("Top of Outlook data file", "Inbox");
        trail.endElement("div");
        trail.endElement("div");
        assertThat(trail.current()).isNull();
    }

    private static void open(PstFolderTrail trail, String folder) {
        AttributesImpl folderClass = new AttributesImpl();
        folderClass.addAttribute("", "class", "class", "CDATA", "email-folder");
        trail.startElement("div", folderClass);
        trail.startElement("h1", new AttributesImpl());
        trail.characters(folder.toCharArray(), 0, folder.length());
        trail.endElement("h1");
        trail.startElement("div", new AttributesImpl()); // a message's own div is not a folder
        trail.endElement("div");
    }
}
