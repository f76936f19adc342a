"""Domain rules beyond the schema: per file (:mod:`.pegawai`) and across files (:mod:`.workspace`)."""
