package org.dossier.samples;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dossier.samples.MailboxWriter.Attachment;
import org.dossier.samples.MailboxWriter.Mail;
import org.dossier.samples.MailboxWriter.Person;
import org.dossier.samples.OfficeWriter.Doc;
import org.dossier.samples.OfficeWriter.Sheet;
import org.dossier.samples.OfficeWriter.Workbook;

/**
 * The texts of the demo corpus: one invented story told across contracts, spreadsheets, minutes,
 * mail, notes and press clippings. Port Veldin, its harbour, the companies and all people are
 * fictional; mail addresses use the reserved ".example" domains.
 *
 * <p>The figures add up across files (invoice register, survey volumes, minutes, articles), and the
 * facts that sample-docs/README.md asks about each sit in one place with distinctive words, so a
 * keyword search on the question finds the answering passage. Keep README.md in step when
 * changing a fact here.
 *
 * <p>Key figures: contract PV-HD-2024-007 = EUR 18,400,000 (1,150,000 m3 at EUR 14.20 plus
 * EUR 2,070,000 mobilisation); invoiced 1,150,000 m3 by August but surveyed 833,000 m3
 * (difference 317,000 m3 = EUR 4,501,400); Bluewater Holdings Ltd paid EUR 410,000 + 425,000 +
 * 440,000 = EUR 1,275,000.
 */
final class SampleStory {

    private SampleStory() {
    }

    // Port Veldin keeps central European time: CET in winter, CEST in summer.
    private static final ZoneId PORT_VELDIN = ZoneId.of("Europe/Brussels");

