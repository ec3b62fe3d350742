package org.matchprep.programs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.matchprep.base.SpreadsheetSafe;
import org.matchprep.season.ProgramType;

/**
 * The catalogue's CSV form, one program per row: what export writes, import reads and the template
 * shows. IMG residents by year share one cell ("2024:3; 2025:2"); dates are ISO (2026-09-15); yes/no for
 * the preliminary year; an empty cell is "not known".
 */
final class CatalogueCsv {

    static final List<String> COLUMNS = List.of("name", "institution", "city", "state", "time_zone", "setting",
            "positions_per_year", "preliminary_year", "fellowships", "img_residents_by_year", "img_residents_source",
            "img_residents_checked_on", "statement", "statement_source", "statement_checked_on", "match_list_source",
            "match_list_checked_on", "max_years_since_graduation", "min_step2_score", "min_us_clinical_months", "notes");
    private static final Set<String> REQUIRED = Set.of("name", "city", "state", "time_zone", "setting", "positions_per_year");
    /** Spreadsheet programs keep accents ("Zoë") in a UTF-8 file only when it starts with a byte-order mark. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private CatalogueCsv() {
    }

    /** A row that could be read, with the line it started on (1 is the header). */
    record Row(long line, ProgramDetails details) {
    }

    /** The rows of a file, and what could not be read, by line. */
    record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    static String write(List<CatalogueEntry> entries) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (CatalogueEntry entry : entries) {
                printer.printRecord(cells(entry.details()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The header and one invented example row, to start a file from. */
    static String template() {
        ProgramDetails example = new ProgramDetails("Example Valley Diagnostic Radiology", "Example Valley Health",
                "Springfield", "IL", "America/Chicago", ProgramType.HYBRID, 4, true,
                "Neuroradiology; Interventional radiology", Map.of(2024, 1, 2025, 2),
                new Source("https://example.org/radiology/residents", LocalDate.of(2026, 9, 1)),
                "We welcome graduates of international medical schools.",
                new Source("https://example.org/radiology/apply", LocalDate.of(2026, 9, 1)),
                new Source("https://example.org/radiology/match", LocalDate.of(2026, 9, 1)), 5, 220, 3,
                "Replace this row with real programs; empty cells mean not known.");
        return write(List.of(new CatalogueEntry(0, 0, example, null)));
    }

    private static List<String> cells(ProgramDetails details) {
        List<String> cells = new ArrayList<>();
        cells.add(SpreadsheetSafe.text(details.name()));
        cells.add(SpreadsheetSafe.text(details.institution()));
        cells.add(SpreadsheetSafe.text(details.city()));
        cells.add(details.state());
        cells.add(details.timeZone());
        cells.add(details.setting().name().toLowerCase(Locale.ROOT));
        cells.add(String.valueOf(details.positionsPerYear()));
        cells.add(details.preliminaryYearAttached() ? "yes" : "no");
        cells.add(SpreadsheetSafe.text(details.fellowships()));
        cells.add(details.imgResidentsByYear().entrySet().stream()
                .map(year -> year.getKey() + ":" + year.getValue()).collect(Collectors.joining("; ")));
        addSource(cells, details.imgResidentsSource());
        cells.add(SpreadsheetSafe.text(details.statement()));
        addSource(cells, details.statementSource());
        addSource(cells, details.matchListSource());
        cells.add(number(details.maxYearsSinceGraduation()));
        cells.add(number(details.minStep2Score()));
        cells.add(number(details.minUsClinicalMonths()));
        cells.add(SpreadsheetSafe.text(details.notes()));
        return cells;
    }

    private static void addSource(List<String> cells, Source source) {
        cells.add(source.url() == null ? "" : source.url());
        cells.add(source.checkedOn() == null ? "" : source.checkedOn().toString());
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** Reads every row it can; the rest become problems. The program rules themselves are checked later. */
    static Parsed read(Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = format.parse(reader)) {
            Map<String, Integer> header = normalizedHeader(parser.getHeaderMap());
            List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).sorted().toList();
            List<String> unknown = header.keySet().stream().filter(column -> !COLUMNS.contains(column)).toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                String message = (missing.isEmpty() ? "" : "The header lacks " + String.join(", ", missing) + ". ")
                        + (unknown.isEmpty() ? "" : "Unknown columns: " + String.join(", ", unknown) + ". ")
                        + "Start from the template.";
                problems.add(new ImportProblem(1, message.strip()));
                return new Parsed(rows, problems);
            }
            for (CSVRecord record : parser) {
                if (record.size() != header.size()) {
                    problems.add(new ImportProblem(record.getRecordNumber() + 1, "has " + record.size()
                            + " cells where the header has " + header.size() + "."));
                    continue;
                }
                RowReader row = new RowReader(record, header);
                ProgramDetails details = row.details();
                if (row.problems.isEmpty()) {
                    rows.add(new Row(record.getRecordNumber() + 1, details));
                } else {
                    row.problems.forEach(message -> problems.add(new ImportProblem(record.getRecordNumber() + 1, message)));
                }
            }
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException malformed) {
            // commons-csv reports an unterminated quote or a broken header this way
            problems.add(new ImportProblem(rows.size() + 2, "could not be read as CSV: " + malformed.getMessage()));
        }
        return new Parsed(rows, problems);
    }

