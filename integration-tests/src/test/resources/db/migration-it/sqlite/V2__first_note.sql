INSERT INTO shelf_notes (id, note) VALUES (1, 'read from the class path; in order');
