package org.matchprep.programs;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** The shortlist on paper: each program with its tier, score, reasons and the applicant's note. */
final class ShortlistPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
    private static final Font MUTED = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 9, Font.NORMAL);

    private ShortlistPdf() {
    }

    static byte[] of(MyShortlist shortlist, FitWeights weights) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Program shortlist");
            document.open();
            document.add(new Paragraph("Program shortlist", TITLE));
            document.add(new Paragraph("Scores start at " + weights.base() + "; likely from " + weights.likelyFrom()
                    + ", target from " + weights.targetFrom() + ", reach below. A sum of stated reasons, not a chance "
                    + "of matching.", MUTED));
            if (shortlist.items().isEmpty()) {
                document.add(new Paragraph("No programs yet: star them on the program fit page.", BODY));
            }
            for (ShortlistItem item : shortlist.items()) {
                ProgramDetails details = item.fit().program().details();
                Paragraph heading = new Paragraph(item.position() + ". " + details.name() + " - "
                        + item.fit().tier().label() + ", " + item.fit().score(), HEADING);
                heading.setSpacingBefore(10);
                document.add(heading);
                document.add(new Paragraph(details.city() + ", " + details.state() + " · " + details.setting().label()
                        + " · " + details.positionsPerYear() + " positions a year", BODY));
                org.openpdf.text.List reasons = new org.openpdf.text.List(false, 10);
                for (FitFactor factor : item.fit().factors()) {
                    String source = factor.evidence().url() == null ? "" : " (" + factor.evidence().url()
                            + (factor.evidence().checkedOn() == null ? "" : ", checked " + factor.evidence().checkedOn()) + ")";
                    reasons.add(new ListItem(factor.sentence() + source, BODY));
                }
                document.add(reasons);
                if (!item.fit().unknowns().isEmpty()) {
                    document.add(new Paragraph("Not known: " + String.join("; ", item.fit().unknowns()) + ".", MUTED));
                }
                if (!item.note().isEmpty()) {
                    document.add(new Paragraph("Note: " + item.note(), BODY));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the shortlist PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
