-- a table only the class-path test creates
CREATE TABLE shelf_notes (id integer PRIMARY KEY, note varchar(100) NOT NULL);
