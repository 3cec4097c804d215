DROP TABLE shelf_notes;
