DELETE FROM shelf_notes WHERE id = 1;
