package org.matchprep.season;

import java.io.ByteArrayOutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** Renders day sheets as PDF: one sheet, or a binder with one sheet per upcoming interview. */
final class DaySheetPdf {

    static final String EMPTY_BINDER = "No upcoming interviews";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy, h:mm a", Locale.US);

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
    private static final Font MUTED = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 10, Font.NORMAL);

    private DaySheetPdf() {
    }

    static byte[] binder(List<DaySheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Interview binder");
            document.open();
            if (sheets.isEmpty()) {
                document.add(new Paragraph(EMPTY_BINDER, TITLE));
                document.add(new Paragraph("Interviews you add to the tracker with a date still ahead appear here, "
                        + "one day sheet each.", BODY));
            }
            for (int i = 0; i < sheets.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                write(document, sheets.get(i));
            }
        } catch (DocumentException failed) {
            throw new IllegalStateException("Could not render the day sheet", failed);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    static byte[] sheet(DaySheet sheet) {
        return binder(List.of(sheet));
    }

    private static void write(Document document, DaySheet sheet) throws DocumentException {
        InterviewSummary interview = sheet.interview();
        DossierDetails dossier = sheet.dossier();
        document.add(new Paragraph(dossier.name(), TITLE));
        line(document, join(dossier.location(), dossier.type().label(), dossier.size()));
        line(document, "Program time: " + when(interview.inProgramZone()) + " (" + interview.programZone().getId() + ")");
        line(document, "Your time: " + when(interview.in(sheet.applicantZone())) + " (" + sheet.applicantZone().getId() + ")");
        line(document, join(interview.platform(), interview.link() == null ? "" : interview.link()));
        section(document, "Structure", interview.structure());

        heading(document, "Why this program");
        bullets(document, dossier.talkingPoints(), "No talking points yet.");
        if (!dossier.fitReasons().isEmpty()) {
            line(document, "Why you fit here:");
            bullets(document, dossier.fitReasons(), "");
        }
        if (!sheet.whyThisProgram().isBlank()) {
            document.add(new Paragraph(sheet.whyThisProgram(), BODY));
        }
        section(document, "Strengths", dossier.strengths());
        section(document, "Fellowships", dossier.fellowships());
        section(document, "Faculty", dossier.faculty());
        section(document, "Facilities", dossier.facilities());
        section(document, "Teaching structure", dossier.teachingStructure());
        heading(document, "IMG-friendly");
        bullets(document, dossier.imgEvidence().stream()
                .map(entry -> entry.url() == null ? entry.text() : entry.text() + " (" + entry.url() + ")").toList(),
                "No evidence noted yet.");
        heading(document, "Questions to ask");
        bullets(document, sheet.questions().stream().map(AskQuestion::text).toList(), "None chosen yet.");
        heading(document, "Checklist");
        bullets(document, sheet.checklist().stream()
                .map(item -> (item.done() ? "[x] " : "[ ] ") + item.phase().label() + ": " + item.text()).toList(),
                "No checklist.");
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        document.add(heading);
    }

    private static void section(Document document, String title, String text) throws DocumentException {
        if (text != null && !text.isBlank()) {
            heading(document, title);
            document.add(new Paragraph(text, BODY));
        }
    }

    private static void line(Document document, String text) throws DocumentException {
        if (!text.isBlank()) {
            document.add(new Paragraph(text, BODY));
        }
    }

    private static void bullets(Document document, List<String> items, String none) throws DocumentException {
        if (items.isEmpty()) {
            document.add(new Paragraph(none, MUTED));
            return;
        }
        org.openpdf.text.List list = new org.openpdf.text.List(false, 12);
        items.forEach(item -> list.add(new ListItem(item, BODY)));
        list.setAlignindent(true);
        document.add(list);
        document.add(new Paragraph(" ", BODY));
    }

    private static String when(ZonedDateTime time) {
        return WHEN.format(time);
    }

    private static String join(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).toList());
    }
}
