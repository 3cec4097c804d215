INSERT INTO shelf_notes (id, note) VALUES (1, 'read from the class path; in order');
CREATE INDEX ix_shelf_notes_note ON shelf_notes (note);
