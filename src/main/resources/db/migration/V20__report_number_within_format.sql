-- Issue 20: an imported reference (CSU-2019-99999999999) moved report_number_seq past what a reference can hold,
-- and every report logged afterwards failed. Live references are CSU-YYYY- and the number, in varchar(20): the
-- number may have at most 11 digits. The sequence itself now stops there, so nothing can move it outside the format
-- (the import also refuses numbers of more than 10 digits, leaving room for the live numbering).
alter sequence report_number_seq maxvalue 99999999999;