    static OffsetDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PORT_VELDIN).toOffsetDateTime();
    }

    // ================================================================ contracts/

    /**
     * The contract. Page 3 alone names who signed it and the contract value (README question 1),
     * so "signed" must not appear anywhere else in the corpus. Plain ASCII: the PDF uses the
     * standard Helvetica font.
     */
    static final Doc CONTRACT = new Doc("Harbour dredging contract PV-HD-2024-007",
            "Port Veldin Harbour Authority", at("2024-03-12T10:00"), List.of(
            """
            # HARBOUR DREDGING CONTRACT

            Contract No. PV-HD-2024-007

            Maintenance and capital dredging of the Inner Basin and the Eastern Approach Channel,
            Port of Port Veldin

            This contract is made between the Port Veldin Harbour Authority, Harbour House,
            1 Quay Street, Port Veldin (the "Authority"), and Karadeniz Marine Dredging Ltd,
            Kara Point Shipyard, 12 Dock Road, Port Sorren (the "Contractor").

            ## Recitals

            (A) The Authority published open tender PV-HD-2024-007 on 15 January 2024 for the
            maintenance and capital dredging of the Inner Basin and the Eastern Approach Channel.

            (B) Three bids were received by the closing date of 9 February 2024. The evaluation
            committee recommended the bid of the Contractor on 20 February 2024.

            (C) The Harbour Board approved the award of this contract to the Contractor at its
            meeting of 27 February 2024.

            ## Definitions

            "Works" means the dredging, transport and disposal of sediment described in clause 1.

            "Surveyor" means Hydrosurvey Nord, the independent hydrographic surveyor appointed by
            the Authority.

            "Chart Datum" means the lowest astronomical tide at the Port Veldin tide gauge.
            """,
            """
            ## 1. Scope of Works

            1.1 The Contractor shall dredge a total volume of 1,150,000 cubic metres of sediment
            from the Inner Basin and the Eastern Approach Channel.

            1.2 The target depth is 14.5 metres below Chart Datum in the Eastern Approach Channel
            and 12.0 metres below Chart Datum in the Inner Basin, with an overdepth tolerance of
            0.3 metres.

            1.3 Dredged material shall be transported to the offshore disposal site D-4, 11
            nautical miles west of the harbour entrance. No material may be disposed of inside the
            breakwaters.

            1.4 The Contractor shall deploy at least the trailing suction hopper dredger Nordstern
            (hopper capacity 8,500 cubic metres) and the backhoe dredger Kara 3.

            ## 2. Programme

            2.1 The Works shall start on 1 April 2024 and be completed by 31 March 2025.

            2.2 The Contractor shall keep a daily dredging log for each vessel, recording working
            hours, stoppages and the reason for each stoppage, and shall make the log available to
            the Authority on request.

            2.3 Works in the Eastern Approach Channel shall be coordinated with the vessel traffic
            service of the Harbour Master.
            """,
            """
            ## 3. Contract Price

            3.1 The total contract value is EUR 18,400,000 (eighteen million four hundred thousand
            euros), excluding VAT.

            3.2 The contract value is made up of EUR 16,330,000 for dredging 1,150,000 cubic metres
            at a unit rate of EUR 14.20 per cubic metre, and a lump sum of EUR 2,070,000 for
            mobilisation and demobilisation.

            3.3 The unit rate is fixed for the duration of the contract and is not subject to
            indexation.

            ## Execution of the Contract

            The dredging contract was signed by Harbour Master Tomas Brenner on behalf of the Port
            Veldin Harbour Authority on 12 March 2024 in Port Veldin.

            It was signed for the Contractor by Orhan Demirkaya, Managing Director of Karadeniz
            Marine Dredging Ltd, on the same day.

            For the Authority: Tomas Brenner, Harbour Master

            For the Contractor: Orhan Demirkaya, Managing Director

            Witness: Jonas Weber, Finance Director, Port Veldin Harbour Authority
            """,
            """
            ## 4. Invoicing and Payment

            4.1 The Contractor shall invoice monthly in arrears. Each invoice shall state the
            volume dredged in the preceding month in cubic metres.

            4.2 Each invoice shall be supported by the monthly hydrographic survey of the Surveyor.
            Only volumes confirmed by the Surveyor may be certified for payment.

            4.3 Invoices shall be certified by the office of the Harbour Master and paid by the
            Authority within 10 days of certification.

            4.4 The mobilisation lump sum may be invoiced once the Nordstern has arrived in Port
            Veldin.

            ## 5. Agents and Intermediaries

            5.1 The Contractor declares that it has not paid and shall not pay any commission, fee
            or other benefit to any agent, intermediary or consultant in connection with the award
            or performance of this contract.

            5.2 A breach of clause 5.1 entitles the Authority to terminate the contract with
            immediate effect.

            ## 6. Delay Penalties

            6.1 For each day of delay beyond the completion date the Contractor shall pay a penalty
            of EUR 12,000, up to a maximum of 10 percent of the contract value.
            """,
            """
            ## 7. Audit Rights

            7.1 The City Auditor of Port Veldin, and any auditor appointed by the Authority, may
            inspect all records of the Contractor relating to this contract, including dredging
            logs, fuel records and disposal records, for six years after completion.

            ## 8. Termination

            8.1 The Authority may terminate the contract for convenience with 60 days notice, in
            which case the Contractor is paid for the Works performed and surveyed.

            ## 9. Governing Law and Disputes

            9.1 This contract is governed by the law applicable in the City of Port Veldin.
            Disputes are settled by the District Court of Port Veldin.

            ## Annex A - Disposal Site D-4

            Centre point: 11 nautical miles west of the harbour entrance light.

            Radius: 500 metres. Minimum water depth: 38 metres.

            Disposal outside site D-4 is a breach of contract and of the harbour by-laws.
            """));

    /** Tender evaluation report (DOCX with headings and a table of the three bids). */
    static final Doc TENDER_EVALUATION = new Doc("Tender Evaluation Report PV-HD-2024-007",
            "Port Veldin Harbour Authority", at("2024-02-20T16:30"), List.of("""
            # Tender Evaluation Report PV-HD-2024-007

            Port Veldin Harbour Authority, Evaluation Committee, 20 February 2024

            ## 1. Purpose

            This report evaluates the bids received for open tender PV-HD-2024-007, maintenance and
            capital dredging of the Inner Basin and the Eastern Approach Channel, and recommends a
            contractor to the Harbour Board.

            ## 2. Evaluation committee

            Chair: Tomas Brenner, Harbour Master. Members: Jonas Weber, Finance Director, and Lars
            Ekdahl, Chief Engineer. Secretary: Greta Holm.

            ## 3. Bids received

            Three bids were received by the closing date of 9 February 2024, 12:00.

            | Bidder | Bid price (EUR) | Technical score (max 60) | Price score (max 40) | Total | Result |
            | Nordhaven Dredging | 15,900,000 | - | - | - | Excluded |
            | Baltica Marine Works | 16,700,000 | 31 | 40.0 | 71.0 | Not recommended |
            | Karadeniz Marine Dredging Ltd | 18,400,000 | 58 | 36.3 | 94.3 | Recommended |

            ## 4. Exclusion of Nordhaven Dredging

            The bid of Nordhaven Dredging was the lowest but was excluded because its bank guarantee
            arrived 26 hours after the closing date. The tender rules allow no exceptions.

            ## 5. Technical assessment

            Baltica Marine Works proposed to subcontract the hopper dredging and does not own a
            trailing suction hopper dredger of the required capacity. Karadeniz Marine Dredging Ltd
            offered its own trailing suction hopper dredger Nordstern and the backhoe dredger Kara 3.

            ## 6. Recommendation

            The committee recommends that the Harbour Board award contract PV-HD-2024-007 to
            Karadeniz Marine Dredging Ltd at a price of EUR 18,400,000, excluding VAT. The committee
            notes that this price is EUR 2,500,000 above the lowest bid.

            Tomas Brenner, Harbour Master, Chair of the Evaluation Committee
            """));

    static final String AWARD_NOTICE = """
            NOTICE OF CONTRACT AWARD
            =======================

            Contracting authority:   Port Veldin Harbour Authority, Harbour House, 1 Quay Street,
                                     Port Veldin
            Reference:               PV-HD-2024-007
            Title:                   Maintenance and capital dredging of the Inner Basin and the
                                     Eastern Approach Channel
            Procedure:               Open tender, published 15 January 2024
            Number of bids received: 3
            Date of award decision:  27 February 2024 (Harbour Board)
            Name of contractor:      Karadeniz Marine Dredging Ltd, Kara Point Shipyard,
                                     12 Dock Road, Port Sorren
            Value of contract:       EUR 18,400,000, excluding VAT
            Duration:                1 April 2024 to 31 March 2025
            Subcontracting:          None declared

            Review procedures: a bidder may apply to the District Court of Port Veldin within
            30 days of this notice.

            Published 28 February 2024.
            """;

    // ================================================================ finance/

    /**
     * Invoice register with three named sheets. The Payments sheet answers README question 3
     * (when each consultancy fee was paid to Bluewater Holdings Ltd).
     */
    static final Workbook INVOICE_REGISTER = new Workbook("Invoice register 2024 - contract PV-HD-2024-007",
            "Port Veldin Harbour Authority, Finance department", at("2024-09-20T17:00"), List.of(
            new Sheet("Invoices", """
                    Invoice no;Invoice date;Period;Volume invoiced (m3);Volume surveyed (m3);Amount (EUR);Certified by;Paid on;Status
                    KMD-2024-031;2024-04-05;Mobilisation (lump sum);;;2070000.00;T. Brenner;2024-04-19;Paid
                    KMD-2024-058;2024-05-06;April 2024;96000;94500;1363200.00;T. Brenner;2024-05-21;Paid
                    KMD-2024-094;2024-06-05;May 2024;188000;151000;2669600.00;T. Brenner;2024-06-18;Paid
                    KMD-2024-117;2024-07-01;June 2024;412000;268000;5850400.00;T. Brenner;2024-07-05;Paid - finance objection on file
                    KMD-2024-142;2024-08-05;July 2024;305000;201000;4331000.00;T. Brenner;2024-08-20;Paid
                    KMD-2024-171;2024-09-04;August 2024;149000;118500;2115800.00;;;Suspended by Harbour Board 24 Sep 2024
                    """),
            new Sheet("Payments", """
                    Payment ref;Payment date;Payee;Invoice;Description;Amount (EUR);Approved by
                    PV-PAY-2024-0412;2024-04-15;Bluewater Holdings Ltd;BW-001;Consultancy fee paid to Bluewater Holdings Ltd (1 of 3);410000.00;T. Brenner
                    PV-PAY-2024-0431;2024-04-19;Karadeniz Marine Dredging Ltd;KMD-2024-031;Mobilisation;2070000.00;T. Brenner
                    PV-PAY-2024-0533;2024-05-21;Karadeniz Marine Dredging Ltd;KMD-2024-058;Dredging April 2024;1363200.00;T. Brenner
                    PV-PAY-2024-0688;2024-06-14;Bluewater Holdings Ltd;BW-002;Consultancy fee paid to Bluewater Holdings Ltd (2 of 3);425000.00;T. Brenner
                    PV-PAY-2024-0702;2024-06-18;Karadeniz Marine Dredging Ltd;KMD-2024-094;Dredging May 2024;2669600.00;T. Brenner
                    PV-PAY-2024-0811;2024-07-05;Karadeniz Marine Dredging Ltd;KMD-2024-117;Dredging June 2024;5850400.00;T. Brenner
                    PV-PAY-2024-0951;2024-08-16;Bluewater Holdings Ltd;BW-003;Consultancy fee paid to Bluewater Holdings Ltd (3 of 3);440000.00;T. Brenner
                    PV-PAY-2024-0968;2024-08-20;Karadeniz Marine Dredging Ltd;KMD-2024-142;Dredging July 2024;4331000.00;T. Brenner
                    """),
            new Sheet("Summary", """
                    Item;Value
                    Contract;PV-HD-2024-007
                    Contract value (EUR);18400000.00
                    Total invoiced (EUR);=SUM(Invoices!F2:F7)
                    Total paid to Karadeniz Marine Dredging Ltd (EUR);=SUMIF(Payments!C2:C9,"Karadeniz Marine Dredging Ltd",Payments!F2:F9)
                    Total paid to Bluewater Holdings Ltd (EUR);=SUMIF(Payments!C2:C9,"Bluewater Holdings Ltd",Payments!F2:F9)
                    Volume invoiced (m3);=SUM(Invoices!D2:D7)
                    Volume surveyed (m3);=SUM(Invoices!E2:E7)
                    Volume invoiced but not surveyed (m3);=B7-B8
                    """)));

    /** Monthly survey volumes against invoiced volumes; the differences add up to 317,000 m3. */
    static final String SURVEY_VOLUMES_CSV = """
            survey_report,survey_month,surveyor,measured_m3,invoice_no,invoiced_m3,difference_m3
            HN-2024-04,2024-04,Hydrosurvey Nord,94500,KMD-2024-058,96000,1500
            HN-2024-05,2024-05,Hydrosurvey Nord,151000,KMD-2024-094,188000,37000
            HN-2024-06,2024-06,Hydrosurvey Nord,268000,KMD-2024-117,412000,144000
            HN-2024-07,2024-07,Hydrosurvey Nord,201000,KMD-2024-142,305000,104000
            HN-2024-08,2024-08,Hydrosurvey Nord,118500,KMD-2024-171,149000,30500
            """;

    /** The June survey report: a second, short PDF (ASCII only, like the contract). */
    static final Doc SURVEY_REPORT_JUNE = new Doc("Hydrosurvey Nord survey report HN-2024-06",
            "Hydrosurvey Nord", at("2024-07-01T15:00"), List.of(
            """
            # HYDROSURVEY NORD

            Survey report HN-2024-06

            Client: Port Veldin Harbour Authority

            Contract: PV-HD-2024-007 (dredging by Karadeniz Marine Dredging Ltd)

            Survey period: 1 June 2024 to 30 June 2024. Report date: 1 July 2024.

            Lead surveyor: Freya Lund

            ## Method

            Multibeam echo sounder surveys of the Inner Basin and the Eastern Approach Channel were
            carried out on 3, 10, 17, 24 and 30 June 2024. Dredged volumes were calculated by
            comparing each surface with the survey of 31 May 2024 (report HN-2024-05).

            ## Results

            Inner Basin: 171,000 cubic metres removed.

            Eastern Approach Channel: 97,000 cubic metres removed.

            Total volume dredged in June 2024: 268,000 cubic metres.

            These figures are final. The accuracy of the method is plus or minus 2 percent.
            """,
            """
            ## Observations

            No dredging activity was recorded in the Eastern Approach Channel between 10 June and
            28 June 2024. On the survey days of 10, 17 and 24 June the trailing suction hopper
            dredger Nordstern was moored at the Eastern Quay.

            The backhoe dredger Kara 3 worked in the Inner Basin throughout the month.

            Siltation in the Inner Basin since the May survey is estimated at less than 5,000 cubic
            metres and does not materially affect the figures above.

            ## Distribution

            Port Veldin Harbour Authority: office of the Harbour Master; Finance department.
            """));

    // ================================================================ minutes/ and audit/

    /** The board meeting that approved the award (ODT). */
    static final Doc BOARD_MINUTES_FEBRUARY = new Doc(
            "Harbour Board of Port Veldin - minutes of 27 February 2024", "Greta Holm",
            at("2024-02-28T09:30"), List.of("""
            # Harbour Board of Port Veldin - Minutes of the meeting of 27 February 2024

            Harbour House, council room, 18:00 to 19:40

            ## Present

            Helena Vos (Chair), Pieter Jansen, Ruth Okafor, Daniel Sommer, Marta Novak, Karl
            Lindqvist, Sofia Marin. In attendance: Tomas Brenner (Harbour Master), Jonas Weber
            (Finance Director), Greta Holm (Board Secretary, minutes).

            ## 1. Award of tender PV-HD-2024-007 (harbour dredging)

            The Harbour Master presented the report of the evaluation committee of 20 February 2024.
            Three bids were received. He recommended Karadeniz Marine Dredging Ltd, whose bid of
            EUR 18,400,000 received the highest total score.

            Ruth Okafor asked why the lowest bid, from Nordhaven Dredging at EUR 15,900,000, had been
            excluded. The Harbour Master replied that the bank guarantee of Nordhaven arrived 26 hours
            late and that the tender rules allow no exceptions.

            Marta Novak asked whether any agents or consultants were involved in the bid of
            Karadeniz Marine Dredging. The Harbour Master replied that none were.

            Resolution: the Board approves the award of contract PV-HD-2024-007 to Karadeniz Marine
            Dredging Ltd for EUR 18,400,000, excluding VAT, and authorises the Harbour Master to
            conclude the contract. Vote: 6 in favour, 1 against (Ruth Okafor).

            ## 2. Cruise terminal lighting

            The Board noted complaints from residents of Quay Street about the new floodlights at the
            cruise terminal. The Chief Engineer will fit shields before the cruise season starts on
            1 May 2024.

            ## 3. Next meeting

            The next ordinary meeting is on 28 May 2024.
            """));

    /** The extraordinary board meeting (DOCX). Its "Decisions" section answers README question 6. */
    static final Doc BOARD_MINUTES_SEPTEMBER = new Doc(
            "Harbour Board of Port Veldin - minutes of the extraordinary meeting of 24 September 2024",
            "Greta Holm", at("2024-09-25T11:00"), List.of("""
            # Harbour Board of Port Veldin - Minutes of the extraordinary meeting of 24 September 2024

            Harbour House, council room, 18:00 to 21:15

            ## Present

            Helena Vos (Chair), Pieter Jansen, Ruth Okafor, Daniel Sommer (by telephone), Marta
            Novak, Karl Lindqvist, Sofia Marin. In attendance: Jonas Weber (Finance Director),
            Mirela Çelik (City Auditor, item 2), Tomas Brenner (Harbour Master, item 1), Greta Holm
            (Board Secretary, minutes).

            ## 1. Dredging programme: status report

            The Harbour Master reported that Karadeniz Marine Dredging Ltd has invoiced the full
            contract volume of 1,150,000 cubic metres by the end of August 2024, seven months ahead
            of the programme. He said the monthly surveys understate the work done because of
            siltation in the Inner Basin. He left the meeting after this item.

            ## 2. Preliminary findings of the City Auditor (audit CA-2024-19)

            The City Auditor reported that the volumes invoiced from April to August 2024 exceed the
            volumes confirmed by Hydrosurvey Nord by 317,000 cubic metres, which is EUR 4,501,400 at
            the contract rate. Invoices were certified for payment by the office of the Harbour
            Master although the surveys did not confirm the volumes.

            She further reported that the Authority paid EUR 1,275,000 to Bluewater Holdings Ltd,
            Limassol, in three consultancy payments approved by the Harbour Master, and that no
            procurement file exists for these payments. The audit is continuing.

            The Finance Director presented the invoice register. Invoice KMD-2024-171 of
            EUR 2,115,800 for August 2024 has not been paid.

            ## 3. Decisions

            After discussion, the Harbour Board meeting of 24 September 2024 decided:

            (a) All further payments to Karadeniz Marine Dredging Ltd under contract PV-HD-2024-007
            are suspended until audit CA-2024-19 is complete. This includes invoice KMD-2024-171.

            (b) An independent re-survey of the Inner Basin and the Eastern Approach Channel is
            commissioned from Meridian Hydrographics.

            (c) The Harbour Master is relieved of responsibility for contract PV-HD-2024-007 during
            the audit. The Finance Director, Jonas Weber, takes over the contract file.

            The decisions were carried by 5 votes to 2. Daniel Sommer and Karl Lindqvist voted
            against.

            ## 4. Communication

            The Chair will inform the Mayor. No public statement will be made until the audit is
            complete.
            """));

    /** The auditor's opening memo (ODT). Answers README question 5, with a non-ASCII name. */
    static final Doc AUDIT_MEMO = new Doc("Audit file CA-2024-19 - opening memorandum", "Mirela Çelik",
            at("2024-09-09T14:00"), List.of("""
            # Office of the City Auditor, City of Port Veldin

            ## Memorandum: opening of audit file CA-2024-19

            Date: 9 September 2024. From: Mirela Çelik, City Auditor. To: Mayor Ivo Marek; Helena
            Vos, Chair of the Harbour Board.

            Audit file CA-2024-19 was opened on 9 September 2024 by City Auditor Mirela Çelik.

            ## Subject

            Payments made by the Port Veldin Harbour Authority under harbour dredging contract
            PV-HD-2024-007 (Karadeniz Marine Dredging Ltd) and consultancy payments to Bluewater
            Holdings Ltd, Limassol.

            ## Basis

            A protected disclosure made on 28 August 2024 by a member of the finance staff of the
            Harbour Authority, together with a list of payments received on 30 August 2024. The
            identity of the reporting person is known to the City Auditor and is kept confidential.

            ## Scope

            1. Whether the volumes invoiced by Karadeniz Marine Dredging Ltd match the volumes
            confirmed by the independent surveyor Hydrosurvey Nord, as clause 4.2 of the contract
            requires.

            2. Who certified each invoice for payment, and on what evidence.

            3. The legal basis, procurement file and deliverables for the three payments to
            Bluewater Holdings Ltd.

            4. Any relationship between Bluewater Holdings Ltd, Karadeniz Marine Dredging Ltd and
            officials of the Harbour Authority.

            ## Audit team

            Mirela Çelik (lead), Tobias Rey (senior auditor), Ana Ferreira (forensic accountant).

            ## Documents requested

            The Harbour Authority is asked to provide by 20 September 2024: the invoice register for
            2024, all certification sheets, the dredging logs of the Nordstern and the Kara 3, the
            Hydrosurvey Nord reports HN-2024-04 to HN-2024-08, and the supplier file of Bluewater
            Holdings Ltd.
            """));

    // ================================================================ mail/

    static final Person AYSE = new Person("Ayşe Yılmaz", "ayse.yilmaz@portveldin.example");
    static final Person TOMAS = new Person("Tomas Brenner", "tomas.brenner@portveldin.example");
    static final Person JONAS = new Person("Jonas Weber", "jonas.weber@portveldin.example");
    static final Person MIRELA = new Person("Mirela Çelik", "mirela.celik@audit.portveldin.example");
    static final Person ORHAN = new Person("Orhan Demirkaya", "orhan.demirkaya@karadeniz-dredging.example");
    static final Person ACCOUNTS = new Person("Accounts Payable", "accounts.payable@portveldin.example");
    static final Person GRETA = new Person("Greta Holm", "board.secretary@portveldin.example");
    static final Person BOARD = new Person("Harbour Board members", "harbour.board@portveldin.example");
    static final Person DANIEL = new Person("Daniel Sommer", "daniel.sommer@portveldin.example");
    static final Person LENA = new Person("Lena Hartmann", "lena.hartmann@veldincourier.example");
    static final Person SOURCE = new Person("A friend at the harbour", "harbour.friend@mailbox.example");
    static final Person KMD_PRESS = new Person("Selin Aydın", "press@karadeniz-dredging.example");

    /** A new message that starts a thread. */
    private static Mail mail(String id, String date, Person from, List<Person> to, List<Person> cc,
                             String subject, String body) {
        return new Mail(id, at(date), from, to, cc, subject, null, body, null);
    }

    private static final DateTimeFormatter ATTRIBUTION_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** A reply: "Re:" subject, thread headers, new text on top and the quoted text below. */
    private static Mail reply(Mail parent, String id, String date, Person from, List<Person> to,
                              List<Person> cc, String text, String quoted) {
        String subject = parent.subject().startsWith("Re: ") ? parent.subject() : "Re: " + parent.subject();
        String attribution = "On " + parent.date().format(ATTRIBUTION_DATE) + ", "
                + parent.from().name() + " wrote:";
        // Quoted lines get "> ", so a quote of a quote reads "> > ".
        String quote = quoted.strip().lines().map(line -> line.isEmpty() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
        return new Mail(id, at(date), from, to, cc, subject, parent,
                text.strip() + "\n\n" + attribution + "\n" + quote + "\n", null);
    }

    private static Mail withAttachment(Mail mail, Attachment attachment) {
        return new Mail(mail.messageId(), mail.date(), mail.from(), mail.to(), mail.cc(), mail.subject(),
                mail.parent(), mail.body(), attachment);
    }

    // Thread 1: Bluewater Holdings is set up as a supplier on the Harbour Master's word.
    private static final Mail SUPPLIER = mail("bw-supplier-001@portveldin.example", "2024-04-10T09:02",
            TOMAS, List.of(AYSE), List.of(JONAS), "New supplier: Bluewater Holdings Ltd", """
            Ayşe,

            please register Bluewater Holdings Ltd (Limassol) as a supplier. They are external
            advisers supporting the dredging programme. Their first invoice (BW-001, EUR 410,000)
            will arrive this week and should be paid by 15 April. Bank details are on the invoice.

            Regards,
            Tomas Brenner
            Harbour Master, Port Veldin Harbour Authority
            """);

    private static final Mail SUPPLIER_QUESTION = reply(SUPPLIER, "bw-supplier-002@portveldin.example",
            "2024-04-11T10:30", AYSE, List.of(TOMAS), List.of(JONAS), """
            Tomas,

            I can register them, but there is no procurement file for this engagement, and
            EUR 410,000 is far above the EUR 50,000 limit for direct awards. Can you send me the
            tender waiver?

            Ayşe Yılmaz
            Senior Finance Officer
            """, SUPPLIER.body());

    private static final Mail SUPPLIER_ORDER = reply(SUPPLIER_QUESTION, "bw-supplier-003@portveldin.example",
            "2024-04-11T16:45", TOMAS, List.of(AYSE), List.of(JONAS), """
            The engagement falls under the urgency clause of the dredging programme. No waiver is
            needed. Please proceed.

            Tomas
            """, SUPPLIER_QUESTION.body());

    // A contractor mail whose body has a line starting with "From ": it must be escaped in the mbox.
    private static final Mail MAY_INVOICE = mail("kmd-inv-094@karadeniz-dredging.example", "2024-06-05T08:15",
            ORHAN, List.of(ACCOUNTS), List.of(TOMAS), "Invoice KMD-2024-094 - May 2024 works", """
            Dear colleagues,

            invoice KMD-2024-094 for the works of May 2024 has been uploaded to your supplier
            portal. Amount: EUR 2,669,600 for 188,000 cubic metres at EUR 14.20.

            From the Nordstern log: 31 working days, 188,000 cubic metres dredged and taken to
            disposal site D-4.

            Best regards,
            Orhan Demirkaya
            Managing Director, Karadeniz Marine Dredging Ltd
            """);

    // Thread 2: the finance officer questions the June invoice; the Harbour Master overrules her.
    private static final Mail JUNE_INVOICE_ALARM = mail("kmd117-alarm@portveldin.example", "2024-07-02T09:14",
            AYSE, List.of(TOMAS), List.of(JONAS), "Invoice KMD-2024-117 volumes do not match survey", """
            Tomas,

            invoice KMD-2024-117 from Karadeniz Marine Dredging claims 412,000 cubic metres for
            June 2024 (EUR 5,850,400). The Hydrosurvey Nord report HN-2024-06 measured only
            268,000 cubic metres for the same month. That is a difference of 144,000 cubic metres,
            or EUR 2,044,800 at the contract rate.

            The May invoice KMD-2024-094 showed the same pattern (188,000 invoiced, 151,000
            surveyed). Under clause 4.2 of the contract we cannot certify volumes that the surveyor
            has not confirmed. I propose to hold the invoice until KMD explains the difference.

            Ayşe Yılmaz
            Senior Finance Officer, Port Veldin Harbour Authority
            """);

    private static final Mail JUNE_INVOICE_OVERRULED = reply(JUNE_INVOICE_ALARM, "kmd117-reply1@portveldin.example",
            "2024-07-03T11:20", TOMAS, List.of(AYSE), List.of(JONAS), """
            Ayşe,

            the survey figures are preliminary. Siltation in the Inner Basin masks the real
            production, and the Nordstern worked extra night shifts in the second half of June. I
            have checked the dredge logs myself. Process KMD-2024-117 for payment in full this week.

            Tomas
            """, JUNE_INVOICE_ALARM.body());

    private static final Mail JUNE_INVOICE_OBJECTION = reply(JUNE_INVOICE_OVERRULED, "kmd117-reply2@portveldin.example",
            "2024-07-04T08:50", AYSE, List.of(TOMAS), List.of(JONAS), """
            Tomas,

            Hydrosurvey Nord confirmed to me by phone this morning that the June figures are final,
            not preliminary. I will process the payment only on your written instruction, and I am
            recording my objection in the invoice file.

            Ayşe
            """, JUNE_INVOICE_OVERRULED.body());

    private static final Mail JUNE_INVOICE_INSTRUCTION = reply(JUNE_INVOICE_OBJECTION, "kmd117-reply3@portveldin.example",
            "2024-07-05T07:58", TOMAS, List.of(AYSE), List.of(JONAS), """
            Consider this my written instruction. Pay KMD-2024-117 today.

            T. Brenner
            """, """
            Hydrosurvey Nord confirmed to me by phone this morning that the June figures are final,
            not preliminary. I will process the payment only on your written instruction, and I am
            recording my objection in the invoice file.
            """);

    // Thread 3: the whistleblower goes to the City Auditor. The second paragraph of the first
    // message is the only place that names the "port logistics advisory" (README question 2), so
    // the reply quotes the first paragraph only.
    private static final String DISCLOSURE_OPENING = """
            Dear Ms Çelik,

            I am a senior finance officer at the Port Veldin Harbour Authority and I wish to report
            payments that I believe are irregular. Since April the Authority has paid three invoices
            from Bluewater Holdings Ltd, Limassol, for a total of EUR 1,275,000.
            """;

    private static final Mail DISCLOSURE = mail("bluewater-report@portveldin.example", "2024-08-28T17:40",
            AYSE, List.of(MIRELA), List.of(), "Bluewater Holdings consultancy payments", DISCLOSURE_OPENING + """

            The three invoices from Bluewater Holdings Ltd describe the consultancy service only as
            "port logistics advisory". There is no contract, no report, no timesheet and no
            deliverable on file for any of them. All three payments were approved by the Harbour
            Master alone.

            In July I also raised that the dredging invoices of Karadeniz Marine Dredging exceed the
            volumes measured by the surveyor. I can send you the payment details. I ask that my name
            be kept confidential.

            Ayşe Yılmaz
            Senior Finance Officer, Port Veldin Harbour Authority
            """);

    private static final Mail DISCLOSURE_ACK = reply(DISCLOSURE, "ca-ack-0829@audit.portveldin.example",
            "2024-08-29T09:05", MIRELA, List.of(AYSE), List.of(), """
            Dear Ms Yılmaz,

            thank you. Your report is treated as a protected disclosure under the whistleblower
            rules of the City. Please send me the list of payments with dates, amounts and payment
            references. I intend to open a formal audit file next week.

            Mirela Çelik
            City Auditor, City of Port Veldin
            """, DISCLOSURE_OPENING + "\n[...]");

    private static final Mail DISCLOSURE_PAYMENTS = withAttachment(reply(DISCLOSURE_ACK,
            "bluewater-list@portveldin.example", "2024-08-30T12:10", AYSE, List.of(MIRELA), List.of(), """
            Dear Ms Çelik,

            attached is the list of the three payments to Bluewater Holdings Ltd, exported from the
            payment system this morning.

            Ayşe Yılmaz
            """, DISCLOSURE_ACK.body().substring(0, DISCLOSURE_ACK.body().indexOf("\n\nOn "))),
            new Attachment("bluewater-payments.csv", "text/csv", """
                    payment_ref,payment_date,payee,payee_invoice,amount_eur,approved_by
                    PV-PAY-2024-0412,2024-04-15,Bluewater Holdings Ltd,BW-001,410000.00,T. Brenner
                    PV-PAY-2024-0688,2024-06-14,Bluewater Holdings Ltd,BW-002,425000.00,T. Brenner
                    PV-PAY-2024-0951,2024-08-16,Bluewater Holdings Ltd,BW-003,440000.00,T. Brenner
                    """));

    // Thread 4: the board is called together; one reply has a body line starting with "From ".
    private static final Mail BOARD_CALL = mail("board-0924-call@portveldin.example", "2024-09-12T14:00",
            GRETA, List.of(BOARD), List.of(TOMAS, JONAS),
            "Extraordinary board meeting on the dredging contract", """
            Dear members of the Board,

            at the request of the Chair, Helena Vos, the Board will hold an extraordinary session
            on Tuesday 24 September at 18:00 in the council room of Harbour House.

            Agenda:
            1. Dredging programme: status report (Harbour Master)
            2. Preliminary findings of the City Auditor (audit CA-2024-19)
            3. Next steps for contract PV-HD-2024-007

            Kind regards,
            Greta Holm
            Board Secretary
            """);

    private static final Mail BOARD_CALL_FINANCE = reply(BOARD_CALL, "board-0924-weber@portveldin.example",
            "2024-09-13T08:30", JONAS, List.of(GRETA), List.of(), """
            Greta,

            I will bring the invoice register. Please add the payments to Bluewater Holdings Ltd to
            item 2 of the agenda.

            Jonas
            """, BOARD_CALL.body());

    private static final Mail BOARD_CALL_SOMMER = reply(BOARD_CALL, "board-0924-sommer@portveldin.example",
            "2024-09-13T10:12", DANIEL, List.of(GRETA), List.of(), """
            Dear Greta,

            I am abroad that week. Can I join by telephone?
            From my side the dredging is on schedule and I see no reason for panic.

            Daniel Sommer
            """, BOARD_CALL.body());

    private static final Mail AUDIT_DOCUMENTS = mail("ca-2024-19-docs@portveldin.example", "2024-09-19T16:20",
            TOMAS, List.of(MIRELA), List.of(JONAS), "Audit CA-2024-19: document request", """
            Ms Çelik,

            the dredge logs and certification sheets you requested will be delivered by
            27 September. I am away until 23 September and must check them before they are released.

            Tomas Brenner
            Harbour Master
            """);

    /** The leaked finance mailbox, in date order: 15 messages in four threads plus two singles. */
    static final List<Mail> FINANCE_MAILBOX = List.of(SUPPLIER, SUPPLIER_QUESTION, SUPPLIER_ORDER,
            MAY_INVOICE, JUNE_INVOICE_ALARM, JUNE_INVOICE_OVERRULED, JUNE_INVOICE_OBJECTION,
            JUNE_INVOICE_INSTRUCTION, DISCLOSURE, DISCLOSURE_ACK, DISCLOSURE_PAYMENTS, BOARD_CALL,
            BOARD_CALL_FINANCE, BOARD_CALL_SOMMER, AUDIT_DOCUMENTS);

    /** The anonymous tip to the journalist: one quoted-printable plain text message. */
    static final Mail TIP = mail("tip-20241001@mailbox.example", "2024-10-01T22:47", SOURCE, List.of(LENA),
            List.of(), "Dredging invoices at the harbour – worth a look", """
            Dear Ms Hartmann,

            I work close to the finance department of the Port Veldin Harbour Authority. I cannot say more about myself.

            Compare invoice KMD-2024-117 of Karadeniz Marine Dredging with the Hydrosurvey Nord survey report for June 2024. The harbour paid for 412,000 cubic metres; the surveyor measured 268,000.

            Then ask who is behind Bluewater Holdings Ltd, and why a company from Limassol receives "consultancy" fees from the harbour. Ayşe Yılmaz in finance tried to stop the June payment in July and was overruled.

            Please protect my identity. I will not write again from this address.
            """);

    // The journalist's request for comment is not in the corpus; it is the parent of the reply.
    private static final Mail COMMENT_REQUEST = mail("request-20241011@veldincourier.example",
            "2024-10-11T10:05", LENA, List.of(KMD_PRESS), List.of(),
            "Request for comment: Port Veldin dredging invoices", """
            Dear press office,

            I am preparing an article for the Veldin Courier on contract PV-HD-2024-007. I would
            like to ask Karadeniz Marine Dredging:
            1. Why did invoice KMD-2024-117 claim 412,000 cubic metres for June 2024 when the
            independent surveyor measured 268,000?
            2. Does Karadeniz Marine Dredging have any relationship with Bluewater Holdings Ltd?

            Please reply by 14 October 2024.

            Lena Hartmann
            Veldin Courier
            """);

    /** The contractor's statement (README question 4): plain text and HTML alternatives. */
    static final Mail KMD_REPLY = reply(COMMENT_REQUEST, "kmd-press-20241014@karadeniz-dredging.example",
            "2024-10-14T15:32", KMD_PRESS, List.of(LENA), List.of(), """
            Dear Ms Hartmann,

            thank you for your questions of 11 October 2024. Below is the statement of the KMD press office, which may be quoted in full.

            Statement of Karadeniz Marine Dredging Ltd: Karadeniz Marine Dredging has no commercial relationship with Bluewater Holdings Ltd and has never made any payment to it. All volumes invoiced under contract PV-HD-2024-007 were certified by the office of the Harbour Master before payment. The production of the Nordstern in June 2024 was affected by routine maintenance, which was made up with additional shifts.

            We will not comment further while the audit of the City Auditor is ongoing.

            Kind regards,
            Selin Aydın
            Head of Communications, KMD press office
            Karadeniz Marine Dredging Ltd
            """, COMMENT_REQUEST.body());

    static final String KMD_REPLY_HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Statement of Karadeniz Marine Dredging Ltd</title></head>
            <body style="font-family: Arial, sans-serif">
            <p>Dear Ms Hartmann,</p>
            <p>thank you for your questions of 11 October 2024. Below is the statement of the KMD press office, which may be quoted in full.</p>
            <blockquote style="border-left: 3px solid #0a4d8c; padding-left: 12px">
            <p><strong>Statement of Karadeniz Marine Dredging Ltd:</strong> Karadeniz Marine Dredging has no commercial relationship with Bluewater Holdings Ltd and has never made any payment to it. All volumes invoiced under contract PV-HD-2024-007 were certified by the office of the Harbour Master before payment. The production of the Nordstern in June 2024 was affected by routine maintenance, which was made up with additional shifts.</p>
            </blockquote>
            <p>We will not comment further while the audit of the City Auditor is ongoing.</p>
            <p>Kind regards,<br>Selin Aydın<br>Head of Communications, KMD press office<br>Karadeniz Marine Dredging Ltd</p>
            </body>
            </html>
            """;

    // ================================================================ notes/

    /** The journalist's registry research (README question 7: the beneficial owner). */
    static final String REGISTRY_NOTES_MD = """
            # Bluewater Holdings Ltd – registry notes

            *Lena Hartmann, 7 October 2024. Sources: company registry extract (ordered 2 October 2024),
            register of beneficial owners, Port Veldin civil register.*

            ## Company details

            | Field | Value |
            |---|---|
            | Name | Bluewater Holdings Ltd |
            | Registration number | HE 999417 |
            | Incorporated | 19 February 2024 |
            | Registered office | Office 12, Seabreeze Court, Limassol |
            | Director | Petros Lambrianou (nominee, Seabreeze Corporate Services) |
            | Secretary | Seabreeze Secretarial Ltd |
            | Declared activity | "management consultancy" |
            | Employees | none declared |

            ## Beneficial owner

            The register of beneficial owners lists **Katrin Brenner** as the beneficial owner of
            Bluewater Holdings Ltd, holding 100 % of the shares since 4 March 2024.

            Katrin Brenner is married to Harbour Master Tomas Brenner (Port Veldin civil register,
            marriage of 2006).

            ## Why it matters

            - Bluewater was incorporated eight days before the Harbour Board approved the dredging
              award on 27 February 2024.
            - The harbour paid Bluewater EUR 1,275,000 in three payments between April and August
              2024, each approved by Tomas Brenner (invoice register, sheet "Payments").
            - At the board meeting of 27 February 2024 Marta Novak asked whether consultants were
              involved; the Harbour Master said none were (minutes, item 1).

            ## To do

            - [ ] Ask Seabreeze Corporate Services who instructed them.
            - [ ] Right of reply for Tomas Brenner before publication.
            - [x] Check whether Katrin Brenner holds other companies: none found in the registry.
            """;

    /** Notes of a call with a former crew member (README question 8: 19 idle days in June). */
    static final String CALL_NOTES_TXT = """
            CALL NOTES - 3 October 2024, 20:10-20:55
            Lena Hartmann, Veldin Courier

            Source B: former deckhand on the trailing suction hopper dredger Nordstern (Karadeniz
            Marine Dredging). Left the company in August 2024. Identity known to LH only. Not for
            attribution.

            - Worked on the Nordstern from April to August 2024, day shift.
            - The Nordstern was idle for 19 days in June: from 10 June to 28 June she lay at the
              Eastern Quay with a broken drag head, waiting for a spare part from Port Sorren.
            - During those 19 days only the backhoe Kara 3 was working, in the Inner Basin.
              Quote: "The Kara 3 can't do 400,000 cubes in a month. Nobody can."
            - In July the skipper told the crew to copy "normal" production figures into the log
              for the idle days. Source says the June log was rewritten.
            - There were no night shifts in June. (Brenner claimed in July that extra night shifts
              explain the difference - check.)
            - Source has photos of the Nordstern at the Eastern Quay on 14 June and 21 June, with
              date stamps. Will send them via a secure messenger.
            - Source has never heard of Bluewater Holdings.

            Follow-up:
            - Compare with Hydrosurvey Nord report HN-2024-06, page 2 (no activity in the Eastern
              Approach Channel from 10 to 28 June).
            - Ask KMD for the June log of the Nordstern and the drag head repair invoice.
            """;

    static final String TIMELINE_MD = """
            # Port Veldin dredging – timeline

            Working timeline, kept by Lena Hartmann. Sources in brackets.

            | Date | Event | Source |
            |---|---|---|
            | 15 Jan 2024 | Open tender PV-HD-2024-007 published | award notice |
            | 9 Feb 2024 | Bids close: Nordhaven Dredging, Baltica Marine Works, Karadeniz Marine Dredging | evaluation report |
            | 19 Feb 2024 | Bluewater Holdings Ltd incorporated in Limassol | registry notes |
            | 20 Feb 2024 | Evaluation committee recommends KMD; lowest bid excluded | evaluation report |
            | 27 Feb 2024 | Harbour Board approves the award, 6 votes to 1 | minutes 27 Feb |
            | 12 Mar 2024 | Contract executed (EUR 18.4 million) | contract PDF |
            | 10 Apr 2024 | Harbour Master asks finance to register Bluewater as a supplier | mailbox |
            | 15 Apr 2024 | First Bluewater payment, EUR 410,000 | invoice register |
            | 2 Jul 2024 | Finance officer flags invoice KMD-2024-117 | mailbox |
            | 5 Jul 2024 | Harbour Master orders payment of KMD-2024-117 in writing | mailbox |
            | 28 Aug 2024 | Protected disclosure to the City Auditor | mailbox |
            | 9 Sep 2024 | Audit CA-2024-19 opened | audit memo |
            | 24 Sep 2024 | Extraordinary Harbour Board meeting | minutes 24 Sep |
            | 1 Oct 2024 | Anonymous tip to the Courier | tip e-mail |
            | 3 Oct 2024 | Call with Source B (Nordstern crew) | call notes |
            | 14 Oct 2024 | KMD statement | KMD e-mail |
            | 15 Oct 2024 | Courier publishes "Harbour paid EUR 1.3 million to Limassol firm" | press |
            | 17 Oct 2024 | Mayor's statement; Harbour Master on leave | press |
            """;

    static final String PEOPLE_MD = """
            # People and companies

            ## Port Veldin Harbour Authority

            - **Tomas Brenner** – Harbour Master. Chaired the tender evaluation committee; approved
              every payment to Bluewater Holdings Ltd.
            - **Ayşe Yılmaz** – Senior Finance Officer. Questioned the KMD invoices in July 2024.
            - **Jonas Weber** – Finance Director. Took over the contract file in September 2024.
            - **Greta Holm** – Board Secretary.
            - Harbour Board: Helena Vos (Chair), Pieter Jansen, Ruth Okafor, Daniel Sommer, Marta
              Novak, Karl Lindqvist, Sofia Marin.

            ## City of Port Veldin

            - **Mirela Çelik** – City Auditor, leads audit CA-2024-19.
            - **Ivo Marek** – Mayor.

            ## Companies

            - **Karadeniz Marine Dredging Ltd (KMD)**, Port Sorren – the dredging contractor.
              Managing Director Orhan Demirkaya; press contact Selin Aydın. Vessels: trailing
              suction hopper dredger *Nordstern*, backhoe dredger *Kara 3*.
            - **Bluewater Holdings Ltd**, Limassol – received "consultancy" payments. See the
              registry notes.
            - **Hydrosurvey Nord** – independent hydrographic surveyor (lead surveyor Freya Lund).
            - **Nordhaven Dredging** and **Baltica Marine Works** – the losing bidders.
            - **Meridian Hydrographics** – commissioned for the re-survey.
            """;

    static final String OPEN_QUESTIONS_TXT = """
            OPEN QUESTIONS - Port Veldin dredging story (updated 12 October 2024)

            1. Who at KMD knew the volumes were inflated? Orhan Demirkaya approves every invoice.
            2. Did money flow from KMD to Bluewater Holdings? KMD denies it. Bank records needed.
            3. The Nordhaven bank guarantee: the courier receipt Nordhaven showed us says it was
               delivered to Harbour House on 8 February at 16:40, the day BEFORE the closing date.
               Ask for the reception log of Harbour House.
            4. Who at the Harbour Authority besides Brenner could approve payments above EUR 250,000?
            5. What happens to invoice KMD-2024-171 (August)? Payments are on hold.
            6. Re-survey by Meridian Hydrographics: when will the results be public?
            """;

    // ================================================================ press/

    static final String PRESS_RELEASE_TXT = """
            PRESS RELEASE - Port Veldin Harbour Authority
            13 March 2024, for immediate release

            Deeper water for Port Veldin: dredging of the Eastern Approach Channel to start in April

            The Port Veldin Harbour Authority has awarded contract PV-HD-2024-007 for the
            maintenance and capital dredging of the Inner Basin and the Eastern Approach Channel to
            Karadeniz Marine Dredging Ltd. The works, worth EUR 18.4 million, are the largest
            dredging programme in the harbour for two decades. The channel will be deepened to 14.5
            metres, allowing ships of up to 300 metres length to call at Port Veldin.

            "Deeper water means bigger ships and more jobs for Port Veldin," said Harbour Master
            Tomas Brenner.

            "Our dredger Nordstern will arrive in Port Veldin at the end of March," said Orhan
            Demirkaya, Managing Director of Karadeniz Marine Dredging.

            Works start on 1 April 2024 and are due to be completed by 31 March 2025.

            Press contact: press@portveldin.example
            """;

    static final String COURIER_MARCH_HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Karadeniz Marine Dredging wins EUR 18.4 million harbour contract | Veldin Courier</title>
            <meta name="author" content="Jan Pekkala">
            <meta name="date" content="2024-03-14">
            </head>
            <body>
            <header><p>Veldin Courier &middot; Port &amp; City &middot; 14 March 2024</p></header>
            <article>
            <h1>Karadeniz Marine Dredging wins EUR 18.4 million harbour contract</h1>
            <p class="byline">By Jan Pekkala</p>
            <p>The Port Veldin Harbour Authority has chosen Karadeniz Marine Dredging, a contractor
            from Port Sorren, to deepen the Eastern Approach Channel and the Inner Basin. The
            contract is worth EUR 18.4 million and runs until March 2025.</p>
            <p>Harbour Master Tomas Brenner said the deeper channel would let ships of up to 300
            metres reach the container quay. "This is the most important investment in the harbour
            for twenty years," he said.</p>
            <h2>Lowest bidder excluded</h2>
            <p>The lowest bid, EUR 15.9 million from Nordhaven Dredging, was excluded because its
            bank guarantee arrived late. Eva Lindahl, managing director of Nordhaven, said: "We lost
            an eighteen million contract over a courier delay. We will not appeal, but we will ask
            questions." The Harbour Board approved the award by six votes to one.</p>
            <p>The trailing suction hopper dredger Nordstern is expected in Port Veldin at the end of
            March.</p>
            </article>
            <footer><p>All names in this article are fictional (Dossier demo corpus).</p></footer>
            </body>
            </html>
            """;

    static final String COURIER_OCTOBER_HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Harbour paid EUR 1.3 million to Limassol firm with no staff | Veldin Courier</title>
            <meta name="author" content="Lena Hartmann">
            <meta name="date" content="2024-10-15">
            </head>
            <body>
            <header><p>Veldin Courier &middot; Investigation &middot; 15 October 2024</p></header>
            <article>
            <h1>Harbour paid EUR 1.3 million to Limassol firm with no staff</h1>
            <p class="byline">By Lena Hartmann</p>
            <p>The Port Veldin Harbour Authority paid EUR 1,275,000 in &ldquo;consultancy&rdquo; fees
            this year to Bluewater Holdings Ltd, a company registered in Limassol that has no
            employees and was set up eight days before the Harbour Board approved the largest
            dredging contract in the harbour for two decades, the Veldin Courier can reveal.</p>
            <p>Internal e-mails seen by the Courier show that a senior finance officer warned in July
            that the invoices of the dredging contractor, Karadeniz Marine Dredging, claimed far more
            sediment than the independent surveyor had measured. For June alone the contractor billed
            412,000 cubic metres; the surveyor measured 268,000. The invoice was paid in full on the
            written order of the Harbour Master.</p>
            <h2>Audit under way</h2>
            <p>The City Auditor, Mirela &Ccedil;elik, is examining the payments. Last month the
            Harbour Board put all further payments to the contractor on hold.</p>
            <p>Registry records seen by the Courier connect Bluewater Holdings to the family of a
            senior harbour official. The official did not respond to questions sent on 11 October.</p>
            <p>Karadeniz Marine Dredging denied any link to Bluewater and said its invoices had been
            approved by the harbour.</p>
            </article>
            <footer><p>All names in this article are fictional (Dossier demo corpus).</p></footer>
            </body>
            </html>
            """;

    static final String PROJECT_PAGE_HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Dredging programme 2024-2025 | Port Veldin Harbour Authority</title>
            </head>
            <body>
            <nav><a href="/">Home</a> &gt; <a href="/projects">Projects</a> &gt; Dredging programme</nav>
            <main>
            <h1>Dredging programme 2024&ndash;2025</h1>
            <p>From April 2024 to March 2025 the Eastern Approach Channel is deepened to 14.5 metres
            and the Inner Basin to 12.0 metres. Around 1.15 million cubic metres of sediment are taken
            to the offshore disposal site D-4.</p>
            <h2>Frequently asked questions</h2>
            <dl>
            <dt>Who carries out the works?</dt>
            <dd>Karadeniz Marine Dredging Ltd, with the trailing suction hopper dredger
            <em>Nordstern</em> and the backhoe dredger <em>Kara 3</em>.</dd>
            <dt>Will there be noise at night?</dt>
            <dd>The Nordstern may work around the clock. Residents of Quay Street can report noise
            to the harbour office.</dd>
            <dt>Who checks the dredged volumes?</dt>
            <dd>The independent surveyor Hydrosurvey Nord measures the seabed every month.</dd>
            </dl>
            <p>Contact: <a href="mailto:dredging@portveldin.example">dredging@portveldin.example</a></p>
            </main>
            <footer><p>Port Veldin Harbour Authority, Harbour House, 1 Quay Street, Port Veldin.
            Fictional organisation (Dossier demo corpus).</p></footer>
            </body>
            </html>
            """;

    static final String MAYOR_STATEMENT_TXT = """
            CITY OF PORT VELDIN - STATEMENT BY THE MAYOR, IVO MAREK
            17 October 2024

            On the audit of the harbour dredging payments

            I have full confidence in the City Auditor, Mirela Çelik, and her team. The audit of
            the payments under the harbour dredging contract will be completed without interference.

            The Harbour Master, Tomas Brenner, has been placed on administrative leave from today, at
            his own request, until the audit is complete. Payments to the dredging contractor remain
            on hold. The results of the independent re-survey by Meridian Hydrographics will be
            published in November.

            The City will not comment on individual payments while the audit is ongoing.
            """;
}