    private static Map<String, Integer> normalizedHeader(Map<String, Integer> header) {
        Map<String, Integer> normalized = new LinkedHashMap<>();
        header.forEach((name, index) -> normalized.put(name.replace(BYTE_ORDER_MARK, "").strip().toLowerCase(Locale.ROOT), index));
        return normalized;
    }

    /** One record's cells, turned into types; what does not parse is noted by column. */
    private static final class RowReader {

        private final CSVRecord record;
        private final Map<String, Integer> header;
        private final List<String> problems = new ArrayList<>();

        RowReader(CSVRecord record, Map<String, Integer> header) {
            this.record = record;
            this.header = header;
        }

        ProgramDetails details() {
            return new ProgramDetails(text("name"), text("institution"), text("city"), text("state"), text("time_zone"),
                    setting(), integer("positions_per_year"), yesNo("preliminary_year"), text("fellowships"),
                    years(), source("img_residents_source", "img_residents_checked_on"), text("statement"),
                    source("statement_source", "statement_checked_on"),
                    source("match_list_source", "match_list_checked_on"), integer("max_years_since_graduation"),
                    integer("min_step2_score"), integer("min_us_clinical_months"), text("notes"));
        }

        private String text(String column) {
            Integer index = header.get(column);
            return index == null ? "" : SpreadsheetSafe.unescape(record.get(index));
        }

        private ProgramType setting() {
            String value = text("setting");
            if (value.isEmpty()) {
                return null; // "Setting is required" comes from the program's own rules
            }
            try {
                return ProgramType.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add("setting \"" + value + "\" is not academic, community or hybrid.");
                return null;
            }
        }

        private Integer integer(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException notANumber) {
                problems.add(column + " \"" + value + "\" is not a whole number.");
                return null;
            }
        }

        private boolean yesNo(String column) {
            String value = text(column).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "yes", "y", "true", "1" -> true;
                case "", "no", "n", "false", "0" -> false;
                default -> {
                    problems.add(column + " \"" + value + "\" is not yes or no.");
                    yield false;
                }
            };
        }

        private Map<Integer, Integer> years() {
            String value = text("img_residents_by_year");
            Map<Integer, Integer> years = new TreeMap<>();
            if (value.isEmpty()) {
                return years;
            }
            for (String pair : value.split(";")) {
                String[] parts = pair.strip().split(":");
                try {
                    if (parts.length != 2) {
                        throw new NumberFormatException();
                    }
                    if (years.put(Integer.valueOf(parts[0].strip()), Integer.valueOf(parts[1].strip())) != null) {
                        problems.add("img_residents_by_year names " + parts[0].strip() + " twice.");
                    }
                } catch (NumberFormatException malformed) {
                    problems.add("img_residents_by_year \"" + pair.strip() + "\" is not year:count, such as 2025:2.");
                }
            }
            return years;
        }

        private Source source(String urlColumn, String dateColumn) {
            String date = text(dateColumn);
            LocalDate checkedOn = null;
            if (!date.isEmpty()) {
                try {
                    checkedOn = LocalDate.parse(date);
                } catch (DateTimeParseException malformed) {
                    problems.add(dateColumn + " \"" + date + "\" is not a date such as 2026-09-15.");
                }
            }
            return new Source(text(urlColumn), checkedOn);
        }
    }
}
