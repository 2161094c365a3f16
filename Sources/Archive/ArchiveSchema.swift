import GRDB

/// The archive's tables, versioned from the first release: each change is a new migration
/// appended here, never an edit of one already shipped, so any archive a clerk has opens.
///
/// - `blob`: the bytes received, one row per SHA-256; the bytes live in `blobs/ab/<sha256>.<ext>`.
/// - `submission`: one row per return received (a CSV file, or a form sheet of a workbook): what it is (period, form, units), where it came
///   from, when, its counts, and its state (`current`, `superseded` by a later one,
///   `refused` as another period's, `unplaced` when its form could not be told).
/// - `submission_unit`: the units a submission speaks for (most files speak for one).
/// - `issue`: what validation found in it, with the message in Vietnamese and English as shown
///   at import.
enum ArchiveSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: blobs, submissions, their units and issues") { db in
            try db.execute(sql: """
                CREATE TABLE blob (
                    sha256 TEXT PRIMARY KEY NOT NULL,
                    size INTEGER NOT NULL,
                    ext TEXT NOT NULL
                );
                CREATE TABLE submission (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sha256 TEXT NOT NULL REFERENCES blob(sha256),
                    period TEXT NOT NULL,
                    form TEXT,
                    units TEXT NOT NULL,
                    original_name TEXT NOT NULL,
                    source_path TEXT NOT NULL,
                    received_at TEXT NOT NULL,
                    encoding TEXT,
                    rows_read INTEGER NOT NULL,
                    rows_accepted INTEGER NOT NULL,
                    rows_rejected INTEGER NOT NULL,
                    rows_skipped INTEGER NOT NULL,
                    errors INTEGER NOT NULL,
                    warnings INTEGER NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('current', 'superseded', 'refused', 'unplaced')),
                    superseded_by INTEGER REFERENCES submission(id),
                    belongs_to TEXT
                );
                CREATE INDEX submission_by_key ON submission(period, form, units, state);
                CREATE INDEX submission_by_sha ON submission(sha256, period);
                CREATE TABLE submission_unit (
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    unit TEXT NOT NULL,
                    PRIMARY KEY (submission_id, unit)
                );
                CREATE INDEX submission_unit_by_unit ON submission_unit(unit);
                CREATE TABLE issue (
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    ordinal INTEGER NOT NULL,
                    severity TEXT NOT NULL,
                    code TEXT NOT NULL,
                    line INTEGER,
                    "column" TEXT,
                    value TEXT,
                    rule TEXT,
                    message TEXT NOT NULL,
                    PRIMARY KEY (submission_id, ordinal)
                );
                """)
        }
        // A workbook holds one return per form sheet: each is a submission of its own, named by
        // its sheet (NULL for a CSV file), sharing the workbook's bytes.
        m.registerMigration("v2: the sheet of a workbook return") { db in
            try db.execute(sql: "ALTER TABLE submission ADD COLUMN sheet TEXT")
        }
        // The message in English beside the Vietnamese one: an issue's structured values are
        // not kept, so each language is rendered when the return is received. The cell
        // (`NO01!D12`) of an issue in a workbook return, as the reports give it.
        m.registerMigration("v3: issues in English too, and their cell") { db in
            try db.execute(sql: "ALTER TABLE issue ADD COLUMN message_en TEXT")
            try db.execute(sql: "ALTER TABLE issue ADD COLUMN cell TEXT")
        }
        return m
    }
}
