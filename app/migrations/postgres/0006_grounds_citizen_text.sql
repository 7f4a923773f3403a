-- What a party reads as the legal basis of a withholding ground (issue 11).
-- law + paragraph stay the lawyer's working record, notes included ("ikke bekreftet"),
-- and staff keep seeing them. A party reads only citizen_basis_*: a text that stands
-- on its own, with the paragraph only where it is confirmed (verified = 1), no
-- working notes and no brackets. NULL shows no basis at all.
-- Identical in sqlite/ and postgres/.
ALTER TABLE withholding_grounds ADD COLUMN citizen_basis_nb TEXT;
ALTER TABLE withholding_grounds ADD COLUMN citizen_basis_nn TEXT;
ALTER TABLE withholding_grounds ADD COLUMN citizen_basis_en TEXT;

UPDATE withholding_grounds SET
 citizen_basis_nb = 'barnevernsloven § 12-6 andre ledd',
 citizen_basis_nn = 'barnevernslova § 12-6 andre ledd',
 citizen_basis_en = 'the Child Welfare Act, section 12-6 second paragraph'
 WHERE code = 'BVL-12-6-2';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'barnevernsloven § 12-6 tredje ledd',
 citizen_basis_nn = 'barnevernslova § 12-6 tredje ledd',
 citizen_basis_en = 'the Child Welfare Act, section 12-6 third paragraph'
 WHERE code = 'BVL-12-6-3';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'Vedtak fra barneverns- og helsenemnda om at barnets oppholdssted skal holdes hemmelig',
 citizen_basis_nn = 'Vedtak frå barneverns- og helsenemnda om at opphaldsstaden til barnet skal haldast hemmeleg',
 citizen_basis_en = 'The decision of the Child Welfare and Health Board that the child''s whereabouts are kept secret'
 WHERE code = 'SKJULT-ADRESSE';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'forvaltningsloven § 18 første ledd',
 citizen_basis_nn = 'forvaltningslova § 18 første ledd',
 citizen_basis_en = 'the Public Administration Act, section 18 first paragraph'
 WHERE code = 'FVL-18-U15';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'forvaltningsloven § 18 a',
 citizen_basis_nn = 'forvaltningslova § 18 a',
 citizen_basis_en = 'the Public Administration Act, section 18 a'
 WHERE code = 'FVL-18A';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'forvaltningsloven, om dokumenter som er hentet inn for å forberede saken',
 citizen_basis_nn = 'forvaltningslova, om dokument som er henta inn for å førebu saka',
 citizen_basis_en = 'the Public Administration Act, on documents obtained to prepare the case'
 WHERE code = 'FVL-18B';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'forvaltningsloven, om dokumenter sendt internt i kommunen',
 citizen_basis_nn = 'forvaltningslova, om dokument sende internt i kommunen',
 citizen_basis_en = 'the Public Administration Act, on documents sent within the municipality'
 WHERE code = 'FVL-18C';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'forvaltningsloven § 19 første ledd bokstav d',
 citizen_basis_nn = 'forvaltningslova § 19 første ledd bokstav d',
 citizen_basis_en = 'the Public Administration Act, section 19 first paragraph letter d'
 WHERE code = 'FVL-19-1D';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'forvaltningsloven § 19 andre ledd bokstav a',
 citizen_basis_nn = 'forvaltningslova § 19 andre ledd bokstav a',
 citizen_basis_en = 'the Public Administration Act, section 19 second paragraph letter a'
 WHERE code = 'FVL-19-2A';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'forvaltningsloven § 19 andre ledd bokstav b',
 citizen_basis_nn = 'forvaltningslova § 19 andre ledd bokstav b',
 citizen_basis_en = 'the Public Administration Act, section 19 second paragraph letter b'
 WHERE code = 'FVL-19-2B';
UPDATE withholding_grounds SET
 citizen_basis_nb = 'forvaltningsloven § 19 første ledd bokstav a–c',
 citizen_basis_nn = 'forvaltningslova § 19 første ledd bokstav a–c',
 citizen_basis_en = 'the Public Administration Act, section 19 first paragraph letters a–c'
 WHERE code = 'FVL-19-1ABC';
