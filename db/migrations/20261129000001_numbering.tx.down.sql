DROP TABLE IF EXISTS document_sequences;
