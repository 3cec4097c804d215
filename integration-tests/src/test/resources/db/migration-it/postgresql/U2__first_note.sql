DELETE FROM shelf_notes WHERE id = 1;
DROP INDEX ix_shelf_notes_note;
